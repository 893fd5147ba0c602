// Small, deterministic hashing for near-duplicate detection: FNV-1a over strings and MinHash signatures
// over 32-bit shingle hashes. Deterministic (fixed seeds) so the same text always gets the same
// signature and a store written by one run can be extended by the next.
import { seededRandom } from "../core/random.js";

export { seededRandom };

/** FNV-1a, 32 bits, over the UTF-16 code units of `s`. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A final avalanche (murmur3 fmix32): spreads nearby integers over the whole 32-bit range. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes of the overlapping runs of `size` words (word shingles); fewer words than that give one. */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const count = Math.max(1, words.length - size + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < Math.min(words.length, i + size); j++) h = fnv1a(words[j]!, mix32(h ^ (j - i)));
    out[i] = h;
  }
  return out;
}

/**
 * MinHash: for each of `count` random affine permutations of the 32-bit space, the smallest image of
 * any shingle. Two signatures agree in a position with probability equal to the Jaccard similarity of
 * the two shingle sets.
 */
export class MinHasher {
  readonly count: number;
  private readonly a: Uint32Array;
  private readonly b: Uint32Array;

  constructor(count: number, seed = 0x15ad) {
    this.count = count;
    const random = seededRandom(seed);
    this.a = new Uint32Array(count);
    this.b = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      this.a[i] = (Math.floor(random() * 0xffffffff) | 1) >>> 0; // odd: a bijection mod 2^32
      this.b[i] = Math.floor(random() * 0xffffffff) >>> 0;
    }
  }

  signature(shingles: Uint32Array, into: Uint32Array = new Uint32Array(this.count)): Uint32Array {
    into.fill(0xffffffff);
    for (let s = 0; s < shingles.length; s++) {
      const x = shingles[s]!;
      for (let i = 0; i < this.count; i++) {
        const h = mix32((Math.imul(this.a[i]!, x) + this.b[i]!) >>> 0);
        if (h < into[i]!) into[i] = h;
      }
    }
    return into;
  }
}

/** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
export function signatureAgreement(
  a: Uint32Array,
  aStart: number,
  b: Uint32Array,
  bStart: number,
  count: number,
): number {
  let same = 0;
  for (let i = 0; i < count; i++) if (a[aStart + i] === b[bStart + i]) same++;
  return same / count;
}
