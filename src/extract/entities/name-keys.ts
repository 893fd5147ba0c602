// Keys under which two spellings of one name meet. Matching normalisation (src/text/normalize.ts)
// already folds hamza, ta marbuta, alef maqsura and diacritics; names need two more folds that would be
// wrong for ordinary words:
// - `lightFold`: a final «يا» is written «ية» as often: «سوريا» / «سورية» (Syria), «روسيا» / «روسية».
// - `heavyFold`: transliterated and long words gain or lose a long vowel: «الديمقراطية» /
//   «الديموقراطية» (democratic), «زاخاروفا» / «زاخروفا» (Zakharova). Used only on words of six letters
//   or more and never alone on a one-word name: «الإسلامية» (Islamic) and «السلمية» (Salamiyah, a town)
//   fold to the same letters.
// `nameKey` turns a whole surface form into the key resolution compares: «عبدالحكيم الرفاعى» and
// «عبد الحكيم الرفاعي» give one key, as do «قوات سوريا الديمقراطية» and «قوات سورية الديموقراطية».
import { stripClitics } from "../../text/clitics.js";
import { normalizeArabic } from "../../text/normalize.js";

const ARABIC_LETTERS = /^[\u0621-\u064a]+$/u;
/** Long vowels a transliteration may add or drop inside a word. */
const INNER_VOWELS = /[اوي]/gu;
/** Minimum length (letters) of a word whose inner long vowels are folded; see the file comment. */
export const HEAVY_FOLD_MIN_LENGTH = 6;

/** Final «يا» → «يه» on an Arabic word (normalised input). */
export function lightFold(word: string): string {
  if (word.length > 3 && word.endsWith("يا") && ARABIC_LETTERS.test(word)) return `${word.slice(0, -2)}يه`;
  return word;
}

/** lightFold, then inner long vowels dropped from a long Arabic word (normalised input). */
export function heavyFold(word: string): string {
  const w = lightFold(word);
  if (w.length < HEAVY_FOLD_MIN_LENGTH || !ARABIC_LETTERS.test(w)) return w;
  return w[0] + w.slice(1, -1).replace(INNER_VOWELS, "") + w[w.length - 1];
}

const PUNCT = /[\p{P}\p{S}]+/gu;

/** The normalised words of a phrase: punctuation dropped, «عبد X» joined, «ابن» read as «بن». */
export function phraseWords(phrase: string): string[] {
  const words = normalizeArabic(phrase).replace(PUNCT, " ").split(" ").filter(Boolean);
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    // «عبد الحكيم» and «عبدالحكيم» are one given name, spelt both ways.
    if (w === "عبد" && k + 1 < words.length) {
      out.push(w + words[++k]!);
      continue;
    }
    out.push(w === "ابن" ? "بن" : w);
  }
  return out;
}

/**
 * The resolution key of a surface form: its words folded (first word light, the others heavy), the
 * leading proclitic of the first word stripped. Two forms with one key are one name.
 */
export function nameKey(surface: string): string {
  const words = phraseWords(surface);
  if (words.length === 0) return "";
  const first = stripClitics(words[0]!).stem;
  const head = lightFold(first || words[0]!);
  if (words.length === 1) return head;
  return [head, ...words.slice(1).map(heavyFold)].join(" ");
}

/** A word without its article: «الرقه» → «رقه»; words of three letters or fewer keep it. */
export function withoutArticle(word: string): string {
  return word.startsWith("ال") && word.length > 4 ? word.slice(2) : word;
}
