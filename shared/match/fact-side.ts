import { termWeight } from './generic-words';
import { pairNumbers } from './pair-table';

// The fact side's BM25 parameters are the myth side's (library-index.ts).
const k1 = 1.2;
const b = 0.5;

/**
 * Each entry's fact side (fact, angles, source quotes, translated facts) as it reads: the stem
 * numbers of every text in order (texts apart by -1) and the numbers of its negated stems, with
 * how many entries hold each term. A post's fact score is needed only for the dozen entries that
 * make a final list, so nothing is inverted: per candidate, one pass over its words counts the
 * post's terms and their phrases, and the BM25 weights are worked out then, exactly as they would
 * have been stored (as 32-bit floats). The fact side is three quarters of a library's words, and
 * its phrases are mostly its own: inverted, with every phrase numbered, it held more than the rest
 * of the index together (issue 17).
 */
export class FactSide {
  constructor(
    readonly entryStarts: Int32Array,
    readonly words: Int32Array,
    readonly negatedStarts: Int32Array,
    readonly negated: Int32Array,
    readonly lengths: Float64Array,
    readonly averageLength: number,
    /** How many entries' fact sides hold each stem or negated stem, by its number. */
    readonly stemEntries: Int32Array,
    /** Phrases that two or more entries' fact sides hold, as sorted pair keys, and how many. */
    readonly phraseKeys: Float64Array,
    readonly phraseEntries: Int32Array,
  ) {}

  /** The post's terms as numbers, ready to be counted in candidates' fact sides. */
  query(terms: Iterable<string>, stems: ReadonlyMap<string, number>): FactQuery {
    const slots = new Map<number, number>();
    const list: FactQuery['terms'] = [];
    for (const term of terms) {
      const space = term.indexOf(' ');
      let key: number | undefined;
      if (space < 0) key = stems.get(term);
      else {
        const first = stems.get(term.slice(0, space));
        const second = first === undefined ? undefined : stems.get(term.slice(space + 1));
        if (second !== undefined) key = phraseKey(first!, second);
      }
      if (key === undefined) continue;
      slots.set(key, list.length);
      list.push({ term, key, phrase: space >= 0 });
    }
    return { slots, terms: list, counts: new Float64Array(list.length) };
  }

  /** BM25 of the post's terms over the fact side of the entry at `position`. */
  score(query: FactQuery, position: number): number {
    const { slots, terms, counts } = query;
    if (terms.length === 0) return 0;
    counts.fill(0);
    // A phrase of the post is two of its stems: only where both words are the post's is it looked for.
    let previous = -1;
    for (let at = this.entryStarts[position]!; at < this.entryStarts[position + 1]!; at++) {
      const word = this.words[at]!;
      const slot = word < 0 ? undefined : slots.get(word);
      if (slot === undefined) {
        previous = -1;
        continue;
      }
      counts[slot]!++;
      if (previous >= 0) {
        const phrase = slots.get(phraseKey(previous, word));
        if (phrase !== undefined) counts[phrase]!++;
      }
      previous = word;
    }
    for (let at = this.negatedStarts[position]!; at < this.negatedStarts[position + 1]!; at++) {
      const slot = slots.get(this.negated[at]!);
      if (slot !== undefined) counts[slot]!++;
    }
    const entryCount = this.lengths.length;
    const norm = k1 * (1 - b + (b * this.lengths[position]!) / this.averageLength);
    let score = 0;
    for (let slot = 0; slot < terms.length; slot++) {
      const frequency = counts[slot]!;
      if (frequency === 0) continue;
      const { term, key, phrase } = terms[slot]!;
      const df = phrase ? this.#phraseEntries(key) : this.stemEntries[key]!;
      const idf = termWeight(term) * Math.log(1 + (entryCount - df + 0.5) / (df + 0.5));
      score += Math.fround((idf * frequency * (k1 + 1)) / (frequency + norm));
    }
    return score;
  }

  #phraseEntries(key: number): number {
    const keys = this.phraseKeys;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (keys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    return low < keys.length && keys[low] === key ? this.phraseEntries[low]! : 1;
  }
}

export type FactQuery = {
  slots: Map<number, number>;
  terms: { term: string; key: number; phrase: boolean }[];
  counts: Float64Array;
};

