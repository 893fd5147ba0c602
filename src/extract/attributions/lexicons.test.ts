// The lexicons of reporting acts (data/lexicons/{ar,en}/reporting-verbs.tsv, reporting-nouns.tsv,
// denial-phrases.tsv, …): they load through cueLexicon(), their rows are well formed, and a few real
// entries read as they should.
import { describe, expect, it } from "vitest";
import { readLexiconRows } from "../../core/lexicon.js";
import { normalizeArabic } from "../../text/normalize.js";
import { cueLexicon, speakerNounTypo } from "./cue-lexicon.js";

const AR_VERBS = "lexicons/ar/reporting-verbs.tsv";
const AR_NOUNS = "lexicons/ar/reporting-nouns.tsv";
const EN_VERBS = "lexicons/en/reporting-verbs.tsv";
const forms = (field: string | undefined) => (field ?? "").split("|").filter(Boolean);

describe("cueLexicon", () => {
  it("loads every table, Arabic and English", () => {
    const lex = cueLexicon();
    expect(lex.arVerbs.size).toBeGreaterThan(100);
    expect(lex.arNouns.size).toBeGreaterThan(20);
    expect(lex.arMarkers.get(normalizeArabic("إن"))).toBe("that");
    expect(lex.arMarkers.get(normalizeArabic("إلى"))).toBe("to-that");
    expect(lex.arSpeakerNouns.get(normalizeArabic("مصدر"))).toEqual({
      kind: "source",
      plural: false,
      refers: null,
    });
    expect(lex.arSpeakerNouns.get(normalizeArabic("المصدر"))).toMatchObject({
      kind: "reference",
      refers: "source",
    });
    expect(lex.arSpeakerNouns.get(normalizeArabic("البيان"))?.refers).toBe("document");
    expect(lex.enSpeakerNouns.get("statement")?.refers).toBe("document");
    expect(lex.arWords.adverbial.has(normalizeArabic("في"))).toBe(true);
    expect(lex.arWords.document.has(normalizeArabic("رواية"))).toBe(true);
    expect(lex.enWords.determiner.has("the")).toBe(true);
    expect(lex.enPronouns.get("she")).toBe("f");
    expect(lex.enPronouns.get("it")).toBeNull();
    expect(lex.arDenials.length).toBeGreaterThan(10);
    expect(lex.arImpersonal).toContainEqual([normalizeArabic("يذكر"), normalizeArabic("أن")]);
    expect(lex.arClauseOpeners.has(normalizeArabic("لكن"))).toBe(true);
    expect(lex.enSpeakerNouns.get("spokesman")?.kind).toBe("source");
    expect(lex.enDenials).toContainEqual(["no", "truth"]);
    // read once: the same object every time
    expect(cueLexicon()).toBe(lex);
  });

  it("indexes Arabic verb forms by normalised form, with gender, kind and polarity", () => {
    const { arVerbs } = cueLexicon();
    expect(arVerbs.get(normalizeArabic("قالت"))).toEqual({
      lemma: "قال",
      kind: "verb",
      polarity: "assert",
      marked: true,
      gender: "f",
    });
    expect(arVerbs.get(normalizeArabic("أكد"))).toMatchObject({ gender: "m", marked: false });
    expect(arVerbs.get(normalizeArabic("نفى"))).toMatchObject({
      kind: "verb",
      polarity: "deny",
      gender: "m",
    });
    expect(arVerbs.get(normalizeArabic("نقلت"))).toMatchObject({ kind: "relay", gender: "f" });
    expect(arVerbs.get(normalizeArabic("مشيراً"))).toMatchObject({ kind: "circ", lemma: "أشار" });
    expect(arVerbs.get(normalizeArabic("نافياً"))).toMatchObject({ kind: "circ", polarity: "deny" });
  });
});

describe("ar/reporting-verbs.tsv", () => {
  const rows = readLexiconRows(AR_VERBS);

  it("has well-formed rows: known kind, polarity and content", () => {
    expect(rows.length).toBeGreaterThan(40);
    for (const [lemma, kind, polarity, content] of rows) {
      expect(lemma, `row ${lemma}`).toBeTruthy();
      expect(["verb", "relay", "circ"], `kind of ${lemma}`).toContain(kind);
      expect(["assert", "deny"], `polarity of ${lemma}`).toContain(polarity);
      expect(["any", "marked"], `content of ${lemma}`).toContain(content);
    }
  });

  it("gives every row a masculine and a feminine form", () => {
    const lacking = rows
      .filter((row) => forms(row[4]).length === 0 || forms(row[5]).length === 0)
      .map((row) => `${row[0]} (${row[1]})`);
    expect(lacking).toEqual([]);
  });

  it("never lists one form under two lemmas of different polarity", () => {
    const seen = new Map<string, { lemma: string; polarity: string }>();
    const clashes: string[] = [];
    for (const [lemma, , polarity, , ...genders] of rows) {
      for (const form of genders.flatMap(forms)) {
        const key = normalizeArabic(form);
        const before = seen.get(key);
        if (before && before.lemma !== lemma && before.polarity !== polarity)
          clashes.push(`${form}: ${before.lemma}/${before.polarity} and ${lemma}/${polarity}`);
        seen.set(key, { lemma: lemma!, polarity: polarity! });
      }
    }
    expect(clashes).toEqual([]);
  });

  it("loads every listed form", () => {
    const { arVerbs } = cueLexicon();
    const missing = rows
      .flatMap(([, , , , ...genders]) => genders.flatMap(forms))
      .filter((form) => !arVerbs.has(normalizeArabic(form)));
    expect(missing).toEqual([]);
  });
});

