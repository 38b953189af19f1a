import type { Sandwich, SectionId } from '../../schema/draft';
import { sectionForKey } from './model-draft-schema';

/** The sections read so far, and which of them the model has finished (in the order it did). */
export type PartialSections = { sections: Partial<Sandwich>; complete: SectionId[] };

const escapes: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Reads the sections out of a JSON object the model is still writing, so the person sees the
 * draft grow section by section instead of staring at a spinner. Keys may come in any order;
 * anything before the object (a code fence, "Here is the JSON:") is skipped; the last section
 * may be cut anywhere, even inside an escape. Only the first object counts, as in the answer.
 */
export function readPartialSections(jsonSoFar: string): PartialSections {
  const sections: Partial<Sandwich> = {};
  let complete: SectionId[] = [];
  const text = jsonSoFar;
  let index = text.indexOf('{');
  if (index < 0) return { sections, complete };
  index++;
  while (index < text.length) {
    index = skipWhile(text, index, /[\s,]/);
    if (text[index] !== '"') break; // the end of the object, or not JSON any more
    const key = readString(text, index);
    if (!key.closed) break;
    index = skipWhile(text, key.end, /\s/);
    if (text[index] !== ':') break;
    index = skipWhile(text, index + 1, /\s/);
    if (index >= text.length) break;
    const section = sectionForKey(key.value);
    if (text[index] !== '"') {
      const end = skipValue(text, index);
      if (end === undefined) break;
      index = end;
      continue;
    }
    const value = readString(text, index);
    if (section) {
      // A repeated key wins, as it does for JSON.parse.
      sections[section] = value.value;
      complete = complete.filter((id) => id !== section);
      if (value.closed) complete.push(section);
    }
    if (!value.closed) break;
    index = value.end;
  }
  return { sections, complete };
}

/** A JSON string starting at the quote at `start`: its text so far and whether it has ended. */
function readString(text: string, start: number): { value: string; closed: boolean; end: number } {
  let value = '';
  let index = start + 1;
  while (index < text.length) {
    const character = text[index]!;
    if (character === '"') return { value, closed: true, end: index + 1 };
    if (character !== '\\') {
      value += character;
      index++;
      continue;
    }
    const code = text[index + 1];
    if (code === undefined) break; // cut inside an escape: wait for the rest
    if (code === 'u') {
      const hex = text.slice(index + 2, index + 6);
      if (hex.length < 4) break;
      value += /^[0-9a-f]{4}$/i.test(hex) ? String.fromCharCode(parseInt(hex, 16)) : hex;
      index += 6;
      continue;
    }
    value += escapes[code] ?? code;
    index += 2;
  }
  // Half of a surrogate pair shows as a broken character until its other half arrives.
  if (/[\uD800-\uDBFF]$/.test(value)) value = value.slice(0, -1);
  return { value, closed: false, end: text.length };
}

/** Skips a value that is not a string (a number, a nested object…); undefined while it is unfinished. */
function skipValue(text: string, start: number): number | undefined {
  let depth = 0;
  let index = start;
  while (index < text.length) {
    const character = text[index]!;
    if (character === '"') {
      const string = readString(text, index);
      if (!string.closed) return undefined;
      index = string.end;
      continue;
    }
    if (character === '{' || character === '[') depth++;
    else if (character === '}' || character === ']') {
      if (depth === 0) return index; // the end of the enclosing object
      depth--;
      if (depth === 0) return index + 1;
    } else if (character === ',' && depth === 0) return index;
    index++;
  }
  return undefined;
}

function skipWhile(text: string, start: number, pattern: RegExp): number {
  let index = start;
  while (index < text.length && pattern.test(text[index]!)) index++;
  return index;
}
