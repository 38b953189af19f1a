import { afterEach, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer } from '../../../tests/support/fake-openai-server';

// The fake server (tests/support) is checked here, beside the composer it stands in front of:
// browser pages in the end-to-end tests depend on its CORS answers, which the SDK in Node never needs.

let server: FakeOpenAiServer | undefined;
afterEach(() => server?.close());

describe('the fake OpenAI server', () => {
  it('answers CORS preflights for any headers the page asks for, and does not count them as requests', async () => {
    server = await startFakeOpenAiServer();
    const response = await fetch(`${server.baseUrl}/chat/completions`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnop',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,x-stainless-os',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type,x-stainless-os');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(server.requests).toHaveLength(0);
    expect(server.otherRequests.map((request) => request.method)).toEqual(['OPTIONS']);
  });

  it('lists its models, lets pages read retry-after, and says when nothing is scripted', async () => {
    server = await startFakeOpenAiServer({ models: ['llama3', 'qwen'] });
    const models = await fetch(`${server.baseUrl}/models`);
    expect(((await models.json()) as { data: { id: string }[] }).data.map((model) => model.id)).toEqual(['llama3', 'qwen']);
    expect(models.headers.get('access-control-expose-headers')).toContain('retry-after');

    const unscripted = await fetch(`${server.baseUrl}/chat/completions`, { method: 'POST', body: '{"model":"llama3"}' });
    expect(unscripted.status).toBe(500);
    expect(await unscripted.text()).toContain('no scripted response left');
    expect(server.requests[0]!.body).toEqual({ model: 'llama3' });
  });

  it('refuses a wrong key with OpenAI’s 401 when it is given one', async () => {
    server = await startFakeOpenAiServer({ apiKey: 'sk-right' });
    server.script({ kind: 'json', status: 200, body: {} });
    const wrong = await fetch(`${server.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-wrong' },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toMatchObject({ error: { code: 'invalid_api_key' } });
    const right = await fetch(`${server.baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-right' },
      body: '{}',
    });
    expect(right.status).toBe(200);
  });

  it('streams real server-sent events, ending with [DONE]', async () => {
    server = await startFakeOpenAiServer();
    server.script({ kind: 'stream', content: ['Hel', 'lo'] });
    const response = await fetch(`${server.baseUrl}/chat/completions`, { method: 'POST', body: '{"model":"m","stream":true}' });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const events = (await response.text()).split('\n\n').filter(Boolean);
    expect(events.at(-1)).toBe('data: [DONE]');
    const chunks = events.slice(0, -1).map(
      (event) =>
        JSON.parse(event.replace(/^data: /, '')) as {
          object: string;
          model: string;
          choices: { delta: { content?: string }; finish_reason: string | null }[];
        },
    );
    expect(chunks.every((chunk) => chunk.object === 'chat.completion.chunk' && chunk.model === 'm')).toBe(true);
    expect(chunks.map((chunk) => chunk.choices[0]!.delta.content ?? '').join('')).toBe('Hello');
    expect(chunks.at(-1)!.choices[0]!.finish_reason).toBe('stop');
  });

  it('answers embeddings as floats or base64, refuses a request without input, and fails on request', async () => {
    server = await startFakeOpenAiServer();
    const embed = (body: object) => fetch(`${server!.baseUrl}/embeddings`, { method: 'POST', body: JSON.stringify(body) });
    const floats = (await (await embed({ model: 'm', input: ['immigrants', 'foreigners'] })).json()) as { data: { embedding: number[] }[] };
    expect(floats.data[0]!.embedding).toEqual(floats.data[1]!.embedding); // one concept, one direction
    const base64 = (await (await embed({ model: 'm', input: 'immigrants', encoding_format: 'base64' })).json()) as {
      data: { embedding: string }[];
    };
    const decoded = new Float32Array(Uint8Array.from(atob(base64.data[0]!.embedding), (c) => c.charCodeAt(0)).buffer);
    expect(Array.from(decoded)).toEqual(Array.from(new Float32Array(floats.data[0]!.embedding)));
    expect((await embed({ model: 'm', input: [] })).status).toBe(400);
    server.failEmbeddings({ kind: 'json', status: 500, body: { error: { message: 'down' } } });
    expect((await embed({ model: 'm', input: 'x' })).status).toBe(500);
    server.failEmbeddings();
    expect((await embed({ model: 'm', input: 'x' })).status).toBe(200);
    expect(server.embeddingRequests).toHaveLength(5);
    expect(server.requests).toHaveLength(0);
  });
});
