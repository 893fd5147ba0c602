// Multi-word lexicon phrases matched against the tokens of a line. A phrase is cut into tokens with the
// same tokenizer as the text ("p.m" → p . m, «في المئة» → في المئة) and each token compared in matching
// form. The first token of a phrase may carry a conjunction or preposition in the text: «وأكثر من»,
// «بنحو», «وقتل» match «أكثر من», «نحو», «قتل».
import { stripClitics } from "../../text/clitics.js";
import { normalizeArabic } from "../../text/normalize.js";
import { type Token, tokenize } from "../../text/tokenize.js";

/** Matching forms of one token. */
export interface TokenForms {
  /** Normalised (Arabic folding, lowercase). */
  readonly norm: string;
  /** Normalised, without conjunction and preposition; the article kept («وبالقصف» → «القصف»). */
  readonly bare: string;
  /** Normalised, without conjunction, preposition and article («القتلى» → «قتلى»). */
  readonly stem: string;
}

const ARABIC = /[\u0600-\u06FF]/u;

export function tokenForms(token: Token): TokenForms {
  const norm = normalizeArabic(token.text);
  if (token.kind !== "word" || !ARABIC.test(token.text)) return { norm, bare: norm, stem: norm };
  return {
    norm,
    bare: stripClitics(token.text).stem,
    stem: stripClitics(token.text, { article: true }).stem,
  };
}

/** A lexicon phrase as a list of normalised token texts. */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => normalizeArabic(t.text));
}

/** Whether `forms` of the first token match phrase word `word`. */
function firstMatches(forms: TokenForms, word: string): boolean {
  return forms.norm === word || forms.bare === word || forms.stem === word;
}

/**
 * Whether the phrase `words` occupies tokens [at, at + words.length). Only the first token may carry
 * clitics; the others must match as written (after normalisation).
 */
export function matchesAt(forms: readonly TokenForms[], at: number, words: readonly string[]): boolean {
  if (at < 0 || at + words.length > forms.length) return false;
  for (let k = 0; k < words.length; k++) {
    const f = forms[at + k]!;
    if (k === 0 ? !firstMatches(f, words[0]!) : f.norm !== words[k]) return false;
  }
  return true;
}

/** Accusative spelling of a noun with a final alif: «عاماً» → «عاما», whose base is «عام». */
export function withoutAccusative(word: string): string | null {
  return word.length > 2 && word.endsWith("ا") ? word.slice(0, -1) : null;
}
