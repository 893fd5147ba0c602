import { describe, expect, it } from "vitest";
import { type Token, tokenize } from "./tokenize.js";

/** "text:kind" for each token, for compact expectations. */
function shape(text: string): string[] {
  return tokenize(text).map((t) => `${t.text}:${t.kind}`);
}

describe("tokenize", () => {
  it("gives offsets into the original text", () => {
    const text = "قال المتحدث، إن القصف استمر.";
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
    }
    expect(tokenize(text).map((t) => t.text)).toEqual(["قال", "المتحدث", "،", "إن", "القصف", "استمر", "."]);
  });

  it("keeps an Arabic word with harakat and tatweel as one token", () => {
    expect(shape("أعلـــنَ الـرئيسُ")).toEqual(["أعلـــنَ:word", "الـرئيسُ:word"]);
  });

  it("keeps clitics attached and splits a bare clitic from a quotation", () => {
    expect(shape("والجيش لـ«داعش»")).toEqual(["والجيش:word", "لـ:word", "«:punct", "داعش:word", "»:punct"]);
  });

  it("reads Eastern-Arabic, Persian and ASCII numbers with inner separators as one number", () => {
    expect(shape("قتل ١٬٥٠٠ و1,500 و٢٫٥ و2.5 و۱۴۰۳")).toEqual([
      "قتل:word",
      "١٬٥٠٠:number",
      "و:word",
      "1,500:number",
      "و:word",
      "٢٫٥:number",
      "و:word",
      "2.5:number",
      "و:word",
      "۱۴۰۳:number",
    ]);
  });

  it("splits dates and times into numbers and punctuation", () => {
    expect(shape("في 2017/5/15 الساعة 15:30")).toEqual([
      "في:word",
      "2017:number",
      "/:punct",
      "5:number",
      "/:punct",
      "15:number",
      "الساعة:word",
      "15:number",
      "::punct",
      "30:number",
    ]);
  });

  it("leaves a final period or comma outside the number", () => {
    expect(shape("بلغ عدد القتلى 12. وأصيب 40،")).toEqual([
      "بلغ:word",
      "عدد:word",
      "القتلى:word",
      "12:number",
      ".:punct",
      "وأصيب:word",
      "40:number",
      "،:punct",
    ]);
  });

  it("handles English words, apostrophes, hyphens and alphanumerics", () => {
    expect(shape("Assad’s al-Assad don't G20 F-16")).toEqual([
      "Assad’s:word",
      "al:word",
      "-:punct",
      "Assad:word",
      "don't:word",
      "G20:word",
      "F:word",
      "-:punct",
      "16:number",
    ]);
  });

  it("splits a currency code glued to its amount, and nothing else glued to digits", () => {
    expect(shape("KD3.2 SAR10 G20 MH17")).toEqual([
      "KD:word",
      "3.2:number",
      "SAR:word",
      "10:number",
      "G20:word",
      "MH17:word",
    ]);
  });

  it("makes URLs and e-mail addresses one symbol token, without trailing punctuation", () => {
    expect(shape("(انظر https://example.org/news?id=5). راسلونا على desk@example.org")).toEqual([
      "(:punct",
      "انظر:word",
      "https://example.org/news?id=5:symbol",
      "):punct",
      ".:punct",
      "راسلونا:word",
      "على:word",
      "desk@example.org:symbol",
    ]);
    expect(shape("www.example.com")).toEqual(["www.example.com:symbol"]);
  });

  it("groups dots of an ellipsis and keeps other punctuation single", () => {
    expect(shape("انتظروا... ماذا؟!")).toEqual([
      "انتظروا:word",
      "...:punct",
      "ماذا:word",
      "؟:punct",
      "!:punct",
    ]);
  });

  it("keeps a Persian ZWNJ inside the word and an emoji sequence whole", () => {
    const tokens: Token[] = tokenize("می‌خواهم 👍🏽 +");
    expect(tokens.map((t) => t.text)).toEqual(["می‌خواهم", "👍🏽", "+"]);
    expect(tokens.map((t) => t.kind)).toEqual(["word", "symbol", "symbol"]);
  });

  it("returns nothing for white space only", () => {
    expect(tokenize(" \n\t\u00a0")).toEqual([]);
  });
});
