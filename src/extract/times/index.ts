// extract/times: temporal expressions in a document's title and body lines, resolved against the
// document's reference date, and the evidence for the publication date.
//
// Stages: find-mentions.ts (patterns → unresolved TimeSpecs), resolve-spec.ts (spec + reference → value),
// date-lines.ts and publication.ts (the document's own publication date). The batch step that lends a
// date to a document from others of the same batch is src/resolve/publication-dates.ts.
import type { Document, TimeExpression } from "../../core/types.js";
import { findTimeMentions } from "./find-mentions.js";
import { resolveTimeSpec } from "./resolve-spec.js";
import { asReference, isExplicitFullDate, type TimeMention, type TimeReference } from "./spec.js";

export { addDays, formatDate, isoWeekday, parsePartial } from "./calendar.js";
export { publicationDateFromLines } from "./date-lines.js";
export { findTimeMentions, findTimesInText, type TextMention } from "./find-mentions.js";
export { gregorianToHijri, hijriToGregorian } from "./hijri.js";
export {
  inferPublicationDate,
  type OwnPublicationDate,
  type PublishedBasis,
  statedToday,
  todayWeekday,
} from "./publication.js";
export { resolveTimeSpec } from "./resolve-spec.js";
export {
  isExplicitDayMonth,
  isExplicitFullDate,
  type TimeMention,
  type TimeReference,
  type TimeSpec,
} from "./spec.js";

/**
 * The latest full date the text states outright («2 آذار 2017», «2024/3/6»): with no reference date it
 * gives a year to the day-months and months written without one. It is NOT taken as the publication
 * date: a page that only tells of 6 March 2024 may have been written weeks later.
 */
export function latestExplicitDate(mentions: readonly TimeMention[]): string | null {
  let latest: string | null = null;
  for (const m of mentions) {
    if (m.kind !== "date" || !isExplicitFullDate(m.spec)) continue;
    const value = resolveTimeSpec(m.spec!, null);
    if (value && value.length === 10 && (latest === null || value > latest)) latest = value;
  }
  return latest;
}

/** Values for mentions found earlier, against a reference date (a date, a month, or null). */
export function resolveTimeMentions(
  mentions: readonly TimeMention[],
  reference: string | null | undefined | TimeReference,
): TimeExpression[] {
  let ref = asReference(reference);
  if (!ref.date && !ref.anchor) ref = { date: null, anchor: latestExplicitDate(mentions) };
  return mentions.map((m) => ({
    line: m.line,
    start: m.start,
    end: m.end,
    text: m.text,
    value: m.kind === "date" && m.spec ? resolveTimeSpec(m.spec, ref) : null,
    kind: m.kind,
    rule: m.rule,
  }));
}

/**
 * Temporal expressions in the title and body lines. `referenceDate` is the day the text speaks from
 * (YYYY-MM-DD; or only YYYY-MM when the batch showed no more); it defaults to `document.published`.
 * Without one, relative expressions («أمس», «الشهر الماضي») have value null.
 */
export function extractTimes(
  document: Document,
  referenceDate?: string | null | TimeReference,
): TimeExpression[] {
  return resolveTimeMentions(
    findTimeMentions(document),
    referenceDate === undefined ? document.published : referenceDate,
  );
}
