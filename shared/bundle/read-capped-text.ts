import type { Reason, Said } from '../schema/reason';
import { formatSize } from './format-size';
import { defaultMaxBytes } from './parse-untrusted-json';
import { type ReadConsequence, type ReadSubject, readingReasons } from './reading-reasons';

/** A refusal has a `reason` for the interface to say in its language when it was asked with a subject. */
export type CappedText = { ok: true; text: string } | { ok: false; message: string; reason?: Reason };

/** Read with a subject, a refusal always has its reason. */
export type SaidText = { ok: true; text: string } | ({ ok: false } & Said);

type SubjectOptions = {
  /** What is read, and what refusing it means: "The bundle from team.example", nothing merged. */
  subject: ReadSubject;
  consequence: ReadConsequence;
};

type CapOptions = { maxBytes?: number } & (
  | SubjectOptions
  | {
      /**
       * The same in English words alone: "The file", "Nothing was opened." No reason to say in another
       * language comes back. TODO(2026-12): gone once the shared-reply page passes a subject (issue 20).
       */
      what: string;
      consequence: string;
    }
);

/**
 * Reads a download as text without ever holding more than `maxBytes` of it: a declared
 * Content-Length over the cap is refused before the body is read, and the body is read as a stream
 * that is cancelled as soon as the cap is passed. The bytes counted are the body as delivered —
 * after the browser undid any gzip or brotli — so a small compressed file cannot expand past the cap.
 */
export async function readResponseCapped(response: Response, options: SubjectOptions & { maxBytes?: number }): Promise<SaidText> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const declared = Number(response.headers.get('content-length'));
  // With Content-Encoding the header gives the compressed size, which only ever understates.
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge(options, maxBytes) as SaidText;
  }
  if (!response.body) return { ok: true, text: '' };
  return (await readStreamCapped(response.body, options, maxBytes)) as SaidText;
}

/** The same for a file the person chose: its size is known before reading, and it is read as a stream too. */
export async function readFileCapped(file: Blob, options: CapOptions): Promise<CappedText> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  if (file.size > maxBytes) return tooLarge(options, maxBytes);
  return readStreamCapped(file.stream(), options, maxBytes);
}

async function readStreamCapped(stream: ReadableStream<Uint8Array>, options: CapOptions, maxBytes: number): Promise<CappedText> {
  const reader = stream.getReader();
  // Not fatal: bytes that are not UTF-8 become U+FFFD, which parseUntrustedJson reports with their position.
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return tooLarge(options, maxBytes);
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    return cutShort(options, error instanceof Error ? error.message : String(error));
  } finally {
    reader.releaseLock();
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}

function tooLarge(options: CapOptions, maxBytes: number): CappedText {
  if ('what' in options) {
    return { ok: false, message: `${options.what} is larger than ${formatSize(maxBytes)}, so it was not read. ${options.consequence}` };
  }
  return { ok: false, ...readingReasons.say('tooLarge', { ...options.subject, consequence: options.consequence, bytes: maxBytes }) };
}

function cutShort(options: CapOptions, error: string): CappedText {
  if ('what' in options) return { ok: false, message: `${options.what} could not be read to the end (${error}). ${options.consequence}` };
  return { ok: false, ...readingReasons.say('cutShort', { ...options.subject, consequence: options.consequence, error }) };
}
