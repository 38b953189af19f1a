import { useState } from 'react';
import { getSettings, recordReply } from '../../shared/db';
import type { Draft } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { useToast } from '../ui/toast/use-toast';

/**
 * One click after a copy or an insert: "did you post it?". Only confirmed replies count in the
 * impact figures, so they show what the team really did, not what it drafted.
 */
export function PostedPrompt({ draft, onPosted, onDone }: { draft: Draft; onPosted(): void; onDone(): void }) {
  const db = useDatabase();
  const [status, setStatus] = useState('');
  const toast = useToast();
  const posted = async () => {
    const by = (await getSettings(db)).userName;
    await recordReply(db, draft, { by });
    onPosted(); // the editor's own copy of the draft says "posted" too, so autosave keeps it
    setStatus('Counted as a reply. Thank you.');
    toast('Reply counted in Impact. Thank you.');
    setTimeout(onDone, 1500);
  };
  return (
    <fieldset className="posted-prompt" aria-label="Did you post it?">
      {status ? (
        <p role="status">{status}</p>
      ) : (
        <p>
          Did you post it?{' '}
          <button type="button" onClick={() => void posted()}>
            Yes, I posted it
          </button>
          <button type="button" onClick={onDone}>
            Not yet
          </button>
        </p>
      )}
    </fieldset>
  );
}
