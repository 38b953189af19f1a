import { useTranslation } from '../i18n/use-translation';
import { Dialog } from '../ui/Dialog';

type Props = {
  /** How many "Must fix" findings the draft has. */
  count: number;
  /** What is about to be copied, as the status line names it ("post 2 of 4", "formatted text (HTML)"…: compose:what). */
  what: string;
  onCopyAnyway(): void;
  onGoBack(): void;
};

/**
 * Asks once more before a draft with "Must fix" findings leaves the editor: those findings are
 * the ones that make a reply spread the myth or break the channel, so copying should be a choice,
 * not an accident. Focus starts on the safe answer; Escape goes back, and the focus returns to
 * the Copy button that opened it (editor/ui/Dialog).
 */
export function MustFixCopyDialog({ count, what, onCopyAnyway, onGoBack }: Props) {
  const { t } = useTranslation('compose');
  return (
    <Dialog
      open
      alert
      tone="danger"
      title={t('mustFix.title', { count })}
      description={t('mustFix.description', { count, what })}
      onClose={onGoBack}
    >
      <p className="dialog-actions">
        <button type="button" onClick={onCopyAnyway}>
          {t('mustFix.copyAnyway')}
        </button>
        <button type="button" data-autofocus onClick={onGoBack}>
          {t('mustFix.goBack')}
        </button>
      </p>
    </Dialog>
  );
}
