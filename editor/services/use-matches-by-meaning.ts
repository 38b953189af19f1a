import { useEffect, useState } from 'react';
import { describeEmbeddingFailure } from '../../shared/compose/model/describe-embedding-failure';
import type { OfferedMatches } from '../../shared/match';
import { embeddingModelKey, isSemanticMatchingOn, semanticMatchesToOffer, type FusedOffer } from '../../shared/match/semantic';
import type { Entry } from '../../shared/schema';
import { useModelSettings } from '../compose/model/use-model-settings';
import { useDatabase } from './database-context';

export type MatchesWithMeaning = {
  /** The word matches at once; the fused ranking once the embedding model has answered. */
  matches: FusedOffer;
  /** Why only word matches are shown although semantic matching is set up. */
  note?: string;
  /** The embedding model is being asked: the word matches are shown meanwhile. */
  lookingByMeaning: boolean;
};

type Answer = { key: string; entries: readonly Entry[]; matches?: FusedOffer; note?: string };

/**
 * Upgrades the word matches for a text with matches by meaning when Settings name an embedding
 * model: the word matches are returned at once and never wait; the fused ranking replaces them
 * when it arrives, for that text and library only. A new text or library cancels the request
 * under way; a failure keeps the word matches and says why. Off without an embedding model.
 */
export function useMatchesWithMeaning(text: string, entries: readonly Entry[], wordMatches: OfferedMatches): MatchesWithMeaning {
  const db = useDatabase();
  const settings = useModelSettings();
  const on = isSemanticMatchingOn(settings) && text.trim() !== '';
  const key = on && settings ? `${embeddingModelKey(settings)}\n${settings.apiKey}\n${text}` : '';
  const [answer, setAnswer] = useState<Answer>();

  useEffect(() => {
    if (!key || !settings) return;
    const stop = new AbortController();
    semanticMatchesToOffer(text, entries, { settings, db, signal: stop.signal }).then(
      (matches) => {
        if (!stop.signal.aborted) setAnswer({ key, entries, matches });
      },
      (error: unknown) => {
        if (stop.signal.aborted) return;
        const note = describeEmbeddingFailure(error, { baseUrl: settings.baseUrl, model: settings.embeddingModel });
        if (note) setAnswer({ key, entries, note });
      },
    );
    return () => stop.abort();
  }, [key, text, entries, settings, db]);

  const current = answer && answer.key === key && answer.entries === entries ? answer : undefined;
  return {
    matches: current?.matches ?? wordMatches,
    ...(current?.note ? { note: current.note } : {}),
    lookingByMeaning: key !== '' && current === undefined,
  };
}
