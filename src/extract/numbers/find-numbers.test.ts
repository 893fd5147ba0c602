// findNumbers as other stages use it: exact spans into the text given, the form of each figure, and
// figures that never run across a line break.
import { describe, expect, it } from "vitest";
import { findNumbers } from "./index.js";

describe("findNumbers", () => {
  const text = "قتل أكثر من 80 إرهابيا و36 مركبة وثماني شاحنات، ونزح ٧٥٠ ألف شخص خلال three weeks.";
  const found = findNumbers(text);

  it("gives offsets whose slice is the quoted text", () => {
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("finds each figure once, in text order, with its form and rule", () => {
    expect(found.map((m) => [m.text, m.value, m.form, m.rule])).toEqual([
      ["80", 80, "digits", "num.digits"],
      ["36", 36, "digits", "num.digits"],
      ["ثماني", 8, "words", "num.ar-word"],
      ["٧٥٠ ألف", 750_000, "mixed", "num.digits-scale"],
      ["three", 3, "words", "num.en-word"],
    ]);
  });

  it("never joins figures across a line break", () => {
    expect(findNumbers("ثلاثة\nآلاف").map((m) => m.value)).toEqual([3]);
    expect(findNumbers("twenty\nfive").map((m) => m.value)).toEqual([20, 5]);
  });

  it("reads digits split by date and time separators as separate figures", () => {
    expect(findNumbers("2017/5/15 12:33").map((m) => m.value)).toEqual([2017, 5, 15, 12, 33]);
  });
});
