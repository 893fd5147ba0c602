// The quantity lexicons (data/lexicons/{ar,en}/quantity-*.tsv): each loads, every row is well formed,
// no entry is listed twice after normalisation, and a few real entries read as they should.
import { describe, expect, it } from "vitest";
import { duplicates } from "../../../test/support/duplicates.js";
import { readLexiconRows } from "../../core/lexicon.js";
import { currencyCodeNouns } from "../../text/currency-codes.js";
import { normalizeArabic } from "../../text/normalize.js";
import { blockerLexicon, cueLexicon, monthLexicon, qualifierLexicon, unitLexicon } from "./lexicons.js";

const LANGS = ["ar", "en"] as const;

describe.each(LANGS)("%s quantity lexicons have no duplicates", (lang) => {
  const key = (s: string) => normalizeArabic(s);
  it("quantity-units.tsv: no form belongs to two nouns, no dual is also a plural", () => {
    const rows = readLexiconRows(`lexicons/${lang}/quantity-units.tsv`);
    const list = (f?: string) => (!f || f === "-" ? [] : f.split(","));
    const forms = rows.flatMap((r) => [r[0]!, ...list(r[2])].map(key));
    expect(duplicates(forms)).toEqual([]);
    const duals = rows.flatMap((r) => list(r[3]).map(key));
    expect(duplicates(duals)).toEqual([]);
    expect(duals.filter((d) => forms.includes(d))).toEqual([]);
  });
  it.each([
    ["quantity-qualifiers.tsv", [0, 2]],
    ["quantity-cues.tsv", [0]],
    ["quantity-blockers.tsv", [0, 1, 2]],
  ] as const)("%s: no phrase twice (in the same position)", (file, columns) => {
    const rows = readLexiconRows(`lexicons/${lang}/${file}`);
    expect(duplicates(rows.map((r) => columns.map((c) => key(r[c] ?? "")).join("\t")))).toEqual([]);
  });
});

describe("quantity lexicon entries", () => {
  it("units: singular, plural, accusative and dual forms", () => {
    const { forms, duals } = unitLexicon();
    expect(forms.get(normalizeArabic("شاحنات"))).toEqual({ singular: "شاحنة", category: "vehicles" });
    expect(forms.get(normalizeArabic("صواريخ"))?.singular).toBe("صاروخ");
    expect(forms.get(normalizeArabic("مدنياً"))?.singular).toBe("مدني");
    expect(forms.get(normalizeArabic("عنصراً"))?.singular).toBe("عنصر");
    expect(forms.get(normalizeArabic("إرهابيا"))?.singular).toBe("إرهابي");
    expect(forms.get(normalizeArabic("كم"))?.category).toBe("distance");
    expect(forms.get("gunmen")).toEqual({ singular: "gunman", category: "people" });
    expect(forms.get("missiles")?.category).toBe("weapons");
    expect(duals.get(normalizeArabic("محاولتين"))).toEqual({ singular: "محاولة", category: "events" });
    expect(duals.get(normalizeArabic("امرأتان"))?.singular).toBe("امرأة");
    expect(duals.has(normalizeArabic("مدينتين"))).toBe(false); // «مدينتي البوكمال والميادين» names a pair
  });

  it("currency codes: each gives a money noun of en/quantity-units.tsv", () => {
    const codes = currencyCodeNouns();
    expect(codes.get("KD")).toBe("dinar");
    for (const [code, noun] of codes) {
      expect(code, code).toMatch(/^[A-Z][A-Za-z]{1,3}$/u);
      expect(unitLexicon().forms.get(noun)?.category, `${code} → ${noun}`).toBe("money");
    }
  });

  it("qualifiers: longest first, with range joiners", () => {
    const q = qualifierLexicon();
    const at = (phrase: string) => q.findIndex((e) => e.words.join(" ") === normalizeArabic(phrase));
    expect(at("ما لا يقل عن")).toBeLessThan(at("نحو"));
    expect(q[at("ما لا يقل عن")]?.qualifier).toBe("at-least");
    expect(q[at("على الأقل")]?.position).toBe("after");
    expect(q[at("بين")]?.joiners).toEqual([["و"]]);
    expect(q.find((e) => e.words.join(" ") === "up to")?.qualifier).toBe("at-most");
  });

  it("cues, blockers and months", () => {
    expect(cueLexicon().find((c) => c.words.join(" ") === normalizeArabic("بحياة"))?.category).toBe(
      "people-killed",
    );
    expect(cueLexicon().find((c) => c.words[0] === "wounded")?.category).toBe("people-injured");
    const blocker = (phrase: string) =>
      blockerLexicon().find((b) => b.words.join(" ") === normalizeArabic(phrase))?.reading;
    expect(blocker("في المئة")).toBe("percent");
    expect(blocker("القرار")).toBe("identifier");
    expect(blocker("hours")).toBe("duration");
    expect(monthLexicon().some((m) => m.words.join(" ") === normalizeArabic("كانون الثاني"))).toBe(true);
  });
});
