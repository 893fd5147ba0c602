import { describe, expect, it } from "vitest";
import { normalizeArabic, normalizeWithMap, rawSpan } from "./normalize.js";

describe("normalizeArabic", () => {
  it.each([
    // hamza and alef forms
    ["أعلن", "اعلن"],
    ["إسرائيل", "اسراييل"],
    ["آلاف", "الاف"],
    ["ٱلرحمن", "الرحمن"],
    ["مسؤول", "مسوول"],
    ["رئيس الوزراء", "رييس الوزراء"],
    ["مستشفى", "مستشفي"],
    ["وزارة الصحة", "وزاره الصحه"],
    // tatweel and harakat
    ["الـرئـيـس", "الرييس"],
    ["أعلـــنت", "اعلنت"],
    ["وَقَالَ المُتَحَدِّثُ", "وقال المتحدث"],
    ["هٰذا", "هذا"],
    ["شهيدًا", "شهيدا"],
    // digits and separators
    ["قتل ١٢ شخصا", "قتل 12 شخصا"],
    ["۱۴۰۳", "1403"],
    ["١٬٥٠٠", "1,500"],
    ["٢٫٥ مليون", "2.5 مليون"],
    ["٣٠٪", "30%"],
    // punctuation kept, quotes unified
    ["هل انتهى؟ نعم، انتهى؛", "هل انتهي؟ نعم، انتهي؛"],
    ["قال «لن نتراجع»", 'قال "لن نتراجع"'],
    ["“We will not retreat”", '"we will not retreat"'],
    ["Assad’s forces", "assad's forces"],
    // Latin lowercase, white space
    ["The U.N. Envoy", "the u.n. envoy"],
    ["  قال\n\nالمتحدث\u00a0\t باسم  ", "قال المتحدث باسم"],
    // NFKC: presentation forms and ligatures
    ["ﻻ", "لا"],
    ["ﺃﻋﻠﻦ", "اعلن"],
    ["ﷲ", "الله"],
    ["ﷺ", "صلي الله عليه وسلم"],
    ["１２３", "123"],
    // invisible controls
    ["قسد\u200f،", "قسد،"],
    ["می\u200cخواهم", "ميخواهم"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeArabic(raw)).toBe(expected);
  });

  it("keeps the hamza on its own (ء) and Persian/Urdu letters other than ی ک ۀ", () => {
    expect(normalizeArabic("جزء من")).toBe("جزء من");
    expect(normalizeArabic("پاکستان")).toBe("پاكستان");
  });

  it("is idempotent", () => {
    const s = "أعلنت وزارةُ الدفاع «السورية» عن مقتل ١٬٢٠٠ مسلّح، في 2024.";
    expect(normalizeArabic(normalizeArabic(s))).toBe(normalizeArabic(s));
  });
});

