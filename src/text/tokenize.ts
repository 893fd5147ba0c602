// Tokens with offsets into the ORIGINAL text (never into a normalised copy), so any token can be quoted
// exactly as the outlet wrote it.
//
// Choices the rest of the pipeline relies on:
// - An Arabic word keeps its harakat and tatweel: «الـرئيسُ» (the president, stretched and vocalised) is
//   one word token; clitics stay attached («والجيش», and the army) — `stripClitics` separates them.
// - A bare proclitic written with tatweel before a quote, as in «لـ«داعش»» (to «ISIS»), gives the word
//   «لـ», then punct «, word «داعش», punct ».
// - Numbers: a run of digits (ASCII, Eastern-Arabic ٠-٩, Persian ۰-۹) with `.` `,` `٫` `٬` INSIDE it is
//   one number token: "1,500", "2.5", «١٬٥٠٠», «٢٫٥». Other separators split: "2017/5/15" is
//   number / number / number and "15:30" is number : number, so date and time rules see the parts.
//   A trailing "." or "," is punctuation: in «قتل 12.» the number is "12".
// - A Latin word may hold digits after a letter ("G20", "F16") and an apostrophe between letters
//   ("Assad's", "don't"); a hyphen always splits ("al-Assad" is al - Assad) so gazetteers that list
//   "Assad" still match it. A currency code glued to its amount is split from it: "KD3.2" is KD then 3.2
//   (en/currency-codes.tsv).
// - URLs ("https://…", "www.…") and e-mail addresses are single symbol tokens.
// - Runs of dots ("...") are one punct token; every other punctuation character is its own token.
//   Kinds follow Unicode: "%" and «٪» are punct (Po), "+" "$" and emoji are symbols.
// Intl.Segmenter is not used: it glues a conjunction to a figure («و1,500», and 1,500, is one segment)
// and cuts URLs into pieces, so it would need the number and URL rules above anyway.

import { currencyCodeNouns } from "./currency-codes.js";

export type TokenKind = "word" | "number" | "punct" | "symbol";

export interface Token {
  readonly text: string;
  /** UTF-16 offset of the first code unit in the original text. */
  readonly start: number;
  /** UTF-16 offset just after the last code unit. */
  readonly end: number;
  readonly kind: TokenKind;
}

const URL_RE = /(?:https?:\/\/|www\.)[^\s<>"«»“”]+/iy;
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;
/** Characters a URL does not end with: in «(انظر www.example.com).» the URL stops before ")." */
const URL_TRAILING = /[.,;:!?)\]'’”»؟،؛]+$/u;

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const DIGIT = /^\p{Nd}$/u;
const PUNCT = /^\p{P}$/u;
const SPACE = /^[\s\u200b-\u200f\u2060\ufeff]$/u;
const LATIN = /^\p{Script=Latin}$/u;

const ZWNJ = 0x200c;
const ZWJ = 0x200d;

function cpAt(s: string, i: number): number {
  return s.codePointAt(i) ?? 0;
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

function isLetter(cp: number): boolean {
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) return true;
  if (cp >= 0x0621 && cp <= 0x064a) return true;
  return cp >= 0x80 && LETTER.test(String.fromCodePoint(cp));
}

function isMark(cp: number): boolean {
  if (cp >= 0x064b && cp <= 0x065f) return true;
  return cp >= 0x0300 && MARK.test(String.fromCodePoint(cp));
}

function isDigit(cp: number): boolean {
  if (cp >= 0x30 && cp <= 0x39) return true;
  return cp >= 0x80 && DIGIT.test(String.fromCodePoint(cp));
}

function isAsciiAlnum(cp: number): boolean {
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
}

function isLatinLetter(cp: number): boolean {
  return cp < 0x80 ? isAsciiAlnum(cp) && cp > 0x39 : LATIN.test(String.fromCodePoint(cp));
}

/** Separators that stay inside a number when a digit follows: "1,500", "2.5", «١٬٥٠٠», «٢٫٥». */
function isNumberSeparator(cp: number): boolean {
  return cp === 0x2c || cp === 0x2e || cp === 0x066b || cp === 0x066c;
}

