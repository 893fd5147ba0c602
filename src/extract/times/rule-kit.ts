// What a time rule is, and the small helpers the rule files share. A rule is a regex over a masked line
// (masked-line.ts) whose group `t` is the span a reader would quote, and a `build` step that turns the
// groups into an unresolved TimeSpec — or rejects the match when the context says it is no date.
import { normalizeArabic } from "../../text/normalize.js";
import type { MaskedLine } from "./masked-line.js";
import { type Direction, makeSpec, type TimeKind, type TimeSpec } from "./spec.js";
import { alternation, type TimeLexicon } from "./time-lexicon.js";

export interface RuleContext {
  readonly masked: MaskedLine;
  /** The raw line (offsets of `masked` point into it). */
  readonly raw: string;
  readonly lexicon: TimeLexicon;
  /** A publication-date line: two-digit years are allowed ("11-03-24"). */
  readonly dateLine: boolean;
}

export interface RuleHit {
  readonly kind: TimeKind;
  readonly spec: TimeSpec | null;
}

export interface TimeRule {
  readonly id: string;
  /** Flags "dgu": indices for the groups, global scan, Unicode. */
  readonly pattern: RegExp;
  build(match: RegExpExecArray, context: RuleContext): RuleHit | null;
}

/** Start of a word: not inside a run of letters or digits. */
export const B = "(?<![\\p{L}\\p{N}])";
/** End of a word. */
export const E = "(?![\\p{L}\\p{N}])";

export function rule(
  id: string,
  body: string,
  build: TimeRule["build"],
  options: { readonly clitics?: boolean; readonly lead?: string } = {},
): TimeRule {
  // An Arabic expression may carry a conjunction that is not part of the quote: «وخلال أسبوع»; `lead`
  // is context read but not quoted ("the" in "the 2011 uprising").
  const prefix = options.clitics ? "(?:[وف]?(?:ب(?=ال))?)" : "";
  const lead = options.lead ? `(?:${options.lead})?` : "";
  return { id, pattern: new RegExp(`${B}${prefix}${lead}(?<t>${body})${E}`, "dgu"), build };
}

export function group(match: RegExpExecArray, name: string): string | undefined {
  return match.groups?.[name];
}

export function groupStart(match: RegExpExecArray, name: string): number | undefined {
  return match.indices?.groups?.[name]?.[0];
}

/** A lexicon key from matched text: runs of white space become one space. */
export function keyOf(text: string | undefined): string {
  return (text ?? "").replace(/\s+/gu, " ").trim();
}

/** The word right before masked index `at` (without a conjunction), or "". */
export function wordBefore(context: RuleContext, at: number): string {
  const before = context.masked.text.slice(0, at).trimEnd();
  const m = /([\p{L}\p{N}'.]+)$/u.exec(before);
  return m ? m[1]! : "";
}

/** The word right after masked index `at`, or "". */
export function wordAfter(context: RuleContext, at: number): string {
  const m = /^\s*([\p{L}\p{N}'.]+)/u.exec(context.masked.text.slice(at));
  return m ? m[1]! : "";
}

/**
 * The word after masked index `at`, read from the raw text in the matching normalisation (not masked:
 * «اليوم الأول» keeps «الاول», which the number masking may have turned into "1").
 */
export function rawWordAfter(context: RuleContext, at: number): string {
  const raw = at > 0 ? context.raw.slice(context.masked.rawEnd[at - 1]) : context.raw;
  const m = /^\s*([\p{L}\p{N}'.]+)/u.exec(normalizeArabic(raw));
  return m ? m[1]! : "";
}

/** The first non-space character after masked index `at`, or "". */
export function charAfter(context: RuleContext, at: number): string {
  return /^\s*(\S?)/u.exec(context.masked.text.slice(at))?.[1] ?? "";
}

/** True when the raw text of a matched group starts with a capital letter (English names). */
export function capitalised(match: RegExpExecArray, name: string, context: RuleContext): boolean {
  const at = groupStart(match, name);
  if (at === undefined) return false;
  const raw = context.raw.charAt(context.masked.rawStart[at]!);
  return /\p{Lu}/u.test(raw);
}

const futureCache = new WeakMap<TimeLexicon, RegExp>();

/**
 * True when the sentence, up to masked index `at`, speaks of the future («من المقرر أن …», "will be
 * held"): a weekday or month named alone there is the next one.
 */
export function inFutureSentence(context: RuleContext, at: number): boolean {
  let re = futureCache.get(context.lexicon);
  if (!re) {
    // «ومن المتوقع»: the cue may carry a conjunction.
    re = new RegExp(`${B}(?:[وف])?${alternation(context.lexicon.futureCues)}${E}`, "u");
    futureCache.set(context.lexicon, re);
  }
  const before = context.masked.text.slice(0, at);
  const boundary = Math.max(...[..."!?؟؛"].map((c) => before.lastIndexOf(c)), before.search(/\.\s[^.]*$/u));
  return re.test(before.slice(boundary + 1));
}

/** The direction of a weekday or month named without one: upcoming in a sentence about the future. */
export function impliedDirection(context: RuleContext, at: number): Direction | null {
  return inFutureSentence(context, at) ? "upcoming" : null;
}

export function offsetOf(direction: Direction | undefined | null): number {
  return direction === "past" ? -1 : direction === "future" ? 1 : 0;
}

/** The month named by one or two alternatives ("مايو/أيار"); null if unknown or the two disagree. */
export function monthOf(lexicon: TimeLexicon, first?: string, second?: string): number | null {
  const a = lexicon.months.get(keyOf(first));
  if (a === undefined) return null;
  if (second === undefined) return a;
  const b = lexicon.months.get(keyOf(second));
  return b === undefined || b === a ? a : null;
}

export function dayOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const day = Number(text);
  return Number.isInteger(day) && day >= 1 && day <= 31 ? day : null;
}

export function yearOf(text: string | undefined): number | null {
  if (text === undefined) return null;
  const year = Number(text);
  return Number.isInteger(year) ? year : null;
}

export const date = (parts: Partial<TimeSpec>): RuleHit => ({ kind: "date", spec: makeSpec(parts) });
export const duration: RuleHit = { kind: "duration", spec: null };
export const timeOfDay: RuleHit = { kind: "time-of-day", spec: null };
export const unresolvedDate: RuleHit = { kind: "date", spec: null };
