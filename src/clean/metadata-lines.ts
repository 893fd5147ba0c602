// Lines that describe the article rather than tell it: author credits, date lines, outlet labels
// ("حرية برس:") and head datelines ("روك أونلاين – قامشلو"). Each detector returns what it found so
// that the document's byline and outlet can be filled from the same evidence.
import { readLexiconRows } from "../core/lexicon.js";
import { matchKey } from "../text/match-key.js";
import type { LineShape } from "./line-shape.js";

export interface MetadataFinding {
  readonly kind: "byline" | "credit" | "date" | "outlet-label" | "dateline";
  /** The author (byline), the outlet (outlet-label, dateline) or null. */
  readonly value: string | null;
  /** A dateline's other side when it is a person rather than a place ("الواحة بريس - عبد الإله أوزين"). */
  readonly author?: string;
}

let bylinePrefixes: { key: string; kind: "byline" | "credit"; maxWords: number }[] | undefined;
let roleWords: string[] | undefined;
let creditPhrases: string[] | undefined;
let places: Set<string> | undefined;
let dateWords: Set<string> | undefined;

function loadBylinePrefixes() {
  bylinePrefixes ??= ["lexicons/ar/bylines.tsv", "lexicons/en/bylines.tsv"]
    .flatMap((file) => readLexiconRows(file))
    .filter(([, kind]) => kind === "byline" || kind === "credit")
    .map(
      ([prefix = "", kind, limit]) =>
        ({
          key: matchKey(prefix),
          kind: kind === "credit" ? "credit" : "byline",
          maxWords: limit ? Number(limit) : BYLINE_MAX_WORDS,
        }) as const,
    )
    .filter((p) => p.key)
    .sort((a, b) => b.key.length - a.key.length);
  return bylinePrefixes;
}

export function isKnownPlace(name: string): boolean {
  places ??= new Set(
    ["lexicons/ar/dateline-places.tsv", "lexicons/en/dateline-places.tsv"].flatMap((file) =>
      readLexiconRows(file).flatMap((row) => row.map(matchKey)),
    ),
  );
  return places.has(matchKey(name));
}

// Calendar words (months, weekdays) make a line a date; filler words ("نشر في", "آخر تحديث", "ago")
// may stand beside them.
const CALENDAR_FILES = [
  "lexicons/ar/months.tsv",
  "lexicons/en/months.tsv",
  "lexicons/ar/weekdays.tsv",
  "lexicons/ar/hijri-months.tsv",
  "lexicons/en/weekdays.tsv",
];
const FILLER_FILES = ["lexicons/ar/date-line-words.txt", "lexicons/en/date-line-words.txt"];
let calendarWords: Set<string> | undefined;

function wordsOf(files: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const file of files) {
    for (const row of readLexiconRows(file)) {
      const name = row.length > 1 ? row[1] : row[0];
      for (const word of matchKey(name ?? "").split(" ")) if (word) words.add(word);
    }
  }
  return words;
}

function loadDateWords(): { calendar: Set<string>; all: Set<string> } {
  calendarWords ??= wordsOf(CALENDAR_FILES);
  dateWords ??= new Set([...calendarWords, ...wordsOf(FILLER_FILES)]);
  return { calendar: calendarWords, all: dateWords };
}

// Author credits are short: "كتب: سامي خليل", "By Jane Doe | Reuters". Longer lines starting with
// "كتب" are prose ("كتب الوزير في تغريدة أن …").
export const BYLINE_MAX_WORDS = 8;

export function detectByline(text: string, shape: LineShape): MetadataFinding | null {
  const key = matchKey(text);
  for (const prefix of loadBylinePrefixes()) {
    if (!key.startsWith(`${prefix.key} `) || shape.words > prefix.maxWords) continue;
    if (prefix.kind === "credit") {
      // "المصدر: وكالات" needs its colon; a long credit line ("Reporting by …; Editing by …") does not.
      const hasColon = colonAfterPrefix(text, prefix.key);
      return hasColon || prefix.maxWords > BYLINE_MAX_WORDS ? { kind: "credit", value: null } : null;
    }
    if (shape.endsSentence) return null;
    // The colon must follow the prefix itself ("كتب: …"), not a clock time later ("في 3:14 م").
    const hasColon = colonAfterPrefix(text, prefix.key);
    const rest = hasColon ? text.slice(text.search(/[:：]/u) + 1) : stripWords(text, prefix.key);
    const value = cleanName(cutAtDate(rest));
    // Without a colon only a name may follow: at most four words ("بقلم نور حداد").
    if (!value || (!hasColon && value.split(/\s+/u).length > 4)) continue;
    return { kind: "byline", value };
  }
  return postedBy(text, shape) ?? nameWithRole(text, shape) ?? creditPhrase(key, shape);
}

// "Associated Press writer Claire Dumont in Paris contributed to this report."
export const CREDIT_PHRASE_MAX_WORDS = 20;

