// The content words of a text, in a form where the variants of one word meet: the matching
// normalisation (سوريا/سورية, الديمقراطية/الديموقراطية), clitics and the article peeled off, function
// words dropped, then a light stem (data/lexicons/{ar,en}/stem-affixes.tsv). Stories and claims are
// compared on these: «توجههم» and «يتوجهوا» (their heading / they head) both give «وجه».
import { readLexiconRows } from "../core/lexicon.js";
import { stripClitics } from "./clitics.js";
import { normalizeArabic } from "./normalize.js";
import { isStopword } from "./stopwords.js";

const MIN_LETTERS = 3;
const ARABIC_LETTER = /[\u0621-\u064a]/;

interface Affixes {
  readonly suffixes: readonly string[];
  /** With the letters each must leave: a future prefix may leave a bare three-letter root. */
  readonly prefixes: readonly { readonly affix: string; readonly leaves: number }[];
}

const affixCache = new Map<string, Affixes>();

function affixes(lang: "ar" | "en"): Affixes {
  let cached = affixCache.get(lang);
  if (!cached) {
    const rows = readLexiconRows(`lexicons/${lang}/stem-affixes.tsv`);
    const pick = (kind: string) =>
      rows
        .filter((row) => row[0] === kind && row[1])
        .map((row) => normalizeArabic(row[1]!))
        .sort((a, b) => b.length - a.length);
    const prefixes = [
      ...pick("prefix").map((affix) => ({ affix, leaves: MIN_LETTERS + 1 })),
      ...pick("future").map((affix) => ({ affix, leaves: MIN_LETTERS })),
    ].sort((a, b) => b.affix.length - a.affix.length);
    cached = { suffixes: pick("suffix"), prefixes };
    affixCache.set(lang, cached);
  }
  return cached;
}

/** One suffix, then (Arabic) one prefix, off a normalised word, keeping enough of it to mean something. */
export function lightStem(word: string): string {
  const arabic = ARABIC_LETTER.test(word);
  const { suffixes, prefixes } = affixes(arabic ? "ar" : "en");
  const keep = arabic ? MIN_LETTERS : 4;
  let stem = word;
  for (const suffix of suffixes) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= keep) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  for (const { affix, leaves } of prefixes) {
    if (stem.startsWith(affix) && stem.length - affix.length >= (arabic ? leaves : keep + 1)) {
      stem = stem.slice(affix.length);
      break;
    }
  }
  return stem;
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

/** The stem a raw word gives as a content word, or "" for a number, a function word or a short word. */
function contentStem(raw: string, minLetters: number): string {
  if (!raw || /^\p{N}+$/u.test(raw)) return "";
  const stem = stripClitics(raw, { article: true }).stem;
  if (stem.length < minLetters || isStopword(stem, "ar") || isStopword(stem, "en")) return "";
  return lightStem(stem);
}

/**
 * The content words of `text` in order (repeats kept, for term frequencies): normalised, lower-cased,
 * clitics and article removed, stopwords and words under three letters dropped, light-stemmed.
 */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of normalizeArabic(text).toLowerCase().split(WORD_SPLIT)) {
    const stem = contentStem(raw, MIN_LETTERS);
    if (stem) out.push(stem);
  }
  return out;
}

/**
 * Every word of `text` in its place, as contentWords reads it, "" where it reads none: for telling which
 * content words stand next to each other. `minLetters` may let two-letter words in («الرصاص الحي»).
 */
export function contentWordSlots(text: string, minLetters = MIN_LETTERS): string[] {
  return normalizeArabic(text)
    .toLowerCase()
    .split(WORD_SPLIT)
    .filter(Boolean)
    .map((raw) => contentStem(raw, minLetters));
}
