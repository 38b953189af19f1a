import { defaultMaxBytes, formatSize } from './parse-untrusted-json';

export type CappedText = { ok: true; text: string } | { ok: false; message: string };

type CapOptions = {
  /** What is read, for the message: "The library bundle from team.example". */
  what: string;
  maxBytes?: number;
  /** The sentence that ends the refusal: "Nothing was merged." */
  consequence: string;
};

/**
 * Reads a download as text without ever holding more than `maxBytes` of it: a declared
 * Content-Length over the cap is refused before the body is read, and the body is read as a stream
 * that is cancelled as soon as the cap is passed. The bytes counted are the body as delivered —
 * after the browser undid any gzip or brotli — so a small compressed file cannot expand past the cap.
 */
export async function readResponseCapped(response: Response, options: CapOptions): Promise<CappedText> {
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  const declared = Number(response.headers.get('content-length'));
  // With Content-Encoding the header gives the compressed size, which only ever understates.
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    return tooLarge(options, maxBytes);
  }
  if (!response.body) return { ok: true, text: '' };
  return readStreamCapped(response.body, options, maxBytes);
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
    return {
      ok: false,
      message: `${options.what} could not be read to the end (${error instanceof Error ? error.message : String(error)}). ${options.consequence}`,
    };
  } finally {
    reader.releaseLock();
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}

function tooLarge({ what, consequence }: CapOptions, maxBytes: number): CappedText {
  return { ok: false, message: `${what} is larger than ${formatSize(maxBytes)}, so it was not read. ${consequence}` };
}
