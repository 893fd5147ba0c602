// Publication dates for a batch, and the date each document's relative expressions resolve against.
//
// Documents analysed together about one event often leave the year, or the whole date, implicit: one
// page says «اليوم الخميس» and quotes «2017/5/31», another only «قصفت أمس الأربعاء … يوم 25 مايو/أيار
// الماضي». Step 1 gives each document its own date (metadata, date line, text: see
// src/extract/times/publication.ts). Step 2 lends a date to a document that has none, conservatively:
//   - only to a document with something that needs it («أمس», «الشهر الماضي»; not one whose dates are
//     all explicit);
//   - only from documents whose date is their own (never a date lent in this step: no chains);
//   - only when the two share an explicit day and month («25 أيار» / «25 مايو»), and the shared mention,
//     resolved against the lender's date, names the same day as in the lender (so «25 مايو الماضي» in a
//     page dated 1 June 2017 agrees with «الـ25 من آيار المنصرم» in another dated 1 June 2017);
//   - only when every weekday cue of the borrower agrees («أمس الأربعاء» needs a Thursday), and no month
//     it calls past is the lender's month («أيار الماضي» is not written in May);
//   - only when all the lenders that pass agree on one date. Anything else: no date.
// Step 3, for a document still without a date: when it speaks of a day of the current month («يوم 25
// الجاري», on the 25th of this month) and the dated documents place that day in one month («25
// أيار» → May 2017), and it names that month itself without «الماضي» («نهاية مايو»), the month is
// known though the day is not: `published` stays null and relative expressions resolve against
// "2017-05" (those that need the day, like «أمس», stay null).

import type { Document, TimeExpression } from "../core/types.js";
import {
  findTimeMentions,
  inferPublicationDate,
  isExplicitDayMonth,
  latestExplicitDate,
  type PublishedBasis,
  parsePartial,
  resolveTimeMentions,
  resolveTimeSpec,
  type TimeMention,
  todayWeekday,
} from "../extract/times/index.js";
import { topicOverlap, topicWords } from "./topic-words.js";

export type { PublishedBasis };

export interface PublicationDate {
  /** YYYY-MM-DD or null. */
  readonly published: string | null;
  /** The dossier's field: "metadata" for HTML metadata, "text" for anything read from the page. */
  readonly publishedFrom: "metadata" | "text" | null;
  /** Finer: which evidence gave `published`. */
  readonly publishedBasis: PublishedBasis | null;
  /**
   * What the document's relative expressions resolve against: `published`, or a month established by
   * the batch ("2017-05"), or null (then only the text's own explicit dates lend years).
   */
  readonly reference: string | null;
  /** One line saying why, for the report and for debugging. */
  readonly reason: string;
}

export interface PublicationOptions {
  /** A date read from the page's metadata (HTML, feeds), by document id. */
  readonly metadataDate?: (document: Document) => string | null | undefined;
}

// Share of the smaller document's content words that the other must carry for the two to be taken as
// reports of one event. Measured: pages of one story 0.20–0.49 (seeds), 0.28–0.48 (examples' main
// story); unrelated Arabic news pages in one batch 0.00–0.25 (test/fixtures/figures-dates), because
// casualty reports share a vocabulary. 0.25 keeps every lending the seeds need and none across stories
// there; a shared explicit day-month is required on top.
export const SAME_EVENT_MIN_OVERLAP = 0.25;

interface Dated {
  readonly index: number;
  readonly published: string;
  /** Explicit day-month mentions, "M-D" → the full dates they resolve to in this document. */
  readonly dayMonths: ReadonlyMap<string, ReadonlySet<string>>;
}

const dayMonthKey = (m: TimeMention): string => `${m.spec!.month}-${m.spec!.day}`;

function dayMonthsOf(mentions: readonly TimeMention[], reference: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== "date" || !isExplicitDayMonth(m.spec)) continue;
    const value = resolveTimeSpec(m.spec!, reference);
    if (value?.length !== 10) continue;
    const key = dayMonthKey(m);
    map.set(key, (map.get(key) ?? new Set()).add(value));
  }
  return map;
}

/**
 * Does `date` fit the document's cues? Every weekday cue («أمس الأربعاء» → a Thursday), and every month
 * named as past («أيار الماضي» is not written in May: a writer in May says «الجاري»).
 */
function cuesAgree(mentions: readonly TimeMention[], date: string): boolean {
  const month = Number(date.slice(5, 7));
  return mentions.every((m) => {
    if (todayWeekday(m) !== null) return resolveTimeSpec(m.spec!, date) !== null;
    const spec = m.spec;
    return !(
      spec &&
      spec.direction === "past" &&
      spec.day === null &&
      spec.year === null &&
      spec.month === month
    );
  });
}

/** Mentions that no explicit date of the text can resolve: «أمس», «الشهر الماضي», «الأحد الماضي». */
function needsToday(mentions: readonly TimeMention[]): boolean {
  const anchor = latestExplicitDate(mentions);
  return mentions.some(
    (m) => m.kind === "date" && m.spec && resolveTimeSpec(m.spec, { date: null, anchor }) === null,
  );
}

