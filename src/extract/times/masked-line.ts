// The string the time patterns run on: a line in the matching normalisation (src/text/normalize.ts)
// with every number written in words replaced by its digits, so that one pattern reads «السادس من
// آذار» (the sixth of March) and «6 آذار» alike. Each character keeps the raw span it came from, so a
// match maps back to the exact raw text.
//
// Numbers come from src/extract/numbers (findNumbers). Where it finds none, a small fallback list of
// day-of-month words (data/lexicons/{ar,en}/day-numbers.tsv) is used. Time words that contain number
// words are protected from the replacement: «تشرين الثاني» (November) is not «تشرين 2», «الأحد»
// (Sunday) is not «1», «أول أمس» (the day before yesterday) is not «1 أمس», «ساعتين» stays a dual.

import { normalizeWithMap, rawSpan } from "../../text/normalize.js";
import { findNumbers } from "../numbers/index.js";
import { alternation, type TimeLexicon } from "./time-lexicon.js";

export interface MaskedLine {
  readonly text: string;
  /**
   * Whether the line holds any time word (a month, weekday, relative word, unit, modifier, clock word).
   * Without one only digit patterns (numeric dates, years, clock times) can match, and no number words
   * are read.
   */
  readonly hasTimeWord: boolean;
  /** For each character of `text`: the raw offsets (into the string given) it stands for. */
  readonly rawStart: readonly number[];
  readonly rawEnd: readonly number[];
}

const protectedCache = new WeakMap<TimeLexicon, RegExp>();
const dayWordCache = new WeakMap<TimeLexicon, RegExp>();

const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";

function protectedPattern(lexicon: TimeLexicon): RegExp {
  let re = protectedCache.get(lexicon);
  if (!re) {
    const words = [
      ...lexicon.months.keys(),
      ...lexicon.hijriMonths.keys(),
      ...lexicon.weekdays.keys(),
      ...lexicon.relativeDays.keys(),
      ...lexicon.units.keys(),
      ...lexicon.after.keys(),
      ...lexicon.durationUnits.keys(),
      ...lexicon.dayParts.keys(),
      ...lexicon.monthParts.keys(),
      ...lexicon.clock.hour,
      ...lexicon.clock.named,
    ];
    // An Arabic word may carry a conjunction and the article: «واليومين», «بالأمس».
    const prefix = lexicon.language === "ar" ? "(?:[وفبل]?(?:ال)?)?" : "";
    re = new RegExp(`${BEFORE}${prefix}${alternation(words)}${AFTER}`, "gu");
    protectedCache.set(lexicon, re);
  }
  re.lastIndex = 0;
  return re;
}

// A fallback day word counts only where a date or a length follows: «السادس من آذار», «الثلاثين من
// الشهر», "the first of May", "two days ago" — never «اليوم الأول» (the first day) or «الفصل الثاني».
function dayWordPattern(lexicon: TimeLexicon): RegExp {
  let re = dayWordCache.get(lexicon);
  if (!re) {
    const next = alternation([
      ...lexicon.months.keys(),
      ...lexicon.after.keys(),
      ...lexicon.durationUnits.keys(),
    ]);
    const follows = `(?=\\s+(?:من|of)\\s|\\s+${next}${AFTER}|-${next}${AFTER})`;
    re = new RegExp(`${BEFORE}${alternation(lexicon.dayNumbers.keys())}${AFTER}${follows}`, "gu");
    dayWordCache.set(lexicon, re);
  }
  re.lastIndex = 0;
  return re;
}

interface Replacement {
  readonly from: number;
  readonly to: number;
  readonly digits: string;
}

export function maskLine(raw: string, lexicon: TimeLexicon): MaskedLine {
  const n = normalizeWithMap(raw);
  const length = n.text.length;
  const rawStart: number[] = [];
  const rawEnd: number[] = [];
  for (let i = 0; i < length; i++) {
    rawStart.push(n.toRaw[i]!);
    rawEnd.push(rawSpan(n, i, i + 1).end);
  }
  const covered = new Uint8Array(length);
  let hasTimeWord = false;
  for (const m of n.text.matchAll(protectedPattern(lexicon))) {
    covered.fill(1, m.index, m.index + m[0].length);
    hasTimeWord = true;
  }
  if (!hasTimeWord) return { text: n.text, hasTimeWord, rawStart, rawEnd };
  const replacements: Replacement[] = [];
  const claim = (from: number, to: number, digits: string): void => {
    if (from >= to || covered.subarray(from, to).some((c) => c !== 0)) return;
    covered.fill(1, from, to);
    replacements.push({ from, to, digits });
  };
  for (const number of findNumbers(raw)) {
    if (number.form === "digits" || !Number.isInteger(number.value) || number.value < 0) continue;
    const from = rawStart.findIndex((r) => r >= number.start);
    let to = from;
    while (to < length && rawEnd[to]! <= number.end) to++;
    if (from >= 0) claim(from, to, String(number.value));
  }
  for (const m of n.text.matchAll(dayWordPattern(lexicon))) {
    const value = lexicon.dayNumbers.get(m[0].replace(/\s+/gu, " "));
    if (value !== undefined) claim(m.index, m.index + m[0].length, String(value));
  }
  if (replacements.length === 0) return { text: n.text, hasTimeWord, rawStart, rawEnd };

  replacements.sort((a, b) => a.from - b.from);
  let text = "";
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const r of replacements) {
    text += n.text.slice(i, r.from);
    start.push(...rawStart.slice(i, r.from));
    end.push(...rawEnd.slice(i, r.from));
    text += r.digits;
    for (let k = 0; k < r.digits.length; k++) {
      start.push(rawStart[r.from]!);
      end.push(rawEnd[r.to - 1]!);
    }
    i = r.to;
  }
  text += n.text.slice(i);
  start.push(...rawStart.slice(i));
  end.push(...rawEnd.slice(i));
  return { text, hasTimeWord, rawStart: start, rawEnd: end };
}

/** The raw span of masked characters [from, to). */
export function rawRange(line: MaskedLine, from: number, to: number): { start: number; end: number } {
  return { start: line.rawStart[from]!, end: line.rawEnd[to - 1]! };
}
