import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sandwichJson, startFakeOpenAiServer, type FakeOpenAiServer, type ScriptedResponse } from '../../../tests/support/fake-openai-server';
import { starterRequest } from '../../../tests/support/starter-request';
import { sectionIds, type Sandwich } from '../../schema/draft';
import { composeTemplateDraft } from '../compose-template-draft';
import { composeWithModel, type ComposeWithModelOptions } from './compose-with-model';
import { createModelComposer, ModelDraftError } from './model-composer';
import { modelOutcomeSchema, type ModelOutcome, type ModelProgress } from './model-outcome';

// Every test talks to a real OpenAI-compatible server over HTTP and server-sent events, through
// the real SDK: nothing of ours and nothing of the SDK's is mocked.

const request = starterRequest('mastodon');
const good: Sandwich = composeTemplateDraft(request).sections;
const invented: Sandwich = { ...good, factAgain: 'UK asylum support is £9,999 a week. Source: Full Fact\n— City council communications team' };
const apiKey = 'sk-test-7f3a';

let server: FakeOpenAiServer;
beforeAll(async () => {
  server = await startFakeOpenAiServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

async function draft(options: Partial<ComposeWithModelOptions> = {}, ...responses: ScriptedResponse[]): Promise<ModelOutcome> {
  server.script(...responses);
  const outcome = await composeWithModel(request, { settings: { baseUrl: server.baseUrl, model: 'local-test-model', apiKey }, ...options });
  // Whatever happened, the outcome is one the extension's pages would accept from the background.
  expect(modelOutcomeSchema.safeParse(outcome).success).toBe(true);
  return outcome;
}

const errorsOf = (outcome: ModelOutcome) => ('findings' in outcome ? outcome.findings.filter((finding) => finding.severity === 'error') : []);

describe('a good answer', () => {
  it('streams in section by section and comes back ready, with no error findings', async () => {
    const seen: ModelProgress[] = [];
    const outcome = await draft({ onProgress: (progress) => seen.push(structuredClone(progress)) }, { kind: 'stream', content: pieces(sandwichJson(good), 15), chunkDelayMs: 2 });

    expect(outcome.status).toBe('ready');
    if (outcome.status !== 'ready') return;
    expect(outcome.draft.sections).toEqual(good);
    expect(outcome.draft).toMatchObject({ composer: 'model', language: 'en', fitsChannel: true });
    expect(outcome.draft.thread).toBeUndefined();
    expect(outcome.repaired).toBe(false);
    expect(errorsOf(outcome)).toEqual([]);
    expect(outcome.draft.notes).toContain(`Drafted by the model “local-test-model” on 127.0.0.1:${server.port}: check it as you would any draft before posting.`);

    // The sections arrive in order, each growing, and the finished ones only ever grow.
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((progress) => progress.stage === 'drafting')).toBe(true);
    const firstSeen = sectionIds.map((id) => seen.findIndex((progress) => progress.sections[id] !== undefined));
    expect(firstSeen).toEqual([...firstSeen].sort((a, b) => a - b));
    expect(firstSeen.every((index) => index >= 0)).toBe(true);
    for (const [index, progress] of seen.entries()) {
      expect(sectionIds.slice(0, progress.complete.length)).toEqual(progress.complete);
      for (const id of sectionIds) expect(good[id].startsWith(progress.sections[id] ?? '')).toBe(true);
      if (index > 0) expect(progress.complete.length).toBeGreaterThanOrEqual(seen[index - 1]!.complete.length);
    }
    expect(seen.at(-1)).toEqual({ stage: 'drafting', sections: good, complete: sectionIds });
  });

  it('is read even inside a ```json fence, with a sentence around it', async () => {
    const outcome = await draft({}, { kind: 'stream', content: `Here is the reply:\n\`\`\`json\n${JSON.stringify(good, null, 2)}\n\`\`\`\nHope it helps.` });
    expect(outcome.status).toBe('ready');
  });

  it('is accepted when the server closes without a finish reason after the whole answer', async () => {
    const outcome = await draft({}, { kind: 'stream', content: sandwichJson(good), finishReason: null });
    expect(outcome.status).toBe('ready');
  });
});

describe('the request', () => {
  it('carries only vetted material, the model name and the JSON schema; the key only in the Authorization header', async () => {
    await draft({}, { kind: 'stream', content: sandwichJson(good) });
    const [sent] = server.requests;
    expect(sent!.path).toBe('/v1/chat/completions');
    expect(sent!.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(sent!.headers['openai-organization']).toBeUndefined();
    expect(sent!.rawBody).not.toContain(apiKey);
    expect(sent!.body).toMatchObject({ model: 'local-test-model', stream: true, temperature: 0.4 });
    expect(sent!.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'fact_sandwich',
        strict: true,
        schema: expect.objectContaining({ type: 'object', required: ['fact', 'myth', 'explanation', 'factAgain'], additionalProperties: false }),
      },
    });

    const text = sent!.body.messages!.map((message) => message.content).join('\n');
    expect(sent!.body.messages!.map((message) => message.role)).toEqual(['system', 'user']);
    for (const vetted of [request.entry.fact, request.entry.myth.statement, request.entry.sources[0]!.quote, request.entry.sources[0]!.url, request.audience.name, request.spokesperson.signOff]) {
      expect(text).toContain(vetted);
    }
    // The circulating phrasings are for matching posts only: they never reach a model.
    for (const phrasing of request.entry.myth.phrasings) expect(text).not.toContain(phrasing);
  });

  it('includes the captured post only when passed, marked as untrusted', async () => {
    const post = 'Pensioners freeze at home while they get four-star hotels!';
    await draft({}, { kind: 'stream', content: sandwichJson(good) });
    expect(server.requests[0]!.rawBody).not.toContain('Pensioners freeze');

    await draft({ capturedPostText: post }, { kind: 'stream', content: sandwichJson(good) });
    const last = server.requests[1]!.body.messages!.at(-1)!;
    expect(last.role).toBe('user');
    expect(last.content).toContain(post);
    expect(last.content).toMatch(/UNTRUSTED.*do not repeat its wording/);
  });

  it('is not made when no model is configured: the template draft comes back with a hint', async () => {
    const outcome = await composeWithModel(request, { settings: { baseUrl: server.baseUrl, model: '  ', apiKey } });
    expect(outcome).toEqual({ status: 'not-configured', template: composeTemplateDraft(request), message: expect.stringContaining('Settings') });
    const empty = await composeWithModel(request, { settings: {} });
    expect(empty.status).toBe('not-configured');
    expect(server.requests).toHaveLength(0);
  });

  it('is not made with settings that do not parse; the message names the field', async () => {
    const outcome = await composeWithModel(request, { settings: { baseUrl: 'ftp://example.org', model: 'm' } });
    expect(outcome.status).toBe('not-configured');
    expect(outcome.status === 'not-configured' && outcome.message).toMatch(/baseUrl: must be a full http\(s\) URL/);
  });
});

