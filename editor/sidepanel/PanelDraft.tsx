import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { exportForChannel } from '../../shared/export';
import { getDraft } from '../../shared/db';
import type { Draft, Sighting } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { composeHref } from '../services/use-hash-route';
import { DraftWorkspace } from '../compose/DraftWorkspace';
import type { PanelHost } from './panel-host';

/** The reply to the captured post, in the compact editor, with the panel's own actions. */
export function PanelDraft({ sighting, host }: { sighting: Sighting & { draftId: string }; host: PanelHost }) {
  const db = useDatabase();
  const stored = useLiveQuery(async () => (await getDraft(db, sighting.draftId)) ?? null, [db, sighting.draftId]);
  if (stored === undefined) return <p role="status">Opening the draft…</p>;
  if (stored === null) return <p role="alert">The draft for this post was deleted. Pick an entry above to start again.</p>;
  return (
    <section aria-labelledby="reply-heading" className="panel-draft">
      <h2 id="reply-heading">Your reply</h2>
      <DraftWorkspace
        key={stored.id}
        initial={answering(stored, sighting)}
        compact
        recomposeWhenUntouched
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

function PanelDraftActions({ draft, sightingId, host, saveNow, used }: ActionProps) {
  const [status, setStatus] = useState('');
  const insert = async () => {
    const exported = exportForChannel(draft.sections, draft.channel);
    // A reply box takes one post: the first of a thread goes in, the rest are copied from here.
    const text = exported.kind === 'post' ? exported.text : exported.posts[0]!;
    setStatus('Inserting…');
    const response = await host
      .insertReply(sightingId, text)
      .catch((error: unknown) => ({ ok: false, message: `Could not insert: ${String(error)}` }));
    const rest = exported.kind === 'thread' ? ` This reply is a thread of ${exported.posts.length} posts: copy the others below.` : '';
    setStatus(response.message + (response.ok ? rest : ''));
    if (response.ok) used();
  };
  return (
    <div className="panel-actions">
      <button type="button" onClick={() => void insert()}>
        Insert into reply box
      </button>
      <button
        type="button"
        onClick={() => {
          saveNow(); // the full editor reads the draft from the database: the last keystrokes must be in it
          host.openEditor(composeHref(draft.id));
        }}
      >
        Open in full editor
      </button>
      <p role="status">{status}</p>
    </div>
  );
}
