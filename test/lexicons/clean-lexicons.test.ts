// The lexicons the line-role stage reads: each loads, says only what its format allows, and has no
// entry twice (after matching normalisation, so "أيار" and "ايار" would count as one).
import { describe, expect, it } from "vitest";
import { readLexiconRows } from "../../src/core/lexicon.js";
import { matchKey } from "../../src/text/match-key.js";
import { duplicates } from "../support/duplicates.js";

const SCOPES = new Set(["line", "prefix", "contains", "header", "label"]);

describe.each(["ar", "en", "fr"])("%s/boilerplate.tsv", (lang) => {
  const rows = readLexiconRows(`lexicons/${lang}/boilerplate.tsv`);

  it("has a phrase, a kind and a known scope on every row, and a word limit only on 'contains'", () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.length === 3 || row.length === 4, row.join(" | ")).toBe(true);
      expect(SCOPES.has(row[2]!), row.join(" | ")).toBe(true);
      expect(row[1]).toMatch(/^[a-z-]+$/u);
      if (row.length === 4) {
        expect(row[2]).toBe("contains");
        expect(Number(row[3])).toBeGreaterThan(12);
      }
    }
  });

  it("lists no phrase twice for the same scope", () => {
    expect(duplicates(rows.map((r) => `${matchKey(r[0]!)}\t${r[2]}`))).toEqual([]);
  });
});

describe("months and weekdays", () => {
  it("names all twelve months in the Levantine and the Egyptian series", () => {
    const rows = readLexiconRows("lexicons/ar/months.tsv");
    for (const series of ["levant", "egypt"]) {
      const numbers = new Set(rows.filter((r) => r[2] === series).map((r) => Number(r[0])));
      expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    }
    expect(rows.find((r) => r[1] === "أيار")?.[0]).toBe("5");
    expect(rows.find((r) => r[1] === "تشرين الثاني")?.[0]).toBe("11");
  });

  it("never gives one month name two numbers", () => {
    for (const file of ["lexicons/ar/months.tsv", "lexicons/en/months.tsv"]) {
      const numberOf = new Map<string, string>();
      for (const [number = "", name = ""] of readLexiconRows(file)) {
        const key = matchKey(name);
        expect(numberOf.get(key) ?? number, `${file}: ${name}`).toBe(number);
        numberOf.set(key, number);
      }
    }
  });

  it("covers every weekday in both languages", () => {
    for (const lang of ["ar", "en"]) {
      const numbers = new Set(readLexiconRows(`lexicons/${lang}/weekdays.tsv`).map((r) => Number(r[0])));
      expect([...numbers].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    }
  });
});

describe("bylines, places, outlets and self-references", () => {
  it("gives every byline entry a known kind and, where set, a word limit", () => {
    for (const lang of ["ar", "en"]) {
      for (const row of readLexiconRows(`lexicons/${lang}/bylines.tsv`)) {
        expect(["byline", "credit", "role", "credit-phrase"]).toContain(row[1]);
        if (row[2] !== undefined) expect(Number(row[2])).toBeGreaterThan(8);
      }
    }
  });

  it("pairs dateline places with their English names without duplicates", () => {
    const rows = readLexiconRows("lexicons/ar/dateline-places.tsv");
    expect(rows.every((r) => r.length === 2)).toBe(true);
    expect(duplicates(rows.map((r) => matchKey(r[0]!)))).toEqual([]);
    expect(rows.find((r) => r[0] === "دير الزور")?.[1]).toBe("Deir ez-Zor");
  });

  it("lists outlets with an English name, and no alias twice", () => {
    const rows = readLexiconRows("lexicons/ar/outlets.tsv");
    expect(rows.every((r) => r.length >= 2 && r[1]!.length > 0)).toBe(true);
    const names = rows.flatMap((r) => [r[0]!, ...(r[2] ?? "").split(",").filter(Boolean)]).map(matchKey);
    expect(duplicates(names)).toEqual([]);
  });

  it("gives every self-reference trigger a mode", () => {
    for (const row of readLexiconRows("lexicons/ar/outlet-self-reference.tsv")) {
      expect(["quoted", "known"]).toContain(row[1]);
    }
  });
});