describe("ar/reporting-nouns.tsv", () => {
  it("uses only the documented kinds and polarities", () => {
    const rows = readLexiconRows(AR_NOUNS);
    expect(rows.length).toBeGreaterThan(20);
    const kinds = ["statement", "deny-noun", "say-noun", "info", "source"];
    for (const [phrase, kind, polarity] of rows) {
      expect(kinds, `kind of ${phrase}`).toContain(kind);
      expect(["assert", "deny"], `polarity of ${phrase}`).toContain(polarity);
      // a denial named as a noun denies
      if (kind === "deny-noun") expect(polarity, phrase).toBe("deny");
    }
    const { arNouns } = cueLexicon();
    expect(arNouns.get(normalizeArabic("بحسب"))?.kind).toBe("source");
    expect(arNouns.get(normalizeArabic("على حد قول"))?.kind).toBe("source");
    expect(arNouns.get(normalizeArabic("نفي"))).toEqual({ kind: "deny-noun", polarity: "deny" });
  });
});

describe.each(["ar", "en"] as const)("%s/denial-phrases.tsv", (lang) => {
  it("has no empty phrase and none made only of wildcards", () => {
    const rows = readLexiconRows(`lexicons/${lang}/denial-phrases.tsv`);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row[0]?.trim(), `row ${row.join("\t")}`).toBeTruthy();
    const lex = cueLexicon();
    const loaded = lang === "ar" ? lex.arDenials : lex.enDenials;
    // no row vanished on load (a phrase made empty by normalisation)
    expect(loaded).toHaveLength(rows.length);
    for (const phrase of loaded) {
      expect(phrase.length).toBeGreaterThan(0);
      expect(phrase.every((w) => w.length > 0)).toBe(true);
      expect(
        phrase.some((w) => w !== "*"),
        phrase.join(" "),
      ).toBe(true);
    }
  });
});

describe("en/reporting-verbs.tsv", () => {
  it("has well-formed rows", () => {
    const rows = readLexiconRows(EN_VERBS);
    for (const [form, kind, polarity] of rows) {
      expect(form, `row ${form}`).toMatch(/^[a-z]+( [a-z]+)?$/u);
      expect(["verb", "relay", "circ", "source"], `kind of ${form}`).toContain(kind);
      expect(["assert", "deny"], `polarity of ${form}`).toContain(polarity);
    }
  });

  it("covers said, told, denied and according to", () => {
    const { enVerbs } = cueLexicon();
    expect(enVerbs.get("said")).toMatchObject({ kind: "verb", polarity: "assert" });
    expect(enVerbs.get("told")).toMatchObject({ kind: "verb", polarity: "assert" });
    expect(enVerbs.get("denied")).toMatchObject({ kind: "verb", polarity: "deny" });
    expect(enVerbs.get("according to")).toEqual({ kind: "source", polarity: "assert" });
  });
});

describe("speakerNounTypo", () => {
  it("reads a head written with two neighbouring letters swapped as the noun, for long words only", () => {
    const { arSpeakerNouns } = cueLexicon();
    expect(speakerNounTypo(normalizeArabic("الوزراة"), arSpeakerNouns)?.kind).toBe("reference");
    expect(speakerNounTypo(normalizeArabic("الوكلاة"), arSpeakerNouns)?.refers).toBe("speaker");
    // «المصرد» is as close to «المصدر» (the source) as to «المرصد» (the observatory): no guess
    expect(speakerNounTypo(normalizeArabic("المصرد"), arSpeakerNouns)).toBeUndefined();
    // four letters: «مصرد» is not taken for «مصدر»
    expect(speakerNounTypo(normalizeArabic("مصرد"), arSpeakerNouns)).toBeUndefined();
    expect(speakerNounTypo(normalizeArabic("الحكومة"), arSpeakerNouns)).toBeUndefined();
  });
});
