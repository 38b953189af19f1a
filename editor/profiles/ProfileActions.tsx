import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';

type Props = { name: string; onEdit: () => void; onDelete: () => Promise<void> | void; deleteWarning?: string };

/** Edit and delete for one profile; deleting asks once more, in the page's own dialog rather than the browser's. */
export function ProfileActions({ name, onEdit, onDelete, deleteWarning }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { t } = useTranslation('profiles');
  const remove = async () => {
    await onDelete();
    // A refused delete says why in the page: the dialog must close so that message is not behind it.
    setConfirming(false);
  };
  return (
    <div className="profile-actions">
      <Button onClick={onEdit}>
        {t('actions.edit')}
        <span className="visually-hidden"> {name}</span>
      </Button>
      <Button variant="danger" onClick={() => setConfirming(true)}>
        {t('actions.delete')}
        <span className="visually-hidden"> {name}</span>
      </Button>
      <Dialog open={confirming} title={t('actions.confirm', { name })} tone="danger" onClose={() => setConfirming(false)}>
        {deleteWarning && <p>{deleteWarning}</p>}
        <p className="dialog-actions">
          <Button variant="danger" onClick={() => void remove()}>
            {t('actions.yesDelete', { name })}
          </Button>
          {/* The safe choice takes focus when the dialog opens, so Enter never deletes by accident. */}
          <Button variant="primary" onClick={() => setConfirming(false)} data-autofocus>
            {t('actions.keep')}
          </Button>
        </p>
      </Dialog>
    </div>
  );
}
