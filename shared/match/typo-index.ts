/**
 * Finds the library word a misspelt post word was meant to be ("benifts" → "benefit"): every
 * known word of five letters or more is stored under each of its one-letter deletions, so a
 * lookup is a handful of reads, not a scan (the symmetric-delete method).
 *
 * The deletions are kept as 32-bit hashes beside the word's number, sorted, in one typed array
 * (issue 17): a 10,000-entry library has some 30,000 such words and 300,000 deletions, which as
 * strings in a map held tens of megabytes and took seconds to build. A hash shared by chance only
 * adds a candidate that the edit-distance check then refuses: any word within one edit shares a
 * deletion with the post word, so it is found either way, and the answer is the same.
 */
export class TypoIndex {
  readonly #listWords: () => readonly string[];
  #built: BuiltTypoIndex | undefined;
  /** Posts repeat their misspellings: each word is looked up once per library. */
  readonly #corrections = new Map<string, string | undefined>();

  /**
   * The known words, or a function listing them: then the deletions are worked out on the first
   * look-up, not while the library is indexed (most posts' words are all known: issue 17).
   */
  constructor(words: readonly string[] | (() => readonly string[])) {
    this.#listWords = typeof words === 'function' ? words : () => words;
    if (typeof words !== 'function') this.#build();
  }

  #build(): BuiltTypoIndex {
    if (this.#built) return this.#built;
    const words = this.#listWords();
    const kept = words.filter(isIndexed);
    if (kept.length >= wordNumbers) throw new Error(`The typo index holds at most ${wordNumbers} words, not ${kept.length}.`);
    let count = 0;
    for (const word of kept) count += word.length + 1;
    const keys = new Float64Array(count);
    let next = 0;
    for (const [number, word] of kept.entries()) {
      for (let skipped = -1; skipped < word.length; skipped++) keys[next++] = hashWithout(word, skipped) * wordNumbers + number;
    }
    this.#built = { known: new Set(words), words: kept, byDeletion: keys.sort() };
    return this.#built;
  }

  /** The known word within one edit of `word` (insertion, deletion, substitution or swap), if exactly one fits. */
  correct(word: string): string | undefined {
    if (!isIndexed(word) || this.#build().known.has(word)) return undefined;
    if (this.#corrections.has(word)) return this.#corrections.get(word);
    if (this.#corrections.size > 10_000) this.#corrections.clear();
    const corrected = this.#closest(word);
    this.#corrections.set(word, corrected);
    return corrected;
  }

  #closest(word: string): string | undefined {
    const { words, byDeletion } = this.#build();
    const candidates = new Set<string>();
    for (let skipped = -1; skipped < word.length; skipped++) {
      const hash = hashWithout(word, skipped);
      for (let at = firstAtLeast(byDeletion, hash * wordNumbers); at < byDeletion.length; at++) {
        const key = byDeletion[at]!;
        if (Math.floor(key / wordNumbers) !== hash) break;
        const known = words[key % wordNumbers]!;
        if (withinOneEdit(word, known)) candidates.add(known);
      }
    }
    return candidates.size === 1 ? [...candidates][0] : undefined;
  }
}

/** The known words, those long enough to correct to, and their deletions' hashes × 2²¹ + word number, sorted. */
type BuiltTypoIndex = { known: ReadonlySet<string>; words: readonly string[]; byDeletion: Float64Array };

/** Room for the word's number beside a 32-bit hash in a double's 53 exact bits. */
const wordNumbers = 2 ** 21;

function isIndexed(word: string): boolean {
  return word.length >= 5 && !/\d/.test(word);
}

/** FNV-1a of the word without the character at `skipped` (-1: the whole word), with no string made. */
function hashWithout(word: string, skipped: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index++) {
    if (index === skipped) continue;
    hash = Math.imul(hash ^ word.charCodeAt(index), 0x01000193);
  }
  return hash >>> 0;
}

/** Binary search: the first position whose key is ≥ `key`. */
function firstAtLeast(keys: Float64Array, key: number): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keys[middle]! < key) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Damerau distance ≤ 1, checked directly. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
