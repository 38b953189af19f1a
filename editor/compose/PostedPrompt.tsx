import { useState } from 'react';
import { getSettings, recordReply } from '../../shared/db';
import type { Draft } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { useToast } from '../ui/toast/use-toast';

/**
 * One click after a copy or an insert: "did you post it?". Only confirmed replies count in the
 * impact figures, so they show what the team really did, not what it drafted.
 */
export function PostedPrompt({ draft, onPosted, onDone }: { draft: Draft; onPosted(): void; onDone(): void }) {
  const db = useDatabase();
  const { t } = useTranslation('compose');
  const [status, setStatus] = useState('');
  const toast = useToast();
  const posted = async () => {
    const by = (await getSettings(db)).userName;
    await recordReply(db, draft, { by });
    onPosted(); // the editor's own copy of the draft says "posted" too, so autosave keeps it
    setStatus(t('posted.counted'));
    toast(t('posted.countedInImpact'));
    setTimeout(onDone, 1500);
  };
  return (
    <fieldset className="posted-prompt" aria-label={t('posted.question')}>
      {status ? (
        <p role="status">{status}</p>
      ) : (
        <p>
          {t('posted.question')}{' '}
          <button type="button" onClick={() => void posted()}>
            {t('posted.yes')}
          </button>
          <button type="button" onClick={onDone}>
            {t('posted.notYet')}
          </button>
        </p>
      )}
    </fieldset>
  );
}
