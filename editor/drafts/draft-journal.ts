import { draftSchema, type Draft } from '../../shared/schema';
import { sameContent } from './use-autosave';

/**
 * A synchronous copy of the draft being edited, in localStorage, until IndexedDB has it. A reload
 * or a closed window soon after a keystroke can end the page before its IndexedDB write commits
 * (issue 19: the last words were lost 3 times in 3); a localStorage write is done when it returns.
 * The copy keeps the revision it was based on, so replaying it over a newer save is refused as
 * stale and the person chooses, instead of it silently undoing the other save.
 */
const keyOf = (draftId: string) => `fact-sandwich:unsaved-draft:${draftId}`;

export function writeDraftJournal(draft: Draft): void {
  try {
    localStorage.setItem(keyOf(draft.id), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the IndexedDB save still runs, and its status says how it went.
  }
}

/** The unsaved copy of this draft, if one is kept and still valid (anything else is dropped). */
export function readDraftJournal(draftId: string): Draft | undefined {
  let text: string | null = null;
  try {
    text = localStorage.getItem(keyOf(draftId));
  } catch {
    return undefined;
  }
  if (text === null) return undefined;
  const parsed = draftSchema.safeParse(safeJson(text));
  if (parsed.success && parsed.data.id === draftId) return parsed.data;
  clearDraftJournal(draftId);
  return undefined;
}

/**
 * Drops the copy once it is stored. Given `saved`, only a copy with that content goes: another tab
 * on the same draft shares this storage, and its newer unsaved words must stay.
 */
export function clearDraftJournal(draftId: string, saved?: Draft): void {
  if (saved && !sameContent(readDraftJournal(draftId), saved)) return;
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
