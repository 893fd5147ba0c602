// Arabic pages saved before UTF-8 won are in windows-1256 (Windows, most Arabic news sites until the
// 2010s) or ISO-8859-6 (older Unix and mail). Both put the Arabic letters in 0xC1–0xFF but disagree
// from 0xD7 on: cp1256 0xE1 is ل (lam), ISO-8859-6 0xE1 is ف (feh); cp1256 has French letters
// (é è ç) between its Arabic letters and the « » quotes, ISO-8859-6 leaves half its upper range
// unassigned. Every byte string decodes without error in cp1256, so "does it decode" says nothing:
// we decode with both and score how Arabic the result looks. The wrong guess is glaring: ISO bytes
// read as cp1256 put Latin letters inside Arabic words ("çè" for "هو"), cp1256 bytes read as ISO
// turn ك ف ق غ into U+FFFD.
//
// chardet (ICU's n-gram detector) is asked only to break a tie, e.g. a short text whose bytes all lie
// in 0xC1–0xD6, where both encodings agree and the decoded text is the same.

import { analyse } from "chardet";

export type LegacyArabicEncoding = "windows-1256" | "iso-8859-6";

export interface LegacyScore {
  readonly encoding: LegacyArabicEncoding;
  readonly text: string;
  /** (plausible − implausible) / non-ASCII characters: higher is more Arabic-looking. */
  readonly score: number;
  /** Weighted implausible characters / non-ASCII characters. */
  readonly badShare: number;
}

/**
 * Highest weighted share of implausible characters for a decoding to be accepted. Genuine Arabic text
 * scores 0 to 1% here (a stray haraka after a space, a Latin letter glued to an Arabic word); the
 * wrong one of the two encodings scores 20% and more on any sentence, and random bytes above 15%.
 */
export const MAX_BAD_SHARE = 0.05;

/** Scores closer than this count as a tie, decided by chardet's hint, then by windows-1256. */
const TIE = 0.01;

const CANDIDATES: readonly LegacyArabicEncoding[] = ["windows-1256", "iso-8859-6"];

/** The best plausible decoding, or null when none is; `scores` shows both (for tests and debugging). */
export function decodeLegacyArabic(bytes: Uint8Array): {
  readonly best: LegacyScore | null;
  readonly scores: readonly LegacyScore[];
} {
  const scores = CANDIDATES.map((encoding) =>
    scoreDecoding(encoding, new TextDecoder(encoding).decode(bytes)),
  );
  const plausible = scores.filter((s) => s.badShare <= MAX_BAD_SHARE).sort((a, b) => b.score - a.score);
  const [first, second] = plausible;
  if (!first) return { best: null, scores };
  if (second && first.score - second.score < TIE) {
    const hint = chardetPreference(bytes);
    return { best: plausible.find((s) => s.encoding === hint) ?? first, scores };
  }
  return { best: first, scores };
}

export function scoreDecoding(encoding: LegacyArabicEncoding, text: string): LegacyScore {
  let nonAscii = 0;
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
    if (c === 0xfffd) {
      // An unassigned byte: ISO-8859-6 has 76 of them, so this is the main sign of a wrong guess.
      bad += 3;
    } else if (c <= 0x9f) {
      // C1 controls: ISO-8859-6 maps 0x80–0x9F to them, cp1256 to letters and punctuation.
      bad += 2;
    } else if (isArabicLetter(c)) {
      good++;
      // "ن" glued to "Espa" + "a": a Latin-1 page read as Arabic, not an Arabic page.
      if (isAsciiLetter(prev) || isAsciiLetter(next)) bad++;
    } else if (isArabicMark(c)) {
      // Harakat follow a letter (or another haraka: shadda + fatha); tanween ends a word.
      if (!isArabicLetter(prev) && !isArabicMark(prev)) bad++;
      else if (isTanween(c) && isArabicLetter(next)) bad++;
      else good++;
    } else if (isArabicPunctuation(c)) {
      good++;
    } else if (isLatinLetter(c)) {
      // "é" in "café" is fine in cp1256 (it has French letters for Maghreb pages); "ç" inside an
      // Arabic word is ISO-8859-6 ه read as cp1256.
      if (isArabicLetter(prev) || isArabicLetter(next) || isArabicMark(next)) bad += 2;
    }
    // Anything else (“ ” – … « » × NBSP ZWNJ) is neutral: plausible in any text, proof of nothing.
  }
  if (nonAscii === 0) return { encoding, text, score: 0, badShare: 0 };
  return { encoding, text, score: (good - bad) / nonAscii, badShare: bad / nonAscii };
}

function chardetPreference(bytes: Uint8Array): LegacyArabicEncoding {
  for (const match of analyse(bytes)) {
    if (match.name === "windows-1256") return "windows-1256";
    if (match.name === "ISO-8859-6") return "iso-8859-6";
  }
  return "windows-1256";
}

/** Arabic letters, including the Persian/Urdu ones cp1256 carries (پ چ ژ گ ک ی ے). */
function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3);
}

/** Fathatan … sukun. */
function isArabicMark(c: number): boolean {
  return c >= 0x064b && c <= 0x0652;
}

function isTanween(c: number): boolean {
  return c >= 0x064b && c <= 0x064d;
}

/** ، ؛ ؟ tatweel, Arabic-Indic digits. */
function isArabicPunctuation(c: number): boolean {
  return c === 0x060c || c === 0x061b || c === 0x061f || c === 0x0640 || (c >= 0x0660 && c <= 0x0669);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Latin-1 letters (not × ÷) and the Œ œ ƒ of cp1256's 0x80–0x9F. */
function isLatinLetter(c: number): boolean {
  return (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 0x0152 || c === 0x0153 || c === 0x0192;
}