describe('the linter and one repair', () => {
  it('repairs an invented figure once, quoting the finding, and the repaired draft is ready', async () => {
    const stages: string[] = [];
    const outcome = await draft({ onProgress: (progress) => stages.push(progress.stage) }, { kind: 'stream', content: sandwichJson(invented) }, { kind: 'stream', content: sandwichJson(good) });

    expect(outcome).toMatchObject({ status: 'ready', repaired: true, draft: { sections: good } });
    expect(outcome.status === 'ready' && outcome.draft.notes.some((note) => note.startsWith('Repaired once: the first answer had unsupported-figure in the fact again section'))).toBe(true);
    expect(stages).toContain('repairing');
    expect(stages.indexOf('repairing')).toBeGreaterThan(stages.lastIndexOf('drafting'));

    expect(server.requests).toHaveLength(2);
    const messages = server.requests[1]!.body.messages!;
    expect(messages.slice(0, -2)).toEqual(server.requests[0]!.body.messages);
    expect(messages.at(-2)).toEqual({ role: 'assistant', content: sandwichJson(invented) });
    expect(messages.at(-1)!.content).toContain('1. Fact again section, rule unsupported-figure: “9,999” is not in the library entry or its sources');
    expect(messages.at(-1)!.content).toContain('The words: “9,999”.');
  });

  it('offers a draft that stays wrong for review beside the template, never as ready', async () => {
    const outcome = await draft({}, { kind: 'stream', content: sandwichJson(invented) }, { kind: 'stream', content: sandwichJson(invented) });
    expect(outcome.status).toBe('needs-review');
    if (outcome.status !== 'needs-review') return;
    expect(outcome.template).toEqual(composeTemplateDraft(request));
    expect(outcome.repaired).toBe(true);
    expect(errorsOf(outcome).map((finding) => finding.ruleId)).toEqual(['unsupported-figure']);
    expect(outcome.draft.notes).toContain('Check before posting (unsupported-figure): “9,999” is not in the library entry or its sources: use only figures you can source, or add this one to the entry first.');
    expect(server.requests).toHaveLength(2);
  });

  it('sends errors the model cannot fix by rewording straight to review, without a repair', async () => {
    const unwarned = { ...good, myth: request.entry.myth.statement };
    const outcome = await draft({}, { kind: 'stream', content: sandwichJson(unwarned) });
    expect(outcome).toMatchObject({ status: 'needs-review', repaired: false });
    expect(errorsOf(outcome).map((finding) => finding.ruleId)).toEqual(['myth-warned']);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps the first answer, for review, when the repair request fails', async () => {
    const outcome = await draft({}, { kind: 'stream', content: sandwichJson(invented) }, { kind: 'json', status: 503, body: { error: { message: 'overloaded' } } });
    expect(outcome).toMatchObject({ status: 'needs-review', repaired: false, draft: { sections: invented } });
    expect(outcome.status === 'needs-review' && outcome.draft.notes.some((note) => note.includes('did not arrive') && note.includes('(503)'))).toBe(true);
  });

  it('uses the lint configuration it is given', async () => {
    const outcome = await draft({ lintConfig: { rules: { 'unsupported-figure': 'warning' } } }, { kind: 'stream', content: sandwichJson(invented) });
    expect(outcome).toMatchObject({ status: 'ready', repaired: false });
    expect(server.requests).toHaveLength(1);
  });

  it('offers a thread, for review, when the repaired answer is still too long for the channel', async () => {
    const long = { ...good, explanation: `${good.explanation} ${'People waiting for a decision are not allowed to work. '.repeat(8)}`.trim() };
    const outcome = await draft({}, { kind: 'stream', content: sandwichJson(long) }, { kind: 'stream', content: sandwichJson(long) });
    expect(outcome.status).toBe('needs-review');
    if (outcome.status !== 'needs-review') return;
    expect(outcome.draft.fitsChannel).toBe(false);
    expect(outcome.draft.thread!.length).toBeGreaterThan(1);
    expect(errorsOf(outcome).map((finding) => finding.ruleId)).toContain('channel-length');
  });
});