function creditPhrase(key: string, shape: LineShape): MetadataFinding | null {
  if (shape.words > CREDIT_PHRASE_MAX_WORDS) return null;
  creditPhrases ??= ["lexicons/ar/bylines.tsv", "lexicons/en/bylines.tsv"]
    .flatMap((file) => readLexiconRows(file))
    .filter(([, kind]) => kind === "credit-phrase")
    .map(([phrase = ""]) => matchKey(phrase));
  const padded = ` ${key} `;
  return creditPhrases.some((p) => padded.includes(` ${p} `)) ? { kind: "credit", value: null } : null;
}

// "Martin Okafor, Transport correspondent", "سامي خليل - مراسل الموقع في حلب": a name, then a job title.
export const NAME_WITH_ROLE_MAX_WORDS = 8;

function nameWithRole(text: string, shape: LineShape): MetadataFinding | null {
  if (shape.words > NAME_WITH_ROLE_MAX_WORDS || shape.endsSentence) return null;
  roleWords ??= ["lexicons/ar/bylines.tsv", "lexicons/en/bylines.tsv"]
    .flatMap((file) => readLexiconRows(file))
    .filter(([, kind]) => kind === "role")
    .map(([word = ""]) => matchKey(word));
  const parts = text.split(/\s*[,،]\s*|\s+[-–—|]\s+/u);
  if (parts.length !== 2) return null;
  const [name = "", role = ""] = parts;
  const roleKey = ` ${matchKey(role)} `;
  if (name.split(/\s+/u).length > 4 || !roleWords.some((w) => roleKey.includes(` ${w} `))) return null;
  return { kind: "byline", value: cleanName(name) };
}

// "Posted on September 24, 2025 by Dana Whitfield", "Published 3 May 2024 by Sam Ortiz".
const POSTED_BY =
  /^(?:posted|published|updated)\b.{0,40}?\bby\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s*$/u;

function postedBy(text: string, shape: LineShape): MetadataFinding | null {
  if (shape.words > 12) return null;
  const match = POSTED_BY.exec(text.trim().replace(/^./u, (c) => c.toLowerCase()));
  return match?.[1] ? { kind: "byline", value: match[1] } : null;
}

/** "سلمى الراشد في 20 سبتمبر 2025" → "سلمى الراشد": a byline often runs on into the date. */
function cutAtDate(text: string): string {
  // "… في 20 سبتمبر", "… on Sept 24", a digit, a separator, or a comma before a role or place
  // ("Hannah Mercer, Africa correspondent").
  const cut = text.search(/\s(?:في|on|at)\s+[\p{N}\p{L}]*\s*[\p{N}]|[\p{N}]|\s[|•·]\s|[,،]/u);
  return cut > 0 ? text.slice(0, cut) : text;
}

function colonAfterPrefix(text: string, prefixKey: string): boolean {
  const words = prefixKey.split(" ").length;
  const head = text
    .trim()
    .split(/\s+/u)
    .slice(0, words + 1)
    .join(" ");
  const colon = head.search(/[:：]/u);
  return (
    colon >= 0 &&
    colon <= head.length - 1 &&
    !/\p{N}[:：]/u.test(head.slice(Math.max(0, colon - 1), colon + 1))
  );
}

// A date line: short, and made of dates only ("الثلاثاء 12 آذار 2024", "Published: 3 March 2024 09:12",
// "منذ 3 ساعات"). At least two thirds of its words must be numbers or date words.
export const DATE_LINE_MAX_WORDS = 12;

export function detectDateLine(text: string, shape: LineShape): MetadataFinding | null {
  if (shape.words > DATE_LINE_MAX_WORDS || shape.digits === 0) return null;
  const words = matchKey(text).split(" ").filter(Boolean);
  const { calendar, all: known } = loadDateWords();
  const datey = words.filter(
    // "1446هـ", "2024م": a year with its era letter counts as a number.
    (w) =>
      /^\p{N}+(?:ه|م)?$/u.test(w) ||
      known.has(w) ||
      (w.length > 2 && known.has(w.replace(/^(و|ب|ل|في)/u, ""))),
  );
  // "4 minute read" has a number and a time word but no date; "منذ 3 ساعات" is a relative date.
  const hasCalendarWord =
    words.some((w) => calendar.has(w) || w === "منذ" || w === "ago") ||
    /[0-9٠-٩۰-۹]{4}|[0-9٠-٩۰-۹]{1,2}[/.-][0-9٠-٩۰-۹]{1,2}[/.-][0-9٠-٩۰-۹]{2,4}/u.test(text);
  if (!hasCalendarWord) return null;
  return datey.length * 3 >= words.length * 2 ? { kind: "date", value: null } : null;
}

// "حرية برس:" alone on a line: an outlet label, or (for a known place) a dateline.
export const LABEL_MAX_WORDS = 5;

