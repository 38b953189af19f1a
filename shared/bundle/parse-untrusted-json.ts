import { fieldName } from '../schema/describe-issues';
import type { Reason } from '../schema/reason';
import { locateJsonError } from './locate-json-error';
import { type ReadConsequence, type ReadSubject, readingReasons } from './reading-reasons';

/** A library of a few hundred entries is well under 1 MB; 5 MB leaves room and stops a hostile file early. */
export const defaultMaxBytes = 5 * 1024 * 1024;

/**
 * A bundle nests about six levels deep (bundle → entries → entry → translations → fr → myth).
 * Anything far deeper is not ours, and a validator walking 10,000 levels could overflow the stack.
 */
export const maxJsonDepth = 64;

/** Keys that change an object's prototype when code later copies or merges the record. */
const refusedKeys = new Set(['__proto__', 'constructor', 'prototype']);

export type UntrustedJsonOptions = {
  /** What the text is, for messages: a library bundle, a shared reply. */
  subject: ReadSubject;
  maxBytes?: number | undefined;
  /** What refusing it means, the sentence that ends every message (default "Nothing was loaded."). */
  consequence?: ReadConsequence;
  /** How a path inside the parsed value is named in messages (default `entries[3].sources[0]`). */
  describePath?: (path: readonly (string | number)[], root: unknown) => string;
};

export type UntrustedJson =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'too-large' | 'not-utf8' | 'not-json' | 'too-deep' | 'refused-key'; message: string; reason: Reason };

/**
 * JSON.parse for text from outside the app (a downloaded bundle, a file an ally sent, a link):
 * bounded in size and depth, readable as UTF-8, and free of prototype keys — all checked before
 * any value reaches code that might copy it. Never throws.
 */
export function parseUntrustedJson(rawText: string, options: UntrustedJsonOptions): UntrustedJson {
  const { subject, maxBytes = defaultMaxBytes, consequence = 'loaded', describePath = describeValuePath } = options;
  const refusal = { ...subject, consequence };
  // Editors on Windows start UTF-8 files with a byte-order mark; it is not part of the JSON.
  const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;

  const bytes = utf8ByteLengthUpTo(text, maxBytes);
  if (bytes > maxBytes) {
    return fail('too-large', readingReasons.say('tooLarge', { ...refusal, bytes: maxBytes }));
  }
  if (text.trim() === '') return fail('not-json', readingReasons.say('empty', refusal));

  // TextDecoder turns bytes that are not UTF-8 into U+FFFD; a Fact Sandwich file never needs it.
  const replaced = text.indexOf('\uFFFD');
  if (replaced >= 0) {
    return fail('not-utf8', readingReasons.say('notUtf8', { ...refusal, ...positionOf(text, replaced) }));
  }

  const tooDeepAt = findExcessiveNesting(text, maxJsonDepth);
  if (tooDeepAt !== undefined) {
    return fail('too-deep', readingReasons.say('tooDeep', { ...refusal, levels: maxJsonDepth, ...positionOf(text, tooDeepAt) }));
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const located = locateJsonError(text);
    return fail(
      'not-json',
      located
        ? readingReasons.say('notJsonAt', { ...refusal, ...positionOf(text, located.index), detail: located.reason })
        : // The engine's own words only if the locator finds nothing.
          readingReasons.say('notJson', { ...refusal, detail: error instanceof Error ? error.message : String(error) }),
    );
  }

  const refused = findRefusedKey(value);
  if (refused) {
    const key = String(refused[refused.length - 1]);
    return fail(
      'refused-key',
      refused.length > 1
        ? readingReasons.say('refusedKeyAt', { ...refusal, key, path: describePath(refused.slice(0, -1), value) })
        : readingReasons.say('refusedKey', { ...refusal, key }),
    );
  }
  return { ok: true, value };
}

function fail(problem: Exclude<UntrustedJson, { ok: true }>['problem'], said: { message: string; reason: Reason }): UntrustedJson {
  return { ok: false, problem, ...said };
}

/** UTF-8 length without encoding the text, stopping as soon as it passes `limit`. */
function utf8ByteLengthUpTo(text: string, limit: number): number {
  // Every UTF-16 code unit takes at least one UTF-8 byte, so a longer text is over the limit.
  if (text.length > limit) return limit + 1;
  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= limit; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/** Index of the bracket that goes past `limit` levels, scanning outside strings; undefined if none. */
function findExcessiveNesting(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c /* \ */) index++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b /* [ */ || char === 0x7b /* { */) {
      if (++depth > limit) return index;
    } else if (char === 0x5d /* ] */ || char === 0x7d /* } */) depth--;
  }
  return undefined;
}

/** Path to the first refused key (the key last), walking iteratively: depth is already bounded. */
function findRefusedKey(root: unknown): (string | number)[] | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) stack.push({ value: item, path: [...path, index] });
    } else if (value !== null && typeof value === 'object') {
      // JSON.parse defines "__proto__" as an own key (it does not set the prototype), so keys() sees it.
      for (const key of Object.keys(value)) {
        if (refusedKeys.has(key)) return [...path, key];
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return undefined;
}

function describeValuePath(path: readonly (string | number)[]): string {
  return fieldName(path) || 'the top level';
}

/** Line and column of a character, counted the way an editor shows them. */
function positionOf(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: index - lineStart + 1 };
}
