// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import type { Match } from '../../shared/match';
import { entrySchema, type Entry, type Sighting } from '../../shared/schema';
import { EntryPicker } from '../compose/EntryPicker';
import { MatchList } from './MatchList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Issue 17: every list of matches shows the best three, the rest on request, and says when an
// entry is about another country than the post.
const entries = starter.entries.map((entry) => entrySchema.parse(entry)).filter((entry) => entry.status === 'vetted');

let root: Root | undefined;
let container: HTMLElement;
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
});

function render(view: React.ReactNode): HTMLElement {
  container = document.body.appendChild(document.createElement('div'));
  act(() => {
    root = createRoot(container);
    root.render(view);
  });
  return container;
}

// The side panel's list items, or the picker's options.
const items = (view: HTMLElement) => [
  ...view.querySelectorAll<HTMLElement>('[aria-label="Matching entries"] > li, [aria-label="Matching entries"] > [role="option"]'),
];
const button = (view: HTMLElement, text: RegExp) =>
  [...view.querySelectorAll('button')].find((candidate) => text.test(candidate.textContent ?? ''));
const notes = (view: HTMLElement) => [...view.querySelectorAll('[role="note"]')].map((note) => note.getAttribute('aria-label'));

describe('the side panel’s matches', () => {
  const sighting = {
    id: '00000000-0000-4000-8000-000000000000',
    post: { text: 'Migrants get £45 a week and free housing', platform: 'x', capturedAt: '2026-11-30T10:00:00.000Z' },
    matchedEntryIds: [],
    decision: 'undecided',
  } as Sighting;
  const match = (entry: Entry, confidence: number, otherCountry?: string[]): Match => ({
    entry,
    score: confidence * 10,
    confidence,
    reasons: { terms: ['£45', 'free housing'], phrasing: entry.myth.phrasings[0]! },
    ...(otherCountry ? { otherCountry } : {}),
  });
  const five = entries.slice(0, 5).map((entry, rank) => match(entry, 0.9 - rank / 10, rank === 4 ? ['AT'] : undefined));
  const view = () => render(<MatchList sighting={sighting} matches={{ vetted: five, all: five }} onUse={() => {}} />);

  it('shows the best three, and the rest on request with the focus on the first one revealed', () => {
    const panel = view();
    expect(items(panel).map((item) => item.querySelector('h3')?.textContent)).toEqual(five.slice(0, 3).map(({ entry }) => entry.title));
    const more = button(panel, /^Show more matches/)!;
    expect(more.textContent).toBe('Show more matches (2)');
    act(() => more.click());
    expect(items(panel)).toHaveLength(5);
    expect(document.activeElement).toBe(items(panel)[3]);
    expect(button(panel, /^Show more matches/)).toBeUndefined();
  });

  it('labels an entry about another country, with how sure and on which words', () => {
    const panel = view();
    expect(notes(panel)).toEqual([]);
    act(() => button(panel, /^Show more matches/)!.click());
    const fifth = items(panel)[4]!;
    expect(fifth.querySelector('[role="note"]')?.textContent).toBe('About Austria — another country');
    expect(notes(panel)).toEqual(['About Austria — another country than the post’s']);
    expect(fifth.textContent).toContain('50% sure');
    expect(fifth.textContent).toContain('Matched on: “£45”, “free housing”');
  });

  it('has no button when three or fewer match', () => {
    const three = five.slice(0, 3);
    const panel = render(<MatchList sighting={sighting} matches={{ vetted: three, all: three }} onUse={() => {}} />);
    expect(items(panel)).toHaveLength(3);
    expect(button(panel, /^Show more matches/)).toBeUndefined();
  });
});

describe('the entry picker', () => {
  function search(query: string): HTMLElement {
    const view = render(<EntryPicker entries={entries} onSelect={() => {}} />);
    const input = view.querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, query);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    return view;
  }
  // Four entries match this British post; the fourth is about Ireland.
  const ukPost = 'Migrants get £45 a week and free housing while our pensioners freeze';

  it('shows the best three, how sure and on which words, and the rest on request', () => {
    const view = search(ukPost);
    expect(items(view)).toHaveLength(3);
    expect(items(view)[0]!.textContent).toMatch(/\d+% sure · Matched on: “.*£45/);
    const more = button(view, /^Show more matches/)!;
    expect(more.textContent).toMatch(/^Show more matches \(\d+\)$/);
    act(() => more.click());
    expect(items(view).length).toBeGreaterThan(3);
    // The focus stays in the search field, on the first new option (the combobox's active option).
    const input = view.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('aria-activedescendant')).toBe(items(view)[3]!.id);
    expect(button(view, /^Show more matches/)).toBeUndefined();
  });

  it('labels an entry about another country than the post', () => {
    const view = search(ukPost);
    act(() => button(view, /^Show more matches/)!.click());
    const irish = items(view).find((item) => item.querySelector('[role="note"]'));
    expect(irish?.querySelector('[role="note"]')?.getAttribute('aria-label')).toBe('About Ireland — another country than the post’s');
    // The tag is part of the option's description, so it is read with the entry's name.
    const described = document.getElementById(irish!.getAttribute('aria-describedby')!);
    expect(described?.textContent).toContain('About Ireland — another country');
  });

  it('starts a new search from its best three again', () => {
    const view = search(ukPost);
    act(() => button(view, /^Show more matches/)!.click());
    const input = view.querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, `${ukPost}!`);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(items(view)).toHaveLength(3);
  });

  it('says an entry found only by its title was found that way, with no percentage', () => {
    const view = search('persecution'); // in one title, in no myth's wording
    expect(items(view).map((item) => item.querySelector('.match-evidence')?.textContent)).toEqual([
      'Found by its title: it contains “persecution”',
    ]);
  });
});
