import { describe, expect, it } from "vitest";
import { readLexiconRows } from "../core/lexicon.js";
import { stripClitics } from "./clitics.js";
import { normalizeArabic } from "./normalize.js";

// word, then stem and prefixes with the article kept (default), then with { article: true }
const TABLE: [string, string, string[], string, string[]][] = [
  ["وقسد", "قسد", ["و"], "قسد", ["و"]],
  ["والجيش", "الجيش", ["و"], "جيش", ["و", "ال"]],
  ["فالجيش", "الجيش", ["ف"], "جيش", ["ف", "ال"]],
  ["بالرقة", "الرقه", ["ب"], "رقه", ["ب", "ال"]],
  ["وبالرقة", "الرقه", ["و", "ب"], "رقه", ["و", "ب", "ال"]],
  ["للمرصد", "المرصد", ["ل"], "مرصد", ["ل", "ال"]],
  ["فللمرصد", "المرصد", ["ف", "ل"], "مرصد", ["ف", "ل", "ال"]],
  ["كالعادة", "العاده", ["ك"], "عاده", ["ك", "ال"]],
  ["وكالعادة", "العاده", ["و", "ك"], "عاده", ["و", "ك", "ال"]],
  ["لـ«داعش»", "داعش", ["ل"], "داعش", ["ل"]],
  ["وبـ«قسد»", "قسد", ["و", "ب"], "قسد", ["و", "ب"]],
  ["وَالجَيْشُ", "الجيش", ["و"], "جيش", ["و", "ال"]],
  ["الجيش", "الجيش", [], "جيش", ["ال"]],
  ["لفرنسا", "فرنسا", ["ل"], "فرنسا", ["ل"]],
  ["بوزارة", "وزاره", ["ب"], "وزاره", ["ب"]],
  ["ووزارة", "وزاره", ["و"], "وزاره", ["و"]],
  ["وبيان", "بيان", ["و"], "بيان", ["و"]],
  ["ولبنان", "لبنان", ["و"], "لبنان", ["و"]],
  ["للبنان", "لبنان", ["ل"], "لبنان", ["ل"]],
  ["لليبيا", "ليبيا", ["ل"], "ليبيا", ["ل"]],
  ["ولواء", "لواء", ["و"], "لواء", ["و"]],
  ["وفي", "في", ["و"], "في", ["و"]],
  ["فإن", "ان", ["ف"], "ان", ["ف"]],
  ["الوالي", "الوالي", [], "والي", ["ال"]],
  // protected: the first letter is part of the word
  ["وزارة", "وزاره", [], "وزاره", []],
  ["وزارتها", "وزارتها", [], "وزارتها", []],
  ["وكالة", "وكاله", [], "وكاله", []],
  ["بيان", "بيان", [], "بيان", []],
  ["بيانه", "بيانه", [], "بيانه", []],
  ["لبنان", "لبنان", [], "لبنان", []],
  ["فرنسا", "فرنسا", [], "فرنسا", []],
  ["كردي", "كردي", [], "كردي", []],
  ["والي", "والي", [], "والي", []],
  ["وقع", "وقع", [], "وقع", []],
  ["فصائل", "فصايل", [], "فصايل", []],
  ["بغداد", "بغداد", [], "بغداد", []],
  ["واشنطن", "واشنطن", [], "واشنطن", []],
  ["فيها", "فيها", [], "فيها", []],
  // ال that is not the article
  ["الله", "الله", [], "الله", []],
  ["التزام", "التزام", [], "التزام", []],
  ["التي", "التي", [], "التي", []],
  // too short to strip, or ك without the article
  ["له", "له", [], "له", []],
  ["لا", "لا", [], "لا", []],
  ["وال", "وال", [], "وال", []],
  ["كبير", "كبير", [], "كبير", []],
  // other scripts pass through, normalised
  ["Washington", "washington", [], "washington", []],
];

describe("stripClitics", () => {
  it.each(TABLE)("%s → %s", (word, stem, prefixes, bareStem, barePrefixes) => {
    const kept = stripClitics(word);
    expect(kept.stem).toBe(stem);
    expect(kept.prefixes).toEqual(prefixes);
    const bare = stripClitics(word, { article: true });
    expect(bare.stem).toBe(bareStem);
    expect(bare.prefixes).toEqual(barePrefixes);
  });

  it("locates the stem in the raw word", () => {
    const raw = (word: string, article = false): string => {
      const split = stripClitics(word, { article });
      return word.slice(split.stemStart, split.stemEnd);
    };
    expect(raw("لـ«داعش»")).toBe("داعش");
    expect(raw("وَالجَيْشُ")).toBe("الجَيْشُ");
    expect(raw("وَالجَيْشُ", true)).toBe("جَيْشُ");
    expect(raw("وبالرقة")).toBe("الرقة");
    expect(raw("للمرصد")).toBe("لمرصد"); // the article's alef is not written
    expect(raw("وزارة")).toBe("وزارة");
  });
});

describe("data/lexicons/ar/clitic-protected.txt", () => {
  const rows = readLexiconRows("lexicons/ar/clitic-protected.txt");

  it("holds real entries", () => {
    const entries = new Set(rows.map((r) => r[0]));
    for (const word of ["وزارة", "وكالة", "بيان", "لبنان", "فرنسا", "كردي", "والي", "التزام"]) {
      expect(entries.has(word)).toBe(true);
    }
    expect(rows.length).toBeGreaterThan(300);
  });

  it("has one column and no duplicates after normalisation", () => {
    const seen = new Map<string, string>();
    for (const row of rows) {
      expect(row).toHaveLength(1);
      const key = normalizeArabic(row[0]!);
      expect(seen.get(key), `${row[0]} duplicates ${seen.get(key)}`).toBeUndefined();
      seen.set(key, row[0]!);
    }
  });
});
