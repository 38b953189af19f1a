import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeEmbedding } from './fake-embeddings';

/**
 * A local OpenAI-compatible server for tests: real HTTP on 127.0.0.1 and real server-sent events,
 * so the `openai` SDK, the browser's fetch and CORS all run as they do against Ollama or OpenAI.
 * Each POST to /v1/chat/completions takes the next scripted response, in order; POST
 * /v1/embeddings answers with deterministic vectors (fake-embeddings.ts) for any model name,
 * unless told to fail. No test framework is imported: vitest and Playwright tests both use it.
 */

export type ScriptedResponse =
  | {
      kind: 'stream';
      /** The answer's text: a string is sent in pieces of 20 characters, an array piece by piece. */
      content: string | string[];
      /** null: the stream ends without a finish reason and without [DONE], as a dropped server does. */
      finishReason?: 'stop' | 'length' | 'content_filter' | null;
      chunkDelayMs?: number;
      /** Destroy the connection after this many content pieces, mid-answer. */
      cutAfterChunks?: number;
      /** Sent as `delta.refusal` instead of content, as OpenAI does when a model refuses. */
      refusal?: string;
      /** After the content, this piece again and again (every chunkDelayMs) until the client hangs up. */
      endless?: string;
    }
  | { kind: 'json'; status: number; body: unknown; headers?: Record<string, string> }
  /** Never answers (until the server closes): for timeouts. */
  | { kind: 'hang' }
  /** A body that is not what a chat-completion endpoint sends (an HTML page, broken SSE…). */
  | { kind: 'invalid'; body: string; status?: number; contentType?: string };

/** The JSON body of a chat-completion request, as the SDK sends it. */
export type ChatRequestBody = {
  model?: string;
  messages?: { role: string; content: string }[];
  stream?: boolean;
  temperature?: number;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
  [key: string]: unknown;
};

export type RecordedRequest = {
  method: string;
  path: string;
  /** Lower-case names, as Node gives them: `headers.authorization`. */
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; `{}` when it was empty or not JSON (see rawBody). */
  body: ChatRequestBody;
  rawBody: string;
};

export type FakeOpenAiServer = {
  /** http://127.0.0.1:PORT/v1 — what goes in Settings as the server URL. */
  baseUrl: string;
  port: number;
  /** Queues responses for the next chat-completion requests, in order. */
  script(...responses: ScriptedResponse[]): void;
  /** Chat-completion requests received, in order (not CORS preflights or model lists). */
  requests: RecordedRequest[];
  /** Embedding requests received, in order. */
  embeddingRequests: RecordedRequest[];
  /**
   * Answers every embedding request from now on with `response` (a 500, a hang…) instead of
   * vectors; without an argument, embeddings work again.
   */
  failEmbeddings(response?: ScriptedResponse): void;
  /** Every other request: preflights (OPTIONS), GET /v1/models, unknown paths. */
  otherRequests: RecordedRequest[];
  /** The ids GET /v1/models lists; change it at will. */
  models: string[];
  close(): Promise<void>;
};

export type FakeOpenAiServerOptions = {
  models?: string[];
  /** When set, requests without `Authorization: Bearer <apiKey>` get OpenAI's 401. */
  apiKey?: string;
};

