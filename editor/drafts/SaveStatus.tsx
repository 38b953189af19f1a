import { describeFailure } from '../forms/describe-failure';
import { interfaceI18n } from '../i18n/interface-i18n';
import { useTranslation } from '../i18n/use-translation';
import type { Autosave } from './use-autosave';

/**
 * Whether the draft is stored, in words, with a retry after a failure. A live region, not
 * role="status": the panels already have their own status line, and this one changes often.
 */
export function SaveStatus({ autosave, notStoredYet = false }: { autosave: Autosave; notStoredYet?: boolean }) {
  const { t } = useTranslation('drafts');
  if (autosave.status !== 'failed') {
    // A new draft is stored on its first change (see held-new-draft.ts): "Saved" would not be true yet.
    const saved = notStoredYet ? t('save.savedOnceWriting') : t('save.saved');
    return (
      <p className="save-status" aria-live="polite">
        {autosave.status === 'saved' ? saved : t('save.saving')}
      </p>
    );
  }
  return (
    <p className="save-status save-failed" aria-live="polite">
      {t('save.notSaved', { reason: failureReason(autosave.error) })}{' '}
      <button type="button" onClick={() => autosave.flush()}>
        {t('save.retry')}
      </button>
    </p>
  );
}

/** The reason a save failed, in words: storage full is the one people can act on. */
export function failureReason(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | undefined)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return interfaceI18n.t('drafts:save.storageFull');
  // Some errors already begin as this status line does ("Not saved: …"): say it once.
  return describeFailure(error).replace(/^Not saved:\s*/, '');
}
