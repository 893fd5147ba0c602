// extract/numbers: every number written in a text, in digits of any script or in words, with its
// exact span. Quantities and times both read numbers through this one module.
//
//   findNumbers("قتل أكثر من 80 إرهابيا و36 مركبة وثماني شاحنات")
//     → 80 (digits), 36 (digits, prefix "و"), 8 (words «ثماني», prefix "و")
//   findNumbers("ثلاثة آلاف وأربعمائة وسبعة وخمسون") → 3457 (words)
//   findNumbers("الـ25 من آيار") → 25, ordinal      findNumbers("1.2 million") → 1200000 (mixed)
//   findVagueNumbers("عشرات المصابين") → «عشرات», conservative 10
import { scanNumbers } from "./scan.js";
import type { NumberMention, VagueNumberMention } from "./types.js";

export { asciiDigits, parseDigits } from "./digits.js";
export { type NumberLanguage, type NumberWord, type NumberWordKind, numberWords } from "./number-words.js";
export { isNumberWord } from "./scan.js";
export type { NumberMention, VagueNumberMention } from "./types.js";

/**
 * Every figure and ordinal in `text`, in text order: digits in Western, Eastern-Arabic and Persian
 * script with separators, Arabic number words in any gender and case with their compounds and scales,
 * English number words, digits with a scale word («750 ألف», "1.2 million"). Ordinals are included with
 * `ordinal: true`. Vague counts («عشرات») are not figures: see findVagueNumbers.
 */
export function findNumbers(text: string): NumberMention[] {
  return scanNumbers(text).numbers;
}

/** Every vague count in `text` («عشرات», «مئات الآلاف», «آلاف», "dozens"), in text order. */
export function findVagueNumbers(text: string): VagueNumberMention[] {
  return scanNumbers(text).vague;
}