describe('when the server says no', () => {
  const host = () => `127.0.0.1:${server.port}`;
  const error = (status: number, message: string, extra: object = {}, headers?: Record<string, string>): ScriptedResponse => ({
    kind: 'json',
    status,
    body: { error: { message, type: 'invalid_request_error', param: null, code: null, ...extra } },
    ...(headers ? { headers } : {}),
  });

  it.each([
    ['unauthorized', error(401, 'Incorrect API key provided', { code: 'invalid_api_key' }), () => `The server at ${host()} did not accept the API key (401). Check the API key in Settings. Your draft is unchanged.`],
    ['forbidden', error(403, 'You are not allowed to sample from this model'), () => `The server at ${host()} refused access to the model "local-test-model" (403): the API key may not be allowed to use it. Check the key or the model in Settings. Your draft is unchanged.`],
    ['model-not-found', error(404, 'model "local-test-model" not found, try pulling it first'), () => `The model "local-test-model" was not found on ${host()} (404). Check the model name in Settings. Your draft is unchanged.`],
    ['server-error', error(500, 'boom', { type: 'server_error' }), () => `The server at ${host()} had an internal error (500). The server said: “boom”. Try again in a moment. Your draft is unchanged.`],
    ['server-error', error(503, 'The engine is currently overloaded'), () => `The server at ${host()} is unavailable or overloaded (503). The server said: “The engine is currently overloaded”. Try again in a moment. Your draft is unchanged.`],
    ['bad-request', error(400, "'messages' must contain the word 'json'"), () => `The server at ${host()} rejected the request (400). The server said: “'messages' must contain the word 'json'”. Check the model name and server address in Settings. Your draft is unchanged.`],
  ] as const)('%s', async (problem, response, message) => {
    const outcome = await draft({}, response);
    expect(outcome).toEqual({ status: 'failed', problem, message: message() });
    expect(server.requests).toHaveLength(1);
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
    const outcome = await composeWithModel(request, { settings: { baseUrl: `http://127.0.0.1:${server.port}/`, model: 'local-test-model' } });
    expect(outcome).toMatchObject({ status: 'failed', problem: 'model-not-found', message: expect.stringContaining('Check the server address in Settings (it usually ends in /v1)') });
  });

  it('falls back to JSON mode, then to no response format, when the server rejects the schema', async () => {
    const outcome = await draft(
      {},
      error(400, "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.", { param: 'response_format' }),
      error(400, 'response_format is not supported', { param: 'response_format' }),
      { kind: 'stream', content: sandwichJson(good) },
    );
    expect(outcome.status).toBe('ready');
    expect(server.requests.map((sent) => sent.body.response_format?.type ?? 'none')).toEqual(['json_schema', 'json_object', 'none']);
    expect(outcome.status === 'ready' && outcome.draft.notes.some((note) => note.startsWith('The server did not accept a JSON schema'))).toBe(true);
  });

  it('keeps the format that worked for the repair request', async () => {
    await draft({}, error(400, 'json_schema not supported'), { kind: 'stream', content: sandwichJson(invented) }, { kind: 'stream', content: sandwichJson(good) });
    expect(server.requests.map((sent) => sent.body.response_format?.type)).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('asks again without a temperature when the model accepts only its default', async () => {
    const outcome = await draft(
      {},
      error(400, "Unsupported value: 'temperature' does not support 0.4 with this model. Only the default (1) value is supported.", { param: 'temperature' }),
      { kind: 'stream', content: sandwichJson(good) },
    );
    expect(outcome.status).toBe('ready');
    expect(server.requests.map((sent) => sent.body.temperature)).toEqual([0.4, undefined]);
    expect(server.requests[1]!.body.response_format?.type).toBe('json_schema');
  });
});

describe('when the answer goes wrong', () => {
  it('timeout: a server that never answers', async () => {
    const outcome = await draft({ timeoutMs: 300 }, { kind: 'hang' });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'timeout',
      message: `The model "local-test-model" on 127.0.0.1:${server.port} did not answer within 0.3 seconds. Try again, or choose a faster model in Settings. Your draft is unchanged.`,
    });
  });

  it('timeout: a stream that stalls half way', async () => {
    const outcome = await draft({ timeoutMs: 300 }, { kind: 'stream', content: pieces(sandwichJson(good), 40), chunkDelayMs: 1000 });
    expect(outcome).toMatchObject({ status: 'failed', problem: 'timeout' });
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
    const outcome = await draft({}, { kind: 'stream', content: pieces(sandwichJson(good), 10), cutAfterChunks: 4 });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'stream-cut',
      message: `The connection to 127.0.0.1:${server.port} closed before the model finished its answer. Try again. Your draft is unchanged.`,
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
      message: "The model's answer has no JSON object in it. Try again, or choose a model that can answer in JSON. Your draft is unchanged.",
    });
  });

  it('invalid-json: the server is not an OpenAI-compatible one', async () => {
    const outcome = await draft({}, { kind: 'invalid', body: '<!doctype html><title>Router login</title>' });
    expect(outcome).toMatchObject({ status: 'failed', problem: 'invalid-json', message: expect.stringContaining('did not answer as an OpenAI-compatible server does') });
  });

  it('server-error: the server sends an error event in the middle of the stream', async () => {
    const body = `data: ${JSON.stringify({ id: 'x', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content: '{"fact":' }, finish_reason: null }] })}\n\ndata: {"error":{"message":"the model crashed"}}\n\n`;
    const outcome = await draft({}, { kind: 'invalid', body, contentType: 'text/event-stream' });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'server-error',
      message: `The server at 127.0.0.1:${server.port} reported an error while answering. The server said: “the model crashed”. Your draft is unchanged.`,
    });
  });

  it('schema-mismatch: a section is missing', async () => {
    const { explanation: _left, ...partial } = good;
    const outcome = await draft({}, { kind: 'stream', content: JSON.stringify(partial) });
    expect(outcome).toEqual({
      status: 'failed',
      problem: 'schema-mismatch',
      message: "The model's answer has no explanation section. Try again, or choose a model that follows JSON schemas. Your draft is unchanged.",
    });
  });

  it('refusal: the model declines', async () => {
    const outcome = await draft({}, { kind: 'stream', content: '', refusal: "I'm sorry, I can't help with that." });
    expect(outcome).toEqual({ status: 'failed', problem: 'refusal', message: "The model declined to write this reply: “I'm sorry, I can't help with that”. Your draft is unchanged." });
  });
});

