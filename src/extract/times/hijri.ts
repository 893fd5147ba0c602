// Hijri (Islamic) dates ↔ Gregorian, with the Umm al-Qura calendar of Node's ICU (the calendar Saudi
// and most Gulf outlets print: «الاثنين 18 شوال 1436 هـ - 03 أغسطس 2015م»). ICU only converts
// Gregorian → Hijri, so Hijri → Gregorian estimates the day from the mean month length and searches the
// days around the estimate for the one ICU formats as the wanted Hijri date. Outside the range of the
// Umm al-Qura tables (about 1300–1600 AH) ICU falls back to the arithmetic Islamic calendar.
import { dayNumber, fromDayNumber, type YMD } from "./calendar.js";

const FORMAT = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  timeZone: "UTC",
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

/** The Umm al-Qura date of a Gregorian date. */
export function gregorianToHijri(date: YMD): YMD {
  const parts = FORMAT.formatToParts(new Date(dayNumber(date) * 86_400_000));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return { year: get("year"), month: get("month"), day: get("day") };
}

// 1 Muharram 1 AH = 16 July 622 (Julian) = 19 July 622 in the proleptic Gregorian calendar.
const EPOCH = dayNumber({ year: 622, month: 7, day: 19 });
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;
/** How far from the estimate the search goes; the estimate is off by a day or two at most. */
const SEARCH_DAYS = 6;

/** The Gregorian date of a Hijri date, or null when there is no such day (30 in a 29-day month). */
export function hijriToGregorian(year: number, month: number, day: number): YMD | null {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimate = EPOCH + Math.floor((year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH) + day - 1;
  for (let delta = 0; delta <= SEARCH_DAYS; delta++) {
    for (const n of delta === 0 ? [estimate] : [estimate - delta, estimate + delta]) {
      const g = fromDayNumber(n);
      const h = gregorianToHijri(g);
      if (h.year === year && h.month === month && h.day === day) return g;
    }
  }
  return null;
}
