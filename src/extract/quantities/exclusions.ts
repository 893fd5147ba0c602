// Figures that are not quantities: parts of dates and times, years, durations, percentages, phone
// numbers and numbers that name things. Each test returns what the figure is instead (its "reading"),
// so a caller (or a test) can say why a figure was left out.
//   date        «25 مايو», «2017/5/15», «يوم 25 الجاري», «31 من الشهر الفائت», "March 8", "11-03-2024"
//   time        «12:33», «الساعة 7», «7 مساءً», "7 p.m."
//   year        «عام 2018», a bare four-digit figure 1900–2100 with no counted noun («منذ 2018»)
//   duration    «72 ساعة», «ثلاثة أعوام», "a 72-hour truce": times, found by extract/times
//   percent     «15%», «15 في المئة», "15 percent"
//   phone       «+963 11 …», three or more bare figures in a row
//   ratio       «بثلاثة أضعاف» (threefold)
//   identifier  «القرار 2254», «الفرقة 17», "F-16", "#1", "[1]", a list item «1. …», "65UM7300"
import { blockerLexicon, monthLexicon, type Reading } from "./lexicons.js";
import { type LineContext, touching } from "./line-context.js";
import { matchesAt, withoutAccusative } from "./phrases.js";
import { lookupUnit } from "./units.js";

export type Exclusion = Reading | "phone";

const DATE_JOINERS = new Set(["/", "-", ".", "\\"]);
const DASHES = new Set(["-", "–", "—", "−"]);
const LATIN_WORD = /^[A-Za-z]+$/u;
const LATIN_START = /^[A-Za-z]/u;

function isUnitWord(word: string): boolean {
  const norm = word.toLowerCase();
  return lookupUnit({ norm, bare: norm, stem: norm }) !== undefined || /^(?:st|nd|rd|th)$/u.test(norm);
}

function isNumberToken(ctx: LineContext, i: number): boolean {
  return ctx.tokens[i]?.kind === "number";
}

/** How many figures are chained to token i by touching "/", "-" or ".": «2017/5/15» gives 3. */
function chainLength(ctx: LineContext, i: number): { length: number; joiner: string | null } {
  let length = 1;
  let joiner: string | null = null;
  for (const step of [-1, 1]) {
    let k = i;
    for (;;) {
      const sep = k + step;
      const next = k + 2 * step;
      const t = ctx.tokens[sep];
      if (!t || !DATE_JOINERS.has(t.text) || !isNumberToken(ctx, next)) break;
      if (!touching(ctx, Math.min(k, sep), Math.max(k, sep))) break;
      if (!touching(ctx, Math.min(sep, next), Math.max(sep, next))) break;
      joiner ??= t.text;
      length++;
      k = next;
    }
  }
  return { length, joiner };
}

/** Three or more bare figures in a row, or one after "+": a phone number. */
function isPhone(ctx: LineContext, first: number, last: number): boolean {
  const plus = ctx.tokens[first - 1];
  if (plus?.text === "+" && touching(ctx, first - 1, first)) return true;
  let run = 1;
  for (let k = first - 1; isNumberToken(ctx, k); k--) run++;
  for (let k = last + 1; isNumberToken(ctx, k); k++) run++;
  return run >= 3;
}

function monthAt(ctx: LineContext, at: number): number {
  for (const month of monthLexicon()) {
    if (!matchesAt(ctx.forms, at, month.words)) continue;
    if (month.capitalised && !/^[A-Z]/u.test(ctx.tokens[at]!.text)) continue;
    return month.words.length;
  }
  return 0;
}

/** A month name right after the figure, perhaps behind «من» or «من شهر»: «15 من شهر آيار». */
function monthAfter(ctx: LineContext, at: number): boolean {
  for (const lead of [[], ["من"], ["من", "شهر"], ["شهر"], ["of"]]) {
    if (lead.length > 0 && !matchesAt(ctx.forms, at, lead)) continue;
    if (monthAt(ctx, at + lead.length) > 0) return true;
  }
  return false;
}

