import { z } from 'zod';

/** Where the embeddings come from: the model server in Settings and its embedding model. */
export type EmbeddingServer = {
  baseUrl: string;
  apiKey: string;
  model: string;
  /** How long one request may take (default 30 s): a person is looking at the word matches meanwhile. */
  timeoutMs?: number;
  /** For tests and for pages whose own fetch must be used. */
  fetch?: typeof fetch;
};

/**
 * An answer that is not one vector of one length per text. (Failures of the request itself are
 * the SDK's errors; shared/compose/model/describe-embedding-failure.ts words both.)
 */
export class EmbeddingAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EmbeddingAnswerError';
  }
}

/**
 * Texts per request: OpenAI takes up to 2,048, but Ollama and llama.cpp on a laptop answer a big
 * batch slowly, and a smaller one lets the cache keep what arrived before a failure.
 */
export const embeddingBatchSize = 64;

// Only what we read is checked; servers add fields of their own (usage, model, object).
const embeddingsAnswerSchema = z.object({
  data: z.array(z.object({ index: z.number().int().min(0), embedding: z.array(z.number().refine(Number.isFinite)).min(1) })),
});

/**
 * The embedding of each text, in order, from an OpenAI-compatible `/embeddings` endpoint, in
 * batches. Throws the SDK's errors for the request and an EmbeddingAnswerError for an answer
 * that is not one vector of one length per text.
 */
export async function embedTexts(
  texts: readonly string[],
  server: EmbeddingServer,
  { signal }: { signal?: AbortSignal } = {},
): Promise<Float32Array<ArrayBuffer>[]> {
  if (texts.length === 0) return [];
  // Loaded on first use: most people never set up a model server, and the panel opens without it.
  const { OpenAI } = await import('openai');
  const client = new OpenAI({
    baseURL: server.baseUrl,
    apiKey: server.apiKey || 'no-key', // local servers need none, and the SDK refuses to start without one
    organization: null,
    project: null,
    dangerouslyAllowBrowser: true, // the key is the person's own, kept in extension storage
    maxRetries: 0, // the word matches are already on screen: say what happened rather than retry
    timeout: server.timeoutMs ?? 30_000,
    ...(server.fetch ? { fetch: server.fetch } : {}),
  });
  const vectors: Float32Array<ArrayBuffer>[] = [];
  for (let start = 0; start < texts.length; start += embeddingBatchSize) {
    const batch = texts.slice(start, start + embeddingBatchSize);
    // Floats, not the SDK's default base64: Ollama and llama.cpp do not all speak base64.
    const answer = await client.embeddings.create(
      { model: server.model, input: batch, encoding_format: 'float' },
      signal ? { signal } : {},
    );
    vectors.push(...vectorsOf(answer, batch.length, vectors[0]?.length));
  }
  return vectors;
}

function vectorsOf(answer: unknown, expected: number, dimensions: number | undefined): Float32Array<ArrayBuffer>[] {
  const parsed = embeddingsAnswerSchema.safeParse(answer);
  if (!parsed.success) throw new EmbeddingAnswerError('The server did not answer with embeddings');
  const byIndex = new Map(parsed.data.data.map((item) => [item.index, item.embedding]));
  const vectors = Array.from({ length: expected }, (_, index) => byIndex.get(index));
  if (byIndex.size !== expected || vectors.some((vector) => vector === undefined)) {
    throw new EmbeddingAnswerError(`The server answered ${byIndex.size} embedding${byIndex.size === 1 ? '' : 's'} for ${expected} texts`);
  }
  const length = dimensions ?? vectors[0]!.length;
  if (vectors.some((vector) => vector!.length !== length)) {
    throw new EmbeddingAnswerError('The server answered embeddings of different lengths');
  }
  return vectors.map((vector) => Float32Array.from(vector!));
}