function lendDate(
  mentions: readonly TimeMention[],
  lenders: readonly Dated[],
): { date: string; reason: string } | string {
  // A text with nothing relative in it needs no date, and is not given one («مساء الأربعاء السادس من
  // آذار/مارس 2024 … يوم 3 آذار/مارس» resolves by itself).
  if (!needsToday(mentions)) return "nothing in it needs a publication date";
  const shared = mentions.filter((m) => m.kind === "date" && isExplicitDayMonth(m.spec));
  if (shared.length === 0) return "no explicit day-month to share with the batch";
  const agreeing = new Map<string, string[]>();
  let sharing = 0;
  for (const lender of lenders) {
    const common = shared.filter((m) => lender.dayMonths.has(dayMonthKey(m)));
    if (common.length === 0) continue;
    sharing++;
    const same = common.every((m) =>
      lender.dayMonths.get(dayMonthKey(m))!.has(resolveTimeSpec(m.spec!, lender.published) ?? ""),
    );
    if (!same || !cuesAgree(mentions, lender.published)) continue;
    agreeing.set(lender.published, [...(agreeing.get(lender.published) ?? []), common[0]!.text]);
  }
  if (sharing === 0) return "no dated document shares its day-months";
  if (agreeing.size === 0) return "the dated documents sharing its day-months contradict its cues";
  if (agreeing.size > 1)
    return `dated documents sharing its day-months disagree: ${[...agreeing.keys()].join(", ")}`;
  const [date, texts] = [...agreeing][0]!;
  return { date, reason: `shares «${texts[0]}» with a document dated ${date}` };
}

function lendMonth(
  mentions: readonly TimeMention[],
  lenders: readonly Dated[],
): { month: string; reason: string } | null {
  // «يوم 25 الجاري»: a day of the current month.
  const days = mentions.filter(
    (m) =>
      m.kind === "date" &&
      m.spec?.shift?.unit === "month" &&
      m.spec.shift.offset === 0 &&
      m.spec.day !== null,
  );
  if (days.length === 0) return null;
  const months = new Set<string>();
  for (const m of days) {
    for (const lender of lenders) {
      for (const [key, dates] of lender.dayMonths) {
        if (!key.endsWith(`-${m.spec!.day}`)) continue;
        for (const d of dates) months.add(d.slice(0, 7));
      }
    }
  }
  if (months.size !== 1) return null;
  const [month] = [...months];
  const monthNumber = Number(month!.slice(5, 7));
  const named = mentions.filter(
    (m) => m.kind === "date" && m.spec?.month === monthNumber && m.spec.year === null,
  );
  // It must name that month itself, and never as a past month («أيار الماضي» cannot be written in May).
  if (named.length === 0 || named.some((m) => m.spec!.direction === "past")) return null;
  return { month: month!, reason: `«${days[0]!.text}» and «${named[0]!.text}» fit the batch's ${month}` };
}

/**
 * Each document's publication date and reference date, in the order of `documents`. `timeMentions`
 * (findTimeMentions of each document, same order) is computed when not given.
 */
export function resolvePublicationDates(
  documents: readonly Document[],
  timeMentions?: readonly (readonly TimeMention[])[],
  options: PublicationOptions = {},
): PublicationDate[] {
  const mentions = timeMentions ?? documents.map((d) => findTimeMentions(d));
  const own = documents.map((doc, i) =>
    inferPublicationDate(doc, mentions[i] ?? [], { metadataDate: options.metadataDate?.(doc) ?? null }),
  );
  const topics = documents.map(topicWords);
  const lenders: Dated[] = own.flatMap((o, index) =>
    o.published
      ? [{ index, published: o.published, dayMonths: dayMonthsOf(mentions[index] ?? [], o.published) }]
      : [],
  );
  return documents.map((_doc, i): PublicationDate => {
    const o = own[i]!;
    if (o.published) {
      return {
        published: o.published,
        publishedFrom: o.basis === "metadata" ? "metadata" : "text",
        publishedBasis: o.basis,
        reference: o.published,
        reason: o.reason,
      };
    }
    // Only documents that report the same event may lend: the same language and a good share of the
    // same content words. Two unrelated stories that both mention «1 January» lend nothing.
    const others = lenders.filter(
      (l) =>
        l.index !== i &&
        documents[l.index]!.language === documents[i]!.language &&
        topicOverlap(topics[l.index]!, topics[i]!) >= SAME_EVENT_MIN_OVERLAP,
    );
    const lent = lendDate(mentions[i] ?? [], others);
    if (typeof lent !== "string") {
      return {
        published: lent.date,
        publishedFrom: "text",
        publishedBasis: "batch",
        reference: lent.date,
        reason: lent.reason,
      };
    }
    const month = lendMonth(mentions[i] ?? [], others);
    if (month && parsePartial(month.month)) {
      return {
        published: null,
        publishedFrom: null,
        publishedBasis: null,
        reference: month.month,
        reason: month.reason,
      };
    }
    return {
      published: null,
      publishedFrom: null,
      publishedBasis: null,
      reference: null,
      reason: `${o.reason}; ${lent}`,
    };
  });
}

/** The documents with `published` and `publishedFrom` set from resolvePublicationDates. */
export function withPublicationDates(
  documents: readonly Document[],
  dates: readonly PublicationDate[],
): Document[] {
  return documents.map((doc, i) => {
    const d = dates[i];
    return d
      ? {
          ...doc,
          published: d.published,
          publishedFrom: d.publishedFrom,
          publishedBasis: d.publishedBasis,
          publishedReason: d.reason,
        }
      : doc;
  });
}

/**
 * The whole time step for a batch, in order: find every document's time mentions, settle publication
 * dates (own evidence, then the batch), put them on the documents, and resolve each document's times
 * against its reference date.
 */
export function resolveBatchTimes(
  documents: readonly Document[],
  options: PublicationOptions = {},
): { documents: Document[]; dates: PublicationDate[]; times: TimeExpression[][] } {
  const mentions = documents.map((d) => findTimeMentions(d));
  const dates = resolvePublicationDates(documents, mentions, options);
  return {
    documents: withPublicationDates(documents, dates),
    dates,
    times: mentions.map((m, i) => resolveTimeMentions(m, dates[i]!.reference)),
  };
}
