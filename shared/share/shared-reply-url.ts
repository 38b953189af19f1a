import { base64UrlToBytes, bytesToBase64Url } from '../bundle/base64-bytes';
import { readSharedReply, defaultSharedReplyMaxBytes, type SharedReplyReading } from './read-shared-reply';
import { sharedReplySchema, type SharedReply } from './shared-reply-schema';

/**
 * Links are pasted into chats and mail clients that cut or refuse very long URLs; 16 KB is a
 * comfortable ceiling for a fragment. A bigger reply goes as a file.
 */
export const maxShareFragmentLength = 16 * 1024;

const fragmentKey = '#share=';

export type ShareFragment = { ok: true; fragment: string } | { ok: false; message: string };

/**
 * `#share=<base64url of the deflated JSON>`. A fragment never reaches a server, so the reply stays
 * between the people who pass the link on. Deflate makes an entry with two variants fit easily.
 */
export async function sharedReplyToUrlFragment(reply: SharedReply): Promise<ShareFragment> {
  const valid = sharedReplySchema.safeParse(reply);
  if (!valid.success) return { ok: false, message: 'This reply is not valid, so no link was made: check it with createSharedReply first.' };
  const packed = await pipeBytes(
    new TextEncoder().encode(JSON.stringify(valid.data)),
    new CompressionStream('deflate'),
    Number.POSITIVE_INFINITY,
  );
  const fragment = `${fragmentKey}${bytesToBase64Url(packed!)}`;
  if (fragment.length > maxShareFragmentLength) {
    return {
      ok: false,
      message: `This reply is too long for a link (${Math.ceil(fragment.length / 1024)} KB packed; links stay under ${maxShareFragmentLength / 1024} KB). Share it as a file instead.`,
    };
  }
  return { ok: true, fragment };
}

/** Reads a shared reply from `#share=…`, `share=…` or a whole address that ends in one. Never throws. */
export async function sharedReplyFromUrlFragment(fragmentOrUrl: string): Promise<SharedReplyReading> {
  if (typeof fragmentOrUrl !== 'string') return { ok: false, problem: 'not-a-shared-reply', message: 'This link holds no shared reply.' };
  if (fragmentOrUrl.length > maxShareFragmentLength + 2_048) {
    return {
      ok: false,
      problem: 'too-large',
      message: `This link is longer than any shared-reply link (over ${maxShareFragmentLength / 1024} KB). Ask for the file instead.`,
    };
  }
  const encoded = /(?:^|[#&?])share=([^&#]*)/.exec(fragmentOrUrl.trim())?.[1];
  if (encoded === undefined)
    return { ok: false, problem: 'not-a-shared-reply', message: 'This link holds no shared reply (it has no "#share=" part).' };

  const damaged: SharedReplyReading = {
    ok: false,
    problem: 'not-json',
    message: 'This shared-reply link is damaged — probably cut short when it was copied. Ask for the link again, or for the file.',
  };
  const packed = base64UrlToBytes(encoded);
  if (!packed || packed.length === 0) return damaged;
  let unpacked: Uint8Array | undefined;
  try {
    // Bounded while it inflates: a few KB of deflate can expand to gigabytes.
    unpacked = await pipeBytes(packed, new DecompressionStream('deflate'), defaultSharedReplyMaxBytes);
  } catch {
    return damaged;
  }
  if (!unpacked) {
    return {
      ok: false,
      problem: 'too-large',
      message: `This link unpacks to more than ${defaultSharedReplyMaxBytes / (1024 * 1024)} MB, which no shared reply needs. Nothing was opened.`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
  } catch {
    return damaged;
  }
  return readSharedReply(text);
}

/** Runs bytes through a (de)compression stream; undefined as soon as the output passes `limit`. */
async function pipeBytes(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
