import { describe, expect, it } from 'vitest';
import { streamPieces } from '../../../tests/support/fake-openai-server';
import { sectionIds } from '../../schema/draft';
import { composeTemplateDraft } from '../compose-template-draft';
import { composeWithModel } from './compose-with-model';
import type { ModelProgress } from './model-outcome';
import { request, good, invented, apiKey, errorsOf, sandwichJson, fakeModelServerPerTest } from './testing/fake-model-server-per-test';

// A real OpenAI-compatible server over HTTP and server-sent events, through the real SDK.
const model = fakeModelServerPerTest();
const { draft } = model;

describe('a good answer', () => {
  it('streams in section by section and comes back ready, with no error findings', async () => {
    const seen: ModelProgress[] = [];
    const outcome = await draft(
      { onProgress: (progress) => seen.push(structuredClone(progress)) },
      { kind: 'stream', content: streamPieces(sandwichJson(good), 15), chunkDelayMs: 2 },
    );

    expect(outcome.status).toBe('ready');
    if (outcome.status !== 'ready') return;
    expect(outcome.draft.sections).toEqual(good);
    expect(outcome.draft).toMatchObject({ composer: 'model', language: 'en', fitsChannel: true });
    expect(outcome.draft.thread).toBeUndefined();
    expect(outcome.repaired).toBe(false);
    expect(errorsOf(outcome)).toEqual([]);
    expect(outcome.draft.notes).toContain(
      `Drafted by the model “local-test-model” on 127.0.0.1:${model.server.port}: check it as you would any draft before posting.`,
    );

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
    const outcome = await draft(
      {},
      { kind: 'stream', content: `Here is the reply:\n\`\`\`json\n${JSON.stringify(good, null, 2)}\n\`\`\`\nHope it helps.` },
    );
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
    const [sent] = model.server.requests;
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
        schema: expect.objectContaining({
          type: 'object',
          required: ['fact', 'myth', 'explanation', 'factAgain'],
          additionalProperties: false,
        }),
      },
    });

    const text = sent!.body.messages!.map((message) => message.content).join('\n');
    expect(sent!.body.messages!.map((message) => message.role)).toEqual(['system', 'user']);
    for (const vetted of [
      request.entry.fact,
      request.entry.myth.statement,
      request.entry.sources[0]!.quote,
      request.entry.sources[0]!.url,
      request.audience.name,
      request.spokesperson.signOff,
    ]) {
      expect(text).toContain(vetted);
    }
    // The circulating phrasings are for matching posts only: they never reach a model.
    for (const phrasing of request.entry.myth.phrasings) expect(text).not.toContain(phrasing);
  });

  it('includes the captured post only when passed, marked as untrusted', async () => {
    const post = 'Pensioners freeze at home while they get four-star hotels!';
    await draft({}, { kind: 'stream', content: sandwichJson(good) });
    expect(model.server.requests[0]!.rawBody).not.toContain('Pensioners freeze');

    await draft({ capturedPostText: post }, { kind: 'stream', content: sandwichJson(good) });
    const last = model.server.requests[1]!.body.messages!.at(-1)!;
    expect(last.role).toBe('user');
    expect(last.content).toContain(post);
    expect(last.content).toMatch(/UNTRUSTED.*do not repeat its wording/);
  });

  it('is not made when no model is configured: the template draft comes back with a hint', async () => {
    const outcome = await composeWithModel(request, { settings: { baseUrl: model.server.baseUrl, model: '  ', apiKey } });
    expect(outcome).toEqual({
      status: 'not-configured',
      template: composeTemplateDraft(request),
      message: expect.stringContaining('Settings'),
    });
    const empty = await composeWithModel(request, { settings: {} });
    expect(empty.status).toBe('not-configured');
    expect(model.server.requests).toHaveLength(0);
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
    const outcome = await draft(
      { onProgress: (progress) => stages.push(progress.stage) },
      { kind: 'stream', content: sandwichJson(invented) },
      { kind: 'stream', content: sandwichJson(good) },
    );

    expect(outcome).toMatchObject({ status: 'ready', repaired: true, draft: { sections: good } });
    expect(
      outcome.status === 'ready' &&
        outcome.draft.notes.some((note) =>
          note.startsWith('Repaired once: the first answer had unsupported-figure in the fact again section'),
        ),
    ).toBe(true);
    expect(stages).toContain('repairing');
    expect(stages.indexOf('repairing')).toBeGreaterThan(stages.lastIndexOf('drafting'));

    expect(model.server.requests).toHaveLength(2);
    const messages = model.server.requests[1]!.body.messages!;
    expect(messages.slice(0, -2)).toEqual(model.server.requests[0]!.body.messages);
    expect(messages.at(-2)).toEqual({ role: 'assistant', content: sandwichJson(invented) });
    expect(messages.at(-1)!.content).toContain(
      '1. Fact again section, rule unsupported-figure: “9,999” is not in the library entry or its sources',
    );
    expect(messages.at(-1)!.content).toContain('The words: “9,999”.');
  });

  it('offers a draft that stays wrong for review beside the template, never as ready', async () => {
    const outcome = await draft(
      {},
      { kind: 'stream', content: sandwichJson(invented) },
      { kind: 'stream', content: sandwichJson(invented) },
    );
    expect(outcome.status).toBe('needs-review');
    if (outcome.status !== 'needs-review') return;
    expect(outcome.template).toEqual(composeTemplateDraft(request));
    expect(outcome.repaired).toBe(true);
    expect(errorsOf(outcome).map((finding) => finding.ruleId)).toEqual(['unsupported-figure']);
    expect(outcome.draft.notes).toContain(
      'Check before posting (unsupported-figure): “9,999” is not in the library entry or its sources: use only figures you can source, or add this one to the entry first.',
    );
    expect(model.server.requests).toHaveLength(2);
  });

  it('sends errors the model cannot fix by rewording straight to review, without a repair', async () => {
    const unwarned = { ...good, myth: request.entry.myth.statement };
    const outcome = await draft({}, { kind: 'stream', content: sandwichJson(unwarned) });
    expect(outcome).toMatchObject({ status: 'needs-review', repaired: false });
    expect(errorsOf(outcome).map((finding) => finding.ruleId)).toEqual(['myth-warned']);
    expect(model.server.requests).toHaveLength(1);
  });

  it('keeps the first answer, for review, when the repair request fails', async () => {
    const outcome = await draft(
      {},
      { kind: 'stream', content: sandwichJson(invented) },
      { kind: 'json', status: 503, body: { error: { message: 'overloaded' } } },
    );
    expect(outcome).toMatchObject({ status: 'needs-review', repaired: false, draft: { sections: invented } });
    expect(
      outcome.status === 'needs-review' && outcome.draft.notes.some((note) => note.includes('did not arrive') && note.includes('(503)')),
    ).toBe(true);
  });

  it('uses the lint configuration it is given', async () => {
    const outcome = await draft(
      { lintConfig: { rules: { 'unsupported-figure': 'warning' } } },
      { kind: 'stream', content: sandwichJson(invented) },
    );
    expect(outcome).toMatchObject({ status: 'ready', repaired: false });
    expect(model.server.requests).toHaveLength(1);
  });

  it('offers a thread, for review, when the repaired answer is still too long for the channel', async () => {
    const long = {
      ...good,
      explanation: `${good.explanation} ${'People waiting for a decision are not allowed to work. '.repeat(8)}`.trim(),
    };
    const outcome = await draft({}, { kind: 'stream', content: sandwichJson(long) }, { kind: 'stream', content: sandwichJson(long) });
    expect(outcome.status).toBe('needs-review');
    if (outcome.status !== 'needs-review') return;
    expect(outcome.draft.fitsChannel).toBe(false);
    expect(outcome.draft.thread!.length).toBeGreaterThan(1);
    expect(errorsOf(outcome).map((finding) => finding.ruleId)).toContain('channel-length');
  });
});

describe('cancelling', () => {
  it('mid-stream gives cancelled, never failed, and stops the stream', async () => {
    const controller = new AbortController();
    const outcome = await draft(
      { signal: controller.signal, onProgress: (progress) => progress.sections.fact && controller.abort() },
      { kind: 'stream', content: streamPieces(sandwichJson(good), 40), chunkDelayMs: 20 },
    );
    expect(outcome).toEqual({ status: 'cancelled', message: 'Drafting with the model was cancelled. Your draft is unchanged.' });
  });

  it('before the request is made sends nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const outcome = await draft({ signal: controller.signal });
    expect(outcome.status).toBe('cancelled');
    expect(model.server.requests).toHaveLength(0);
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
      { kind: 'stream', content: streamPieces(sandwichJson(good), 40), chunkDelayMs: 20 },
    );
    expect(outcome.status).toBe('cancelled');
  });
});
