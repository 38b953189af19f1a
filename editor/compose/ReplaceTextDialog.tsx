import { useTranslation } from '../i18n/use-translation';
import { Dialog } from '../ui/Dialog';

type Props = { onReplace(): void; onKeep(): void };

/**
 * Asks before "Fill from entry" replaces words the person wrote (issue 20: it replaced them
 * without a word; Undo brings them back, but few know that). Focus starts on the safe answer;
 * Escape keeps the text; the focus goes back to the button after (editor/ui/Dialog).
 */
export function ReplaceTextDialog({ onReplace, onKeep }: Props) {
  const { t } = useTranslation('compose');
  return (
    <Dialog open alert title={t('replace.title')} description={t('replace.description')} onClose={onKeep}>
      <p className="dialog-actions">
        <button type="button" onClick={onReplace}>
          {t('replace.replace')}
        </button>
        <button type="button" data-autofocus onClick={onKeep}>
          {t('replace.keep')}
        </button>
      </p>
    </Dialog>
  );
}
