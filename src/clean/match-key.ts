// The key under which lines and lexicon phrases are compared: the text stage's matching normalisation
// (hamza, alef maqsura, ta marbuta, diacritics, digits folded) with punctuation and symbols turned to
// spaces, so "اقرأ أيضاً:" and "إقرأ ايضا" meet as "اقرا ايضا".
import { normalizeArabic } from "../text/index.js";

export function matchKey(text: string): string {
  return normalizeArabic(text)
    .replace(/[^\p{L}\p{N}*]+/gu, " ")
    .trim();
}

/** The key without digits: "111 مشاهدة" and "4 مشاهدة" are the same counter label. */
export function matchKeyWithoutDigits(text: string): string {
  return matchKey(text)
    .replace(/\p{N}+/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
