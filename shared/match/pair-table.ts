/**
 * A map from a pair of small non-negative integers (two word numbers: a two-word phrase) to a
 * number, in three typed arrays with open addressing. A 10,000-entry library has some 300,000
 * distinct phrases: as "word word" strings in a Map they held tens of megabytes (issue 17).
 */
export class PairTable {
  #firsts: Int32Array;
  #seconds: Int32Array;
  #values: Int32Array;
  #size = 0;

  constructor(expected = 1024) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, expected * 2)));
    this.#firsts = new Int32Array(capacity).fill(-1);
    this.#seconds = new Int32Array(capacity);
    this.#values = new Int32Array(capacity);
  }

  get size(): number {
    return this.#size;
  }

  get(first: number, second: number): number | undefined {
    const slot = this.#slotOf(first, second);
    return this.#firsts[slot] === -1 ? undefined : this.#values[slot];
  }

  /** The value stored for the pair, or `value` stored for it now. */
  getOrSet(first: number, second: number, value: number): number {
    let slot = this.#slotOf(first, second);
    if (this.#firsts[slot] !== -1) return this.#values[slot]!;
    if ((this.#size + 1) * 2 > this.#firsts.length) {
      this.#grow();
      slot = this.#slotOf(first, second);
    }
    this.#firsts[slot] = first;
    this.#seconds[slot] = second;
    this.#values[slot] = value;
    this.#size++;
    return value;
  }

  /** The pairs and their values, packed for lookups only. */
  pack(): PackedPairs {
    const keys = new Float64Array(this.#size);
    let next = 0;
    for (let slot = 0; slot < this.#firsts.length; slot++)
      if (this.#firsts[slot] !== -1) keys[next++] = pairKey(this.#firsts[slot]!, this.#seconds[slot]!);
    keys.sort();
    const values = new Int32Array(keys.length);
    for (const [at, key] of keys.entries()) values[at] = this.get(Math.floor(key / pairNumbers), key % pairNumbers)!;
    return new PackedPairs(keys, values);
  }

  /** The pair's slot, or the empty slot where it would go (linear probing; the table is never over half full). */
  #slotOf(first: number, second: number): number {
    const mask = this.#firsts.length - 1;
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    slot = (slot ^ (slot >>> 15)) & mask;
    while (this.#firsts[slot] !== -1 && (this.#firsts[slot] !== first || this.#seconds[slot] !== second)) slot = (slot + 1) & mask;
    return slot;
  }

  #grow(): void {
    const [firsts, seconds, values] = [this.#firsts, this.#seconds, this.#values];
    this.#firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.#seconds = new Int32Array(firsts.length * 2);
    this.#values = new Int32Array(firsts.length * 2);
    for (let slot = 0; slot < firsts.length; slot++) {
      if (firsts[slot] === -1) continue;
      const to = this.#slotOf(firsts[slot]!, seconds[slot]!);
      this.#firsts[to] = firsts[slot]!;
      this.#seconds[to] = seconds[slot]!;
      this.#values[to] = values[slot]!;
    }
  }
}

/**
 * The pairs of a finished PairTable, packed: each pair as one number (first × 2²¹ + second),
 * sorted, beside its value. 12 bytes a pair instead of the open table's 24 to 48, and a lookup is a
 * binary search over a few hundred thousand numbers: some twenty reads, once per phrase of a post.
 */
export class PackedPairs {
  constructor(
    /** Each pair as first × 2²¹ + second, ascending (written as they are into a prebuilt index). */
    readonly keys: Float64Array,
    readonly values: Int32Array,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  get(first: number, second: number): number | undefined {
    const key = pairKey(first, second);
    const keys = this.keys;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (keys[middle]! < key) low = middle + 1;
      else high = middle;
    }
    return low < keys.length && keys[low] === key ? this.values[low] : undefined;
  }
}

/** Room for a word number in 21 bits: two of them make an exact double. */
export const pairNumbers = 2 ** 21;

export function pairKey(first: number, second: number): number {
  return first * pairNumbers + second;
}
