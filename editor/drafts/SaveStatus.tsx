import { describeFailure } from '../forms/describe-failure';
import type { Autosave } from './use-autosave';

/**
 * Whether the draft is stored, in words, with a retry after a failure. A live region, not
 * role="status": the panels already have their own status line, and this one changes often.
 */
export function SaveStatus({ autosave, notStoredYet = false }: { autosave: Autosave; notStoredYet?: boolean }) {
  if (autosave.status !== 'failed') {
    // A new draft is stored on its first change (see held-new-draft.ts): "Saved" would not be true yet.
    const saved = notStoredYet ? 'Saved once you start writing' : 'Saved';
    return (
      <p className="save-status" aria-live="polite">
        {autosave.status === 'saved' ? saved : 'Saving…'}
      </p>
    );
  }
  return (
    <p className="save-status save-failed" aria-live="polite">
      Not saved: {failureReason(autosave.error)} Your text is kept in this browser until it is saved.{' '}
      <button type="button" onClick={() => autosave.flush()}>
        Retry saving
      </button>
    </p>
  );
}

/** The reason a save failed, in words: storage full is the one people can act on. */
export function failureReason(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | undefined)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'the browser has no room left to store drafts (storage is full). Free some space, then retry.';
  }
  // Some errors already begin as this status line does ("Not saved: …"): say it once.
  return describeFailure(error).replace(/^Not saved:\s*/, '');
}
