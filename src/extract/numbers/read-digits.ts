// Figures in digits, with what is glued to them: a clitic word before («الـ25» is the 25th, «و36» is
// "and 36"), an ordinal suffix after ("25th"), and a scale word after («750 ألف», "1.2 million",
// "$5m").
import { ArabicAccumulator } from "./arabic-phrase.js";
import { parseDigits } from "./digits.js";
import { EnglishAccumulator } from "./english-phrase.js";
import type { Read, TokenView } from "./token-view.js";
import { cliticPrefix } from "./word-token.js";

/** A currency sign: "$", "£", "€". */
const CURRENCY = /^\p{Sc}$/u;

/** English ordinal suffixes written after digits: "25th", "1st", "2nd", "3rd". */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/iu;

function ordinal(
  start: number,
  end: number,
  value: number,
  rule: string,
  prefix: string,
  definite: boolean,
): Read["number"] {
  return { start, end, value, form: "digits", ordinal: true, rule, definite, prefix, lang: null };
}

export function readDigits(view: TokenView, i: number): Read {
  const { tokens } = view;
  const token = tokens[i]!;
  const value = parseDigits(token.text);
  if (value === null) return { next: i + 1 };
  const before = view.touching(i - 1, i) ? cliticPrefix(tokens[i - 1]!) : null;
  const suffix = tokens[i + 1];
  if (suffix && view.touching(i, i + 1) && ORDINAL_SUFFIX.test(suffix.text)) {
    return {
      number: ordinal(token.start, suffix.end, value, "num.ordinal-digits", before?.prefix ?? "", false),
      next: i + 2,
    };
  }
  if (before?.definite) {
    // «الـ25 من آيار»: the article makes a figure a rank (the 25th), as a date's day is written
    return {
      number: ordinal(before.articleStart, token.end, value, "num.ordinal-article", before.prefix, true),
      next: i + 1,
    };
  }
  // «750 ألف», «3 آلاف», "1.2 million": a scale word after the digits multiplies them
  let total = value;
  let end = token.end;
  let j = i + 1;
  const next = tokens[j]?.kind === "word" ? view.word(j) : null;
  if (next?.entry.kind === "money-scale") {
    // "$5m", "£40k": the abbreviation is a scale only glued to an amount after a currency sign
    const sign = tokens[i - 1];
    if (sign && CURRENCY.test(sign.text) && view.touching(i - 1, i) && view.touching(i, j)) {
      total = Number((value * next.entry.value).toPrecision(12));
      end = tokens[j]!.end;
      j++;
    }
  } else if (next && view.sameLine(i, j) && !next.conj && next.prefix === "") {
    const acc = next.lang === "ar" ? new ArabicAccumulator() : new EnglishAccumulator();
    acc.add({ kind: "digits", value, conj: false });
    if (acc.add({ kind: next.entry.kind, value: next.entry.value, conj: false })) {
      total = acc.value ?? value;
      end = tokens[j]!.end;
      j++;
    }
  }
  const scaled = end !== token.end;
  return {
    number: {
      start: token.start,
      end,
      value: total,
      form: scaled ? "mixed" : "digits",
      ordinal: false,
      rule: scaled ? "num.digits-scale" : "num.digits",
      definite: false,
      prefix: before?.prefix ?? "",
      lang: scaled ? (next?.lang ?? null) : null,
    },
    next: j,
  };
}
