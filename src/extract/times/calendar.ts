// Gregorian date arithmetic on plain numbers and ISO strings. Days are counted in UTC from 1970-01-01
// so that no time zone or daylight-saving change ever moves a date.

export interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A date of some precision as the dossier writes it: "2017", "2017-05" or "2017-05-25". */
export interface PartialDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    year >= 1 &&
    year <= 9999
  );
}

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(date: YMD): number {
  const d = new Date(0);
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return Math.round(d.getTime() / 86_400_000);
}

export function fromDayNumber(n: number): YMD {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function addDays(date: YMD, days: number): YMD {
  return fromDayNumber(dayNumber(date) + days);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: YMD): number {
  const sundayZero = new Date(dayNumber(date) * 86_400_000).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/** A month index that orders months across years: year * 12 + (month − 1). */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

export function fromMonthIndex(index: number): { year: number; month: number } {
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

export function formatDate(date: YMD): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

export function formatPartial(date: PartialDate): string {
  if (date.month === null) return pad(date.year, 4);
  if (date.day === null) return `${pad(date.year, 4)}-${pad(date.month, 2)}`;
  return formatDate({ year: date.year, month: date.month, day: date.day });
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u;

/** "2017", "2017-05" or "2017-05-25" → its parts; null for anything else or an impossible date. */
export function parsePartial(text: string | null | undefined): PartialDate | null {
  if (!text) return null;
  const m = PARTIAL.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (month !== null && day !== null && !isValidDate(year, month, day)) return null;
  return { year, month, day };
}

/** A full date from a partial one, or null when it has no day. */
export function fullDate(date: PartialDate | null): YMD | null {
  if (!date || date.month === null || date.day === null) return null;
  return { year: date.year, month: date.month, day: date.day };
}
