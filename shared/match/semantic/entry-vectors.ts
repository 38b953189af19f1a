import { getEntryVectors, putEntryVectors, type FactSandwichDatabase } from '../../db';
import type { Entry } from '../../schema/entry';
import { embeddingBatchSize } from './embed-texts';

/** An entry's myth wordings and their vectors, in the same order. */
export type EntryWordingVectors = { entry: Entry; wordings: string[]; vectors: Float32Array[] };

/** Sends texts to the embedding model: `embedTexts` bound to the server in Settings. */
export type EmbedTexts = (texts: readonly string[], options: { signal?: AbortSignal }) => Promise<Float32Array<ArrayBuffer>[]>;

/**
 * What is embedded of an entry: the library's own myth wording — the statement, its translations
 * and the phrasings it circulates in — the same text the word matcher indexes. Never the fact or
 * anything the person wrote.
 */
export function mythWordingsOf(entry: Entry): string[] {
  const translated = Object.values(entry.translations).flatMap((translation) => (translation?.myth ? [translation.myth] : []));
  return [...new Set([entry.myth.statement, ...translated, ...entry.myth.phrasings].map((text) => text.trim()))];
}

/** SHA-256 of the wordings, in order: the cache key that changes exactly when what is embedded changes. */
export async function contentHashOf(wordings: readonly string[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(wordings)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Every entry's wording vectors under one model: from the database when this wording was
 * embedded before, otherwise from the model server, stored as each batch arrives, so an
 * interrupted first run keeps what it got and the library is embedded once per model, not once
 * per post. `modelKey` names the model and its server (see entryVectorsSchema).
 */
export async function entryVectorsFor(
  entries: readonly Entry[],
  {
    db,
    modelKey,
    embed,
    signal,
    now = () => new Date(),
  }: {
    db: FactSandwichDatabase;
    modelKey: string;
    embed: EmbedTexts;
    signal?: AbortSignal;
    now?: () => Date;
  },
): Promise<EntryWordingVectors[]> {
  const keyed = await Promise.all(
    entries.map(async (entry) => {
      const wordings = mythWordingsOf(entry);
      return { entry, wordings, contentHash: await contentHashOf(wordings) };
    }),
  );
  const cached = await getEntryVectors(
    db,
    modelKey,
    keyed.map((item) => item.contentHash),
  );
  const found: EntryWordingVectors[] = [];
  const missing: typeof keyed = [];
  for (const [position, item] of keyed.entries()) {
    const record = cached[position];
    if (record && record.vectors.length === item.wordings.length)
      found.push({ entry: item.entry, wordings: item.wordings, vectors: record.vectors });
    else missing.push(item);
  }
  for (const group of batchesOf(missing)) {
    const vectors = await embed(
      group.flatMap((item) => item.wordings),
      signal ? { signal } : {},
    );
    let offset = 0;
    const embedded = group.map((item) => {
      const own = vectors.slice(offset, (offset += item.wordings.length));
      return { ...item, vectors: own };
    });
    await putEntryVectors(
      db,
      embedded.map(({ contentHash, vectors: own }) => ({ contentHash, model: modelKey, vectors: own, storedAt: now().toISOString() })),
    );
    found.push(...embedded.map(({ entry, wordings, vectors: own }) => ({ entry, wordings, vectors: own })));
  }
  return found;
}

/** Whole entries, about one request's worth of wordings each. */
function batchesOf<T extends { wordings: string[] }>(items: readonly T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.wordings.length > embeddingBatchSize) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.wordings.length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
