import { draftSchema, type Draft } from '../../shared/schema';

/**
 * A new draft that nobody has changed yet lives here, not in the database (issue 20: every "New
 * draft" click used to leave an empty "Untitled draft" behind). Session storage is per tab and
 * survives a reload, so `#/compose/<id>` still opens the same empty draft after one; the draft's
 * first change stores it, and the held copy is then dropped.
 */
const keyOf = (draftId: string) => `fact-sandwich:new-draft:${draftId}`;

export function holdNewDraft(draft: Draft): void {
  try {
    sessionStorage.setItem(keyOf(draft.id), JSON.stringify(draft));
  } catch {
    // Storage blocked: the draft still opens; only a reload before the first change loses it (it was empty).
  }
}

/** The held new draft with this id, if any and still valid. */
export function heldNewDraft(draftId: string): Draft | undefined {
  try {
    const text = sessionStorage.getItem(keyOf(draftId));
    if (text === null) return undefined;
    const parsed = draftSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.id === draftId ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function releaseNewDraft(draftId: string): void {
  try {
    sessionStorage.removeItem(keyOf(draftId));
  } catch {
    // Nothing to do: a held copy of a stored draft is never read (the stored one wins).
  }
}
