// data/lexicons/{ar,en}/number-words.tsv: every row has a value and a known kind, no word is listed
// twice after normalisation, and a few real entries read as they should.
import { describe, expect, it } from "vitest";
import { duplicates } from "../../../test/support/duplicates.js";
import { readLexiconRows } from "../../core/lexicon.js";
import { normalizeArabic } from "../../text/normalize.js";
import { lookupNumberWord, numberWords } from "./number-words.js";

describe.each(["ar", "en"] as const)("%s/number-words.tsv", (lang) => {
  const rows = readLexiconRows(`lexicons/${lang}/number-words.tsv`);

  it("loads, with a finite value and a known kind on every row", () => {
    expect(numberWords(lang).size).toBe(rows.length);
    for (const row of rows) expect(Number.isFinite(Number(row[1])), row.join(" | ")).toBe(true);
  });

  it("lists no word twice after normalisation", () => {
    const key = (w: string) => (lang === "ar" ? normalizeArabic(w) : w.toLowerCase());
    expect(duplicates(rows.map((r) => key(r[0]!)))).toEqual([]);
  });
});

describe("number-word entries", () => {
  it.each([
    ["ar", "ثلاثة", 3, "unit"],
    ["ar", "ثلاثه", 3, "unit"], // folded ta marbuta
    ["ar", "ثماني", 8, "unit"],
    ["ar", "ثلاثين", 30, "tens"],
    ["ar", "ثلاثون", 30, "tens"],
    ["ar", "ثلاثمائة", 300, "hundreds"],
    ["ar", "الفين", 1000, "scale-dual"], // «ألفين», hamza folded
    ["ar", "آلاف", 1000, "scale-plural"],
    ["ar", "مليار", 1e9, "scale"],
    ["ar", "عشرات", 10, "vague"],
    ["ar", "ثاني", 2, "ordinal"],
    ["en", "Twenty", 20, "tens"],
    ["en", "dozens", 12, "vague"],
    ["en", "third", 3, "ordinal"],
  ] as const)("%s «%s» = %d (%s)", (lang, word, value, kind) => {
    expect(lookupNumberWord(lang, word)).toMatchObject({ value, kind });
  });
});
