// The time lexicons: every file loads, uses only the classes its header documents, and lists no entry
// twice within a class (after matching normalisation).
import { describe, expect, it } from "vitest";
import { duplicates } from "../../../test/support/duplicates.js";
import { readLexiconRows } from "../../core/lexicon.js";
import { normalizeArabic } from "../../text/normalize.js";
import { timeLexicon } from "./time-lexicon.js";

const CLASSES: Record<string, Record<string, readonly string[]>> = {
  "relative-dates.tsv": {
    ar: ["day", "night", "unit", "after", "before"],
    en: ["day", "night", "unit", "before"],
  },
  "day-parts.tsv": { ar: ["day", "month"], en: ["day", "month"] },
  "durations.tsv": {
    ar: ["cue", "qualifier", "unit", "adjective"],
    en: ["cue", "qualifier", "unit", "adjective", "ago", "count"],
  },
  "clock-words.tsv": {
    ar: ["hour", "before", "suffix", "fraction", "zone"],
    en: ["suffix", "named", "before", "zone"],
  },
  "year-markers.tsv": { ar: ["cue", "gregorian", "hijri", "preposition"], en: ["cue", "preposition"] },
};

describe.each(["ar", "en"])("%s time lexicons", (lang) => {
  it.each(Object.keys(CLASSES))("%s: known classes, no duplicates within a class", (file) => {
    const rows = readLexiconRows(`lexicons/${lang}/${file}`);
    expect(rows.length).toBeGreaterThan(3);
    const allowed = CLASSES[file]![lang]!;
    for (const row of rows) expect(allowed, `${file}: ${row.join(" | ")}`).toContain(row[1]);
    expect(duplicates(rows.map((r) => `${normalizeArabic(r[0]!)}\t${r[1]}`))).toEqual([]);
  });

  it("day-numbers.tsv: days 1–31 in words, each word once", () => {
    const rows = readLexiconRows(`lexicons/${lang}/day-numbers.tsv`);
    for (const [n] of rows) expect(Number(n)).toBeGreaterThanOrEqual(1);
    for (const [n] of rows) expect(Number(n)).toBeLessThanOrEqual(31);
    expect(new Set(rows.map(([n]) => Number(n))).size).toBeGreaterThanOrEqual(31);
    expect(duplicates(rows.map((r) => normalizeArabic(r[1]!)))).toEqual([]);
  });

  it.each(["future-cues.txt", "ambiguous-month-names.txt", "hijri-months.tsv"])(
    "%s: no duplicates",
    (file) => {
      const rows = readLexiconRows(`lexicons/${lang}/${file}`);
      expect(rows.length).toBeGreaterThan(2);
      const column = file.endsWith(".tsv") ? 1 : 0;
      expect(duplicates(rows.map((r) => normalizeArabic(r[column]!)))).toEqual([]);
    },
  );

  it("compiles into the lookups the rules use", () => {
    const L = timeLexicon(lang as "ar" | "en");
    expect(L.months.size).toBeGreaterThan(20);
    expect(new Set(L.weekdays.values()).size).toBe(7);
    expect(new Set(L.hijriMonths.values()).size).toBe(12);
    expect(L.relativeDays.size).toBeGreaterThan(3);
    expect(L.units.size).toBeGreaterThanOrEqual(3);
    expect(L.durationUnits.size).toBeGreaterThan(10);
    expect(L.monthParts.size).toBeGreaterThan(3);
  });
});

describe("Arabic entries", () => {
  const L = timeLexicon("ar");
  it("folds spellings through normalisation", () => {
    expect(L.months.get(normalizeArabic("آيار"))).toBe(5);
    expect(L.months.get(normalizeArabic("تشرين ثاني"))).toBe(11);
    expect(L.relativeDays.get(normalizeArabic("غداً"))?.offset).toBe(1);
    expect(L.relativeDays.get(normalizeArabic("الليلة قبل الماضية"))).toEqual({ offset: -2, night: true });
    expect(L.after.get(normalizeArabic("المنصرمة"))).toBe("past");
    expect(L.after.get(normalizeArabic("الجاري"))).toBe("current");
    expect(L.monthParts.get(normalizeArabic("نهاية"))).toBe("end");
    expect(L.durationUnits.get(normalizeArabic("ساعتين"))).toEqual({ unit: "hour", count: 2 });
    expect(L.dayNumbers.get(normalizeArabic("الحادي والثلاثين"))).toBe(31);
    expect(L.hijriEras.has(normalizeArabic("هـ"))).toBe(true);
    expect(L.ambiguousMonths.has(normalizeArabic("مارس"))).toBe(true);
    expect(L.blockers.beforeWeekday.has(normalizeArabic("صلاة"))).toBe(true);
    expect(L.futureCues.has(normalizeArabic("من المقرر"))).toBe(true);
  });

  it("time-blockers.tsv: known positions and targets, no duplicates", () => {
    const rows = readLexiconRows("lexicons/ar/time-blockers.tsv");
    for (const row of rows) {
      expect(["before", "after"]).toContain(row[1]);
      expect(["weekday", "today"]).toContain(row[2]);
    }
    expect(duplicates(rows.map((r) => `${normalizeArabic(r[0]!)}\t${r[1]}\t${r[2]}`))).toEqual([]);
  });
});

describe("English entries", () => {
  const L = timeLexicon("en");
  it("has the words the English rules need", () => {
    expect(L.relativeDays.get("yesterday")?.offset).toBe(-1);
    expect(L.before.get("last")).toBe("past");
    expect(L.agoWords.has("ago")).toBe(true);
    expect(L.clock.suffix.has("p.m.")).toBe(true);
    expect(L.hijriMonths.get("ramadan")).toBe(9);
    expect(L.ambiguousMonths.has("may")).toBe(true);
  });
});
