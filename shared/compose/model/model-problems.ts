import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai/error';
import type { ModelProblem } from './model-outcome';

/** Where the request went: named in messages so the person knows which setting to check. */
export type ModelServer = {
  baseUrl: string;
  model: string;
  timeoutMs?: number;
  /** The most time one whole answer may take (stream-model-answer.ts). */
  deadlineMs?: number;
  /** The longest answer accepted, in characters (stream-model-answer.ts). */
  maxAnswerChars?: number;
};

export type ModelFailure = { problem: ModelProblem; message: string; retryAfterSeconds?: number };

type AnswerProblem = Extract<
  ModelProblem,
  'timeout' | 'stream-cut' | 'too-long' | 'invalid-json' | 'schema-mismatch' | 'refusal' | 'cancelled'
>;

/**
 * Something wrong with the answer rather than the request: the SDK has no error for these
 * (a stream that stops half way, an answer that is not the JSON asked for, a refusal).
 * `detail` is the parse message or the refusal's text; `reason` tells apart causes that need
 * different advice.
 */
export class ModelAnswerError extends Error {
  constructor(
    readonly problem: AnswerProblem,
    readonly detail?: string,
    readonly reason?: 'token-limit' | 'not-a-stream' | 'content-filter' | 'deadline',
  ) {
    super(detail ?? problem);
    this.name = 'ModelAnswerError';
  }
}

const unchanged = 'Your draft is unchanged.';

/**
 * Turns whatever stopped a model draft into one plain message: what happened, on which server,
 * what to do — and that the draft is untouched. Never throws: an error nobody foresaw still
 * gets a message.
 */
