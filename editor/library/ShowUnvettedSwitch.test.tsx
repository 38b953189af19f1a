// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import starter from '../../fact-library/dist/library.json' with { type: 'json' };
import type { Match, OfferedMatches } from '../../shared/match';
import { entrySchema, type Entry, type Sighting } from '../../shared/schema';
import { EntryPicker } from '../compose/EntryPicker';
import { MatchList } from '../sidepanel/MatchList';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The switch is where drafting meets review: vetted entries only, unless it is on; retired never.
const entries = starter.entries.map((entry) => entrySchema.parse(entry));
const byId = (id: string) => entries.find((entry) => entry.id === id)!;
const inReview = byId('uk-most-asylum-seekers-in-europe'); // in review in the starter library
const vetted = byId('asylum-luxury-support');
const retired: Entry = { ...byId('uk-immigrants-take-jobs'), status: 'retired' };
const stale: Entry = { ...byId('uk-social-housing-priority'), reviewBy: '2020-01-31' };
const library = entries.map((entry) => (entry.id === retired.id ? retired : entry.id === stale.id ? stale : entry));

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

function type(input: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const toggle = (view: HTMLElement) => act(() => view.querySelector<HTMLInputElement>('input[role="switch"]')!.click());
const results = (view: HTMLElement) =>
  [...view.querySelectorAll('[aria-label="Matching entries"] li')].map((item) => item.textContent ?? '');
// The picker's results are options named by the entry, marked beside the name, with how it matched below.
const picked = (view: HTMLElement) =>
  [...view.querySelectorAll('[aria-label="Matching entries"] [role="option"]')].map(
    (option) => `${option.querySelector('.picker-option-title')?.textContent} ${option.querySelector('.drafting-marks')?.textContent}`,
  );
const showAll = (view: HTMLElement) =>
  act(() => [...view.querySelectorAll('button')].find((button) => button.textContent?.startsWith('Show more matches'))?.click());
const switchLabel = (view: HTMLElement) => view.querySelector<HTMLInputElement>('input[role="switch"]')!.labels?.[0]?.textContent;

describe('the entry picker', () => {
  const search = (query: string) => {
    const view = render(<EntryPicker entries={library} onSelect={() => {}} />);
    type(view.querySelector('input[type="search"]')!, query);
    return view;
  };

  it('offers vetted entries only until drafts and entries in review are switched on, then marks them', () => {
    const view = search(inReview.myth.statement);
    expect(switchLabel(view)).toBe('Show drafts and entries in review');
    showAll(view);
    expect(picked(view).some((text) => text.startsWith(inReview.title))).toBe(false);
    expect(view.querySelector('.hidden-unvetted')?.textContent).toContain('not yet vetted: switch on “Show drafts and entries in review”');
    toggle(view);
    showAll(view);
    expect(picked(view)).toContain(`${inReview.title} In review — not vetted`);
    expect(view.querySelector('.hidden-unvetted')).toBeNull();
  });

  it('marks a stale entry, and never offers a retired one', () => {
    const view = search('housing');
    showAll(view);
    expect(picked(view)).toContain(`${stale.title} Review overdue`);
    toggle(view);
    expect(search(retired.title).textContent).not.toContain(retired.title);
  });

  it('still finds vetted entries as before', () => {
    expect(picked(search('hotels iPhones'))[0]).toBe(`${vetted.title} `);
  });
});

describe('the side panel’s matches', () => {
  const sighting: Sighting = {
    id: '00000000-0000-4000-8000-000000000000',
    post: { text: 'Britain takes more asylum seekers than anywhere in Europe', platform: 'x', capturedAt: '2026-11-30T10:00:00.000Z' },
    matchedEntryIds: [],
    decision: 'undecided',
  } as Sighting;
  const match = (entry: Entry, confidence: number): Match => ({
    entry,
    score: confidence * 10,
    confidence,
    reasons: { terms: ['asylum'], phrasing: entry.myth.phrasings[0]! },
  });
  // As matchesToOffer gives them: best first, and the vetted ones among them.
  const offered = (...matches: Match[]): OfferedMatches => ({ all: matches, vetted: matches.filter((m) => m.entry.status === 'vetted') });

  it('shows vetted matches only, says how many others match, and shows them marked when asked', () => {
    const view = render(<MatchList sighting={sighting} matches={offered(match(inReview, 0.9), match(vetted, 0.6))} onUse={() => {}} />);
    expect(results(view).map((text) => text.slice(0, vetted.title.length))).toEqual([vetted.title]);
    expect(view.querySelector('.hidden-unvetted')?.textContent).toBe(
      'One entry that is not yet vetted matches: switch on “Show drafts and entries in review” to see it.',
    );
    toggle(view);
    expect(results(view)[0]).toContain(`${inReview.title}In review — not vetted90% sure`);
    expect(results(view)).toHaveLength(2);
  });

  it('says so when no vetted entry matches', () => {
    const view = render(<MatchList sighting={sighting} matches={offered(match(inReview, 0.9))} onUse={() => {}} />);
    expect(results(view)).toEqual([]);
    expect(view.querySelector('.hidden-unvetted')?.textContent).toMatch(
      /^No vetted entry matches this post\. One entry that is not yet vetted matches/,
    );
  });

  it('marks a vetted entry past its review-by date', () => {
    const view = render(<MatchList sighting={sighting} matches={offered(match(stale, 0.7))} onUse={() => {}} />);
    expect(results(view)[0]).toContain(`${stale.title}Review overdue70% sure`);
    expect(view.querySelector('.hidden-unvetted')).toBeNull();
  });
});
