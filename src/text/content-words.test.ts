// The light stemmer and content words (content-words.ts, data/lexicons/*/stem-affixes.tsv): forms of one
// word meet, and words that only look affixed are left whole.
import { describe, expect, it } from "vitest";
import { contentWordSlots, contentWords, lightStem } from "./content-words.js";

const stemOf = (word: string) => contentWords(word)[0];

describe("contentWords", () => {
  it("drops function words, the article and clitics, and keeps repeats", () => {
    expect(contentWords("إن القافلة وصلت إلى المدينة والقافلة")).toEqual(
      contentWords("القافلة وصلت المدينة القافلة"),
    );
  });

  it("brings a verb and its verbal noun with a pronoun to one stem («يتوجهوا» / «توجههم»)", () => {
    expect(stemOf("يتوجهوا")).toBe(stemOf("توجههم"));
  });

  it("takes the future prefix off a bare root («ستقصف», «سنقصف», «قصف»)", () => {
    expect(stemOf("ستقصف")).toBe("قصف");
    expect(stemOf("سنقصف")).toBe("قصف");
    expect(stemOf("سيقصف")).toBe("قصف");
  });

  it("leaves nouns that only open like a future verb with their letters («سيارة», «سياسة»)", () => {
    expect(stemOf("سيارة")).toMatch(/^سيار/u);
    expect(stemOf("سياسة")).toMatch(/^سياس/u);
  });

  it("stems English plurals and verb forms with the English affixes", () => {
    expect(lightStem("convoys")).toBe(lightStem("convoy"));
  });
});

describe("contentWordSlots", () => {
  it("keeps each word's place, with an empty slot where contentWords reads none", () => {
    const text = "نفى المتحدث استخدام الرصاص الحي في تفريق الاعتصام";
    const slots = contentWordSlots(text);
    expect(slots).toHaveLength(8);
    expect(slots.filter(Boolean)).toEqual(contentWords(text));
    // «في» is a function word; «الحي» is two letters once the article is off
    expect(slots[5]).toBe("");
    expect(slots[4]).toBe("");
    expect(contentWordSlots(text, 2)[4]).toBe("حي");
  });
});
