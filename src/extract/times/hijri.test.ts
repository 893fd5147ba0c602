import { describe, expect, it } from "vitest";
import { addDays, formatDate } from "./calendar.js";
import { gregorianToHijri, hijriToGregorian } from "./hijri.js";

/** What Node's ICU itself prints for a Gregorian date in the Umm al-Qura calendar. */
function icu(iso: string): string {
  return new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
    timeZone: "UTC",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).format(new Date(`${iso}T00:00:00Z`));
}

describe("Hijri ↔ Gregorian (Umm al-Qura)", () => {
  it("converts known dates both ways", () => {
    expect(hijriToGregorian(1445, 9, 1)).toEqual({ year: 2024, month: 3, day: 11 }); // 1 Ramadan 1445
    expect(gregorianToHijri({ year: 2024, month: 3, day: 11 })).toEqual({ year: 1445, month: 9, day: 1 });
    expect(hijriToGregorian(1436, 10, 18)).toEqual({ year: 2015, month: 8, day: 3 }); // 18 Shawwal 1436
    expect(hijriToGregorian(1446, 1, 1)).toEqual({ year: 2024, month: 7, day: 7 }); // 1 Muharram 1446
  });

  it("agrees with ICU's own formatting", () => {
    for (const iso of ["2024-03-11", "2015-08-03", "2017-05-27", "2023-12-31", "2000-01-01"]) {
      const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
      const h = gregorianToHijri({ year: y, month: m, day: d });
      expect(icu(iso)).toBe(`${h.month}/${h.day}/${h.year} AH`);
      expect(formatDate(hijriToGregorian(h.year, h.month, h.day)!)).toBe(iso);
    }
  });

  it("round-trips every fifth day over thirty years", () => {
    for (let n = 0; n < 365 * 6; n++) {
      const g = addDays({ year: 1995, month: 1, day: 1 }, n * 5);
      const h = gregorianToHijri(g);
      expect(hijriToGregorian(h.year, h.month, h.day)).toEqual(g);
    }
  });

  it("refuses days that do not exist", () => {
    expect(hijriToGregorian(1445, 8, 30)).toBeNull(); // Sha'ban 1445 had 29 days
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(hijriToGregorian(1445, 1, 31)).toBeNull();
  });
});
