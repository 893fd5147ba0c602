import { describe, expect, it } from "vitest";
import { readLexiconRows } from "../core/lexicon.js";
import { normalizeArabic } from "./normalize.js";
import { splitSentences } from "./sentences.js";

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  it("splits Arabic on . ! ؟ and keeps offsets into the text", () => {
    const text = "سقطت قذيفة على الحي. هل أصيب أحد؟ نعم! نقل ثلاثة إلى المستشفى.";
    expect(sentences(text)).toEqual([
      "سقطت قذيفة على الحي.",
      "هل أصيب أحد؟",
      "نعم!",
      "نقل ثلاثة إلى المستشفى.",
    ]);
  });

  it("does not split inside «…» or “…” quotations", () => {
    expect(sentences("قال القائد: «لن نتراجع. لن نستسلم» ثم غادر. وصل الوفد.")).toEqual([
      "قال القائد: «لن نتراجع. لن نستسلم» ثم غادر.",
      "وصل الوفد.",
    ]);
    expect(sentences("He said “we stay. we fight” and left. Talks resume.")).toEqual([
      "He said “we stay. we fight” and left.",
      "Talks resume.",
    ]);
  });

  it("keeps a closing quote after the final stop with its sentence", () => {
    expect(sentences('قال المتحدث: "انسحبنا من المدينة." ثم أغلق الهاتف.')).toEqual([
      'قال المتحدث: "انسحبنا من المدينة."',
      "ثم أغلق الهاتف.",
    ]);
    expect(sentences("وأضاف: «انتهى الأمر.» وصل الوفد.")).toEqual(["وأضاف: «انتهى الأمر.»", "وصل الوفد."]);
  });

  it("does not split decimals or Arabic single-letter abbreviations", () => {
    expect(
      sentences("ارتفع المؤشر 2.5 بالمئة. التقى د. محمد الأحمد بالوفد في عام ١٤٤٥ هـ. وانتهى اللقاء."),
    ).toEqual(["ارتفع المؤشر 2.5 بالمئة.", "التقى د. محمد الأحمد بالوفد في عام ١٤٤٥ هـ. وانتهى اللقاء."]);
    expect(sentences("عاش في القرن الثالث ق.م. ثم اختفى.")).toEqual(["عاش في القرن الثالث ق.م. ثم اختفى."]);
  });

  it("does not split English abbreviations, initials or before a lowercase word", () => {
    expect(
      sentences(
        "Dr. Smith met U.S. officials on Jan. 5 with John F. Kennedy Jr. present. It rained, e.g. in Homs.",
      ),
    ).toEqual([
      "Dr. Smith met U.S. officials on Jan. 5 with John F. Kennedy Jr. present.",
      "It rained, e.g. in Homs.",
    ]);
  });

  it("splits on an ellipsis followed by a new sentence, not one followed by a lowercase word", () => {
    expect(sentences("وانتظر الجميع… ثم جاء الخبر. He paused... and went on. Done.")).toEqual([
      "وانتظر الجميع…",
      "ثم جاء الخبر.",
      "He paused... and went on.",
      "Done.",
    ]);
  });

  it("ends a sentence at every line break (headlines have no final stop)", () => {
    expect(sentences("عاجل: انفجار في دمشق\n\nأفادت مصادر محلية بوقوع انفجار.\r\nNo casualties")).toEqual([
      "عاجل: انفجار في دمشق",
      "أفادت مصادر محلية بوقوع انفجار.",
      "No casualties",
    ]);
  });

  it("ignores quotes on a line where they never balance", () => {
    expect(sentences("قال «لن نتراجع. وصل الوفد. انتهى اللقاء.")).toEqual([
      "قال «لن نتراجع.",
      "وصل الوفد.",
      "انتهى اللقاء.",
    ]);
  });

  it("does not split URLs, numbers with dots or a stop not followed by white space", () => {
    expect(sentences("راجع example.com/a.b للمزيد. الإصدار 3.14.2 متاح.")).toEqual([
      "راجع example.com/a.b للمزيد.",
      "الإصدار 3.14.2 متاح.",
    ]);
  });

  it("returns no span for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("  \n \n")).toEqual([]);
  });
});

describe("data/lexicons/en/abbreviations.txt", () => {
  const rows = readLexiconRows("lexicons/en/abbreviations.txt");

  it("holds real entries, lowercase and without the final period", () => {
    const entries = new Set(rows.map((r) => r[0]));
    for (const abbreviation of ["mr", "dr", "gen", "jan", "u.s", "a.m"])
      expect(entries.has(abbreviation)).toBe(true);
    for (const row of rows) expect(row[0]).toMatch(/^[a-z][a-z.]*[a-z]$/);
    expect(entries.has("etc")).toBe(false);
  });

  it("has no duplicates after normalisation", () => {
    const keys = rows.map((r) => normalizeArabic(r[0]!));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
