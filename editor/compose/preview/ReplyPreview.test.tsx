// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { exportForChannel } from '../../../shared/export';
import type { Sandwich } from '../../../shared/schema';
import { ReplyPreview } from './ReplyPreview';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

function render(view: React.ReactNode) {
  container = document.body.appendChild(document.createElement('div'));
  act(() => {
    root = createRoot(container);
    root.render(view);
  });
  return container;
}

const short: Sandwich = {
  fact: 'Asylum seekers get £49.18 a week.',
  myth: 'Some say they live in luxury.',
  explanation: 'Hotels are emergency housing.',
  factAgain: 'It is £49.18 a week.',
};
const long: Sandwich = { ...short, explanation: 'Hotels are emergency housing, because homes ran out. '.repeat(8).trim() };

it('shows a reply as one card, with who speaks and its count against the limit', () => {
  const view = render(<ReplyPreview sandwich={short} channel="x" format="reply" />);
  expect(view.querySelector('h2')?.textContent).toBe('Preview on X · Reply');
  const cards = view.querySelectorAll('.preview-card');
  expect(cards).toHaveLength(1);
  expect(cards[0]!.querySelector('.preview-author strong')?.textContent).toBe('Your account');
  expect(cards[0]!.querySelector('.preview-count')?.textContent).toMatch(/^\d+ \/ 280 weighted characters$/);
});

it('shows a thread as one card per post, each counted, exactly as copied', () => {
  const view = render(<ReplyPreview sandwich={long} channel="x" format="thread" />);
  const copied = exportForChannel(long, 'x');
  expect(copied.kind).toBe('thread');
  const posts = copied.kind === 'thread' ? copied.posts : [];
  const cards = [...view.querySelectorAll('.preview-card')];
  expect(cards.map((card) => card.querySelector('.preview-text')?.textContent)).toEqual(posts);
  expect(view.querySelector('h2')?.textContent).toBe(`Preview on X · Thread of ${posts.length} posts`);
  expect(cards[1]!.querySelector('.preview-meta')?.textContent).toBe(` · post 2 of ${posts.length}`);
  for (const card of cards) expect(card.querySelector('.preview-count')?.textContent).toMatch(/^\d+ \/ 280 weighted characters$/);
});

it('shows nothing for an empty draft', () => {
  const view = render(<ReplyPreview sandwich={{ fact: '', myth: '', explanation: '', factAgain: '' }} channel="x" format="reply" />);
  expect(view.querySelector('.reply-preview')).toBeNull();
});
