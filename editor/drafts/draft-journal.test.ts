// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/schema';
import { clearDraftJournal, readDraftJournal, writeDraftJournal } from './draft-journal';

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

beforeEach(() => localStorage.clear());

describe('the unsaved-draft journal', () => {
  it('gives back what was written, with the revision it was based on', () => {
    writeDraftJournal(draft);
    expect(readDraftJournal(draft.id)).toEqual(draft);
  });

  it.each([
    ['not JSON', '{"id": '],
    ['not a draft', JSON.stringify({ ...draft, sections: { fact: 'only one section' } })],
    ['another draft', JSON.stringify({ ...draft, id: crypto.randomUUID() })],
  ])('drops a copy that is %s, so the stored draft opens instead', (_what, text) => {
    localStorage.setItem(key, text);
    expect(readDraftJournal(draft.id)).toBeUndefined();
    expect(localStorage.getItem(key)).toBeNull();
  });

  it('once saved, drops only a copy with the saved content: another tab’s newer words stay', () => {
    const newer = { ...draft, sections: { ...draft.sections, myth: 'Typed in another tab.' } };
    writeDraftJournal(newer);
    clearDraftJournal(draft.id, draft);
    expect(readDraftJournal(draft.id)).toEqual(newer);
    clearDraftJournal(draft.id, { ...newer, revision: 4, updatedAt: '2026-03-14T09:40:00.000Z' });
    expect(readDraftJournal(draft.id)).toBeUndefined();
  });
});
