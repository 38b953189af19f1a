import { z } from 'zod';
import { isoDateTimeSchema } from './primitives';

/**
 * An entry's myth wordings as one embedding model placed them, cached so each wording is sent to
 * the model server once (shared/match/semantic/entry-vectors.ts). Keyed by what was embedded and
 * by whom: an edited entry has a new hash, another model a new key, and stale records are only
 * never read again.
 */
export const entryVectorsSchema = z
  .strictObject({
    /** SHA-256 (hex) of the wordings embedded, in order: the myth statement, its translations, its phrasings. */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hash in hex'),
    /** The model and the server it runs on ("nomic-embed-text on 127.0.0.1:11434"): llama.cpp serves any model under any name. */
    model: z.string().min(1).max(500),
    /** One vector per wording, in the order hashed. */
    vectors: z.array(z.instanceof(Float32Array)).min(1, 'an entry has at least one myth wording'),
    storedAt: isoDateTimeSchema,
  })
  .refine((record) => record.vectors.every((vector) => vector.length > 0 && vector.length === record.vectors[0]!.length), {
    message: 'every vector must have the same, non-zero length',
    path: ['vectors'],
  });
export type EntryVectors = z.infer<typeof entryVectorsSchema>;
