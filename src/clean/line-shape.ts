import { stripClitics } from "../text/index.js";

// Shape features of one line: the cheap, language-independent evidence that tells an article's
// paragraphs from page furniture (counters, tickers, buttons) before any lexicon is consulted.

export interface LineShape {
  /** Tokens that contain a letter or a digit. */
  readonly words: number;
  readonly arabicLetters: number;
  readonly latinLetters: number;
  readonly digits: number;
  /** Ends with . ! ? ؟ … (optionally followed by closing quotes or brackets): a finished sentence. */
  readonly endsSentence: boolean;
  /** Ends with a full stop (. … ۔), not a question or exclamation mark: headlines may ask, they do not stop. */
  readonly endsWithStop: boolean;
  readonly endsWithColon: boolean;
  /** Clock times (12:33, ١٢:٣٣): a run of them marks a news ticker. */
  readonly clockTimes: number;
  /** Nothing but numbers and separators ("111", "0", "1.2K", "٣٤٥"): a share or view counter. */
  readonly isCounter: boolean;
}

const ARABIC_LETTER = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FF]/gu;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/gu;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/gu;
const CLOCK_TIME =
  /(?<![0-9\u0660-\u0669])[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}(?![0-9\u0660-\u0669])/gu;
// Closing quotes and brackets that may follow the final stop: «… انتهى».  or “… done.”
const SENTENCE_END = /[.!?؟…۔][\s"'»”’)\]]*$/u;
const FULL_STOP_END = /[.…۔][\s"'»”’)\]]*$/u;
const COUNTER = /^[\s\d\u0660-\u0669\u06F0-\u06F9.,٫٬:+%kKmM()|/\\-]+$/u;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

export function measureLine(text: string): LineShape {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return {
    words,
    arabicLetters: count(trimmed, ARABIC_LETTER),
    latinLetters: count(trimmed, LATIN_LETTER),
    digits: count(trimmed, DIGIT),
    endsSentence: SENTENCE_END.test(trimmed),
    endsWithStop: FULL_STOP_END.test(trimmed),
    endsWithColon: /[:：]\s*$/u.test(trimmed),
    clockTimes: count(trimmed, CLOCK_TIME),
    isCounter: trimmed.length > 0 && COUNTER.test(trimmed) && count(trimmed, DIGIT) > 0,
  };
}

// A paragraph of article prose. Swept on the seeds and the example corpus: 12 words catches every
// body paragraph there while related-article headlines (6–11 words) and buttons stay below it; a
// shorter line still counts when it ends like a sentence.
export const PARAGRAPH_MIN_WORDS = 12;
export const SHORT_SENTENCE_MIN_WORDS = 6;

export function isParagraphLike(shape: LineShape): boolean {
  return (
    shape.words >= PARAGRAPH_MIN_WORDS || (shape.words >= SHORT_SENTENCE_MIN_WORDS && shape.endsSentence)
  );
}

/** A finished sentence of at least three words: short closing lines of an article ("وتابع: «لن نتراجع»."). */
export function isSentenceLike(shape: LineShape): boolean {
  return shape.words >= 3 && shape.endsSentence;
}

/** "وأضاف …", "فيما …": a line opening with the conjunction و or ف carries on a text; headlines never do. */
export function startsWithConjunction(text: string): boolean {
  const firstWord = text.trim().split(/\s+/u)[0] ?? "";
  return stripClitics(firstWord).prefixes.some((p) => p === "و" || p === "ف");
}
