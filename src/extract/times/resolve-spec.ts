// A TimeSpec + the reference date → the dossier's value: "YYYY-MM-DD", "YYYY-MM", "YYYY" or null.
//
// Rules (the reference date R is "today" for the text):
// - explicit year, month and day: that date («2 آذار 2017»); a Hijri date is converted.
// - a day shift: R plus the shift («أمس» R−1). A weekday named with it must agree («أمس الأربعاء» needs
//   R−1 to be a Wednesday), or the value is null: the reference or the text is wrong, and we don't pick.
// - a month shift: R's month plus the shift, with the day if one is given («الثلاثين من الشهر الماضي»).
// - a year shift: R's year plus the shift, with the month if one is given («تشرين الثاني من العام
//   الماضي» → 2016-11).
// - a week shift: null (the dossier has no week values).
// - a month (and day) named without a year: by direction. none → the nearest before or at R («25 أيار»);
//   past → the most recent strictly before R (for a month alone: before R's month: «أيار الماضي»);
//   current → R's year («مطلع أيار الجاري»); future → the first strictly after R; upcoming (a sentence
//   about the future: «من المتوقع تسليمها قبل نهاية أكتوبر») → the first on or after R.
// - a weekday alone: past/none → the most recent on or before R (none) or strictly before (past,
//   «الأحد الماضي»); future → the first strictly after R («الأحد المقبل»); upcoming → on or after R.
// - month parts: start/middle/late keep month precision; end gives the month's last day («نهاية مايو»).
// With R known only to the month ("2017-05") day shifts and weekdays are unresolvable; with R unknown,
// an anchor date from the same text gives a year to day-months and months (the year nearest to it).
import {
  addDays,
  dayNumber,
  daysInMonth,
  formatPartial,
  fromMonthIndex,
  isoWeekday,
  isValidDate,
  monthIndex,
  type PartialDate,
  parsePartial,
  type YMD,
} from "./calendar.js";
import { gregorianToHijri, hijriToGregorian } from "./hijri.js";
import { asReference, type TimeReference, type TimeSpec } from "./spec.js";

export function resolveTimeSpec(
  spec: TimeSpec,
  reference: string | null | undefined | TimeReference,
): string | null {
  const ref = asReference(reference);
  const now = parsePartial(ref.date);
  const anchor = parsePartial(ref.anchor ?? null);
  const result = spec.calendar === "hijri" ? resolveHijri(spec, now) : resolveGregorian(spec, now, anchor);
  return result ? formatPartial(result) : null;
}

function withPart(year: number, month: number, day: number | null, spec: TimeSpec): PartialDate | null {
  if (day !== null) return isValidDate(year, month, day) ? { year, month, day } : null;
  if (spec.part === "end") return { year, month, day: daysInMonth(year, month) };
  return { year, month, day: null };
}

function nowDay(now: PartialDate | null): YMD | null {
  return now && now.month !== null && now.day !== null
    ? { year: now.year, month: now.month, day: now.day }
    : null;
}

function resolveGregorian(spec: TimeSpec, now: PartialDate | null, anchor: PartialDate | null) {
  const { year, month, day, shift } = spec;
  if (year !== null) {
    if (month === null) return { year, month: null, day: null };
    // An explicit date wins over everything written beside it: a weekday that disagrees («الأحد 3 آذار
    // 2024» on a Monday) is a typo in one of them, and «أمس الأربعاء 6 آذار 2024» is 6 March whatever
    // the reference says.
    return withPart(year, month, day, spec);
  }
  // «25 أيار» and «أمس 25 أيار»: a named month; a year shift («تشرين الثاني من العام الماضي») is below.
  if (month !== null && (shift === null || shift.unit === "day")) {
    return resolveNamedMonth(spec, month, day, now, anchor);
  }
  if (shift) return resolveShift(spec, now);
  if (spec.weekday !== null) return resolveWeekday(spec.weekday, spec.direction, nowDay(now));
  return null;
}