/** A phrase's key: above every stem number, so stems and phrases share one map. */
function phraseKey(first: number, second: number): number {
  return (first + 1) * pairNumbers + second;
}

/** Reads the fact side entry by entry while the index is built. */
export class FactSideBuilder {
  readonly #entryStarts: number[] = [0];
  readonly #words: number[] = [];
  readonly #negatedStarts: number[] = [0];
  readonly #negated: number[] = [];
  readonly #lengths: number[] = [];
  readonly #stemEntries: number[] = [];
  readonly #phraseKeys: number[] = [];
  /** The last entry each stem was counted for (+1), so each entry counts a stem once. */
  #stemSeenIn = new Int32Array(1024);
  /** This entry's phrase keys, repeats included, sorted at the entry's end to count each once. */
  #entryPhrases = new Float64Array(1024);
  #phraseCount = 0;
  #entry = 0;
  #length = 0;

  /** One text: its stem numbers in order, and the numbers of its negated stems ("¬pay"). */
  addText(stems: readonly number[], negated: readonly number[]): void {
    if (stems.length === 0 && negated.length === 0) return;
    if (this.#words.length > this.#entryStarts.at(-1)!) this.#words.push(-1);
    for (let at = 0; at < stems.length; at++) {
      const stem = stems[at]!;
      if (stem >= pairNumbers) throw new Error(`The matcher numbers at most ${pairNumbers} distinct words.`);
      this.#words.push(stem);
      this.#countStem(stem);
      if (at > 0) this.#addPhrase(phraseKey(stems[at - 1]!, stem));
    }
    for (const stem of negated) {
      this.#negated.push(stem);
      this.#countStem(stem);
    }
    // As the inverted index counted them: every stem, negated stem and phrase once per occurrence.
    this.#length += stems.length + negated.length + Math.max(0, stems.length - 1);
  }

  endEntry(): void {
    this.#entryStarts.push(this.#words.length);
    this.#negatedStarts.push(this.#negated.length);
    this.#lengths.push(this.#length);
    this.#length = 0;
    const phrases = this.#entryPhrases.subarray(0, this.#phraseCount).sort();
    for (let at = 0; at < phrases.length; at++) if (at === 0 || phrases[at] !== phrases[at - 1]) this.#phraseKeys.push(phrases[at]!);
    this.#phraseCount = 0;
    this.#entry++;
  }

  #addPhrase(key: number): void {
    if (this.#phraseCount === this.#entryPhrases.length) {
      const grown = new Float64Array(this.#entryPhrases.length * 2);
      grown.set(this.#entryPhrases);
      this.#entryPhrases = grown;
    }
    this.#entryPhrases[this.#phraseCount++] = key;
  }

  #countStem(stem: number): void {
    if (stem >= this.#stemSeenIn.length) {
      const grown = new Int32Array(Math.max(stem + 1, this.#stemSeenIn.length * 2));
      grown.set(this.#stemSeenIn);
      this.#stemSeenIn = grown;
    }
    if (this.#stemSeenIn[stem] === this.#entry + 1) return;
    this.#stemSeenIn[stem] = this.#entry + 1;
    this.#stemEntries[stem] = (this.#stemEntries[stem] ?? 0) + 1;
  }

  build(stemCount: number): FactSide {
    const lengths = Float64Array.from(this.#lengths);
    let total = 0;
    for (const length of lengths) total += length;
    const stemEntries = new Int32Array(stemCount);
    for (const [stem, count] of this.#stemEntries.entries()) if (count) stemEntries[stem] = count;
    // Phrases held by one entry only are most of them: only the others are kept, with their count.
    const sorted = Float64Array.from(this.#phraseKeys).sort();
    const keys: number[] = [];
    const counts: number[] = [];
    for (let at = 0; at < sorted.length; ) {
      let end = at + 1;
      while (end < sorted.length && sorted[end] === sorted[at]) end++;
      if (end - at > 1) {
        keys.push(sorted[at]!);
        counts.push(end - at);
      }
      at = end;
    }
    return new FactSide(
      Int32Array.from(this.#entryStarts),
      Int32Array.from(this.#words),
      Int32Array.from(this.#negatedStarts),
      Int32Array.from(this.#negated),
      lengths,
      total / Math.max(lengths.length, 1),
      stemEntries,
      Float64Array.from(keys),
      Int32Array.from(counts),
    );
  }
}