describe("normalizeWithMap", () => {
  it("maps every normalised character to the raw character it came from", () => {
    const raw = "الـرئيسُ قال";
    const n = normalizeWithMap(raw);
    expect(n.text).toBe("الرييس قال");
    expect([...n.toRaw]).toEqual([0, 1, 3, 4, 5, 6, 8, 9, 10, 11, 12]);
  });

  it("gives both letters of an NFKC expansion the raw index of the ligature", () => {
    const raw = "قال ﻻ نعرف";
    const n = normalizeWithMap(raw);
    expect(n.text).toBe("قال لا نعرف");
    expect(n.toRaw[4]).toBe(4);
    expect(n.toRaw[5]).toBe(4);
    expect(n.toRaw[6]).toBe(5);
  });

  it("ends with the raw index after the last non-space character", () => {
    expect([...normalizeWithMap("قسد  \n").toRaw]).toEqual([0, 1, 2, 3]);
    expect([...normalizeWithMap("قسدٌ").toRaw]).toEqual([0, 1, 2, 4]);
    expect([...normalizeWithMap("").toRaw]).toEqual([0]);
  });

  it("maps a match in normalised text back to the exact raw span", () => {
    const raw = "وقال المتحدثُ باسم وزارةِ الدفـاع إن ١٬٥٠٠ مقاتل انسحبوا";
    const n = normalizeWithMap(raw);
    const cases: [string, string][] = [
      ["وزاره الدفاع", "وزارةِ الدفـاع"],
      ["1,500", "١٬٥٠٠"],
      ["المتحدث", "المتحدثُ"],
    ];
    for (const [needle, quoted] of cases) {
      const at = n.text.indexOf(needle);
      expect(at).toBeGreaterThanOrEqual(0);
      const span = rawSpan(n, at, at + needle.length);
      expect(raw.slice(span.start, span.end)).toBe(quoted);
    }
  });

  it("widens a span that cuts an expansion to the whole raw character", () => {
    const raw = "ﻻ بد";
    const n = normalizeWithMap(raw);
    expect(rawSpan(n, 0, 1)).toEqual({ start: 0, end: 1 });
    expect(rawSpan(n, 1, 2)).toEqual({ start: 0, end: 1 });
    expect(() => rawSpan(n, 2, 99)).toThrow(RangeError);
  });
});

/** mulberry32: a small seeded generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Characters chosen to exercise every branch: letters that fold, marks that vanish, ligatures that
// expand, white space of several kinds, invisible controls, surrogate pairs, Latin combining marks.
const ALPHABET = [
  ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىةٱ",
  ..."\u064b\u064e\u064f\u0650\u0651\u0652\u0670\u0640",
  ..."ﻻﻷﺃﻋﷲﷺ",
  ..."٠١٩۰۹٫٬٪،؛؟",
  ..."abcXYZİ",
  "e\u0301",
  "\u0301",
  ..." \n\t\u00a0\u2009",
  ..."\u200c\u200f\u202b\ufeff",
  ..."«»“”‘’\"'.,",
  "😀",
  "𝐀",
  "ی",
  "ک",
];

function randomString(next: () => number, maxLength: number): string {
  const length = Math.floor(next() * maxLength);
  let s = "";
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)]!;
  return s;
}

describe("normalizeWithMap properties (500 random strings)", () => {
  const next = random(20_240_515);
  const samples = Array.from({ length: 500 }, () => randomString(next, 40));

  it("has one entry per normalised index plus the end, in range and non-decreasing", () => {
    for (const raw of samples) {
      const { text, toRaw } = normalizeWithMap(raw);
      expect(toRaw.length).toBe(text.length + 1);
      let previous = 0;
      for (const index of toRaw) {
        expect(index).toBeGreaterThanOrEqual(previous);
        expect(index).toBeLessThanOrEqual(raw.length);
        previous = index;
      }
    }
  });

  it("produces the same text as normalizeArabic, which is idempotent", () => {
    for (const raw of samples) {
      const { text } = normalizeWithMap(raw);
      expect(text).toBe(normalizeArabic(raw));
      expect(normalizeArabic(text)).toBe(text);
    }
  });

  it("maps each character to a raw span that normalises to something containing it", () => {
    for (const raw of samples) {
      const n = normalizeWithMap(raw);
      for (let i = 0; i < n.text.length; i++) {
        const ch = n.text[i]!;
        if (ch === " " || /[\ud800-\udfff]/.test(ch)) continue;
        const span = rawSpan(n, i, i + 1);
        expect(span.end).toBeGreaterThan(span.start);
        expect(normalizeArabic(raw.slice(span.start, span.end))).toContain(ch);
      }
    }
  });

  it("maps the whole normalised text to a raw span that normalises back to it", () => {
    for (const raw of samples) {
      const n = normalizeWithMap(raw);
      const span = rawSpan(n, 0, n.text.length);
      expect(normalizeArabic(raw.slice(span.start, span.end))).toBe(n.text);
    }
  });
});
