import { z } from 'zod';
import { draftSchema, type Draft } from '../../shared/schema';
import { sameContent } from './use-autosave';

/**
 * A synchronous copy of the draft being edited, in localStorage, until IndexedDB has it. A reload
 * or a closed window soon after a keystroke can end the page before its IndexedDB write commits
 * (issue 19: the last words were lost 3 times in 3); a localStorage write is done when it returns.
 *
 * The copy keeps the revision it was based on, so replaying it over another window's newer save
 * is refused as stale and the person chooses, instead of it silently undoing that save. A page can
 * also end while its own save is still running, and that save may land after the page is gone:
 * the copy lists the saves its page had started (`sending`), so the reopened page recognises the
 * newer stored revision as its own words and not as another window's.
 */
const journalSchema = z.strictObject({
  /** The page that wrote it: only that page moves its copy onto a revision it saved. */
  writer: z.string().max(64),
  draft: draftSchema,
  sending: z.array(draftSchema).max(16),
});
export type DraftJournal = z.infer<typeof journalSchema>;

const keyOf = (draftId: string) => `fact-sandwich:unsaved-draft:${draftId}`;

export function writeDraftJournal(journal: DraftJournal): void {
  try {
    localStorage.setItem(keyOf(journal.draft.id), JSON.stringify(journal));
  } catch {
    // Storage full or blocked: the IndexedDB save still runs, and its status says how it went.
  }
}

/** The unsaved copy of this draft, if one is kept and still valid (anything else is dropped). */
export function readDraftJournal(draftId: string): DraftJournal | undefined {
  let text: string | null = null;
  try {
    text = localStorage.getItem(keyOf(draftId));
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  const value = safeJson(text);
  const parsed = journalSchema.safeParse(value);
  if (parsed.success && parsed.data.draft.id === draftId) return parsed.data;
  // Written by the release before `sending` was kept: the draft alone.
  const plain = draftSchema.safeParse(value);
  if (plain.success && plain.data.id === draftId) return { writer: '', draft: plain.data, sending: [] };
  clearDraftJournal(draftId);
  return undefined;
}

/**
 * The copy to open on `stored`: the stored draft when nothing else was typed; else the unsaved
 * words, on the stored revision when that revision is one of the journal page's own saves (it
 * landed after the page was gone), otherwise on the revision they were based on.
 */
export function recoverDraft(stored: Draft): Draft {
  const journal = readDraftJournal(stored.id);
  if (!journal || sameContent(journal.draft, stored)) return stored;
  const revision = stored.revision ?? 0;
  const ownSave = journal.sending.some((sent) => sameContent(sent, stored));
  return ownSave && (journal.draft.revision ?? 0) < revision ? { ...journal.draft, revision } : journal.draft;
}

/**
 * Drops the copy once it is stored. Given `saved`, only a copy with that content goes: another tab
 * on the same draft shares this storage, and its newer unsaved words must stay.
 */
export function clearDraftJournal(draftId: string, saved?: Draft): void {
  if (saved && !sameContent(readDraftJournal(draftId)?.draft, saved)) return;
  try {
    localStorage.removeItem(keyOf(draftId));
  } catch {
    // Nothing to clear where storage cannot be reached.
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
