// English number words: a small generator writes integers as English news does ("three thousand four
// hundred and fifty-seven", with or without "and", hyphen or space, "a hundred" or "one hundred"); a
// large random sample must parse back to itself.
import { describe, expect, it } from "vitest";
import { findNumbers, findVagueNumbers } from "./index.js";

const ONES = [
  "",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

interface Style {
  readonly and: boolean;
  readonly hyphen: boolean;
  readonly article: boolean;
}

function below100(n: number, s: Style): string {
  if (n < 20) return ONES[n]!;
  const u = n % 10;
  return u === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}${s.hyphen ? "-" : " "}${ONES[u]}`;
}

function below1000(n: number, s: Style, lead: boolean): string {
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h === 0) return below100(rest, s);
  const head = h === 1 && lead && s.article ? "a hundred" : `${ONES[h]} hundred`;
  return rest === 0 ? head : `${head}${s.and ? " and " : " "}${below100(rest, s)}`;
}

function english(n: number, s: Style): string {
  const parts: string[] = [];
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  const lead = (count: number): string => (count === 1 && s.article ? "a" : below1000(count, s, true));
  if (millions) parts.push(`${lead(millions)} million`);
  if (thousands)
    parts.push(`${parts.length === 0 ? lead(thousands) : below1000(thousands, s, false)} thousand`);
  if (rest) {
    const tail = below1000(rest, s, parts.length === 0);
    parts.push(parts.length > 0 && rest < 100 && s.and ? `and ${tail}` : tail);
  }
  return parts.join(" ");
}

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the generator writes what English news writes", () => {
  it.each([
    [3457, { and: true, hyphen: true, article: false }, "three thousand four hundred and fifty-seven"],
    [100_000, { and: true, hyphen: true, article: true }, "a hundred thousand"],
    [2_000_010, { and: true, hyphen: true, article: false }, "two million and ten"],
  ])("%d → %s", (n, style, words) => {
    expect(english(n, style)).toBe(words);
  });
});

describe("English number words parse back to themselves", () => {
  it("every integer 1..1,100 in all eight styles", () => {
    for (const and of [true, false]) {
      for (const hyphen of [true, false]) {
        for (const article of [true, false]) {
          const style = { and, hyphen, article };
          const values = Array.from({ length: 1100 }, (_, i) => i + 1);
          const text = values.map((n) => english(n, style)).join(", ");
          expect(findNumbers(text).map((m) => m.value)).toEqual(values);
        }
      }
    }
  });

  it("a random sample of 20,000 integers below a billion", () => {
    const r = random(11);
    const values = Array.from({ length: 20_000 }, () =>
      r() < 0.8 ? 1 + Math.floor(r() * 999_999) : 1 + Math.floor(r() * 999_999_999),
    );
    const written = values.map((n) => english(n, { and: r() < 0.5, hyphen: r() < 0.8, article: r() < 0.5 }));
    const found = findNumbers(written.join("; ")).map((m) => m.value);
    const wrong = values.flatMap((n, i) => (found[i] === n ? [] : [`${n}: "${written[i]}" → ${found[i]}`]));
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(found).toHaveLength(values.length);
  });
});

describe("English numbers in running text", () => {
  it.each([
    ["killed two people", 2, "two"],
    ["Twenty-five fighters", 25, "Twenty-five"],
    ["twenty five fighters", 25, "twenty five"],
    ["1.2 million refugees", 1_200_000, "1.2 million"],
    ["5,000 troops", 5000, "5,000"],
    ["a dozen rockets", 12, "a dozen"],
    ["two dozen rockets", 24, "two dozen"],
    ["a thousand families", 1000, "a thousand"],
    ["3 billion dollars", 3_000_000_000, "3 billion"],
  ])('"%s" → %d "%s"', (text, value, span) => {
    expect(findNumbers(text)[0]).toMatchObject({ value, text: span, ordinal: false });
  });

  it.each([
    ["the third time", 3],
    ["twenty-first century", 21],
    ["on the 25th", 25],
    ["1st Armoured Division", 1],
  ])('"%s" is an ordinal %d', (text, value) => {
    expect(findNumbers(text)[0]).toMatchObject({ value, ordinal: true });
  });

  it("splits figures that cannot combine, and reads no figure in a lone article", () => {
    expect(findNumbers("five six").map((m) => m.value)).toEqual([5, 6]);
    expect(findNumbers("a group of men")).toEqual([]);
  });

  it.each([
    ["dozens of people", "dozens", 12],
    ["hundreds of families", "hundreds", 100],
    ["tens of thousands fled", "tens of thousands", 10_000],
    ["thousands of homes", "thousands", 1000],
  ])('"%s" is a vague count "%s" (conservative %d)', (text, span, conservative) => {
    expect(findVagueNumbers(text)).toMatchObject([{ text: span, conservative }]);
  });
});
