// extract/numbers: every number written in a text, in digits of any script or in words, with its
// exact span. Quantities and times both read numbers through this one module.
// (Skeleton: digits only. Number words, compounds and scales are added with the quantities work.)

export interface NumberMention {
  /** Offsets into the text given to findNumbers. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  readonly form: "digits" | "words" | "mixed";
  /** True for ordinals ("الخامس", "الـ25", "25th") — a day of the month or a rank, never a count. */
  readonly ordinal: boolean;
  /** The rule that found it, for the dossier's traceability. */
  readonly rule: string;
}

const DIGITS = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,٫٬][0-9\u0660-\u0669\u06F0-\u06F9]+)*/gu;

function asciiDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x06f0));
}

export function findNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of text.matchAll(DIGITS)) {
    const raw = match[0];
    const value = Number(asciiDigits(raw).replace(/[,٬]/gu, "").replace(/٫/gu, "."));
    if (!Number.isFinite(value)) continue;
    const start = match.index ?? 0;
    found.push({
      start,
      end: start + raw.length,
      text: raw,
      value,
      form: "digits",
      ordinal: false,
      rule: "num.digits",
    });
  }
  return found;
}