export function detectOutletLabel(text: string, shape: LineShape): MetadataFinding | null {
  if (!shape.endsWithColon || shape.words > LABEL_MAX_WORDS || shape.words === 0) return null;
  const name = cleanName(text.replace(/[:：]\s*$/u, ""));
  if (!name) return null;
  return isKnownPlace(name) ? { kind: "dateline", value: null } : { kind: "outlet-label", value: name };
}

// "روك أونلاين – قامشلو", "دمشق - سانا", "BEIRUT (Reuters)", "Meridian News, Amman", "كوستي: الضفتين",
// "الرياض – فهد العتيبي", "حلب – خاص سنابل الحرية": a short head line of two parts, one a known place.
// The other part is the outlet when it is named like one (one word, quoted, شبكة/Gazette …, or after
// خاص "exclusive to"), and the author when it is a plain name of two to four words.
export const DATELINE_MAX_WORDS = 7;
// With a colon or a comma between the parts the line must be shorter: "دمشق: انقطاع الكهرباء عن أحياء"
// is a headline.
export const LOOSE_DATELINE_MAX_WORDS = 4;

export function detectHeadDateline(text: string, shape: LineShape): MetadataFinding | null {
  if (shape.words > DATELINE_MAX_WORDS || shape.endsSentence) return null;
  const body = text.replace(/[:：]\s*$/u, "");
  let parts = splitParts(body, /\s+[-–—|]\s+|\s*[–—|]\s*|\s*\(\s*|\s*\)\s*/u);
  if (parts.length !== 2 && shape.words <= LOOSE_DATELINE_MAX_WORDS)
    parts = splitParts(body, /\s*[:：,،]\s*/u);
  if (parts.length !== 2) return null;
  const [first = "", second = ""] = parts;
  if (first.split(/\s+/u).length > 4 || second.split(/\s+/u).length > 4) return null;
  if (isKnownPlace(first)) return datelineBeside(second);
  if (isKnownPlace(second)) return datelineBeside(first);
  return null;
}

function splitParts(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((p) => p.trim())
    .filter(Boolean);
}

const EXCLUSIVE = /^خاص\s*(?:لـ?\s*)?/u;

function datelineBeside(other: string): MetadataFinding {
  if (EXCLUSIVE.test(other)) {
    const outlet = cleanName(other.replace(EXCLUSIVE, ""));
    return { kind: "dateline", value: outlet || null };
  }
  const name = cleanName(other);
  const words = name.split(/\s+/u).length;
  if (words === 1 || /^["«“]/u.test(other) || hasOutletForm(name)) return { kind: "dateline", value: name };
  return { kind: "dateline", value: null, author: name };
}

let outletHeads: Set<string> | undefined;

/** "شبكة الجنوب اليوم", "الواحة بريس", "صنين تي في", "The Levant Ledger": named like an outlet. */
export function hasOutletForm(name: string): boolean {
  outletHeads ??= new Set(readLexiconRows("lexicons/ar/outlet-heads.txt").map(([w = ""]) => matchKey(w)));
  const words = matchKey(name).split(" ");
  if (words.length < 2) return false;
  const lastTwo = words.slice(-2).join(" ");
  if (outletHeads.has(words[words.length - 1]!) || outletHeads.has(lastTwo)) return true;
  // A head word followed only by adjectives is a description, not a name: "صحيفة عربية دولية" (an
  // international Arab newspaper), "موقع إخباري يمني مستقل"; "صحيفة الوادي" names one.
  if (!outletHeads.has(words[0]!)) return false;
  // Adjectives are told by their written ending, before normalisation folds ى into ي ("المدى" is a name).
  const written = name
    .trim()
    .replace(/[\u064B-\u065F\u0640]/gu, "")
    .split(/\s+/u)
    .slice(1);
  return !written.every((word, k) => isDescriptiveAdjective(word, words[k + 1] ?? ""));
}

// Relational adjectives end in ي/ية: عربي، دولية، إخبارية، يمني، ثقافية.
function isDescriptiveAdjective(written: string, key: string): boolean {
  return /(?:ي|ية)$/u.test(written) || DESCRIPTIVE_WORDS.has(key);
}
const DESCRIPTIVE_WORDS = new Set(["مستقل", "مستقله", "حر", "حره", "شامل", "شامله", "الكترونيه"]);

function stripWords(text: string, prefixKey: string): string {
  return text.trim().split(/\s+/u).slice(prefixKey.split(" ").length).join(" ");
}

/** Trim punctuation, separators and quote marks around a name ("محمد علاء |" → "محمد علاء"). */
export function cleanName(text: string): string {
  return text
    .replace(/^[\s"'«»“”‘’:：|/\\\-–—•·]+/u, "")
    .replace(/[\s"'«»“”‘’:：|/\\\-–—•·,،.]+$/u, "")
    .trim();
}
