// One token read as a number word. Arabic number words carry proclitics like any noun: «وثماني» (and
// eight), «بثلاثة» (with three), «الثمانية» (the eight), «للثلاثة» (to the three, the article's alef
// not written). The lexicon lists bare forms; this file peels the clitics and says which it peeled, so
// that a quoted span starts at the number itself («ثماني شاحنات», not «وثماني شاحنات»).
//
// Stripping is tried from the fewest letters up and stops at the first lexicon hit, so a word that is a
// number word as written is never split. Two guards keep ordinary words out:
//   - a two-letter stem («ست», six) takes only the conjunction: «لست» is "I am not", never ل + six;
//   - ك (like) only before the article, as in src/text/clitics.ts: «كخمسة» is rare, «كست…» words are not.
import { normalizeWithMap } from "../../text/normalize.js";
import type { Token } from "../../text/tokenize.js";
import { lookupNumberWord, type NumberWord } from "./number-words.js";

export interface WordNumber {
  readonly entry: NumberWord;
  readonly lang: "ar" | "en";
  /** The conjunction and preposition peeled off, normalised, e.g. "و", "ب", "ول", "" for none. */
  readonly prefix: string;
  /** Whether the word carries the article: «الثمانية», «للثلاثة». */
  readonly definite: boolean;
  /** Whether it is joined to what precedes by و (and): «وعشرين». */
  readonly conj: boolean;
  /** Raw offsets of the number word without its conjunction and preposition (with its article). */
  readonly start: number;
  readonly end: number;
}

const ARABIC_LETTER = /[\u0621-\u064A]/u;
const LATIN_WORD = /^[A-Za-z]+$/u;

interface Split {
  readonly conj: string;
  readonly prep: string;
  readonly article: string;
}

/** The clitic splits to try, fewest letters first. */
const SPLITS: readonly Split[] = (() => {
  const out: Split[] = [];
  for (const conj of ["", "و", "ف"]) {
    for (const prep of ["", "ب", "ل", "ك"]) {
      for (const article of ["", "ال", "ل"]) {
        if (article === "ل" && prep !== "ل") continue; // «لل» = ل + article without its alef
        if (prep === "ك" && article === "") continue;
        if (conj === "" && prep === "" && article === "") continue;
        out.push({ conj, prep, article });
      }
    }
  }
  return out.sort(
    (a, b) =>
      a.conj.length + a.prep.length + a.article.length - (b.conj.length + b.prep.length + b.article.length),
  );
})();

/**
 * Every reading of an Arabic token as a number word, the word as written first: «وأحد» normalises to
 * «واحد» (one) but is also و + «أحد» (and the one of «وأحد عشر», and eleven).
 */
function arabicWords(token: Token): WordNumber[] {
  const n = normalizeWithMap(token.text);
  const t = n.text;
  const make = (entry: NumberWord, split: Split | null): WordNumber => {
    // The span keeps the article, which belongs to the word («الثمانية»), and drops و/ب/ل before it.
    // In «للثلاثة» the article's ل doubles as the preposition's: the span starts at the second ل.
    const cut = split ? split.conj.length + split.prep.length : 0;
    return {
      entry,
      lang: "ar",
      prefix: split ? split.conj + split.prep : "",
      definite: split !== null && split.article !== "",
      conj: split?.conj === "و",
      start: token.start + n.toRaw[cut]!,
      end: token.end,
    };
  };
  const out: WordNumber[] = [];
  const direct = lookupNumberWord("ar", t);
  if (direct) out.push(make(direct, null));
  for (const split of SPLITS) {
    const head = split.conj + split.prep + split.article;
    if (!t.startsWith(head)) continue;
    const stem = t.slice(head.length);
    if (stem.length < 2) continue;
    if (stem.length === 2 && (split.prep !== "" || split.article !== "")) continue;
    const entry = lookupNumberWord("ar", stem);
    if (entry) out.push(make(entry, split));
  }
  return out;
}

/**
 * The readings of a word token as a number word, in Arabic (with clitics) or English, most likely first;
 * empty for any other word.
 */
export function wordNumbers(token: Token): WordNumber[] {
  if (token.kind !== "word") return [];
  if (ARABIC_LETTER.test(token.text)) return arabicWords(token);
  if (!LATIN_WORD.test(token.text)) return [];
  const entry = lookupNumberWord("en", token.text);
  return entry
    ? [{ entry, lang: "en", prefix: "", definite: false, conj: false, start: token.start, end: token.end }]
    : [];
}

/** A word token that is nothing but proclitics, as «الـ» in «الـ25» or «و» in «و36». */
const CLITICS_ONLY = /^([وف]?[بلك]?)(ال)?$|^([وف]?ل)(ل)$/u;

export interface CliticWord {
  /** Conjunction and preposition, normalised («و», «ب», «»). */
  readonly prefix: string;
  readonly definite: boolean;
  /** Raw offset where the article starts (the token's end when there is none). */
  readonly articleStart: number;
}

export function cliticPrefix(token: Token): CliticWord | null {
  if (token.kind !== "word") return null;
  const n = normalizeWithMap(token.text);
  const m = CLITICS_ONLY.exec(n.text);
  if (!m || n.text.length === 0) return null;
  const prefix = m[1] ?? m[3] ?? "";
  const definite = (m[2] ?? m[4]) !== undefined;
  return {
    prefix,
    definite,
    articleStart: definite ? token.start + n.toRaw[prefix.length]! : token.end,
  };
}
