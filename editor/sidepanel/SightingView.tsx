import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { answerPostInSelection } from '../../shared/db';
import { matchesToOffer } from '../../shared/match';
import { textToMatch } from '../../shared/schema/captured-post';
import type { Entry, Sighting } from '../../shared/schema';
import { useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { newEntryFromSightingHref } from '../services/use-hash-route';
import type { LibraryData } from '../services/use-library-data';
import { CapturedPostCard } from './CapturedPostCard';
import { DecisionPicker } from './DecisionPicker';
import { MatchList } from './MatchList';
import { NoMatch } from './NoMatch';
import type { PanelHost } from './panel-host';
import { usePlatformLabel } from './platform-labels';
import { startPanelDraft } from './start-panel-draft';
import { usePostMatches } from './use-post-matches';

// The editor (Lexical) loads once there is a draft: the captured post and its matches come first.
const PanelDraft = lazy(() => import('./PanelDraft').then((module) => ({ default: module.PanelDraft })));

/** A captured post: the post, the myths it repeats, the decision, and the reply once one is started. */
export function SightingView({ sighting, library, host }: { sighting: Sighting; library: LibraryData; host: PanelHost }) {
  const { t } = useTranslation(['sidepanel', 'shell']);
  const db = useDatabase();
  const { matches, note, lookingByMeaning } = usePostMatches(sighting, library.entries);
  const platform = usePlatformLabel()(sighting.post.platform);
  const use = (entry: Entry) =>
    void startPanelDraft(db, sighting, entry, {
      entries: library.entries,
      title: t('draft.title', { entry: entry.title, platform }),
    });
  const draftEntryId = useLiveQuery(
    async () => (sighting.draftId ? (await db.drafts.get(sighting.draftId))?.entryId : undefined),
    [db, sighting.draftId],
  );
  const createEntry = () => host.openEditor(newEntryFromSightingHref(sighting.id));
  // Another post of the selection: matched against the whole library, as a new capture would be.
  const choosePost = (index: number) =>
    void answerPostInSelection(db, sighting.id, index, (post) =>
      matchesToOffer(textToMatch(post), library.entries).all.map((match) => match.entry.id),
    );
  return (
    <>
      <CapturedPostCard sighting={sighting} onChoosePost={choosePost} />
      <MeaningStatus note={note} looking={lookingByMeaning} />
      {matches.all.length > 0 ? (
        <MatchList sighting={sighting} matches={matches} onUse={use} {...(draftEntryId ? { usedEntryId: draftEntryId } : {})} />
      ) : (
        <NoMatch entries={library.entries} onUse={use} onCreateEntry={createEntry} />
      )}
      <DecisionPicker sighting={sighting} />
      {sighting.draftId && (
        <Suspense fallback={<p role="status">{t('shell:opening.editor')}</p>}>
          <PanelDraft sighting={{ ...sighting, draftId: sighting.draftId }} host={host} library={library} />
        </Suspense>
      )}
    </>
  );
}

/** Whether matches by meaning are on their way, or why there are none (the word matches stand). */
function MeaningStatus({ note, looking }: { note: string | undefined; looking: boolean }) {
  const { t } = useTranslation('sidepanel');
  if (!note && !looking) return null;
  return (
    <p role="status" className="semantic-note">
      {note ?? t('matches.lookingByMeaning')}
    </p>
  );
}
