import type OpenAI from 'openai';
import { APIError } from 'openai/error';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { modelResponseFormat } from './model-draft-schema';
import { ModelAnswerError } from './model-problems';
import type { ModelMessage } from './model-prompt';
import { parseModelAnswer } from './parse-model-answer';

/**
 * How the request asks for JSON, and whether it sets a temperature. Servers differ: llama.cpp
 * and vLLM take a JSON schema, older Ollama and many proxies only `json_object` or nothing, and
 * some OpenAI models accept no temperature but their default.
 */
export const defaultDeadlineMs = 180_000;
export const defaultMaxAnswerChars = 50_000;

export type RequestVariant = { format: 'json_schema' | 'json_object' | 'none'; temperature: boolean };
export const preferredVariant: RequestVariant = { format: 'json_schema', temperature: true };

export type AnswerRequest = {
  client: OpenAI;
  model: string;
  messages: ModelMessage[];
  signal?: AbortSignal;
  /** How long the server may stay silent: before it starts answering, and between two pieces of the answer. */
  timeoutMs: number;
  /**
   * The most time one whole answer may take. A server that keeps sending, however slowly, never
   * trips `timeoutMs`: without this a person could wait for ever (issue 19).
   */
  deadlineMs?: number;
  /**
   * The longest answer accepted, in characters (and at most this many stream events): a fact
   * sandwich is a few hundred words, and an endless stream must not fill the page's memory.
   */
  maxAnswerChars?: number;
  /** The answer so far, each time a piece arrives. */
  onText?: (textSoFar: string) => void;
};

/**
 * Streams one answer. When the server rejects a parameter (a 400 or 422 naming it), asks again
 * without it — the JSON schema becomes `json_object`, then no format at all (the instructions
 * still ask for JSON only) — at most three times. Returns the text and the variant that worked,
 * for the next request to the same server.
 */
export async function streamModelAnswer(
  request: AnswerRequest,
  start: RequestVariant = preferredVariant,
): Promise<{ text: string; variant: RequestVariant }> {
  let variant = start;
  for (let attempt = 0; ; attempt++) {
    try {
      return { text: await streamOnce(request, variant), variant };
    } catch (error) {
      const next = attempt < 3 ? withoutRejected(error, variant) : undefined;
      if (!next) throw error;
      variant = next;
    }
  }
}

const rejectsFormat = /response_format|json_schema|json_object|structured output|not supported|unsupported/i;

function withoutRejected(error: unknown, variant: RequestVariant): RequestVariant | undefined {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return undefined;
  const said = `${error.message} ${error.param ?? ''}`;
  if (variant.temperature && /temperature/i.test(said)) return { ...variant, temperature: false };
  if (variant.format !== 'none' && rejectsFormat.test(said))
    return { ...variant, format: variant.format === 'json_schema' ? 'json_object' : 'none' };
  return undefined;
}

async function streamOnce(
  {
    client,
    model,
    messages,
    signal,
    timeoutMs,
    deadlineMs = defaultDeadlineMs,
    maxAnswerChars = defaultMaxAnswerChars,
    onText,
  }: AnswerRequest,
  variant: RequestVariant,
): Promise<string> {
  if (signal?.aborted) throw new ModelAnswerError('cancelled');
  // The SDK's timeout ends when the answer starts; a model that stalls half way must time out too.
  const controller = new AbortController();
  let timedOut = false;
  let pastDeadline = false;
  let tooLong = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = setTimeout(() => {
    pastDeadline = true;
    controller.abort();
  }, deadlineMs);
  const stillWaiting = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
  };
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  // The SDK ends a stream quietly when it is aborted: why it ended is known only here.
  const stopped = () =>
    signal?.aborted
      ? new ModelAnswerError('cancelled')
      : tooLong
        ? new ModelAnswerError('too-long')
        : pastDeadline
          ? new ModelAnswerError('timeout', undefined, 'deadline')
          : timedOut
            ? new ModelAnswerError('timeout')
            : undefined;

  let text = '';
  let refusal = '';
  let finishReason: string | null = null;
  let chunks = 0;
  try {
    stillWaiting();
    const stream = await client.chat.completions
      .create(requestBody(model, messages, variant), { signal: controller.signal })
      .catch((error: unknown) => {
        throw stopped() ?? error;
      });
    try {
      for await (const chunk of stream) {
        stillWaiting();
        chunks++;
        const choice = chunk.choices?.[0];
        if (!choice) continue;
        if (choice.delta?.refusal) refusal += choice.delta.refusal;
        if (choice.delta?.content) {
          text += choice.delta.content;
          if (onText) showProgress(onText, text);
        }
        if (choice.finish_reason) finishReason = choice.finish_reason;
        // Events without content count too: a stream of empty events is as endless as a long one.
        if (text.length + refusal.length > maxAnswerChars || chunks > maxAnswerChars) {
          tooLong = true;
          controller.abort(); // closes the connection: nothing more is read
          break;
        }
      }
    } catch (error) {
      // An error event from the server stays the server's error; anything else cut the stream.
      if (stopped() || error instanceof APIError) throw stopped() ?? error;
      throw error instanceof SyntaxError
        ? new ModelAnswerError('invalid-json', undefined, 'not-a-stream')
        : new ModelAnswerError('stream-cut');
    }
    const stop = stopped();
    if (stop) throw stop;
  } finally {
    clearTimeout(timer);
    clearTimeout(deadline);
    signal?.removeEventListener('abort', cancel);
  }

  if (refusal) throw new ModelAnswerError('refusal', refusal);
  if (finishReason === 'content_filter') throw new ModelAnswerError('refusal', undefined, 'content-filter');
  if (chunks === 0) throw new ModelAnswerError('invalid-json', undefined, 'not-a-stream');
  // A server that closes without saying why still gave a whole answer if the answer is whole.
  if ((finishReason === null || finishReason === 'length') && !parseModelAnswer(text).ok) {
    throw new ModelAnswerError('stream-cut', undefined, finishReason === 'length' ? 'token-limit' : undefined);
  }
  return text;
}

function requestBody(model: string, messages: ModelMessage[], variant: RequestVariant): ChatCompletionCreateParamsStreaming {
  return {
    model,
    messages,
    stream: true,
    // Low but not zero: varied enough to repair a draft when asked again, steady enough to follow the method.
    ...(variant.temperature ? { temperature: 0.4 } : {}),
    ...(variant.format === 'json_schema'
      ? { response_format: modelResponseFormat }
      : variant.format === 'json_object'
        ? { response_format: { type: 'json_object' } }
        : {}),
  };
}

/** A progress display that throws is the display's bug: it is reported, and drafting carries on. */
function showProgress(onText: (text: string) => void, text: string): void {
  try {
    onText(text);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
