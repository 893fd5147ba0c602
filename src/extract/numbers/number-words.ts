// The number-word lexicons (data/lexicons/{ar,en}/number-words.tsv) as lookup maps, loaded once.
// Arabic entries are keyed by their normalised form («ثلاثةُ», «ثلاثه» → «ثلاثه»); English by lowercase.
import { readLexiconRows } from "../../core/lexicon.js";
import { normalizeArabic } from "../../text/normalize.js";

export type NumberWordKind =
  | "unit"
  | "ten"
  | "teen-head"
  | "tens"
  | "hundred"
  | "hundreds"
  | "scale"
  | "scale-dual"
  | "scale-acc"
  | "scale-plural"
  | "vague"
  | "ordinal"
  | "ordinal-teen-head"
  | "dozen"
  | "article"
  | "money-scale";

export interface NumberWord {
  readonly word: string;
  readonly value: number;
  readonly kind: NumberWordKind;
}

const KINDS: ReadonlySet<string> = new Set<NumberWordKind>([
  "unit",
  "ten",
  "teen-head",
  "tens",
  "hundred",
  "hundreds",
  "scale",
  "scale-dual",
  "scale-acc",
  "scale-plural",
  "vague",
  "ordinal",
  "ordinal-teen-head",
  "dozen",
  "article",
  "money-scale",
]);

export type NumberLanguage = "ar" | "en";

const cache = new Map<NumberLanguage, ReadonlyMap<string, NumberWord>>();

function keyOf(lang: NumberLanguage, word: string): string {
  return lang === "ar" ? normalizeArabic(word) : word.toLowerCase();
}

/** The number words of `lang`, keyed by normalised form. Throws on a malformed row. */
export function numberWords(lang: NumberLanguage): ReadonlyMap<string, NumberWord> {
  let map = cache.get(lang);
  if (map) return map;
  const built = new Map<string, NumberWord>();
  const file = `lexicons/${lang}/number-words.tsv`;
  for (const [word = "", value = "", kind = ""] of readLexiconRows(file)) {
    const n = Number(value);
    if (!KINDS.has(kind) || !Number.isFinite(n)) {
      throw new Error(`data/${file}: bad row «${word}\t${value}\t${kind}»`);
    }
    built.set(keyOf(lang, word), { word, value: n, kind: kind as NumberWordKind });
  }
  map = built;
  cache.set(lang, map);
  return map;
}

/** The entry for one word (raw or normalised), or undefined. */
export function lookupNumberWord(lang: NumberLanguage, word: string): NumberWord | undefined {
  return numberWords(lang).get(keyOf(lang, word));
}
