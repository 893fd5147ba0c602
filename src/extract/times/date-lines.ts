// The publication date printed on the page: the first full date on a date line (role metadata, kind
// date: «الخميس 7 آذار 2024 | 10:32», «نشر في: 2024/3/7 - 11:05 ص», "Published March 8, 2024",
// «الاثنين 18 شوال 1436 هـ - 03 أغسطس 2015م», "11-03-2024, 08:47 PM"), then on another metadata line
// (a byline that runs on into its date). A line carrying a Gregorian and a Hijri date gives the
// Gregorian one (the two agree on any well-made page; the Gregorian one needs no conversion). A date
// line with only a relative date («منذ 3 ساعات», 3 hours ago) gives nothing: there is no "now" to count
// back from.
import type { Document, Line } from "../../core/types.js";
import { findTimesInText, timeLanguage } from "./find-mentions.js";
import { resolveTimeSpec } from "./resolve-spec.js";
import { isExplicitFullDate } from "./spec.js";
import type { TimeLanguage } from "./time-lexicon.js";

export interface DateLineDate {
  readonly date: string;
  readonly line: number;
  /** The date as printed. */
  readonly text: string;
  readonly rule: string;
}

function dateOnLine(line: Line, document: Document): DateLineDate | null {
  const raw = document.text.slice(line.start, line.end);
  const own = timeLanguage(document.language);
  const languages: TimeLanguage[] = own === "ar" ? ["ar", "en"] : ["en", "ar"];
  for (const language of languages) {
    const found = findTimesInText(raw, language, { dateLine: true })
      .filter((m) => m.kind === "date" && isExplicitFullDate(m.spec))
      .map((m) => ({ m, date: resolveTimeSpec(m.spec!, null) }))
      .filter((x): x is { m: (typeof x)["m"]; date: string } => x.date !== null && x.date.length === 10);
    const pick = found.find((x) => x.m.spec!.calendar === "gregorian") ?? found[0];
    if (pick) return { date: pick.date, line: line.n, text: pick.m.text, rule: pick.m.rule };
  }
  return null;
}

export function publicationDateFromLines(document: Document): DateLineDate | null {
  const metadata = document.lines.filter((l) => l.role === "metadata");
  for (const line of [
    ...metadata.filter((l) => l.kind === "date"),
    ...metadata.filter((l) => l.kind !== "date"),
  ]) {
    const found = dateOnLine(line, document);
    if (found) return found;
  }
  return null;
}