function resolveShift(spec: TimeSpec, now: PartialDate | null): PartialDate | null {
  const shift = spec.shift!;
  if (!now) return null;
  switch (shift.unit) {
    case "day": {
      const today = nowDay(now);
      if (!today) return null;
      const date = addDays(today, shift.offset);
      if (spec.weekday !== null && isoWeekday(date) !== spec.weekday) return null;
      return date;
    }
    case "week":
      return null;
    case "month": {
      if (now.month === null) return null;
      const target = fromMonthIndex(monthIndex(now.year, now.month) + shift.offset);
      return withPart(target.year, target.month, spec.day, spec);
    }
    case "year": {
      const year = now.year + shift.offset;
      if (spec.month === null) return { year, month: null, day: null };
      return withPart(year, spec.month, spec.day, spec);
    }
  }
}

function resolveNamedMonth(
  spec: TimeSpec,
  month: number,
  day: number | null,
  now: PartialDate | null,
  anchor: PartialDate | null,
): PartialDate | null {
  if (!now) {
    if (!anchor) return null;
    // No "today": the year that puts the date nearest the anchor, on either side («يوم 3 آذار/مارس»
    // after «السادس من آذار/مارس 2024» in the same text is 2024-03-03).
    const anchorDay = dayNumber({ year: anchor.year, month: anchor.month ?? 7, day: anchor.day ?? 1 });
    const distance = (y: number): number =>
      Math.abs(dayNumber({ year: y, month, day: Math.min(day ?? 15, daysInMonth(y, month)) }) - anchorDay);
    const best = [anchor.year, anchor.year - 1, anchor.year + 1].reduce((a, b) =>
      distance(b) < distance(a) ? b : a,
    );
    return withPart(best, month, day, spec);
  }
  const today = nowDay(now);
  if (spec.direction === "current") return withPart(now.year, month, day, spec);
  if (now.month === null) {
    // Only the year is known: a month without direction is taken in that year.
    return spec.direction === null ? withPart(now.year, month, day, spec) : null;
  }
  const candidates = [now.year - 1, now.year, now.year + 1];
  if (day !== null && today) {
    const dated = candidates
      .filter((y) => isValidDate(y, month, day))
      .map((y) => ({ y, n: dayNumber({ year: y, month, day }) }));
    const pick = choose(dated, dayNumber(today), spec.direction);
    return pick ? withPart(pick.y, month, day, spec) : null;
  }
  // Month precision: compare months.
  const ref = monthIndex(now.year, now.month);
  const indexed = candidates.map((y) => ({ y, n: monthIndex(y, month) }));
  const pick = choose(indexed, ref, spec.direction);
  return pick ? withPart(pick.y, month, day, spec) : null;
}

/** The candidate (in ascending order) that a direction picks relative to `ref`. */
function choose<T extends { n: number }>(sorted: T[], ref: number, direction: TimeSpec["direction"]) {
  switch (direction) {
    case "future":
      return sorted.find((c) => c.n > ref);
    case "upcoming":
      return sorted.find((c) => c.n >= ref);
    case "past":
      return sorted.filter((c) => c.n < ref).pop();
    default:
      return sorted.filter((c) => c.n <= ref).pop();
  }
}

function resolveWeekday(weekday: number, direction: TimeSpec["direction"], today: YMD | null): YMD | null {
  if (!today) return null;
  const current = isoWeekday(today);
  if (direction === "future" || direction === "upcoming") {
    const ahead = (weekday - current + 7) % 7;
    return addDays(today, ahead === 0 && direction === "future" ? 7 : ahead);
  }
  const back = (current - weekday + 7) % 7;
  if (direction === "past") return addDays(today, -(back || 7));
  return addDays(today, -back);
}

function resolveHijri(spec: TimeSpec, now: PartialDate | null): PartialDate | null {
  const { year, month, day } = spec;
  if (month === null || day === null) return null;
  if (year !== null) return hijriToGregorian(year, month, day);
  // «17 شوال» without a year: the Hijri year that puts it nearest before or at today.
  const today = nowDay(now);
  if (!today) return null;
  const h = gregorianToHijri(today);
  const ref = dayNumber(today);
  const dated = [h.year - 1, h.year, h.year + 1]
    .map((y) => hijriToGregorian(y, month, day))
    .filter((g): g is YMD => g !== null);
  return (
    choose(
      dated.map((g) => ({ g, n: dayNumber(g) })),
      ref,
      spec.direction,
    )?.g ?? null
  );
}