export async function startFakeOpenAiServer(options: FakeOpenAiServerOptions = {}): Promise<FakeOpenAiServer> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  const otherRequests: RecordedRequest[] = [];
  const embeddingRequests: RecordedRequest[] = [];
  let embeddingFault: ScriptedResponse | undefined;
  const models = [...(options.models ?? ['local-test-model'])];
  let completions = 0;

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { error: { message: `fake server: ${String(error)}`, type: 'server_error' } });
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const recorded = await record(request);
    const path = recorded.path.replace(/\/+$/, '');
    // Browser pages (the web editor, chrome-extension:// pages) call the server cross-origin.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Access-Control-Expose-Headers', 'retry-after, retry-after-ms, x-request-id');
    if (request.method === 'OPTIONS') {
      otherRequests.push(recorded);
      response.writeHead(204, {
        'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
        // The SDK adds its own X-Stainless-* headers: allow whatever the preflight asks for.
        'Access-Control-Allow-Headers': request.headers['access-control-request-headers'] ?? 'Authorization, Content-Type',
        'Access-Control-Max-Age': '600',
        ...(request.headers['access-control-request-private-network'] ? { 'Access-Control-Allow-Private-Network': 'true' } : {}),
      });
      response.end();
      return;
    }
    if (options.apiKey !== undefined && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      (path.endsWith('/chat/completions') ? requests : otherRequests).push(recorded);
      send(response, 401, {
        error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' },
      });
      return;
    }
    if (request.method === 'GET' && path.endsWith('/v1/models')) {
      otherRequests.push(recorded);
      send(response, 200, {
        object: 'list',
        data: models.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'fake-openai-server' })),
      });
      return;
    }
    if (request.method === 'POST' && path.endsWith('/v1/embeddings')) {
      embeddingRequests.push(recorded);
      if (embeddingFault) await respond(embeddingFault, recorded.body.model ?? 'fake-model', 'embedding-fault', response);
      else answerEmbeddings(recorded.body, response);
      return;
    }
    if (request.method !== 'POST' || !path.endsWith('/v1/chat/completions')) {
      otherRequests.push(recorded);
      send(response, 404, {
        error: { message: `Unknown request: ${request.method} ${recorded.path}`, type: 'invalid_request_error', code: 'unknown_url' },
      });
      return;
    }
    requests.push(recorded);
    const next = queue.shift();
    if (!next) {
      send(response, 500, {
        error: { message: 'The fake OpenAI server has no scripted response left for this request.', type: 'server_error' },
      });
      return;
    }
    completions++;
    await respond(next, recorded.body.model ?? 'fake-model', `chatcmpl-fake-${completions}`, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    port,
    script: (...responses) => void queue.push(...responses),
    requests,
    embeddingRequests,
    failEmbeddings: (response) => {
      embeddingFault = response;
    },
    otherRequests,
    models,
    close: () =>
      new Promise<void>((resolve) => {
        // Hanging and streaming responses would keep the server open for ever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** OpenAI's embeddings answer: one vector per input, as floats or, when asked, as base64 of float32s. */
function answerEmbeddings(body: ChatRequestBody, response: ServerResponse): void {
  const inputs = typeof body.input === 'string' ? [body.input] : Array.isArray(body.input) ? body.input : undefined;
  if (!inputs || inputs.length === 0 || !inputs.every((input) => typeof input === 'string')) {
    send(response, 400, { error: { message: "'input' must be a string or a non-empty array of strings", type: 'invalid_request_error' } });
    return;
  }
  const encode = (vector: number[]) =>
    body.encoding_format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
  const tokens = inputs.reduce((sum, input) => sum + input.split(/\s+/).length, 0);
  send(response, 200, {
    object: 'list',
    data: inputs.map((input, index) => ({ object: 'embedding', index, embedding: encode(fakeEmbedding(input)) })),
    model: body.model ?? 'fake-embedding-model',
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

/** A good answer's text: the four sections as the JSON object the model is asked for. */
export function sandwichJson(sections: { fact: string; myth: string; explanation: string; factAgain: string }): string {
  return JSON.stringify({ fact: sections.fact, myth: sections.myth, explanation: sections.explanation, factAgain: sections.factAgain });
}

async function record(request: IncomingMessage): Promise<RecordedRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const rawBody = Buffer.concat(chunks).toString('utf8');
  let body: ChatRequestBody = {};
  try {
    const parsed: unknown = rawBody ? JSON.parse(rawBody) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as ChatRequestBody;
  } catch {
    // Kept as rawBody: a test may be checking exactly that the body was not JSON.
  }
  return { method: request.method ?? 'GET', path: request.url ?? '/', headers: request.headers, body, rawBody };
}

async function respond(scripted: ScriptedResponse, model: string, id: string, response: ServerResponse): Promise<void> {
  switch (scripted.kind) {
    case 'hang':
      return; // the connection stays open until the client gives up or the server closes
    case 'json':
      send(response, scripted.status, scripted.body, scripted.headers);
      return;
    case 'invalid':
      response.writeHead(scripted.status ?? 200, { 'Content-Type': scripted.contentType ?? 'text/html; charset=utf-8' });
      response.end(scripted.body);
      return;
    case 'stream':
      await stream(scripted, model, id, response);
  }
}

async function stream(
  scripted: Extract<ScriptedResponse, { kind: 'stream' }>,
  model: string,
  id: string,
  response: ServerResponse,
): Promise<void> {
  response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
  const created = Math.floor(Date.now() / 1000);
  const event = (delta: Record<string, unknown>, finishReason: string | null = null) =>
    `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model, choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }] })}\n\n`;
  const pieces = typeof scripted.content === 'string' ? piecesOf(scripted.content, 20) : scripted.content;
  const field = scripted.refusal !== undefined ? 'refusal' : 'content';
  const sent = scripted.refusal !== undefined ? piecesOf(scripted.refusal, 20) : pieces;

  // Each piece is on the wire before the next: a cut then falls after what was sent, as it would.
  const write = (data: string) => new Promise<void>((resolve) => response.write(data, () => resolve()));
  await write(event({ role: 'assistant', content: '' }));
  for (const [index, piece] of sent.entries()) {
    if (scripted.cutAfterChunks !== undefined && index >= scripted.cutAfterChunks) {
      response.destroy(); // the client sees the connection drop mid-answer
      return;
    }
    if (scripted.chunkDelayMs) await delay(scripted.chunkDelayMs);
    if (response.destroyed) return; // the client cancelled
    await write(event({ [field]: piece }));
  }
  while (scripted.endless !== undefined && !response.destroyed) {
    await (scripted.chunkDelayMs ? delay(scripted.chunkDelayMs) : new Promise((resolve) => setImmediate(resolve)));
    if (response.destroyed) return;
    await write(event({ [field]: scripted.endless }));
  }
  if (response.destroyed) return;
  const finishReason = scripted.finishReason === undefined ? 'stop' : scripted.finishReason;
  if (finishReason === null) {
    response.end();
    return;
  }
  response.write(event({}, finishReason));
  response.end('data: [DONE]\n\n');
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function piecesOf(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += size) pieces.push(text.slice(start, start + size));
  return pieces;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Splits a text into about `count` pieces, as a server streams tokens. */
export function streamPieces(text: string, count: number): string[] {
  const size = Math.ceil(text.length / count);
  return Array.from({ length: Math.ceil(text.length / size) }, (_, index) => text.slice(index * size, (index + 1) * size));
}
