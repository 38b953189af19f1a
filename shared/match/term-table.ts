import type { PackedPairs } from './pair-table';

/** One term's postings: the entries holding it, ascending, with each entry's BM25 weight for it. */
export type TermPostings = { entries: Int32Array; weights: Float32Array; specific: boolean; phrase: boolean };

/** What a term is, by bits in `flags`. */
export const termFlags = { specific: 1, phrase: 2 } as const;

/**
 * One side's inverted index (the myth wording, or the fact side), flat: every term (a stem, or two stems standing together) has a
 * number (shared by both sides); its postings are `entries`/`weights` from `offsets[term]` to `offsets[term + 1]`. A
 * stem's number comes from `stems`, a phrase's from the pair of its stems' numbers, so no
 * "word word" string is kept (issue 17). `get` gives the postings of a term written as text.
 */
export class TermTable {
  constructor(
    readonly stems: ReadonlyMap<string, number>,
    readonly phrases: PackedPairs,
    readonly offsets: Int32Array,
    readonly entries: Int32Array,
    readonly weights: Float32Array,
    readonly flags: Uint8Array,
  ) {}

  /** The number of a stem ("hotel") or a phrase ("luxury hotel"), if this side of the library has it. */
  idOf(term: string): number | undefined {
    const id = this.#numberOf(term);
    return id !== undefined && this.offsets[id + 1]! > this.offsets[id]! ? id : undefined;
  }

  /** The term's number in the vocabulary both sides share. */
  #numberOf(term: string): number | undefined {
    const space = term.indexOf(' ');
    if (space < 0) return this.stems.get(term);
    const first = this.stems.get(term.slice(0, space));
    const second = first === undefined ? undefined : this.stems.get(term.slice(space + 1));
    return second === undefined ? undefined : this.phrases.get(first!, second);
  }

  has(term: string): boolean {
    return this.idOf(term) !== undefined;
  }

  /** The term's postings as views into the flat arrays (nothing copied). */
  get(term: string): TermPostings | undefined {
    const id = this.idOf(term);
    if (id === undefined) return undefined;
    const [from, to] = [this.offsets[id]!, this.offsets[id + 1]!];
    return {
      entries: this.entries.subarray(from, to),
      weights: this.weights.subarray(from, to),
      specific: (this.flags[id]! & termFlags.specific) !== 0,
      phrase: (this.flags[id]! & termFlags.phrase) !== 0,
    };
  }

  /** The term's weight for the entry at `position` (0 when the entry lacks it): a binary search of its postings. */
  weightIn(id: number, position: number): number {
    let low = this.offsets[id]!;
    let high = this.offsets[id + 1]!;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.entries[middle]! < position) low = middle + 1;
      else high = middle;
    }
    return low < this.offsets[id + 1]! && this.entries[low] === position ? this.weights[low]! : 0;
  }
}
