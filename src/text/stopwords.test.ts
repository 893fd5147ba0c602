import { describe, expect, it } from "vitest";
import { readLexiconRows } from "../core/lexicon.js";
import { normalizeArabic } from "./normalize.js";
import { isStopword, stopwords } from "./stopwords.js";

describe("isStopword", () => {
  it.each([
    ["في", true],
    ["إلى", true],
    ["الى", true],
    ["إلَى", true],
    ["الذي", true],
    ["هؤلاء", true],
    ["كانت", true],
    ["وفي", true], // و + في
    ["والذي", true], // و + الذي
    ["فإن", true], // ف + إن
    ["بها", true],
    ["وزارة", false],
    ["الجيش", false],
    ["قال", false], // a reporting verb: kept for attribution
    ["اليوم", false], // a time word: kept for dates
    ["دمشق", false],
  ])("ar %s → %s", (word, expected) => {
    expect(isStopword(word, "ar")).toBe(expected);
  });

  it.each([
    ["the", true],
    ["The", true],
    ["don’t", true],
    ["don't", true],
    ["between", true],
    ["said", false],
    ["ceasefire", false],
    ["Syria", false],
  ])("en %s → %s", (word, expected) => {
    expect(isStopword(word, "en")).toBe(expected);
  });
});

describe.each(["ar", "en"] as const)("data/lexicons/%s/stopwords.txt", (lang) => {
  const rows = readLexiconRows(`lexicons/${lang}/stopwords.txt`);

  it("loads real entries", () => {
    const expected =
      lang === "ar" ? ["في", "الذي", "هذه", "كان", "لكن"] : ["the", "of", "and", "which", "would"];
    for (const word of expected) expect(stopwords(lang).has(normalizeArabic(word))).toBe(true);
    expect(rows.length).toBeGreaterThan(150);
  });

  it("has no duplicates after normalisation", () => {
    const seen = new Map<string, string>();
    for (const row of rows) {
      expect(row).toHaveLength(1);
      const key = normalizeArabic(row[0]!);
      expect(seen.get(key), `${row[0]} duplicates ${seen.get(key)}`).toBeUndefined();
      seen.set(key, row[0]!);
    }
    expect(stopwords(lang).size).toBe(rows.length);
  });
});
