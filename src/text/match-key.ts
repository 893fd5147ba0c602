// The key under which lines and lexicon phrases are compared: the text stage's matching normalisation
// (hamza, alef maqsura, ta marbuta, diacritics, digits folded) with punctuation and symbols turned to
// spaces, so "اقرأ أيضاً:" and "إقرأ ايضا" meet as "اقرا ايضا".
import { normalizeArabic } from "./normalize.js";

// Every detector asks for the key of the same line, and pages of one site repeat their lines: the
// keys are memoised. The cache is dropped whole when it grows past this many entries (a batch of a
// few thousand pages), which keeps memory flat on large runs. Measured with `npm run bench`.
const CACHE_LIMIT = 200_000;
let cache = new Map<string, string>();

export function matchKey(text: string): string {
  let key = cache.get(text);
  if (key === undefined) {
    key = normalizeArabic(text)
      .replace(/[^\p{L}\p{N}*]+/gu, " ")
      .trim();
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    cache.set(text, key);
  }
  return key;
}

/** The key without digits: "111 مشاهدة" and "4 مشاهدة" are the same counter label. */
export function matchKeyWithoutDigits(text: string): string {
  return matchKey(text)
    .replace(/\p{N}+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