function scanWord(text: string, i: number): number {
  let prevLatin = false;
  while (i < text.length) {
    const cp = cpAt(text, i);
    if (isLetter(cp)) {
      prevLatin = isLatinLetter(cp);
      i += width(cp);
    } else if (isMark(cp)) {
      i += width(cp);
    } else if (prevLatin && isDigit(cp) && cp < 0x80) {
      i += 1; // "G20"
    } else if ((cp === ZWNJ || cp === ZWJ) && isLetter(cpAt(text, i + 1))) {
      i += 1; // Persian «می‌خواهم» keeps its zero-width non-joiner inside the word
    } else if ((cp === 0x27 || cp === 0x2019) && prevLatin && isLatinLetter(cpAt(text, i + 1))) {
      i += 1; // "Assad's", "don't"
    } else {
      break;
    }
  }
  return i;
}

function scanNumber(text: string, i: number): number {
  while (i < text.length) {
    const cp = cpAt(text, i);
    if (isDigit(cp)) {
      i += width(cp);
    } else if (isNumberSeparator(cp) && isDigit(cpAt(text, i + 1))) {
      i += 1;
    } else {
      break;
    }
  }
  return i;
}

/** A symbol with the marks, variation selectors and ZWJ-joined parts of its emoji sequence. */
function scanSymbol(text: string, i: number): number {
  i += width(cpAt(text, i));
  while (i < text.length) {
    const cp = cpAt(text, i);
    if (isMark(cp) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff)) {
      i += width(cp);
    } else if (cp === ZWJ && i + 1 < text.length) {
      i += 1 + width(cpAt(text, i + 1));
    } else {
      break;
    }
  }
  return i;
}

function matchAt(re: RegExp, text: string, i: number): string | null {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/**
 * Where a Latin word glued to a number is a currency code and its amount ("KD3.2", "SAR10"), the end of the
 * code; else -1. "G20", "F16" and "MH17" are names, and stay one word.
 */
function currencyCodeEnd(text: string, start: number, end: number): number {
  // only a word that ends in a digit can hold an amount: every other word is done with in one test
  if (!isDigit(text.charCodeAt(end - 1))) return -1;
  let k = start;
  while (k < end && isLatinLetter(cpAt(text, k))) k++;
  if (k === start || k === end || !isDigit(cpAt(text, k))) return -1;
  return currencyCodeNouns().has(text.slice(start, k)) ? k : -1;
}

/** Split `text` into word, number, punct and symbol tokens; white space is skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number, kind: TokenKind): void => {
    tokens.push({ text: text.slice(start, end), start, end, kind });
  };
  let i = 0;
  while (i < text.length) {
    const cp = cpAt(text, i);
    const ch = String.fromCodePoint(cp);
    if (SPACE.test(ch)) {
      i += width(cp);
      continue;
    }
    if (isAsciiAlnum(cp)) {
      const url = matchAt(URL_RE, text, i);
      if (url) {
        const trimmed = url.replace(URL_TRAILING, "");
        push(i, i + trimmed.length, "symbol");
        i += trimmed.length;
        continue;
      }
      const email = matchAt(EMAIL_RE, text, i);
      if (email) {
        push(i, i + email.length, "symbol");
        i += email.length;
        continue;
      }
    }
    let end: number;
    let kind: TokenKind;
    if (isDigit(cp)) {
      end = scanNumber(text, i);
      kind = "number";
    } else if (isLetter(cp) || isMark(cp)) {
      end = scanWord(text, i);
      kind = "word";
      const code = currencyCodeEnd(text, i, end);
      if (code > 0) end = code; // "KD3.2": the code, then the amount as a number
    } else if (cp === 0x2e) {
      end = i + 1;
      while (text.charCodeAt(end) === 0x2e) end++;
      kind = "punct";
    } else if (PUNCT.test(ch)) {
      end = i + width(cp);
      kind = "punct";
    } else {
      end = scanSymbol(text, i);
      kind = "symbol";
    }
    push(i, end, kind);
    i = end;
  }
  return tokens;
}
