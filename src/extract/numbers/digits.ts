// Figures written in digits: Western 0-9, Eastern-Arabic ٠-٩ and Persian ۰-۹, with thousands and decimal
// separators. The tokenizer (src/text/tokenize.ts) already keeps "1,500", «١٬٥٠٠» and «٢٫٥» in one token;
// this file reads the value.
//
// Separators:
//   ٬ (U+066C) is always a thousands separator and ٫ (U+066B) always the decimal one: «١٬٥٠٠» = 1500,
//   «٢٫٥» = 2.5.
//   "," groups thousands when every group after it has three digits ("1,500", "1,250,000"); a single
//   comma before one, two or four-plus digits is a decimal comma, as French- and Maghreb-style copy
//   writes it ("2,5 مليون").
//   "." is a decimal point ("2.5"), unless it appears more than once with three-digit groups
//   ("1.500.000", the continental grouping some Arabic sites use).
//   With both "," and ".", the last one is the decimal separator ("1,500.5" and "1.500,5").

/** Digit characters of the three scripts, as a class body for regular expressions. */
export const DIGIT_CLASS = "0-9\u0660-\u0669\u06F0-\u06F9";

// Shared with the ingest stage (dates in page metadata), so it lives in the text core.
import { asciiDigits } from "../../text/digits.js";

export { asciiDigits };

function groupsOfThree(parts: readonly string[]): boolean {
  return parts.slice(1).every((p) => p.length === 3) && parts[0]!.length >= 1 && parts[0]!.length <= 3;
}

/** Remove thousands separator `sep` when its groups are well formed; null when they are not. */
function ungroup(s: string, sep: string): string | null {
  if (!s.includes(sep)) return s;
  const parts = s.split(sep);
  return groupsOfThree(parts) ? parts.join("") : null;
}

/**
 * The value of a digit token ("1,500", «١٬٥٠٠», «۲٫۵», "2.5"), or null when it is not one well-formed
 * number (e.g. "1,50,0").
 */
export function parseDigits(raw: string): number | null {
  let s = asciiDigits(raw);
  // Arabic separators are unambiguous.
  if (s.includes("\u066C")) {
    const u = ungroup(s, "\u066C");
    if (u === null) return null;
    s = u;
  }
  s = s.replace("\u066B", ".");
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let plain: string | null;
  if (commas > 0 && dots > 0) {
    const decimal = s.lastIndexOf(",") > s.lastIndexOf(".") ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    const [whole = "", frac = "", extra] = s.split(decimal);
    if (extra !== undefined) return null;
    const w = ungroup(whole, thousands);
    plain = w === null ? null : `${w}.${frac}`;
  } else if (commas > 0) {
    plain = ungroup(s, ",") ?? (commas === 1 ? s.replace(",", ".") : null);
  } else if (dots > 1) {
    plain = ungroup(s, ".");
  } else {
    plain = s;
  }
  if (plain === null || !/^\d+(?:\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}
