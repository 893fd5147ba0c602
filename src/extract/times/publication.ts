// A document's own publication date, from its own evidence only (the batch step in src/resolve/ may
// lend one later). In order:
// 1. metadata: a date the ingest stage read from HTML metadata (a later issue: passed in, or already on
//    the document with publishedFrom "metadata");
// 2. a date line printed on the page (date-lines.ts);
// 3. the text: a relative day stated with its full date («أمس الأربعاء 6 آذار 2024» → 7 March), or a
//    relative day with its weekday («اليوم الخميس», «أمس الأربعاء» → today is a Thursday) together with
//    the full dates the text states: today is the first such weekday on or after the latest of them
//    (a report of «2017/5/31» that says «اليوم الخميس» was written on Thursday 1 June 2017).
// The latest full date alone is not a publication date — a page about 6 March 2024 may have been
// written weeks later — so without a weekday cue `published` stays null (and the text's explicit
// dates only lend a year to the day-months written without one; see latestExplicitDate).
import type { Document } from "../../core/types.js";
import { addDays, dayNumber, formatDate, fullDate, isoWeekday, parsePartial, type YMD } from "./calendar.js";
import { publicationDateFromLines } from "./date-lines.js";
import { resolveTimeSpec } from "./resolve-spec.js";
import { isExplicitFullDate, type TimeMention } from "./spec.js";

export type PublishedBasis = "metadata" | "date-line" | "text" | "batch";

export interface OwnPublicationDate {
  readonly published: string | null;
  readonly basis: Exclude<PublishedBasis, "batch"> | null;
  /** Why, in one line: which line or phrase gave the date, or why there is none. */
  readonly reason: string;
}

/** The weekday "today" must be for a relative-day mention with a weekday, or null. */
export function todayWeekday(mention: TimeMention): number | null {
  const spec = mention.spec;
  if (mention.kind !== "date" || !spec || spec.shift?.unit !== "day" || spec.weekday === null) return null;
  return ((((spec.weekday - 1 - spec.shift.offset) % 7) + 7) % 7) + 1;
}

/** "Today" stated outright: a relative day with its full date («اليوم 7 آذار 2024»), or null. */
export function statedToday(mention: TimeMention): string | null {
  const spec = mention.spec;
  if (mention.kind !== "date" || !spec || spec.shift?.unit !== "day" || !isExplicitFullDate(spec))
    return null;
  const value = fullDate(parsePartial(resolveTimeSpec(spec, null)));
  return value ? formatDate(addDays(value, -spec.shift.offset)) : null;
}

function explicitDates(mentions: readonly TimeMention[]): YMD[] {
  return mentions
    .filter((m) => m.kind === "date" && isExplicitFullDate(m.spec))
    .map((m) => fullDate(parsePartial(resolveTimeSpec(m.spec!, null))))
    .filter((d): d is YMD => d !== null);
}

// A wire lead opens with its dateline: "PORT-AU-PRINCE, Haiti, Friday 22 March 2024 (Caribbean Wire) —",
// "بغداد، الأحد 9 شباط 2025 (نبأ) -". A full date before the dash, within this many characters of the
// start of the first body line, is the date the story was filed.
export const DATELINE_PREFIX_MAX_CHARS = 90;
const DATELINE_DASH = /\s[-–—]\s/u;

function datelineDate(
  document: Document,
  mentions: readonly TimeMention[],
): { date: string; text: string } | null {
  const lead = document.lines.find((l) => l.role === "body");
  if (!lead) return null;
  const dash = lead.text.search(DATELINE_DASH);
  if (dash < 0 || dash > DATELINE_PREFIX_MAX_CHARS) return null;
  const prefixEnd = lead.start + dash;
  for (const m of mentions) {
    if (m.line !== lead.n || m.kind !== "date" || m.end > prefixEnd || !isExplicitFullDate(m.spec)) continue;
    const date = fullDate(parsePartial(resolveTimeSpec(m.spec!, null)));
    if (date) return { date: formatDate(date), text: m.text };
  }
  return null;
}

export function inferPublicationDate(
  document: Document,
  mentions: readonly TimeMention[],
  options: { readonly metadataDate?: string | null } = {},
): OwnPublicationDate {
  const metadata =
    options.metadataDate ?? (document.publishedFrom === "metadata" ? document.published : null);
  if (fullDate(parsePartial(metadata))) {
    return { published: metadata!, basis: "metadata", reason: "page metadata" };
  }
  const printed = publicationDateFromLines(document);
  if (printed) {
    return {
      published: printed.date,
      basis: "date-line",
      reason: `date line ${printed.line}: ${printed.text}`,
    };
  }

  const inDateline = datelineDate(document, mentions);
  if (inDateline) {
    return {
      published: inDateline.date,
      basis: "date-line",
      reason: `dateline of the lead: ${inDateline.text}`,
    };
  }

  const stated = [...new Set(mentions.map(statedToday).filter((d): d is string => d !== null))];
  const weekdays = [...new Set(mentions.map(todayWeekday).filter((w): w is number => w !== null))];
  if (stated.length > 1)
    return { published: null, basis: null, reason: `texts state different days: ${stated}` };
  if (weekdays.length > 1) return { published: null, basis: null, reason: "weekday cues disagree" };
  if (stated.length === 1) {
    const today = fullDate(parsePartial(stated[0]))!;
    if (weekdays.length === 1 && isoWeekday(today) !== weekdays[0]) {
      return { published: null, basis: null, reason: "stated day and weekday cue disagree" };
    }
    return { published: stated[0]!, basis: "text", reason: "a relative day stated with its date" };
  }
  if (weekdays.length === 0)
    return { published: null, basis: null, reason: "no date line and no weekday cue" };
  const dates = explicitDates(mentions);
  if (dates.length === 0)
    return { published: null, basis: null, reason: "weekday cue without any full date" };
  const latest = dates.reduce((a, b) => (dayNumber(b) > dayNumber(a) ? b : a));
  const ahead = (weekdays[0]! - isoWeekday(latest) + 7) % 7;
  return {
    published: formatDate(addDays(latest, ahead)),
    basis: "text",
    reason: `weekday cue (ISO ${weekdays[0]}) on or after the latest full date ${formatDate(latest)}`,
  };
}
