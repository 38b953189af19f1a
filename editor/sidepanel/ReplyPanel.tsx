import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, lazy, Suspense } from 'react';
import { latestSighting } from '../../shared/db';
import { Trans, useTranslation } from '../i18n/use-translation';
import { useDatabase } from '../services/database-context';
import { useLibraryData } from '../services/use-library-data';
import type { PanelHost } from './panel-host';
import { useCaptureProblem } from './use-capture-problem';
import { useShortcut } from './use-shortcut';
import './sidepanel.css';

// The matcher and the post's views load once there is a post: the panel's first view (how to
// capture one) comes up without them (issue 20: the side panel's initial JavaScript ≤ 200 KB).
const SightingView = lazy(() => import('./SightingView').then((module) => ({ default: module.SightingView })));

/**
 * The side panel: the newest captured post, the myths it repeats, the decision, and the reply.
 * Everything lives in the extension's database, so closing and reopening the panel restores it.
 */
export function ReplyPanel({ host }: { host: PanelHost }) {
  const { t } = useTranslation('sidepanel');
  const db = useDatabase();
  const sighting = useLiveQuery(async () => (await latestSighting(db)) ?? null, [db]);
  const library = useLibraryData();
  const problem = useCaptureProblem(host);
  if (sighting === undefined || !library) return <p role="status">{t('opening')}</p>;
  // A failed capture newer than the newest sighting is the thing the person just tried.
  const showProblem = problem && (!sighting || problem.at > sighting.post.capturedAt);
  return (
    <>
      {showProblem && (
        <p role="alert" className="error">
          {t(`captureProblem.${problem.problem}`, { detail: problem.detail ?? '' })}
        </p>
      )}
      {sighting ? (
        <Suspense fallback={<p role="status">{t('opening')}</p>}>
          <SightingView key={sighting.id} sighting={sighting} library={library} host={host} />
        </Suspense>
      ) : (
        <GettingStarted host={host} />
      )}
    </>
  );
}

function GettingStarted({ host }: { host: PanelHost }) {
  const { t } = useTranslation('sidepanel');
  const shortcut = useShortcut(host);
  return (
    <section aria-labelledby="start-heading">
      <h2 id="start-heading">{t('start.heading')}</h2>
      <p>
        {/* The menu item as the browser shows it (its language may not be the interface's), and the keys it has now. */}
        <Trans
          t={t}
          i18nKey={shortcut ? 'start.howToOrPress' : 'start.howTo'}
          values={{ menuItem: host.draftReplyMenuTitle }}
          components={{ menuItem: <strong />, keys: <Keys shortcut={shortcut ?? ''} /> }}
        />
      </p>
      {shortcut === '' && <p className="hint">{t('start.noShortcut')}</p>}
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
