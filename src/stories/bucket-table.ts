// A hash multimap from 32-bit keys to article numbers, in typed arrays. The LSH index holds one entry per
// article and band; at a million articles a JS Map of arrays would need gigabytes, this needs ~40 bytes
// an entry. Open addressing with linear probing over (key, head) pairs; the articles in one bucket are
// chained through `next` (newest first), so adding is O(1) and nothing is ever moved.

const EMPTY = -1;

export class BucketTable {
  private keys: Uint32Array;
  private heads: Int32Array;
  private used = 0;
  /** next[entry] = the previous entry of the same bucket, or EMPTY. */
  private next: Int32Array;
  /** value[entry] = the article number stored by that entry. */
  private values: Int32Array;
  private entries = 0;

  constructor(initialCapacity = 1024) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, initialCapacity * 2)));
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity).fill(EMPTY);
    this.next = new Int32Array(initialCapacity);
    this.values = new Int32Array(initialCapacity);
  }

  get size(): number {
    return this.entries;
  }

  add(key: number, value: number): void {
    if ((this.used + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    if (this.entries === this.values.length) this.growEntries();
    const slot = this.findSlot(key >>> 0);
    if (this.heads[slot] === EMPTY) {
      this.keys[slot] = key >>> 0;
      this.used++;
    }
    const entry = this.entries++;
    this.values[entry] = value;
    this.next[entry] = this.heads[slot]!;
    this.heads[slot] = entry;
  }

  /** Calls `visit` with each value under `key`, newest first, until it returns false or `limit` is reached. */
  forEach(
    key: number,
    visit: (value: number) => boolean | undefined,
    limit = Number.POSITIVE_INFINITY,
  ): void {
    const slot = this.findSlot(key >>> 0);
    let entry = this.heads[slot]!;
    let seen = 0;
    while (entry !== EMPTY && seen < limit) {
      if (visit(this.values[entry]!) === false) return;
      entry = this.next[entry]!;
      seen++;
    }
  }

  private findSlot(key: number): number {
    const mask = this.keys.length - 1;
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.heads[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private rehash(capacity: number): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Uint32Array(capacity);
    this.heads = new Int32Array(capacity).fill(EMPTY);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === EMPTY) continue;
      const slot = this.findSlot(oldKeys[i]!);
      this.keys[slot] = oldKeys[i]!;
      this.heads[slot] = oldHeads[i]!;
    }
  }

  private growEntries(): void {
    const size = this.values.length * 2;
    const next = new Int32Array(size);
    next.set(this.next);
    const values = new Int32Array(size);
    values.set(this.values);
    this.next = next;
    this.values = values;
  }
}
