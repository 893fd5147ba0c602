import { describe, expect, it } from "vitest";
import { heavyFold, lightFold, nameKey, phraseWords, withoutArticle } from "./name-keys.js";

describe("name keys", () => {
  it.each([
    ["قوات سوريا الديمقراطية", "قوات سورية الديموقراطية"],
    ["عبد الرحمن الخطيب", "عبدالرحمن الخطيب"],
    ["وقسد", "قسد"],
    ["بالرقة", "الرقة"],
    ["ماريا زاخاروفا", "ماريا زاخروفا"],
    ["مستشفى نوى الوطني", "مستشفى نوي الوطني"],
  ])("«%s» and «%s» have one key", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ["وزارة الدفاع الروسية", "وزارة الخارجية الروسية"],
    ["الإسلامية", "السلمية"],
    ["تدمر", "تدمير"],
  ])("«%s» and «%s» keep apart", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it("folds a final «يا» lightly and inner long vowels only in long words", () => {
    expect(lightFold("سوريا")).toBe("سوريه");
    expect(lightFold("يا")).toBe("يا");
    expect(heavyFold("الديموقراطيه")).toBe(heavyFold("الديمقراطيه"));
    expect(heavyFold("تدمير")).toBe("تدمير");
  });

  it("splits phrases into normalised words, joining «عبد» and reading «ابن» as «بن»", () => {
    expect(phraseWords("«عبد الله» ابن علي")).toEqual(["عبدالله", "بن", "علي"]);
    expect(phraseWords("Abdel-Hakim al-Rifai")).toEqual(["abdel", "hakim", "al", "rifai"]);
  });

  it("drops the article of words longer than four letters", () => {
    expect(withoutArticle("الرقه")).toBe("رقه");
    expect(withoutArticle("الي")).toBe("الي");
  });
});
