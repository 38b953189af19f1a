import type { FactSandwichDatabase } from '../../db';
import { isOfferedForDrafting } from '../../review/offer-for-drafting';
import type { Entry } from '../../schema/entry';
import type { ModelSettings } from '../../schema/model-settings';
import { matchesPerPost, matchesToOffer } from '../matches-to-offer';
import { embedTexts, type EmbeddingServer } from './embed-texts';
import { entryVectorsFor } from './entry-vectors';
import { fuseRankings, type FusedMatch } from './fuse-rankings';
import { semanticCandidates } from './semantic-candidates';

/** Both views of the offer, as `matchesToOffer` gives them, with matches found by meaning fused in. */
export type FusedOffer = { vetted: FusedMatch[]; all: FusedMatch[] };

/** A long post is cut here before it is sent: its opening carries the claim, and servers cap input length. */
const maxPostCharacters = 4000;

/** Semantic matching is on when Settings name a server and an embedding model; the chat model is not needed. */
export function isSemanticMatchingOn(settings: Pick<ModelSettings, 'baseUrl' | 'embeddingModel'> | undefined): boolean {
  return Boolean(settings?.baseUrl && settings.embeddingModel);
}

/** The server and model the vectors came from: the cache keeps them apart (see entryVectorsSchema). */
export function embeddingModelKey(settings: Pick<ModelSettings, 'baseUrl' | 'embeddingModel'>): string {
  let host = settings.baseUrl;
  try {
    host = new URL(settings.baseUrl).host || host;
  } catch {
    // kept as typed: Settings validated it, and a key only needs to be stable
  }
  return `${settings.embeddingModel} on ${host}`;
}

export type SemanticMatchOptions = {
  settings: ModelSettings;
  db: FactSandwichDatabase;
  signal?: AbortSignal;
  top?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
};

/**
 * `matchesToOffer` with the embedding model's opinion fused in: entries whose myth wording is
 * close in meaning to the post join the word matches (reciprocal rank fusion), under the same
 * offer rules (vetted by default; drafts and entries in review on request; retired never). Sent
 * to the server: the post's text, and each entry's myth wording once per model (then cached).
 * Throws what the request threw (the caller words it with `describeEmbeddingFailure` and keeps
 * the word matches); call only when `isSemanticMatchingOn`.
 */
export async function semanticMatchesToOffer(post: string, entries: readonly Entry[], options: SemanticMatchOptions): Promise<FusedOffer> {
  const { settings, db, signal, top = matchesPerPost } = options;
  const text = post.trim().slice(0, maxPostCharacters);
  if (!text) return { vetted: [], all: [] };
  const server: EmbeddingServer = {
    baseUrl: settings.baseUrl,
    apiKey: settings.apiKey,
    model: settings.embeddingModel,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const modelKey = embeddingModelKey(settings);
  const embed = (texts: readonly string[], { signal: stop }: { signal?: AbortSignal }) =>
    embedTexts(texts, server, stop ? { signal: stop } : {});

  // Deeper than `top` on both sides: fusion reorders, and the best vetted entries may come after drafts.
  const depth = 4 * top;
  const lexical = matchesToOffer(post, entries, { top: depth });
  const offerable = entries.filter((entry) => isOfferedForDrafting(entry, { includeUnvetted: true }));
  const postVector = await embeddedPost(text, modelKey, () => embed([text], signal ? { signal } : {}).then(([vector]) => vector!));
  const library = await entryVectorsFor(offerable, { db, modelKey, embed, ...(signal ? { signal } : {}) });
  const close = semanticCandidates(postVector, library, { top: depth });
  const vettedClose = close.filter((candidate) => isOfferedForDrafting(candidate.entry, { includeUnvetted: false }));
  return {
    vetted: fuseRankings(lexical.vetted, vettedClose).slice(0, top),
    all: fuseRankings(lexical.all, close).slice(0, top),
  };
}

/**
 * The post's vector, embedded once per text and model: a library edit, a reopened panel or the
 * switch for unvetted entries match the same post again without asking the server again.
 */
const postVectors = new Map<string, Float32Array>();
const postVectorsKept = 50;

async function embeddedPost(text: string, modelKey: string, embed: () => Promise<Float32Array>): Promise<Float32Array> {
  const key = `${modelKey}\n${text}`;
  const known = postVectors.get(key);
  if (known) return known;
  const vector = await embed();
  if (postVectors.size >= postVectorsKept) postVectors.delete(postVectors.keys().next().value!);
  postVectors.set(key, vector);
  return vector;
}
