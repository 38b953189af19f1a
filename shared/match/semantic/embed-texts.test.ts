import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeEmbedding } from '../../../tests/support/fake-embeddings';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../../tests/support/fake-openai-server';
import { describeEmbeddingFailure } from '../../compose/model/describe-embedding-failure';
import { embeddingBatchSize, embedTexts, type EmbeddingServer } from './embed-texts';

let server: FakeOpenAiServer;
let settings: EmbeddingServer;
beforeEach(async () => {
  server = await startFakeOpenAiServer({ apiKey: 'sk-embed' });
  settings = { baseUrl: server.baseUrl, apiKey: 'sk-embed', model: 'nomic-embed-text' };
});
afterEach(() => server.close());

/** What the failure note says when embedding `texts` fails. */
async function noteFor(texts: string[], options: Partial<EmbeddingServer> = {}): Promise<string | undefined> {
  const used = { ...settings, ...options };
  try {
    await embedTexts(texts, used);
  } catch (error) {
    return describeEmbeddingFailure(error, used);
  }
  throw new Error('embedding did not fail');
}

describe('embedding texts on an OpenAI-compatible server', () => {
  it('returns one vector per text, in order, asking for floats in batches', async () => {
    const texts = Array.from({ length: embeddingBatchSize + 6 }, (_, index) => `immigrants pay taxes ${index}`);
    const vectors = await embedTexts(texts, settings);
    expect(vectors.map((vector) => Array.from(vector))).toEqual(texts.map((text) => Array.from(new Float32Array(fakeEmbedding(text)))));
    expect(server.embeddingRequests.map((request) => (request.body.input as string[]).length)).toEqual([embeddingBatchSize, 6]);
    expect(server.embeddingRequests[0]!.body).toMatchObject({ model: 'nomic-embed-text', encoding_format: 'float' });
    expect(server.embeddingRequests[0]!.headers.authorization).toBe('Bearer sk-embed');
  });

  it('asks nothing for no texts', async () => {
    expect(await embedTexts([], settings)).toEqual([]);
    expect(server.embeddingRequests).toHaveLength(0);
  });

  it.each([
    {
      case: 'a server error',
      fault: { kind: 'json', status: 500, body: { error: { message: 'out of memory' } } } as const,
      note: (host: string) => `Semantic matching is unavailable: the server at ${host} had an internal error (500); showing word matches.`,
    },
    {
      case: 'an unknown model',
      fault: {
        kind: 'json',
        status: 404,
        body: { error: { message: 'model "nomic-embed-text" not found, try pulling it first' } },
      } as const,
      note: (host: string) =>
        `Semantic matching is unavailable: the model "nomic-embed-text" was not found on ${host} (404); showing word matches.`,
    },
    {
      case: 'an answer without vectors',
      fault: { kind: 'json', status: 200, body: { object: 'list', data: [{ index: 0, embedding: [] }] } } as const,
      note: (host: string) =>
        `Semantic matching is unavailable: the server did not answer with embeddings (${host}); showing word matches.`,
    },
    {
      case: 'too few vectors',
      fault: { kind: 'json', status: 200, body: { data: [{ index: 0, embedding: [1, 0] }] } } as const,
      note: (host: string) =>
        `Semantic matching is unavailable: the server answered 1 embedding for 2 texts (${host}); showing word matches.`,
    },
  ])('says plainly what went wrong: $case', async ({ fault, note }) => {
    server.failEmbeddings(fault);
    expect(await noteFor(['a post', 'another'])).toBe(note(`127.0.0.1:${server.port}`));
  });

  it('gives up on a server that does not answer, and says so', async () => {
    server.failEmbeddings({ kind: 'hang' });
    expect(await noteFor(['a post'], { timeoutMs: 300 })).toBe(
      `Semantic matching is unavailable: the model "nomic-embed-text" on 127.0.0.1:${server.port} did not answer within 0.3 seconds; showing word matches.`,
    );
  });

  it('says the key was refused', async () => {
    expect(await noteFor(['a post'], { apiKey: 'sk-wrong' })).toBe(
      `Semantic matching is unavailable: the server at 127.0.0.1:${server.port} did not accept the API key (401); showing word matches.`,
    );
  });

  it('says nothing failed when the request was cancelled', async () => {
    server.failEmbeddings({ kind: 'hang' });
    const stop = new AbortController();
    const embedding = embedTexts(['a post'], settings, { signal: stop.signal });
    stop.abort();
    const error = await embedding.catch((caught: unknown) => caught);
    expect(describeEmbeddingFailure(error, settings)).toBeUndefined();
  });
});
