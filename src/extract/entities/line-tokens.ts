// The tokens of one title or body line, each with the forms the entity rules compare: the matching
// normalisation, the stem without proclitics («وبالرقة» → «الرقه»), and offsets into Document.text.
// Rules walk `words` (indexes of word tokens) and look at the punctuation between them: a comma or a
// full stop ends a name, a quotation mark or a hyphen may stand inside one (`تنظيم "الدولة"`,
// "al-Masalma").
import type { Document, Line } from "../../core/types.js";
import { stripClitics } from "../../text/clitics.js";
import { normalizeArabic } from "../../text/normalize.js";
import { type TokenKind, tokenize } from "../../text/tokenize.js";

export interface Tok {
  /** Index among the line's tokens (all kinds). */
  readonly i: number;
  readonly kind: TokenKind;
  readonly raw: string;
  /** Offsets into Document.text. */
  readonly start: number;
  readonly end: number;
  /** normalizeArabic(raw). */
  readonly norm: string;
  /** The normalised stem without proclitics; equal to `norm` when none were stripped. */
  readonly stem: string;
  /** Document offsets of the stem: without proclitics («و», «بال»), without an English "'s". */
  readonly stemStart: number;
  readonly stemEnd: number;
  /** Proclitics stripped, normalised (["و", "ب"] for «وبالرقة»). */
  readonly prefixes: readonly string[];
  readonly script: "ar" | "latin" | "other";
  /** A Latin word starting with a capital letter. */
  readonly cap: boolean;
}

export interface LineTokens {
  readonly line: Line;
  readonly tokens: readonly Tok[];
}

const ARABIC = /[\u0600-\u06ff]/u;
const LATIN = /\p{Script=Latin}/u;
const UPPER = /^\p{Lu}/u;
const POSSESSIVE = /'s$/u;

/** Quote-like punctuation that may stand inside or around a name. */
export const QUOTES = new Set(['"', "'", "«", "»", "“", "”", "„", "‘", "’", "(", ")"]);

function makeTok(offset: number, i: number, t: ReturnType<typeof tokenize>[number]): Tok {
  const norm = normalizeArabic(t.text);
  const script = ARABIC.test(t.text) ? "ar" : LATIN.test(t.text) ? "latin" : "other";
  let stem = norm;
  let stemStart = offset + t.start;
  let stemEnd = offset + t.end;
  let prefixes: readonly string[] = [];
  if (t.kind === "word" && script === "ar") {
    const split = stripClitics(t.text);
    if (split.prefixes.length) {
      stem = split.stem;
      stemStart = offset + t.start + split.stemStart;
      prefixes = split.prefixes;
    }
  } else if (t.kind === "word" && script === "latin" && POSSESSIVE.test(norm)) {
    stem = norm.slice(0, -2); // "Daraa's" → "daraa"
    stemEnd -= 2;
  }
  return {
    i,
    kind: t.kind,
    raw: t.text,
    start: offset + t.start,
    end: offset + t.end,
    norm,
    stem,
    stemStart,
    stemEnd,
    prefixes,
    script,
    cap: script === "latin" && UPPER.test(t.text),
  };
}

/** Tokens of the document's title and body lines (the only lines entities are looked for in). */
export function lineTokens(document: Document): LineTokens[] {
  const out: LineTokens[] = [];
  for (const line of document.lines) {
    if (line.role !== "title" && line.role !== "body") continue;
    const text = document.text.slice(line.start, line.end);
    const tokens = tokenize(text).map((t, i) => makeTok(line.start, i, t));
    out.push({ line, tokens });
  }
  return out;
}

/** A bare proclitic written apart, as in «لـ«داعش»» (to «ISIS») or «و «قسد»». */
export function isBareClitic(t: Tok): boolean {
  return t.kind === "word" && t.script === "ar" && /^[وفبلك]$/u.test(t.norm);
}
