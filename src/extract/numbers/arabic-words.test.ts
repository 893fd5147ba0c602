// Arabic number words: a small generator below writes integers the way Arabic news writes them, in both
// genders and in the nominative and accusative/genitive, with both spellings of مئة/مائة, hundreds joined
// or apart, and و glued or spaced; a large random sample must parse back to itself. The generator is
// written from the grammar, not from data/lexicons/ar/number-words.tsv, so it checks the lexicon too.
import { describe, expect, it } from "vitest";
import { findNumbers, findVagueNumbers } from "./index.js";

interface Style {
  readonly gender: "m" | "f";
  readonly kase: "nom" | "acc";
  readonly hundred: "مئة" | "مائة";
  readonly joinedHundreds: boolean;
  readonly spacedAnd: boolean;
  readonly tanwin: boolean;
}

const UNITS_M = ["", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"];
const UNITS_F = ["", "واحدة", "اثنتان", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر"];
const TENS = ["", "", "عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];
const HUNDRED_HEADS = ["", "", "", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع"];

function unit(n: number, s: Style): string {
  if (n === 2)
    return s.gender === "m" ? (s.kase === "nom" ? "اثنان" : "اثنين") : s.kase === "nom" ? "اثنتان" : "اثنتين";
  if (n === 8 && s.gender === "f") return s.kase === "nom" ? "ثمان" : "ثماني";
  return (s.gender === "m" ? UNITS_M : UNITS_F)[n]!;
}

function tens(n: number, s: Style): string {
  return `${TENS[n]}${s.kase === "nom" ? "ون" : "ين"}`;
}

function teen(n: number, s: Style): string {
  const u = n - 10;
  const tail = s.gender === "m" ? "عشر" : "عشرة";
  if (u === 1) return s.gender === "m" ? `أحد ${tail}` : `إحدى ${tail}`;
  if (u === 2) {
    const head = s.gender === "m" ? "اثن" : "اثنت";
    return `${head}${s.kase === "nom" ? "ا" : "ي"} ${tail}`;
  }
  const head = u === 8 && s.gender === "f" ? "ثماني" : unit(u, s);
  return `${head} ${tail}`;
}

function and(s: Style): string {
  return s.spacedAnd ? " و " : " و";
}

function below100(n: number, s: Style): string {
  if (n <= 10) return unit(n, s);
  if (n < 20) return teen(n, s);
  const u = n % 10;
  const t = tens(Math.floor(n / 10), s);
  return u === 0 ? t : `${unit(u, s)}${and(s)}${t}`;
}

function hundreds(h: number, s: Style, construct: boolean): string {
  if (h === 1) return s.hundred;
  const stem = s.hundred === "مئة" ? "مئت" : "مائت";
  if (h === 2)
    return construct ? `${stem}${s.kase === "nom" ? "ا" : "ي"}` : `${stem}${s.kase === "nom" ? "ان" : "ين"}`;
  const head = HUNDRED_HEADS[h]!;
  return s.joinedHundreds ? `${head}${s.hundred}` : `${head} ${s.hundred}`;
}

/** 1..999; `construct` when a scale word follows («مئتا ألف»). */
function below1000(n: number, s: Style, construct = false): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return below100(rest, s);
  const head = hundreds(h, s, construct && rest === 0);
  return rest === 0 ? head : `${head}${and(s)}${below100(rest, s)}`;
}

/**
 * How many of a scale, with the noun form the count governs: «ألف», «ألفان», «ثلاثة آلاف» (3–10: plural),
 * «أحد عشر ألفاً» (11–99: accusative), «مئة ألف» (100s: genitive), «ثلاثمائة وخمسة آلاف» (the last part
 * decides).
 */
function scaled(count: number, one: string, two: [string, string], plural: string, s: Style): string {
  const m: Style = { ...s, gender: "m" }; // the counted scale words are masculine
  if (count === 1) return one;
  if (count === 2) return two[s.kase === "nom" ? 0 : 1];
  const last = count % 100;
  const noun = last >= 3 && last <= 10 ? plural : last >= 11 ? `${one}${s.tanwin ? "اً" : "ا"}` : one;
  return `${below1000(count, m, true)} ${noun}`;
}

/** An integer 1..999,999,999 in Arabic words. */
function arabic(n: number, s: Style): string {
  const parts: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  if (millions) parts.push(scaled(millions, "مليون", ["مليونان", "مليونين"], "ملايين", s));
  if (thousands) parts.push(scaled(thousands, "ألف", ["ألفان", "ألفين"], "آلاف", s));
  if (rest) parts.push(below1000(rest, s));
  return parts.join(and(s));
}

/** A seeded PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomStyle(r: () => number): Style {
  return {
    gender: r() < 0.5 ? "m" : "f",
    kase: r() < 0.5 ? "nom" : "acc",
    hundred: r() < 0.5 ? "مئة" : "مائة",
    joinedHundreds: r() < 0.7,
    spacedAnd: r() < 0.1,
    tanwin: r() < 0.5,
  };
}

const STYLE: Style = {
  gender: "m",
  kase: "nom",
  hundred: "مائة",
  joinedHundreds: true,
  spacedAnd: false,
  tanwin: true,
};

describe("the generator writes what Arabic news writes", () => {
  it.each([
    [3457, "ثلاثة آلاف وأربعمائة وسبعة وخمسون"],
    [25, "خمسة وعشرون"],
    [11_000, "أحد عشر ألفاً"],
    [200_000, "مائتا ألف"],
    [305_000, "ثلاثمائة وخمسة آلاف"],
    [1_500_000, "مليون وخمسمائة ألف"],
  ])("%d → %s", (n, words) => {
    expect(arabic(n, STYLE)).toBe(words);
  });
});

describe("Arabic number words parse back to themselves", () => {
  it("every integer 1..1,100 in all 24 styles", () => {
    const r = random(7);
    for (let k = 0; k < 24; k++) {
      const style = randomStyle(r);
      const values = Array.from({ length: 1100 }, (_, i) => i + 1);
      const text = values.map((n) => arabic(n, style)).join(" ، ");
      expect(findNumbers(text).map((m) => m.value)).toEqual(values);
    }
  });

  it("a random sample of 20,000 integers below one million, and 2,000 below a billion", () => {
    const r = random(2024);
    const values = [
      ...Array.from({ length: 20_000 }, () => 1 + Math.floor(r() * 999_999)),
      ...Array.from({ length: 2_000 }, () => 1 + Math.floor(r() * 999_999_999)),
    ];
    const written = values.map((n) => arabic(n, randomStyle(r)));
    const found = findNumbers(written.join(" ، ")).map((m) => m.value);
    const wrong = values.flatMap((n, i) => (found[i] === n ? [] : [`${n}: «${written[i]}» → ${found[i]}`]));
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(found).toHaveLength(values.length);
  });
});

describe("Arabic number words in running text", () => {
  it.each([
    ["أحبطت ثلاث محاولات", 3, "ثلاث"],
    ["قتل ثلاثين مدنياً", 30, "ثلاثين"],
    ["وصل ثلاثون جندياً", 30, "ثلاثون"],
    ["دمرت ثماني آليات", 8, "ثماني"],
    ["أسر ثمانية جنود", 8, "ثمانية"],
    ["أصيب ثمانٍ منهن", 8, "ثمانٍ"],
    ["نزح ثلاثمئة شخص", 300, "ثلاثمئة"],
    ["نزح ثلاث مئة شخص", 300, "ثلاث مئة"],
    ["نزح ثلاثمائة شخص", 300, "ثلاثمائة"],
    ["كلفت ألفين دولار", 2000, "ألفين"],
    // «مليونا» alone is the construct dual; after a count, the accusative singular
    ["طالبت بفدية قدرها مليونا يورو", 2_000_000, "مليونا"],
    ["بلغت الخسائر عشرين مليونا", 20_000_000, "عشرين مليونا"],
    ["نزح 25 ألفا من السكان", 25_000, "25 ألفا"],
    ["فقد مليون نسمة بيوتهم", 1_000_000, "مليون"],
    ["رصد مليار دولار", 1_000_000_000, "مليار"],
    ["نزح ٧٥٠ ألف شخص", 750_000, "٧٥٠ ألف"],
    ["بلغت الكلفة 2.5 مليون دولار", 2_500_000, "2.5 مليون"],
    ["وصل 3 آلاف لاجئ", 3000, "3 آلاف"],
    ["قدّرت العدد بـ«خمسة وعشرين مسلحاً»", 25, "خمسة وعشرين"],
    ["عاد اثنا عشر مقاتلاً", 12, "اثنا عشر"],
    ["اعتقلت إحدى عشرة امرأة", 11, "إحدى عشرة"],
  ])("«%s» → %d «%s»", (text, value, span) => {
    const [m] = findNumbers(text);
    expect(m?.value).toBe(value);
    expect(m?.text).toBe(span);
    expect(m?.ordinal).toBe(false);
  });

  it("peels proclitics off the span and reports them", () => {
    expect(findNumbers("خسرت 36 مركبة وثماني شاحنات").map((m) => [m.text, m.prefix, m.value])).toEqual([
      ["36", "", 36],
      ["ثماني", "و", 8],
    ]);
    expect(findNumbers("و36 مركبة")[0]).toMatchObject({ text: "36", prefix: "و", value: 36 });
    expect(findNumbers("بثلاثة صواريخ")[0]).toMatchObject({ text: "ثلاثة", prefix: "ب" });
  });

  it("keeps the article in the span and marks the figure definite", () => {
    expect(findNumbers("أفرج عن المعتقلين الثمانية")[0]).toMatchObject({
      text: "الثمانية",
      value: 8,
      definite: true,
    });
    expect(findNumbers("للثلاثة")[0]).toMatchObject({ value: 3, prefix: "ل", definite: true });
  });

  it.each([
    ["الخامس", 5],
    ["الحادي عشر", 11],
    ["الخامس والعشرين من الشهر", 25],
    ["ثاني انفجار", 2],
    ["للمرة الثالثة", 3],
    ["الـ25 من آيار", 25],
    ["في الـ٢٥ من أيار", 25],
  ])("«%s» is an ordinal %d", (text, value) => {
    const [m] = findNumbers(text);
    expect(m).toMatchObject({ value, ordinal: true });
  });

  it("splits figures that cannot combine", () => {
    expect(findNumbers("ثلاثة وأربعة").map((m) => m.value)).toEqual([3, 4]);
    expect(findNumbers("عشرة وعشرين").map((m) => m.value)).toEqual([10, 20]);
    expect(findNumbers("ثلاثة أطفال وأربع نساء").map((m) => m.value)).toEqual([3, 4]);
  });

  it.each([
    ["لست أدري", "«لست» is 'I am not', not ل + six"],
    ["قتل أحد المسلحين", "«أحد» alone is 'one of'"],
    ["إحدى الصفحات", "«إحدى» alone is 'one (f.) of'"],
    ["صباح الاثنين", "«الاثنين» is Monday"],
    ["يوم الأحد", "«الأحد» is Sunday"],
    ["عشرات القتلى", "a vague count is not a figure"],
  ])("«%s» has no figure: %s", (text) => {
    expect(findNumbers(text)).toEqual([]);
  });

  it.each([
    ["عشرات القتلى", "عشرات", 10],
    ["مئات المدنيين", "مئات", 100],
    ["آلاف النازحين", "آلاف", 1000],
    ["بالآلاف", "الآلاف", 1000],
    ["عشرات الآلاف", "عشرات الآلاف", 10_000],
    ["مئات الآلاف من اللاجئين", "مئات الآلاف", 100_000],
    ["مقتل العشرات", "العشرات", 10],
  ])("«%s» is a vague count «%s» (conservative %d)", (text, span, conservative) => {
    expect(findVagueNumbers(text)).toMatchObject([{ text: span, conservative }]);
  });
});