describe('cancelling', () => {
  it('mid-stream gives cancelled, never failed, and stops the stream', async () => {
    const controller = new AbortController();
    const outcome = await draft(
      { signal: controller.signal, onProgress: (progress) => progress.sections.fact && controller.abort() },
      { kind: 'stream', content: pieces(sandwichJson(good), 40), chunkDelayMs: 20 },
    );
    expect(outcome).toEqual({ status: 'cancelled', message: 'Drafting with the model was cancelled. Your draft is unchanged.' });
  });

  it('before the request is made sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await draft({ signal: controller.signal });
    expect(outcome.status).toBe('cancelled');
    expect(server.requests).toHaveLength(0);
  });

  it('while the server has not answered yet', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const outcome = await draft({ signal: controller.signal }, { kind: 'hang' });
    expect(outcome.status).toBe('cancelled');
  });

  it('during the repair gives cancelled too', async () => {
    const controller = new AbortController();
    const outcome = await draft(
      { signal: controller.signal, onProgress: (progress) => progress.stage === 'repairing' && controller.abort() },
      { kind: 'stream', content: sandwichJson(invented) },
      { kind: 'stream', content: pieces(sandwichJson(good), 40), chunkDelayMs: 20 },
    );
    expect(outcome.status).toBe('cancelled');
  });
});

describe('createModelComposer', () => {
  const composer = () => createModelComposer({ baseUrl: server.baseUrl, model: 'local-test-model' });

  it('is a DraftComposer of kind "model" that returns a ready draft', async () => {
    server.script({ kind: 'stream', content: sandwichJson(good) });
    expect(composer().kind).toBe('model');
    await expect(composer().compose(request)).resolves.toMatchObject({ composer: 'model', sections: good });
  });

  it('throws a ModelDraftError carrying the outcome otherwise', async () => {
    server.script({ kind: 'json', status: 401, body: { error: { message: 'bad key' } } });
    const thrown = await composer().compose(request).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(ModelDraftError);
    expect((thrown as ModelDraftError).outcome).toMatchObject({ status: 'failed', problem: 'unauthorized' });
    expect((thrown as ModelDraftError).message).toMatch(/did not accept the API key/);
  });
});

/** Splits a text into `count` pieces, as a server streams tokens. */
function pieces(text: string, count: number): string[] {
  const size = Math.ceil(text.length / count);
  return Array.from({ length: Math.ceil(text.length / size) }, (_, index) => text.slice(index * size, (index + 1) * size));
}
