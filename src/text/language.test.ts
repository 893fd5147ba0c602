import { describe, expect, it } from "vitest";
import { readLexiconRows } from "../core/lexicon.js";
import { detectLanguage } from "./language.js";

describe("detectLanguage", () => {
  it.each([
    // Arabic
    ["قال المتحدث باسم الوزارة إن الهجوم وقع صباح اليوم", "ar"],
    ["وزير الخارجية", "ar"],
    ["انفجار في دمشق", "ar"],
    ["أعلنت قوات سوريا الديمقراطية «قسد» سيطرتها على بلدة في ريف دير الزور الشرقي.", "ar"],
    ["قال مسؤول إيراني إن گلپایگانی وصل إلى بغداد صباح اليوم لإجراء محادثات مع الحكومة العراقية.", "ar"],
    ["ﺃﻋﻠﻨﺖ ﺍﻟﻮﺯﺍﺭﺓ", "ar"], // presentation forms from a PDF
    // Persian
    ["این یک آزمایش است و ما می‌خواهیم نتیجه را ببینیم", "fa"],
    ["مذاکرات صلح در ژنو", "fa"],
    ["اين يك آزمايش است", "fa"], // typed on an Arabic keyboard
    ["سخنگوی وزارت امور خارجه ایران روز دوشنبه گفت که مذاکرات ادامه خواهد داشت.", "fa"],
    // Urdu
    ["یہ ایک ٹیسٹ ہے اور ہم دیکھنا چاہتے ہیں", "ur"],
    ["وزیر اعظم نے کہا کہ حکومت مذاکرات کے لیے تیار ہے۔", "ur"],
    // English
    ["The ministry said on Monday", "en"],
    ["Syria ceasefire talks collapse", "en"],
    ["Rebels seize airport", "en"],
    ["Damascus", "en"],
    [
      "The foreign ministry said on Monday that talks with the opposition would resume in Geneva next week.",
      "en",
    ],
    // other
    ["Le gouvernement syrien a annoncé lundi la reprise des négociations à Genève.", "other"],
    ["Le président a démissionné", "other"],
    ["El gobierno anunció nuevas medidas de seguridad en la frontera norte del país.", "other"],
    ["Die Regierung hat am Montag neue Maßnahmen angekündigt", "other"],
    ["Правительство объявило о новых мерах", "other"],
    ["ئەم هەواڵە لە هەولێرەوە بڵاوکرایەوە", "other"], // Kurdish (Sorani)
    ["", "other"],
    ["   \n ", "other"],
    ["2024-05-15 15:30", "other"],
    ["١٢٣٤ ٪ ٥", "other"],
  ] as const)("%s → %s", (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it("reads a whole article, not only a line", () => {
    const article = [
      "دمشق - أفادت مصادر محلية بأن قصفا مدفعيا استهدف صباح اليوم أطراف المدينة.",
      "وقال مدير الدفاع المدني في المنطقة إن فرق الإنقاذ انتشلت جثث ثلاثة أشخاص من تحت الأنقاض.",
      "Reuters could not independently verify the reports.",
      "وأضاف أن الحصيلة مرشحة للارتفاع بسبب وجود مفقودين.",
    ]
      .join("\n")
      .repeat(20);
    expect(detectLanguage(article)).toBe("ar");
    const english = "Shelling hit the outskirts of the city on Tuesday morning, local sources said. ".repeat(
      50,
    );
    expect(detectLanguage(english)).toBe("en");
  });
});

describe.each(["fa", "ur"])("data/lexicons/%s/function-words.txt", (lang) => {
  const rows = readLexiconRows(`lexicons/${lang}/function-words.txt`);

  it("loads real entries", () => {
    const entries = new Set(rows.map((r) => r[0]));
    const expected = lang === "fa" ? ["است", "این", "که", "را", "می"] : ["ہے", "کے", "میں", "اور", "نہیں"];
    for (const word of expected) expect(entries.has(word)).toBe(true);
  });

  it("has no duplicates (entries are compared as written)", () => {
    const words = rows.map((r) => r[0]!);
    expect(new Set(words).size).toBe(words.length);
  });

  it("shares no entry with the other list", () => {
    const other = new Set(
      readLexiconRows(`lexicons/${lang === "fa" ? "ur" : "fa"}/function-words.txt`).map((r) => r[0]),
    );
    expect(rows.filter((r) => other.has(r[0]))).toEqual([]);
  });
});
