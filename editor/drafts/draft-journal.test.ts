// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/schema';
import { clearDraftJournal, readDraftJournal, recoverDraft, writeDraftJournal } from './draft-journal';

const draft: Draft = {
  id: '7e1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  title: 'Reply',
  sections: { fact: 'Asylum seekers live on £49.18 a week.', myth: '', explanation: '', factAgain: '' },
  audienceIds: [],
  channel: 'x',
  language: 'en',
  status: 'draft',
  revision: 3,
  createdAt: '2026-03-14T09:31:00.000Z',
  updatedAt: '2026-03-14T09:31:00.000Z',
};
const key = `fact-sandwich:unsaved-draft:${draft.id}`;
const withMyth = (myth: string, revision = draft.revision): Draft => ({ ...draft, sections: { ...draft.sections, myth }, revision });
const stamped = (copy: Draft, revision: number): Draft => ({ ...copy, revision, updatedAt: '2026-03-14T09:40:00.000Z' });

beforeEach(() => localStorage.clear());

describe('the unsaved-draft journal', () => {
  it('gives back what was written, with the revision it was based on', () => {
    const journal = { writer: 'page-1', draft, sending: [] };
    writeDraftJournal(journal);
    expect(readDraftJournal(draft.id)).toEqual(journal);
  });

  it('reads a copy written by the release before saves in progress were listed', () => {
    localStorage.setItem(key, JSON.stringify(draft));
    expect(readDraftJournal(draft.id)).toEqual({ writer: '', draft, sending: [] });
  });

  it.each([
    ['not JSON', '{"id": '],
    ['not a draft', JSON.stringify({ writer: 'page-1', draft: { ...draft, sections: { fact: 'only one section' } }, sending: [] })],
    ['another draft', JSON.stringify({ writer: 'page-1', draft: { ...draft, id: crypto.randomUUID() }, sending: [] })],
  ])('drops a copy that is %s, so the stored draft opens instead', (_what, text) => {
    localStorage.setItem(key, text);
    expect(readDraftJournal(draft.id)).toBeUndefined();
    expect(recoverDraft(draft)).toEqual(draft);
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('once saved, drops only a copy with the saved content: another tab’s newer words stay', () => {
    const newer = { writer: 'page-2', draft: withMyth('Typed in another tab.'), sending: [] };
    writeDraftJournal(newer);
    clearDraftJournal(draft.id, draft);
    expect(readDraftJournal(draft.id)).toEqual(newer);
    clearDraftJournal(draft.id, stamped(newer.draft, 4));
    expect(readDraftJournal(draft.id)).toBeUndefined();
  });
});

describe('the copy a reopened editor starts from', () => {
  const typed = withMyth('Claims about hotels spread fast.');

  it.each<[string, { journal?: Parameters<typeof writeDraftJournal>[0]; stored: Draft; opens: Draft }]>([
    ['nothing unsaved: the stored draft', { stored: draft, opens: draft }],
    [
      'the unsaved words already stored: the stored draft',
      { journal: { writer: 'p', draft: typed, sending: [] }, stored: stamped(typed, 4), opens: stamped(typed, 4) },
    ],
    [
      'unsaved words on the stored revision: those words',
      { journal: { writer: 'p', draft: typed, sending: [] }, stored: draft, opens: typed },
    ],
    [
      // The page saved "Claims…" and went on typing; the save landed after the page was gone.
      'unsaved words after the page’s own save landed: those words, on the stored revision',
      {
        journal: { writer: 'p', draft: withMyth('Claims about hotels spread fast. They are false.'), sending: [typed] },
        stored: stamped(typed, 4),
        opens: withMyth('Claims about hotels spread fast. They are false.', 4),
      },
    ],
    [
      // Another window saved other words since: the unsaved words stay on their revision, and saving them asks.
      'unsaved words behind another window’s save: those words, on their own revision',
      {
        journal: { writer: 'p', draft: typed, sending: [withMyth('Claims')] },
        stored: stamped(withMyth('Typed in another window.'), 4),
        opens: typed,
      },
    ],
  ])('%s', (_case, { journal, stored, opens }) => {
    if (journal) writeDraftJournal(journal);
    expect(recoverDraft(stored)).toEqual(opens);
  });
});