/** A month name right before the figure, perhaps abbreviated with a period: "March 8", "Oct. 12". */
function monthBefore(ctx: LineContext, first: number): boolean {
  const end = ctx.tokens[first - 1]?.text === "." ? first - 1 : first;
  for (const month of monthLexicon()) {
    const at = end - month.words.length;
    if (at >= 0 && monthAt(ctx, at) === month.words.length) return true;
  }
  return false;
}

/** A lexicon phrase right after token `last` (also behind a hyphen: "72-hour"), accusative allowed. */
function blockerAfter(ctx: LineContext, last: number): Reading | null {
  const starts = [last + 1];
  if (DASHES.has(ctx.tokens[last + 1]?.text ?? "") && touching(ctx, last, last + 1)) starts.push(last + 2);
  for (const at of starts) {
    const forms = ctx.forms[at];
    if (!forms) continue;
    const bareAccusative = withoutAccusative(forms.norm);
    for (const b of blockerLexicon()) {
      if (b.position !== "after") continue;
      if (matchesAt(ctx.forms, at, b.words)) return b.reading;
      if (b.words.length === 1 && bareAccusative === b.words[0]) return b.reading;
    }
  }
  return null;
}

function blockerBefore(ctx: LineContext, first: number): Reading | null {
  for (const b of blockerLexicon()) {
    if (b.position === "before" && matchesAt(ctx.forms, first - b.words.length, b.words)) return b.reading;
  }
  return null;
}

/** A bare four-digit figure that reads as a year: «منذ 2018», "the 2011 uprising". */
export function looksLikeYear(raw: string, value: number): boolean {
  return /^[0-9\u0660-\u0669\u06F0-\u06F9]{4}$/u.test(raw) && value >= 1900 && value <= 2100;
}

/**
 * Why the figure on tokens [first, last] is not a quantity, or null when nothing says so. `digits` is
 * whether it is written in digits (the date, phone and year shapes apply only to those).
 */
export function exclusionOf(
  ctx: LineContext,
  first: number,
  last: number,
  digits: boolean,
): Exclusion | null {
  if (digits) {
    const chain = chainLength(ctx, first);
    if (chain.length >= 3) return "date"; // «2017/5/15», "11-03-2024", «15.5.2017»
    if (chain.length === 2 && chain.joiner === "/") return "date"; // «5/15»
    for (const [sep, other] of [
      [first - 1, first - 2],
      [last + 1, last + 2],
    ] as const) {
      const t = ctx.tokens[sep];
      if (t?.text === ":" && isNumberToken(ctx, other)) return "time"; // «12:33»
    }
    if (isPhone(ctx, first, last)) return "phone";
    const next = ctx.tokens[last + 1];
    // «1. تشغيل الآبار», "3) …": the number of an item in a list
    if (first === 0 && next && (next.text === "." || next.text === ")") && touching(ctx, last, last + 1)) {
      return "identifier";
    }
    // "[1]": a footnote
    if (ctx.tokens[first - 1]?.text === "[" && next?.text === "]") return "identifier";
    // "65UM7300", "3BDnrvkoms": digits glued to Latin letters that are not a unit («10km», "5bn" are read
    // as one figure or a unit before this point)
    if (next && touching(ctx, last, last + 1) && LATIN_START.test(next.text) && !isUnitWord(next.text)) {
      return "identifier";
    }
    const prev = ctx.tokens[first - 1];
    if (prev && touching(ctx, first - 1, first)) {
      if (prev.text === "#" || prev.text === "№") return "identifier";
      // "F-16", "S-400", "T-72": a model name
      if (DASHES.has(prev.text) && LATIN_WORD.test(ctx.tokens[first - 2]?.text ?? "")) {
        if (touching(ctx, first - 2, first - 1)) return "identifier";
      }
    }
  }
  const after = blockerAfter(ctx, last);
  if (after) return after;
  if (monthAfter(ctx, last + 1) || monthBefore(ctx, first)) return "date";
  return blockerBefore(ctx, first);
}
