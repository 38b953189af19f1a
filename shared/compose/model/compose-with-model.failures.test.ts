import { describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, streamPieces, type ScriptedResponse } from '../../../tests/support/fake-openai-server';
import { composeWithModel } from './compose-with-model';
import { request, good, invented, sandwichJson, fakeModelServerPerTest } from './testing/fake-model-server-per-test';

// A real OpenAI-compatible server over HTTP and server-sent events, through the real SDK.
const model = fakeModelServerPerTest();
const { draft } = model;

describe('when the server says no', () => {
  const host = () => `127.0.0.1:${model.server.port}`;
  const error = (status: number, message: string, extra: object = {}, headers?: Record<string, string>): ScriptedResponse => ({
    kind: 'json',
    status,
    body: { error: { message, type: 'invalid_request_error', param: null, code: null, ...extra } },
    ...(headers ? { headers } : {}),
  });

  it.each([
    [
      'unauthorized',
      error(401, 'Incorrect API key provided', { code: 'invalid_api_key' }),
      () => `The server at ${host()} did not accept the API key (401). Check the API key in Settings. Your draft is unchanged.`,
    ],
    [
      'forbidden',
      error(403, 'You are not allowed to sample from this model'),
      () =>
        `The server at ${host()} refused access to the model "local-test-model" (403): the API key may not be allowed to use it. Check the key or the model in Settings. Your draft is unchanged.`,
    ],
    [
      'model-not-found',
      error(404, 'model "local-test-model" not found, try pulling it first'),
      () => `The model "local-test-model" was not found on ${host()} (404). Check the model name in Settings. Your draft is unchanged.`,
    ],
    [
      'server-error',
      error(500, 'boom', { type: 'server_error' }),
      () => `The server at ${host()} had an internal error (500). The server said: “boom”. Try again in a moment. Your draft is unchanged.`,
    ],
    [
      'server-error',
      error(503, 'The engine is currently overloaded'),
      () =>
        `The server at ${host()} is unavailable or overloaded (503). The server said: “The engine is currently overloaded”. Try again in a moment. Your draft is unchanged.`,
    ],
    [
      'bad-request',
      error(400, "'messages' must contain the word 'json'"),
      () =>
        `The server at ${host()} rejected the request (400). The server said: “'messages' must contain the word 'json'”. Check the model name and server address in Settings. Your draft is unchanged.`,
    ],
  ] as const)('%s', async (problem, response, message) => {
    const outcome = await draft({}, response);
    expect(outcome).toEqual({ status: 'failed', problem, message: message() });
    expect(model.server.requests).toHaveLength(1);
  });

  it('rate-limited (429): says when to try again, from retry-after', async () => {
    const outcome = await draft({}, error(429, 'Rate limit reached', { type: 'rate_limit_error' }, { 'retry-after': '20' }));
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'rate-limited',
      retryAfterSeconds: 20,
      message: `The server at ${host()} is limiting requests (429). Try again in 20 seconds. Your draft is unchanged.`,
    });
  });

  it('rate-limited (429): reads retry-after-ms too', async () => {
    const outcome = await draft({}, error(429, 'Slow down', {}, { 'retry-after-ms': '1500', 'retry-after': '9' }));
    expect(outcome).toMatchObject({ problem: 'rate-limited', retryAfterSeconds: 2 });
  });

  it('a wrong server address (404 with no model named) points at the address', async () => {
    const outcome = await composeWithModel(request, {
      settings: { baseUrl: `http://127.0.0.1:${model.server.port}/`, model: 'local-test-model' },
    });
    expect(outcome).toMatchObject({
      status: 'failed',
      problem: 'model-not-found',
      message: expect.stringContaining('Check the server address in Settings (it usually ends in /v1)'),
    });
  });

  it('falls back to JSON mode, then to no response format, when the server rejects the schema', async () => {
    const outcome = await draft(
      {},
      error(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", {
        param: 'response_format',
      }),
      error(400, 'response_format is not supported', { param: 'response_format' }),
      { kind: 'stream', content: sandwichJson(good) },
    );
    expect(outcome.status).toBe('ready');
    expect(model.server.requests.map((sent) => sent.body.response_format?.type ?? 'none')).toEqual(['json_schema', 'json_object', 'none']);
    expect(
      outcome.status === 'ready' && outcome.draft.notes.some((note) => note.startsWith('The server did not accept a JSON schema')),
    ).toBe(true);
  });

  it('keeps the format that worked for the repair request', async () => {
    await draft(
      {},
      error(400, 'json_schema not supported'),
      { kind: 'stream', content: sandwichJson(invented) },
      { kind: 'stream', content: sandwichJson(good) },
    );
    expect(model.server.requests.map((sent) => sent.body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('asks again without a temperature when the model accepts only its default', async () => {
    const outcome = await draft(
      {},
      error(400, "Unsupported value: 'temperature' does not support 0.4 with this model. Only the default (1) value is supported.", {
        param: 'temperature',
      }),
      { kind: 'stream', content: sandwichJson(good) },
    );
    expect(outcome.status).toBe('ready');
    expect(model.server.requests.map((sent) => sent.body.temperature)).toEqual([0.4, undefined]);
    expect(model.server.requests[1]!.body.response_format?.type).toBe('json_schema');
  });
});

describe('when the answer goes wrong', () => {
  it('timeout: a server that never answers', async () => {
    const outcome = await draft({ timeoutMs: 300 }, { kind: 'hang' });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'timeout',
      message: `The model "local-test-model" on 127.0.0.1:${model.server.port} did not answer within 0.3 seconds. Try again, or choose a faster model in Settings. Your draft is unchanged.`,
    });
  });

  it('timeout: a stream that stalls half way', async () => {
    const outcome = await draft({ timeoutMs: 300 }, { kind: 'stream', content: streamPieces(sandwichJson(good), 40), chunkDelayMs: 1000 });
    expect(outcome).toMatchObject({ status: 'failed', problem: 'timeout' });
  });

  it('deadline: a stream that keeps coming, slowly but never silent for long, is stopped at the overall deadline', async () => {
    const started = Date.now();
    const outcome = await draft(
      { timeoutMs: 1000, deadlineMs: 600 },
      { kind: 'stream', content: streamPieces(sandwichJson(good), 40), chunkDelayMs: 100 },
    );
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'timeout',
      message: `The model "local-test-model" on 127.0.0.1:${model.server.port} was still answering after 0.6 seconds, so drafting stopped. Try again, or choose a faster model in Settings. Your draft is unchanged.`,
    });
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('size cap: an endless stream is cut off at the cap, with a message saying why', async () => {
    const started = Date.now();
    const outcome = await draft({ maxAnswerChars: 2000 }, { kind: 'stream', content: '{"fact": "', endless: 'and again ' });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'too-long',
      message: `The model "local-test-model" on 127.0.0.1:${model.server.port} sent more than 2,000 characters, far more than a fact sandwich needs, so drafting stopped. Try again, or choose another model in Settings. Your draft is unchanged.`,
    });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('size cap: an endless stream of empty events is cut off too', async () => {
    const outcome = await draft({ maxAnswerChars: 500 }, { kind: 'stream', content: [], endless: '' });
    expect(outcome).toMatchObject({ status: 'failed', problem: 'too-long' });
  });

  it('size cap: the default lets a whole answer through and stops an endless one', async () => {
    expect(await draft({}, { kind: 'stream', content: sandwichJson(good) })).toMatchObject({ status: 'ready' });
    expect(await draft({}, { kind: 'stream', content: '{"fact": "', endless: 'x'.repeat(1000) })).toMatchObject({
      status: 'failed',
      problem: 'too-long',
    });
  });

  it('network: nothing listening on the port', async () => {
    const closed = await startFakeOpenAiServer();
    await closed.close();
    const outcome = await composeWithModel(request, { settings: { baseUrl: closed.baseUrl, model: 'local-test-model' } });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'network',
      message: `Could not reach the server at 127.0.0.1:${closed.port}. Check that it is running and that the server address in Settings is right; a local server must also allow requests from this page. Your draft is unchanged.`,
    });
  });

  it('stream-cut: the connection drops mid-answer', async () => {
    const outcome = await draft({}, { kind: 'stream', content: streamPieces(sandwichJson(good), 10), cutAfterChunks: 4 });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'stream-cut',
      message: `The connection to 127.0.0.1:${model.server.port} closed before the model finished its answer. Try again. Your draft is unchanged.`,
    });
  });

  it('stream-cut: the stream ends half way without a finish reason', async () => {
    const json = sandwichJson(good);
    const outcome = await draft({}, { kind: 'stream', content: json.slice(0, json.length / 2), finishReason: null });
    expect(outcome).toMatchObject({ status: 'failed', problem: 'stream-cut' });
  });

  it('stream-cut: the answer reached the token limit', async () => {
    const json = sandwichJson(good);
    const outcome = await draft({}, { kind: 'stream', content: json.slice(0, 200), finishReason: 'length' });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'stream-cut',
      message: `The model's answer was cut at the token limit before it was complete. Try again, or raise the output limit for "local-test-model" on the server. Your draft is unchanged.`,
    });
  });

  it('invalid-json: the model answers in prose', async () => {
    const outcome = await draft({}, { kind: 'stream', content: 'Sure! Here is a reply: immigrants are great.' });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'invalid-json',
      message:
        "The model's answer has no JSON object in it. Try again, or choose a model that can answer in JSON. Your draft is unchanged.",
    });
  });

  it('invalid-json: the server is not an OpenAI-compatible one', async () => {
    const outcome = await draft({}, { kind: 'invalid', body: '<!doctype html><title>Router login</title>' });
    expect(outcome).toMatchObject({
      status: 'failed',
      problem: 'invalid-json',
      message: expect.stringContaining('did not answer as an OpenAI-compatible server does'),
    });
  });

  it('server-error: the server sends an error event in the middle of the stream', async () => {
    const body = `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: '{"fact":' }, finish_reason: null }] })}\n\ndata: {"error":{"message":"the model crashed"}}\n\n`;
    const outcome = await draft({}, { kind: 'invalid', body, contentType: 'text/event-stream' });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'server-error',
      message: `The server at 127.0.0.1:${model.server.port} reported an error while answering. The server said: “the model crashed”. Your draft is unchanged.`,
    });
  });

  it('schema-mismatch: a section is missing', async () => {
    const { explanation: _left, ...partial } = good;
    const outcome = await draft({}, { kind: 'stream', content: JSON.stringify(partial) });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'schema-mismatch',
      message:
        "The model's answer has no explanation section. Try again, or choose a model that follows JSON schemas. Your draft is unchanged.",
    });
  });

  it('refusal: the model declines', async () => {
    const outcome = await draft({}, { kind: 'stream', content: '', refusal: "I'm sorry, I can't help with that." });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'refusal',
      message: "The model declined to write this reply: “I'm sorry, I can't help with that”. Your draft is unchanged.",
    });
  });
});
