import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, lazy, Suspense } from 'react';
import { answerPostInSelection, latestSighting } from '../../shared/db';
import { matchesToOffer } from '../../shared/match';
import { textToMatch } from '../../shared/schema/captured-post';
import type { Entry, Sighting } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { newEntryFromSightingHref } from '../services/use-hash-route';
import { useLibraryData, type LibraryData } from '../services/use-library-data';
import { CapturedPostCard } from './CapturedPostCard';
import { DecisionPicker } from './DecisionPicker';
import { MatchList } from './MatchList';
import { NoMatch } from './NoMatch';
import type { PanelHost } from './panel-host';
import { startPanelDraft } from './start-panel-draft';
import { useCaptureProblem } from './use-capture-problem';
import { useShortcut } from './use-shortcut';
import { usePostMatches } from './use-post-matches';
import './sidepanel.css';

// The editor (Lexical) loads once there is a draft: the captured post and its matches come first.
const PanelDraft = lazy(() => import('./PanelDraft').then((module) => ({ default: module.PanelDraft })));

/**
 * The side panel: the newest captured post, the myths it repeats, the decision, and the reply.
 * Everything lives in the extension's database, so closing and reopening the panel restores it.
 */
export function ReplyPanel({ host }: { host: PanelHost }) {
  const db = useDatabase();
  const sighting = useLiveQuery(async () => (await latestSighting(db)) ?? null, [db]);
  const library = useLibraryData();
  const problem = useCaptureProblem(host);
  if (sighting === undefined || !library) return <p role="status">Opening…</p>;
  // A failed capture newer than the newest sighting is the thing the person just tried.
  const showProblem = problem && (!sighting || problem.at > sighting.post.capturedAt);
  return (
    <>
      {showProblem && (
        <p role="alert" className="error">
          {problem.message}
        </p>
      )}
      {sighting ? <SightingView key={sighting.id} sighting={sighting} library={library} host={host} /> : <GettingStarted host={host} />}
    </>
  );
}

function SightingView({ sighting, library, host }: { sighting: Sighting; library: LibraryData; host: PanelHost }) {
  const db = useDatabase();
  const { matches, note, lookingByMeaning } = usePostMatches(sighting, library.entries);
  const use = (entry: Entry) => void startPanelDraft(db, sighting, entry, library.entries);
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
        <Suspense fallback={<p role="status">Opening the editor…</p>}>
          <PanelDraft sighting={{ ...sighting, draftId: sighting.draftId }} host={host} />
        </Suspense>
      )}
    </>
  );
}

/** Whether matches by meaning are on their way, or why there are none (the word matches stand). */
function MeaningStatus({ note, looking }: { note: string | undefined; looking: boolean }) {
  if (!note && !looking) return null;
  return (
    <p role="status" className="semantic-note">
      {note ?? 'Also looking for entries that say the same in other words…'}
    </p>
  );
}

function GettingStarted({ host }: { host: PanelHost }) {
  const shortcut = useShortcut(host);
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">Answer a post</h2>
      <p>
        Select the text of a post on any page, then right-click and choose <strong>Draft a fact-sandwich reply</strong>
        {shortcut ? (
          <>
            , or press <Keys shortcut={shortcut} />.
          </>
        ) : (
          '.'
        )}
      </p>
      {shortcut === '' && <p className="hint">You can set a keyboard shortcut for it in your browser’s extension shortcut settings.</p>}
    </section>
  );
}

/** "Alt+Shift+F" as keys; a shortcut written without "+" (⌥⇧F on a Mac) as one. */
function Keys({ shortcut }: { shortcut: string }) {
  const keys = shortcut.split('+');
  return keys.map((key, index) => (
    <Fragment key={key}>
      {index > 0 && '+'}
      <kbd>{key}</kbd>
    </Fragment>
  ));
}
