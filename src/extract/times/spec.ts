// What the pattern stage finds (an unresolved TimeSpec inside a TimeMention) and what it is resolved
// against (a TimeReference). Pattern rules only say what the text says; resolve-spec.ts decides what
// date that is, given the day the text was written.

export type TimeKind = "date" | "duration" | "time-of-day";
export type ShiftUnit = "day" | "week" | "month" | "year";
/**
 * Which occurrence a modifier picks: «الماضي» past, «الجاري» current, «المقبل» future (strictly after
 * the reference); upcoming = on or after it, for a weekday or month named alone in a sentence about the
 * future («من المقرر أن يُعقد الاجتماع الأحد»).
 */
export type Direction = "past" | "current" | "future" | "upcoming";
/** Part of a month or year: «مطلع» start, «منتصف» middle, «أواخر» late, «نهاية» end. */
export type PeriodPart = "start" | "middle" | "late" | "end";

export interface TimeSpec {
  readonly calendar: "gregorian" | "hijri";
  /** Explicit parts, as written (a Hijri spec holds Hijri numbers). */
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** ISO weekday named beside the date: 1 = Monday … 7 = Sunday. */
  readonly weekday: number | null;
  /**
   * A shift from the reference date: «أمس» {day, −1}, «الشهر الماضي» {month, −1}, «العام الماضي»
   * {year, −1}. Combines with the explicit parts: «الثلاثين من الشهر الماضي» is day 30 with {month, −1};
   * «تشرين الثاني من العام الماضي» month 11 with {year, −1}.
   */
  readonly shift: { readonly unit: ShiftUnit; readonly offset: number } | null;
  /** For a month or weekday named without a year: which occurrence. null = the nearest before or at. */
  readonly direction: Direction | null;
  readonly part: PeriodPart | null;
}

export const EMPTY_SPEC: TimeSpec = {
  calendar: "gregorian",
  year: null,
  month: null,
  day: null,
  weekday: null,
  shift: null,
  direction: null,
  part: null,
};

export function makeSpec(parts: Partial<TimeSpec>): TimeSpec {
  return { ...EMPTY_SPEC, ...parts };
}

/** A temporal expression found in a document, before resolution. */
export interface TimeMention {
  /** Line number (Line.n). */
  readonly line: number;
  /** Offsets into Document.text. */
  readonly start: number;
  readonly end: number;
  /** The raw span, exactly as written. */
  readonly text: string;
  readonly kind: TimeKind;
  /** Null for durations and times of day: they name no date. */
  readonly spec: TimeSpec | null;
  readonly rule: string;
}

/**
 * What a mention is resolved against.
 * - `date`: the day the text was written ("today"), at the precision known: "2017-06-01", or only
 *   "2017-05" (the batch showed which month it is, not which day), or "2017".
 * - `anchor`: when `date` is unknown, an explicit date of the same text ("السادس من آذار/مارس 2024").
 *   It only gives a year to day-months and months written without one (the year that puts them
 *   nearest to the anchor); relative words («أمس», «الشهر الماضي») stay unresolved.
 */
export interface TimeReference {
  readonly date: string | null;
  readonly anchor?: string | null;
}

export function asReference(reference: string | null | undefined | TimeReference): TimeReference {
  if (reference === null || reference === undefined) return { date: null };
  if (typeof reference === "string") return { date: reference };
  return reference;
}

/** True when the spec names a full Gregorian or Hijri date by itself (no reference needed). */
export function isExplicitFullDate(spec: TimeSpec | null): boolean {
  return !!spec && spec.year !== null && spec.month !== null && spec.day !== null;
}

/** True when the spec names a Gregorian day and month explicitly, with or without a year: «25 أيار». */
export function isExplicitDayMonth(spec: TimeSpec | null): boolean {
  return (
    !!spec &&
    spec.calendar === "gregorian" &&
    spec.month !== null &&
    spec.day !== null &&
    (spec.shift === null || spec.shift.unit === "day" || spec.year !== null)
  );
}