export function describeModelFailure(error: unknown, server: ModelServer): ModelFailure {
  const host = hostOf(server.baseUrl);
  const model = `"${server.model}"`;
  const fail = (problem: ModelProblem, text: string, retryAfterSeconds?: number): ModelFailure => ({
    problem,
    message: `${text} ${unchanged}`,
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
  });

  if (error instanceof ModelAnswerError) return answerFailure(error);
  if (error instanceof APIUserAbortError || isAbort(error)) return fail('cancelled', 'Drafting with the model was cancelled.');
  if (error instanceof APIConnectionTimeoutError) return answerFailure(new ModelAnswerError('timeout'));
  if (error instanceof APIConnectionError || error instanceof TypeError) {
    return fail(
      'network',
      `Could not reach the server at ${host}. Check that it is running and that the server address in Settings is right; a local server must also allow requests from this page.`,
    );
  }
  if (!(error instanceof APIError)) {
    return fail(
      'server-error',
      `Drafting with the model ${model} on ${host} failed: ${plain(error instanceof Error ? error.message : String(error))}.`,
    );
  }

  const said = serverMessage(error);
  const saying = said ? ` The server said: “${said}”.` : '';
  if (error.status === undefined) return fail('server-error', `The server at ${host} reported an error while answering.${saying}`);
  if (error instanceof AuthenticationError)
    return fail('unauthorized', `The server at ${host} did not accept the API key (401). Check the API key in Settings.`);
  if (error instanceof PermissionDeniedError) {
    return fail(
      'forbidden',
      `The server at ${host} refused access to the model ${model} (403): the API key may not be allowed to use it. Check the key or the model in Settings.`,
    );
  }
  if (error instanceof NotFoundError) {
    // A server that knows the path names the model; a wrong address gets a bare "not found".
    if (said && !/model/i.test(said)) {
      return fail(
        'model-not-found',
        `Nothing was found at ${host} for this request (404). Check the server address in Settings (it usually ends in /v1) and the model name.`,
      );
    }
    return fail('model-not-found', `The model ${model} was not found on ${host} (404). Check the model name in Settings.`);
  }
  if (error instanceof RateLimitError) {
    if (error.code === 'insufficient_quota' || error.type === 'insufficient_quota') {
      return fail('rate-limited', `The account behind the API key has no quota left on ${host} (429). Check its plan and billing.`);
    }
    const wait = retryAfterSeconds(error.headers);
    const when = wait === undefined ? 'in a minute' : `in ${wait} second${wait === 1 ? '' : 's'}`;
    return fail('rate-limited', `The server at ${host} is limiting requests (429). Try again ${when}.`, wait);
  }
  if (error.status >= 500) {
    const what = error.status === 503 ? 'is unavailable or overloaded' : 'had an internal error';
    return fail(
      'server-error',
      `The server at ${host} ${what} (${error.status}).${saying} Try again in a moment.`,
      retryAfterSeconds(error.headers),
    );
  }
  return fail(
    'bad-request',
    `The server at ${host} rejected the request (${error.status}).${saying} Check the model name and server address in Settings.`,
  );

  function answerFailure({ problem, detail, reason }: ModelAnswerError): ModelFailure {
    switch (problem) {
      case 'cancelled':
        return fail('cancelled', 'Drafting with the model was cancelled.');
      case 'timeout': {
        if (reason === 'deadline') {
          const limit = server.deadlineMs ? ` after ${secondsIn(server.deadlineMs)}` : '';
          return fail(
            'timeout',
            `The model ${model} on ${host} was still answering${limit}, so drafting stopped. Try again, or choose a faster model in Settings.`,
          );
        }
        const seconds = server.timeoutMs ? Number((server.timeoutMs / 1000).toFixed(1)) : undefined;
        const within = seconds === undefined ? 'in time' : `within ${seconds} second${seconds === 1 ? '' : 's'}`;
        return fail('timeout', `The model ${model} on ${host} did not answer ${within}. Try again, or choose a faster model in Settings.`);
      }
      case 'too-long': {
        const limit = server.maxAnswerChars ? ` more than ${server.maxAnswerChars.toLocaleString('en')} characters,` : '';
        return fail(
          'too-long',
          `The model ${model} on ${host} sent${limit} far more than a fact sandwich needs, so drafting stopped. Try again, or choose another model in Settings.`,
        );
      }
      case 'stream-cut':
        return reason === 'token-limit'
          ? fail(
              'stream-cut',
              `The model's answer was cut at the token limit before it was complete. Try again, or raise the output limit for ${model} on the server.`,
            )
          : fail('stream-cut', `The connection to ${host} closed before the model finished its answer. Try again.`);
      case 'invalid-json':
        return reason === 'not-a-stream'
          ? fail(
              'invalid-json',
              `The server at ${host} did not answer as an OpenAI-compatible server does. Check the server address in Settings (it usually ends in /v1).`,
            )
          : fail(
              'invalid-json',
              `${detail ?? "The model's answer is not valid JSON"}. Try again, or choose a model that can answer in JSON.`,
            );
      case 'schema-mismatch':
        return fail(
          'schema-mismatch',
          `${detail ?? "The model's answer does not have the four sections"}. Try again, or choose a model that follows JSON schemas.`,
        );
      case 'refusal':
        return reason === 'content-filter' || !detail
          ? fail('refusal', "The server's content filter stopped the model's answer.")
          : fail('refusal', `The model declined to write this reply: “${plain(detail)}”.`);
    }
  }
}

/**
 * Seconds to wait before trying again: `retry-after-ms` (OpenAI, Azure), else `retry-after` as
 * seconds or as an HTTP date. Undefined when the server does not say.
 */
export function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const milliseconds = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return Math.ceil(milliseconds / 1000);
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function secondsIn(ms: number): string {
  const seconds = Number((ms / 1000).toFixed(1));
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

/** "127.0.0.1:11434", "api.openai.com": enough to recognise the server, short enough to read. */
export function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host || baseUrl;
  } catch {
    return baseUrl;
  }
}

/** What the server said, from OpenAI's `{ error: { message } }`, a bare `{ error: "…" }` or a text body. */
function serverMessage(error: APIError): string | undefined {
  const body = error.error as unknown;
  const fromBody =
    typeof body === 'string' ? body : body && typeof body === 'object' && 'message' in body ? String(body.message) : undefined;
  const fromText = error.message.replace(/^\d{3} /, '');
  const text = fromBody ?? (/status code \(no body\)|no status code or body/.test(fromText) ? undefined : fromText);
  return text ? plain(text) : undefined;
}

/** One line, at most 200 characters: server texts can be whole HTML pages or stack traces. */
function plain(text: string): string {
  const line = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '');
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError';
}
