import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { exportForChannel } from '../../shared/export';
import { getDraft } from '../../shared/db';
import type { Draft, Sighting } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { composeHref } from '../services/use-hash-route';
import { DraftWorkspace } from '../compose/DraftWorkspace';
import { useTranslation } from '../i18n/use-translation';
import type { InsertOutcome, PanelHost } from './panel-host';
import type { LibraryData } from '../services/use-library-data';

/** The reply to the captured post, in the compact editor, with the panel's own actions. */
export function PanelDraft({
  sighting,
  host,
  library,
}: {
  sighting: Sighting & { draftId: string };
  host: PanelHost;
  library: LibraryData;
}) {
  const { t } = useTranslation('sidepanel');
  const db = useDatabase();
  const stored = useLiveQuery(async () => (await getDraft(db, sighting.draftId)) ?? null, [db, sighting.draftId]);
  if (stored === undefined) return <p role="status">{t('draft.opening')}</p>;
  if (stored === null) return <p role="alert">{t('draft.deleted')}</p>;
  return (
    <section aria-labelledby="reply-heading" className="panel-draft">
      <h2 id="reply-heading">{t('draft.heading')}</h2>
      <DraftWorkspace
        key={stored.id}
        initial={answering(stored, sighting)}
        compact
        recomposeWhenUntouched
        library={library}
        settingsHref={host.settingsUrl}
        actions={(draft, saveNow, used) => (
          <PanelDraftActions draft={draft} sightingId={sighting.id} host={host} saveNow={saveNow} used={used} />
        )}
      />
    </section>
  );
}

/**
 * The draft as the answer to this sighting: drafts started before a draft recorded its sighting
 * (or if the captured post was lost) take both from the sighting, so the editor judges the reply
 * with the post and its address.
 */
function answering(draft: Draft, sighting: Sighting): Draft {
  if (draft.sightingId && draft.capturedPost) return draft;
  return { ...draft, sightingId: draft.sightingId ?? sighting.id, capturedPost: draft.capturedPost ?? sighting.post };
}

type ActionProps = { draft: Draft; sightingId: string; host: PanelHost; saveNow: () => void; used: () => void };

/** Where an insert stands: under way, or its outcome, with how many posts a thread has (the rest are copied by hand). */
type InsertStatus = { kind: 'idle' } | { kind: 'inserting' } | { kind: 'done'; outcome: InsertOutcome; threadPosts: number };

function PanelDraftActions({ draft, sightingId, host, saveNow, used }: ActionProps) {
  const { t } = useTranslation('sidepanel');
  const [status, setStatus] = useState<InsertStatus>({ kind: 'idle' });
  // Worded at render, not when it happened, so a change of interface language rewords it too.
  const statusText = useInsertStatusText(status);
  const insert = async () => {
    const exported = exportForChannel(draft.sections, draft.channel);
    // A reply box takes one post: the first of a thread goes in, the rest are copied from here.
    const text = exported.kind === 'post' ? exported.text : exported.posts[0]!;
    setStatus({ kind: 'inserting' });
    const outcome = await host
      .insertReply(sightingId, text)
      .catch((error: unknown): InsertOutcome => ({ ok: false, problem: 'not-sent', detail: String(error) }));
    setStatus({ kind: 'done', outcome, threadPosts: exported.kind === 'thread' ? exported.posts.length : 1 });
    if (outcome.ok) used();
  };
  return (
    <div className="panel-actions">
      <button type="button" onClick={() => void insert()}>
        {t('draft.insert')}
      </button>
      <button
        type="button"
        onClick={() => {
          saveNow(); // the full editor reads the draft from the database: the last keystrokes must be in it
          host.openEditor(composeHref(draft.id));
        }}
      >
        {t('draft.openInEditor')}
      </button>
      <p role="status">{statusText}</p>
    </div>
  );
}

function useInsertStatusText(status: InsertStatus): string {
  const { t } = useTranslation('sidepanel');
  if (status.kind === 'idle') return '';
  if (status.kind === 'inserting') return t('insert.inserting');
  const { outcome, threadPosts } = status;
  if (!outcome.ok) return t(`insert.problem.${outcome.problem}`, { detail: outcome.detail ?? '' });
  const inserted = t(outcome.into === 'input' ? 'insert.intoField' : 'insert.intoBox');
  return threadPosts > 1 ? `${inserted} ${t('insert.restOfThread', { count: threadPosts })}` : inserted;
}
