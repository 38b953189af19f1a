import type { Entry } from '../schema/entry';
import { indexedText } from './library-index';

/**
 * A 53-bit hash of everything the index reads of the entries, in order (each entry's id, myth
 * wording, topics and fact side: `indexedText`, the function the index is built from), as hex.
 * A prebuilt index carries the hash of the entries it was built from, so one built from other
 * entries, or from the same ones before an edit, is never loaded for them. Two different
 * libraries sharing a hash by chance: about one in 2⁵³ per pair.
 */
export function libraryContentHash(entries: readonly Entry[]): string {
  const lanes = new Uint32Array([0xdeadbeef, 0x41c6ce57]);
  for (const entry of entries) {
    const { myth, topics, facts } = indexedText(entry);
    addText(lanes, entry.id, separators.entry);
    for (const text of myth) addText(lanes, text, separators.myth);
    for (const topic of topics) addText(lanes, topic, separators.topic);
    for (const text of facts) addText(lanes, text, separators.fact);
  }
  // cyrb53's finish: both lanes mixed into 53 bits.
  let [first, second] = [lanes[0]!, lanes[1]!];
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return (4294967296 * (2097151 & second) + (first >>> 0)).toString(16).padStart(14, '0');
}

/**
 * Code units no text holds, after each text, saying which part it was: a wording moved to the
 * fact side, or two texts joined into one, hash differently.
 */
const separators = { entry: 0xfff0, myth: 0xfff1, topic: 0xfff2, fact: 0xfff3 } as const;

function addText(lanes: Uint32Array, text: string, separator: number): void {
  let first = lanes[0]!;
  let second = lanes[1]!;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    first = Math.imul(first ^ unit, 2654435761);
    second = Math.imul(second ^ unit, 1597334677);
  }
  lanes[0] = Math.imul(first ^ separator, 2654435761);
  lanes[1] = Math.imul(second ^ separator, 1597334677);
}
