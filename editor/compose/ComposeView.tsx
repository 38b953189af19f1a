import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { getDraft, getSettings, newDraft } from '../../shared/db';
import { readDraftJournal } from '../drafts/draft-journal';
import { heldNewDraft, holdNewDraft, releaseNewDraft } from '../drafts/held-new-draft';
import { useDatabase } from '../services/database-context';
import { composeHref, useHashRoute } from '../services/use-hash-route';
import { useTranslation } from '../i18n/use-translation';
import { DraftWorkspace } from './DraftWorkspace';

/** Opens a draft (or starts one) and hands it to the editor once it is loaded. */
export function ComposeView({ draftId }: { draftId?: string }) {
  const db = useDatabase();
  const { t } = useTranslation('compose');
  // A new draft may answer an entry already ("Draft a reply with this entry" on an entry's page).
  const route = useHashRoute();
  const entryId = route.view === 'compose' ? route.entryId : undefined;
  const stored = useLiveQuery(async () => (draftId ? ((await getDraft(db, draftId)) ?? null) : undefined), [db, draftId]);
  useEffect(() => {
    if (draftId) return;
    // A new draft gets its address at once, so a reload opens it again; it is stored on its first
    // change (see held-new-draft.ts), with the person's default channel and language from Settings.
    void getSettings(db).then((settings) => {
      const draft = newDraft({ channel: settings.defaultChannel, language: settings.defaultLanguage, ...(entryId ? { entryId } : {}) });
      holdNewDraft(draft);
      window.location.replace(composeHref(draft.id));
    });
  }, [db, draftId, entryId]);
  useEffect(() => {
    if (stored) releaseNewDraft(stored.id);
  }, [stored]);
  // A new draft whose first words were typed in a page that closed before IndexedDB stored them is
  // still in the journal (another tab, which has no held copy, opens it from there).
  const opened = stored ?? (draftId ? (heldNewDraft(draftId) ?? readDraftJournal(draftId)?.draft) : undefined);
  if (!draftId || stored === undefined) return <p role="status">{t('view.opening')}</p>;
  if (!opened) return <p role="alert">{t('view.missing')}</p>;
  return (
    <>
      <h1>{t('view.heading')}</h1>
      <DraftWorkspace key={opened.id} initial={opened} notStoredYet={!stored} />
    </>
  );
}
