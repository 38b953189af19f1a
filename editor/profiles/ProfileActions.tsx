import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';

type Props = { name: string; onEdit: () => void; onDelete: () => Promise<void> | void; deleteWarning?: string };

/** Edit and delete for one profile; deleting asks once more, in the page rather than in a browser dialog. */
export function ProfileActions({ name, onEdit, onDelete, deleteWarning }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { t } = useTranslation('profiles');
  if (confirming) {
    return (
      <fieldset className="profile-actions" aria-label={t('actions.confirmLabel', { name })}>
        <span>
          {t('actions.confirm', { name })} {deleteWarning}
        </span>
        <button type="button" className="danger" onClick={() => void onDelete()}>
          {t('actions.yesDelete', { name })}
        </button>
        {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the person asks to delete, so Enter never deletes by accident */}
        <button type="button" className="secondary" onClick={() => setConfirming(false)} autoFocus>
          {t('actions.keep')}
        </button>
      </fieldset>
    );
  }
  return (
    <div className="profile-actions">
      <button type="button" className="secondary" onClick={onEdit}>
        {t('actions.edit')}
        <span className="visually-hidden"> {name}</span>
      </button>
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t('actions.delete')}
        <span className="visually-hidden"> {name}</span>
      </button>
    </div>
  );
}
