import { APIConnectionError, APIUserAbortError, RateLimitError } from 'openai/error';
import { describe, expect, it } from 'vitest';
import { describeModelFailure, hostOf, ModelAnswerError, retryAfterSeconds } from './model-problems';

const server = { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3', timeoutMs: 60_000 };

describe('retryAfterSeconds', () => {
  it.each([
    ['seconds', { 'retry-after': '20' }, 20],
    ['fractional seconds, rounded up', { 'retry-after': '1.2' }, 2],
    ['milliseconds win over seconds', { 'retry-after-ms': '250', 'retry-after': '9' }, 1],
    ['an HTTP date already past', { 'retry-after': new Date(Date.now() - 5_000).toUTCString() }, 0],
    ['nothing', {}, undefined],
    ['nonsense', { 'retry-after': 'soon' }, undefined],
  ])('%s', (_name, headers, seconds) => {
    expect(retryAfterSeconds(new Headers(headers))).toBe(seconds);
  });

  it('reads an HTTP date as the seconds until then', () => {
    // An HTTP date has whole seconds only: allow for the second it was cut at.
    const seconds = retryAfterSeconds(new Headers({ 'retry-after': new Date(Date.now() + 30_500).toUTCString() }));
    expect(seconds).toBeGreaterThanOrEqual(29);
    expect(seconds).toBeLessThanOrEqual(31);
  });
});

describe('hostOf', () => {
  it.each([
    ['http://127.0.0.1:11434/v1', '127.0.0.1:11434'],
    ['https://api.openai.com/v1', 'api.openai.com'],
    ['not a url', 'not a url'],
  ])('%s → %s', (url, host) => expect(hostOf(url)).toBe(host));
});

describe('describeModelFailure', () => {
  it('names the model and the server, and says what to do', () => {
    expect(describeModelFailure(new ModelAnswerError('timeout'), server)).toEqual({
      problem: 'timeout',
      message:
        'The model "llama3" on 127.0.0.1:11434 did not answer within 60 seconds. Try again, or choose a faster model in Settings. Your draft is unchanged.',
    });
  });

  it('tells a quota that ran out from a rate limit', () => {
    const error = new RateLimitError(
      429,
      { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' },
      undefined,
      new Headers(),
    );
    expect(describeModelFailure(error, { ...server, baseUrl: 'https://api.openai.com/v1' })).toEqual({
      problem: 'rate-limited',
      message:
        'The account behind the API key has no quota left on api.openai.com (429). Check its plan and billing. Your draft is unchanged.',
    });
  });

  it('reads a retry-after given as an HTTP date', () => {
    const error = new RateLimitError(
      429,
      { message: 'slow down' },
      undefined,
      new Headers({ 'retry-after': new Date(Date.now() + 61_000).toUTCString() }),
    );
    const failure = describeModelFailure(error, server);
    expect(failure.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(failure.message).toMatch(/Try again in (59|60|61) seconds\. Your draft is unchanged\.$/);
  });

  it.each([
    [new APIUserAbortError(), 'cancelled', 'Drafting with the model was cancelled. Your draft is unchanged.'],
    [new DOMException('stopped', 'AbortError'), 'cancelled', 'Drafting with the model was cancelled. Your draft is unchanged.'],
    [
      new APIConnectionError({ message: 'Connection error.' }),
      'network',
      expect.stringMatching(/^Could not reach the server at 127\.0\.0\.1:11434\./),
    ],
    [
      new ModelAnswerError('refusal', undefined, 'content-filter'),
      'refusal',
      "The server's content filter stopped the model's answer. Your draft is unchanged.",
    ],
    [
      new ModelAnswerError('schema-mismatch', "The model's answer has no myth warning section"),
      'schema-mismatch',
      "The model's answer has no myth warning section. Try again, or choose a model that follows JSON schemas. Your draft is unchanged.",
    ],
    [
      new Error('something nobody foresaw\n  at line 3'),
      'server-error',
      'Drafting with the model "llama3" on 127.0.0.1:11434 failed: something nobody foresaw at line 3. Your draft is unchanged.',
    ],
  ])('%s → %s', (error, problem, message) => {
    expect(describeModelFailure(error, server)).toEqual({ problem, message });
  });
});
