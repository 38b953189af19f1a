import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { getDraft, saveDraft, StaleDraftError } from '../../shared/db';
import type { Draft } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { clearDraftJournal, readDraftJournal, writeDraftJournal } from './draft-journal';
import { sameContent, useAutosave, type Autosave } from './use-autosave';

export type DraftSaving = {
  draft: Draft;
  setDraft: (update: (current: Draft) => Draft) => void;
  autosave: Autosave;
  /** The stored copy another window saved, when this window's save was refused because of it. */
  conflict?: Draft;
  reloadTheirs: () => Promise<void>;
  keepMine: () => Promise<void>;
};

/**
 * The draft being edited and how it is kept: autosaved on its revision (a stale save is refused
 * and becomes `conflict`), copied to a synchronous journal until saved (replayed on open), and
 * following saves from other windows while this one has no unsaved edits. `onAdopt` puts an
 * adopted copy into the editor.
 */
export function useDraftSaving(initial: Draft, onAdopt: (stored: Draft) => void): DraftSaving {
  const db = useDatabase();
  const [opened] = useState(() => recover(initial));
  const [draft, setDraft] = useState(opened);
  // The revision this window's copy is based on: a save sends it, a stale one is refused.
  const base = useRef(opened.revision ?? 0);
  const autosave = useAutosave(
    draft,
    async (latest) => {
      const saved = await saveDraft(db, { ...latest, revision: base.current });
      base.current = saved.revision ?? 0;
    },
    500,
    sameContent,
    initial,
  );

  useEffect(() => {
    if (autosave.status === 'saved') clearDraftJournal(draft.id, draft);
    else writeDraftJournal({ ...draft, revision: base.current });
  }, [draft, autosave.status]);

  const adopt = (stored: Draft) => {
    base.current = stored.revision ?? 0;
    autosave.markSaved(stored);
    setDraft(() => stored);
    onAdopt(stored);
  };

  const latestStored = useLiveQuery(() => getDraft(db, initial.id), [db, initial.id]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow when the stored copy or this window's save state changes
  useEffect(() => {
    if (latestStored && (latestStored.revision ?? 0) > base.current && autosave.status === 'saved') adopt(latestStored);
  }, [latestStored, autosave.status]);

  const conflict =
    autosave.status === 'failed' && autosave.error instanceof StaleDraftError ? (latestStored ?? autosave.error.stored) : undefined;
  return {
    draft,
    setDraft,
    autosave,
    ...(conflict ? { conflict } : {}),
    reloadTheirs: async () => {
      const stored = await getDraft(db, initial.id);
      if (!stored) return;
      clearDraftJournal(stored.id); // the person chose to drop their unsaved copy
      adopt(stored);
    },
    keepMine: async () => {
      const stored = await getDraft(db, initial.id);
      base.current = stored?.revision ?? 0;
      autosave.flush();
    },
  };
}

/** The unsaved copy from the journal if there is one with other content, else the stored draft. */
function recover(stored: Draft): Draft {
  const journal = readDraftJournal(stored.id);
  return journal && !sameContent(journal, stored) ? journal : stored;
}
