import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodePublicKey, decodeSecretKey, type SigningKeys } from './bundle-keys';

/**
 * Publisher key files for the CLI (Node only): one base64 line each. `publisher.key` is the
 * secret and is written readable by its owner alone; `publisher.pub` is shared with subscribers.
 */
export const secretKeyFileName = 'publisher.key';
export const publicKeyFileName = 'publisher.pub';

export type KeyFileReading = { ok: true; key: string } | { ok: false; message: string };

/** Writes both files, or neither: an existing key is never overwritten (it may already sign a live library). */
export function writeKeyFiles(
  folder: string,
  keys: SigningKeys,
): { ok: true; secretFile: string; publicFile: string } | { ok: false; message: string } {
  const secretFile = join(folder, secretKeyFileName);
  const publicFile = join(folder, publicKeyFileName);
  const existing = [secretFile, publicFile].filter((file) => existsSync(file));
  if (existing.length > 0) {
    return {
      ok: false,
      message: `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; a key is never overwritten. Nothing was written.`,
    };
  }
  mkdirSync(folder, { recursive: true });
  // 'wx' fails if the file appeared meanwhile; mode 0600 keeps the secret from other users.
  writeFileSync(secretFile, `${keys.secretKey}\n`, { flag: 'wx', mode: 0o600 });
  writeFileSync(publicFile, `${keys.publicKey}\n`, { flag: 'wx', mode: 0o644 });
  return { ok: true, secretFile, publicFile };
}

export function readSecretKeyFile(file: string): KeyFileReading {
  return readKeyFile(file, (text) => decodeSecretKey(text, `The key in ${file}`));
}

export function readPublicKeyFile(file: string): KeyFileReading {
  return readKeyFile(file, (text) => decodePublicKey(text, `The key in ${file}`));
}

function readKeyFile(file: string, decode: (text: string) => { ok: true } | { ok: false; message: string }): KeyFileReading {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { ok: false, message: `cannot read the key file "${file}"` };
  }
  const decoded = decode(text);
  return decoded.ok ? { ok: true, key: text.trim() } : decoded;
}
