import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { createDraft, getDraft, getSettings } from '../../shared/db';
import { useDatabase } from '../services/database-context';
import { composeHref } from '../services/use-hash-route';
import { DraftWorkspace } from './DraftWorkspace';

/** Opens a draft (or starts one) and hands it to the editor once it is loaded. */
export function ComposeView({ draftId }: { draftId?: string }) {
  const db = useDatabase();
  const stored = useLiveQuery(async () => (draftId ? ((await getDraft(db, draftId)) ?? null) : undefined), [db, draftId]);
  useEffect(() => {
    if (draftId) return;
    // A new draft is saved at once, so reloading the page never loses it; it starts with the
    // person's default channel and language from Settings.
    void getSettings(db)
      .then((settings) => createDraft(db, { channel: settings.defaultChannel, language: settings.defaultLanguage }))
      .then((draft) => window.location.replace(composeHref(draft.id)));
  }, [db, draftId]);
  if (!draftId || stored === undefined) return <p role="status">Opening the draft…</p>;
  if (stored === null) return <p role="alert">This draft no longer exists.</p>;
  return (
    <>
      <h1>Draft a reply</h1>
      <DraftWorkspace key={stored.id} initial={stored} />
    </>
  );
}
