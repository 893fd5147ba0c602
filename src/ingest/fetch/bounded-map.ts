// A Map that forgets its least recently used entries past a size cap. A long crawl meets an open-ended
// number of hosts; per-host state must not grow with them.

export class BoundedMap<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #cap: number;
  readonly #canEvict: (value: V) => boolean;

  /** `canEvict` guards entries still in use (say, a host with requests queued) from being dropped. */
  constructor(cap: number, canEvict: (value: V) => boolean = () => true) {
    this.#cap = cap;
    this.#canEvict = canEvict;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      // Re-inserting moves the key to the young end of the Map's insertion order.
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size <= this.#cap) return;
    for (const [oldKey, oldValue] of this.#entries) {
      if (oldKey === key) continue;
      if (this.#canEvict(oldValue)) {
        this.#entries.delete(oldKey);
        if (this.#entries.size <= this.#cap) return;
      }
    }
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}
