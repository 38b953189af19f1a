/**
 * Every entry's myth wordings (statement, translations, phrasings) as the numbers of their stems
 * and negated stems, each number once, in the order first read: flat typed arrays instead of a Set
 * of strings per wording (a 10,000-entry library with translations has some 150,000 wordings).
 * Short posts are matched on how much of them one wording says, and every candidate's density is
 * read from its wordings, so these are read per query without making a string.
 */
export class WordingTable {
  constructor(
    /** Entry `position`'s wordings are numbers `entryStarts[position]` to `entryStarts[position + 1]`. */
    readonly entryStarts: Int32Array,
    /** Wording `w`'s terms are `terms[termStarts[w]]` to `terms[termStarts[w + 1]]`. */
    readonly termStarts: Int32Array,
    readonly terms: Int32Array,
    /** 1 for the statement and its translations, 0 for a phrasing. */
    readonly statements: Uint8Array,
  ) {}

  /** Whether wording `wording` holds term number `term`: a wording has a few dozen terms at most. */
  has(wording: number, term: number): boolean {
    const end = this.termStarts[wording + 1]!;
    for (let at = this.termStarts[wording]!; at < end; at++) if (this.terms[at] === term) return true;
    return false;
  }

  /** Whether any wording of the entry at `position` holds the term. */
  entryHas(position: number, term: number): boolean {
    const end = this.termStarts[this.entryStarts[position + 1]!]!;
    for (let at = this.termStarts[this.entryStarts[position]!]!; at < end; at++) if (this.terms[at] === term) return true;
    return false;
  }
}

/** Collects the wordings entry by entry while the index is built. */
export class WordingTableBuilder {
  readonly #entryStarts: number[] = [0];
  readonly #termStarts: number[] = [0];
  readonly #terms: number[] = [];
  readonly #statements: number[] = [];

  /** One wording's term numbers; repeats are dropped, the first reading's order kept. */
  add(terms: readonly number[], statement: boolean): void {
    const start = this.#termStarts.at(-1)!;
    for (const term of terms) if (this.#terms.indexOf(term, start) < 0) this.#terms.push(term);
    this.#termStarts.push(this.#terms.length);
    this.#statements.push(statement ? 1 : 0);
  }

  endEntry(): void {
    this.#entryStarts.push(this.#statements.length);
  }

  build(): WordingTable {
    return new WordingTable(
      Int32Array.from(this.#entryStarts),
      Int32Array.from(this.#termStarts),
      Int32Array.from(this.#terms),
      Uint8Array.from(this.#statements),
    );
  }
}
