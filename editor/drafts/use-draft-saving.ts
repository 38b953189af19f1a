import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { getDraft, saveDraft, StaleDraftError } from '../../shared/db';
import type { Draft } from '../../shared/schema';
import { useDatabase } from '../services/database-context';
import { clearDraftJournal, readDraftJournal, recoverDraft, writeDraftJournal } from './draft-journal';
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
  const [opened] = useState(() => recoverDraft(initial));
  const [writer] = useState(() => crypto.randomUUID());
  const [draft, setDraft] = useState(opened);
  // The revision this window's copy is based on: a save sends it, a stale one is refused.
  const base = useRef(opened.revision ?? 0);
  const current = useRef(draft);
  current.current = draft;
  // This window's saves that have started and not finished, listed in the journal (see there).
  const sending = useRef<Draft[]>([]);
  const writeJournal = () => writeDraftJournal({ writer, draft: { ...current.current, revision: base.current }, sending: sending.current });
  const autosave = useAutosave(
    draft,
    async (latest) => {
      const sent = { ...latest, revision: base.current };
      sending.current = [...sending.current, sent];
      writeJournal(); // before the save starts: the page may end while it runs
      try {
        const saved = await saveDraft(db, sent);
        base.current = saved.revision ?? 0;
      } finally {
        sending.current = sending.current.filter((item) => item !== sent);
        // Words typed while the save ran move onto the new revision; another tab's copy stays as it is.
        if (readDraftJournal(initial.id)?.writer === writer) writeJournal();
      }
    },
    500,
    sameContent,
    initial,
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: writeJournal reads refs only; the journal follows the draft and the save state
  useEffect(() => {
    if (autosave.status === 'saved') clearDraftJournal(draft.id, draft);
    else writeJournal();
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
