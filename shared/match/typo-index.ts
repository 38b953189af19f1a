/**
 * Finds the library word a misspelt post word was meant to be ("benifts" → "benefit"): every
 * known word of five letters or more is stored under each of its one-letter deletions, so a
 * lookup is a handful of map reads, not a scan (the symmetric-delete method).
 */
export class TypoIndex {
  readonly #byDeletion = new Map<string, string[]>();
  readonly #known: ReadonlySet<string>;
  /** Posts repeat their misspellings: each word is looked up once per library. */
  readonly #corrections = new Map<string, string | undefined>();

  constructor(words: readonly string[]) {
    this.#known = new Set(words);
    for (const word of words) {
      if (word.length < 5 || /\d/.test(word)) continue;
      for (const variant of [word, ...deletions(word)]) {
        const list = this.#byDeletion.get(variant);
        if (list) list.push(word);
        else this.#byDeletion.set(variant, [word]);
      }
    }
  }

  /** The known word within one edit of `word` (insertion, deletion, substitution or swap), if exactly one fits. */
  correct(word: string): string | undefined {
    if (this.#known.has(word) || word.length < 5 || /\d/.test(word)) return undefined;
    if (this.#corrections.has(word)) return this.#corrections.get(word);
    if (this.#corrections.size > 10_000) this.#corrections.clear();
    const corrected = this.#closest(word);
    this.#corrections.set(word, corrected);
    return corrected;
  }

  #closest(word: string): string | undefined {
    const candidates = new Set<string>();
    for (const variant of [word, ...deletions(word)]) {
      for (const known of this.#byDeletion.get(variant) ?? []) {
        if (withinOneEdit(word, known)) candidates.add(known);
      }
    }
    return candidates.size === 1 ? [...candidates][0] : undefined;
  }
}

function deletions(word: string): string[] {
  const variants: string[] = [];
  for (let index = 0; index < word.length; index++) variants.push(word.slice(0, index) + word.slice(index + 1));
  return variants;
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
