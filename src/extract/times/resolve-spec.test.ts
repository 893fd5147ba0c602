import { describe, expect, it } from "vitest";
import { resolveTimeSpec } from "./resolve-spec.js";
import { makeSpec, type TimeSpec } from "./spec.js";

const day = (offset: number, weekday: number | null = null): TimeSpec =>
  makeSpec({ shift: { unit: "day", offset }, weekday });
const shift = (unit: "week" | "month" | "year", offset: number, parts: Partial<TimeSpec> = {}): TimeSpec =>
  makeSpec({ shift: { unit, offset }, ...parts });

describe("resolveTimeSpec", () => {
  it("gives explicit dates whatever the reference", () => {
    expect(resolveTimeSpec(makeSpec({ year: 2017, month: 3, day: 2 }), null)).toBe("2017-03-02");
    expect(resolveTimeSpec(makeSpec({ year: 2017, month: 3 }), "2024-01-01")).toBe("2017-03");
    expect(resolveTimeSpec(makeSpec({ year: 2018 }), null)).toBe("2018");
    expect(resolveTimeSpec(makeSpec({ year: 2023, month: 2, day: 29 }), null)).toBeNull();
    expect(resolveTimeSpec(makeSpec({ year: 2024, month: 2, day: 29 }), null)).toBe("2024-02-29");
  });

  it("shifts days across month and year boundaries", () => {
    expect(resolveTimeSpec(day(-1), "2024-01-01")).toBe("2023-12-31"); // «أمس» on New Year's Day
    expect(resolveTimeSpec(day(-2), "2024-03-01")).toBe("2024-02-28"); // «أول أمس», leap year
    expect(resolveTimeSpec(day(1), "2023-12-31")).toBe("2024-01-01"); // «غداً»
    expect(resolveTimeSpec(day(0), "2024-03-07")).toBe("2024-03-07"); // «اليوم»
  });

  it("checks a weekday named with a relative day", () => {
    // «أمس الأربعاء» in a text of Thursday 7 March 2024, and of Friday 8 March (a contradiction).
    expect(resolveTimeSpec(day(-1, 3), "2024-03-07")).toBe("2024-03-06");
    expect(resolveTimeSpec(day(-1, 3), "2024-03-08")).toBeNull();
  });

  it("shifts months and years, with a day or a month inside them", () => {
    expect(resolveTimeSpec(shift("month", -1), "2024-01-17")).toBe("2023-12"); // «الشهر الماضي» in January
    expect(resolveTimeSpec(shift("month", -1, { day: 30 }), "2017-06-01")).toBe("2017-05-30");
    expect(resolveTimeSpec(shift("month", -1, { day: 31 }), "2024-03-05")).toBeNull(); // no 31 February
    expect(resolveTimeSpec(shift("month", 0, { day: 25 }), "2017-05-29")).toBe("2017-05-25"); // «25 الجاري»
    expect(resolveTimeSpec(shift("month", 1), "2024-12-10")).toBe("2025-01"); // «الشهر المقبل»
    expect(resolveTimeSpec(shift("year", -1), "2024-01-02")).toBe("2023"); // «العام الماضي»
    expect(resolveTimeSpec(shift("year", 0), "2024-06-02")).toBe("2024"); // "this year"
    expect(resolveTimeSpec(shift("year", -1, { month: 11 }), "2017-06-01")).toBe("2016-11");
    expect(resolveTimeSpec(shift("month", 0, { part: "end" }), "2024-02-10")).toBe("2024-02-29");
    expect(resolveTimeSpec(shift("month", -1, { part: "start" }), "2024-02-10")).toBe("2024-01");
  });

  it("leaves weeks unresolved: the dossier has no week values", () => {
    expect(resolveTimeSpec(shift("week", -1), "2024-03-07")).toBeNull();
  });

  it("places a month named without a year by its modifier", () => {
    const may = (parts: Partial<TimeSpec>) => makeSpec({ month: 5, ...parts });
    expect(resolveTimeSpec(may({ direction: "past" }), "2017-06-01")).toBe("2017-05"); // «أيار الماضي»
    expect(resolveTimeSpec(may({ direction: "past" }), "2017-05-20")).toBe("2016-05"); // written in May
    expect(resolveTimeSpec(may({ direction: "current", part: "start" }), "2017-06-01")).toBe("2017-05");
    expect(resolveTimeSpec(may({ direction: "future" }), "2017-05-20")).toBe("2018-05");
    expect(resolveTimeSpec(may({ part: "end" }), "2017-06-01")).toBe("2017-05-31"); // «نهاية مايو»
    expect(resolveTimeSpec(makeSpec({ month: 11, direction: "past" }), "2017-06-01")).toBe("2016-11");
    expect(resolveTimeSpec(makeSpec({ month: 12, direction: "past" }), "2024-01-17")).toBe("2023-12");
  });

  it("takes the year that puts a bare day-month nearest before or at the reference", () => {
    expect(resolveTimeSpec(makeSpec({ month: 5, day: 25 }), "2017-06-01")).toBe("2017-05-25");
    expect(resolveTimeSpec(makeSpec({ month: 12, day: 28 }), "2024-01-17")).toBe("2023-12-28");
    expect(resolveTimeSpec(makeSpec({ month: 3, day: 7 }), "2024-03-07")).toBe("2024-03-07");
    expect(resolveTimeSpec(makeSpec({ month: 3, day: 8 }), "2024-03-07")).toBe("2023-03-08");
    // «25 مايو الماضي» is the most recent 25 May strictly before the reference.
    expect(resolveTimeSpec(makeSpec({ month: 5, day: 25, direction: "past" }), "2017-05-25")).toBe(
      "2016-05-25",
    );
    expect(resolveTimeSpec(makeSpec({ month: 2, day: 29 }), "2025-03-01")).toBe("2024-02-29");
  });

  it("resolves weekdays before, on or after the reference", () => {
    const thursday = "2024-03-07";
    expect(resolveTimeSpec(makeSpec({ weekday: 3 }), thursday)).toBe("2024-03-06"); // «الأربعاء»
    expect(resolveTimeSpec(makeSpec({ weekday: 4 }), thursday)).toBe("2024-03-07"); // «الخميس»: today
    expect(resolveTimeSpec(makeSpec({ weekday: 4, direction: "past" }), thursday)).toBe("2024-02-29");
    expect(resolveTimeSpec(makeSpec({ weekday: 7, direction: "past" }), thursday)).toBe("2024-03-03");
    expect(resolveTimeSpec(makeSpec({ weekday: 7, direction: "future" }), thursday)).toBe("2024-03-10");
    expect(resolveTimeSpec(makeSpec({ weekday: 4, direction: "future" }), thursday)).toBe("2024-03-14");
  });

  it("uses a month-precision reference for what it can, and nothing more", () => {
    expect(resolveTimeSpec(shift("month", 0, { day: 25 }), "2017-05")).toBe("2017-05-25");
    expect(resolveTimeSpec(makeSpec({ month: 5, part: "end" }), "2017-05")).toBe("2017-05-31");
    expect(resolveTimeSpec(shift("month", -1), "2017-05")).toBe("2017-04");
    expect(resolveTimeSpec(day(-1), "2017-05")).toBeNull();
    expect(resolveTimeSpec(makeSpec({ weekday: 5 }), "2017-05")).toBeNull();
    expect(resolveTimeSpec(shift("year", -1), "2017")).toBe("2016");
    expect(resolveTimeSpec(makeSpec({ month: 4 }), "2017")).toBe("2017-04");
  });

  it("stays null without a reference, except that an anchor lends a year", () => {
    expect(resolveTimeSpec(day(-1), null)).toBeNull();
    expect(resolveTimeSpec(makeSpec({ month: 5, day: 25 }), null)).toBeNull();
    expect(resolveTimeSpec(makeSpec({ weekday: 3 }), null)).toBeNull();
    expect(resolveTimeSpec(shift("month", -1), null)).toBeNull();
    const anchored = { date: null, anchor: "2024-03-06" };
    expect(resolveTimeSpec(makeSpec({ month: 3, day: 3 }), anchored)).toBe("2024-03-03");
    expect(resolveTimeSpec(makeSpec({ month: 3, day: 10 }), anchored)).toBe("2024-03-10");
    expect(resolveTimeSpec(makeSpec({ month: 12, day: 28 }), { date: null, anchor: "2024-01-16" })).toBe(
      "2023-12-28",
    );
    expect(resolveTimeSpec(day(-1), anchored)).toBeNull();
    expect(resolveTimeSpec(makeSpec({ weekday: 3 }), anchored)).toBeNull();
  });

  it("converts Hijri dates, with or without a year", () => {
    expect(resolveTimeSpec(makeSpec({ calendar: "hijri", year: 1436, month: 10, day: 17 }), null)).toBe(
      "2015-08-02",
    );
    expect(resolveTimeSpec(makeSpec({ calendar: "hijri", month: 9, day: 1 }), "2024-04-01")).toBe(
      "2024-03-11",
    );
    expect(resolveTimeSpec(makeSpec({ calendar: "hijri", month: 9, day: 1 }), null)).toBeNull();
    expect(resolveTimeSpec(makeSpec({ calendar: "hijri", year: 1445 }), null)).toBeNull();
  });
});
