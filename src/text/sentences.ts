// Sentence spans (offsets into the original text, trimmed of white space) for Arabic and English news.
//
// A sentence ends at . ! ? ؟ … or the Arabic full stop ۔ (and runs of them: "?!", «؟!», "..."), provided
// white space or the end of the text follows, once any closing quotes and brackets are taken along:
//   «قال المتحدث: "انسحبنا من المدينة." ثم أغلق الهاتف.»  — the `"` after "المدينة." stays with the
//   first sentence (he said: "we withdrew from the city."), and «ثم أغلق الهاتف.» (then he hung up) is next.
// It does NOT end:
//   - inside a quotation: «قال: «لن نتراجع. لن نستسلم.» وغادر» (he said: «we will not retreat. we will
//     not surrender.» and left) is one sentence, because the first "." is inside «…»;
//   - inside a number: "2.5", «٢٫٥» (no white space after the point);
//   - after an abbreviation: "Dr.", "U.S." (data/lexicons/en/abbreviations.txt), a single capital as in
//     "John F. Kennedy", a single Arabic letter as in «د. محمد» (Dr. Muhammad), «١٤٤٥ هـ.» (AH year), or
//     a word made of single letters and dots such as «ق.م.» (BC) or "a.m.";
//   - when a lowercase Latin word follows ("approx. five", "e.g. the"): English sentences start with a
//     capital.
// Every line break ends a sentence: cleaned documents hold one paragraph (or one headline, which has no
// final stop) per line. Quote tracking restarts at each line, and a line whose quotes never balance is
// split again ignoring quotes, so one stray «"» cannot swallow a whole paragraph.
import { readLexiconSet } from "../core/lexicon.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

let abbreviations: Set<string> | undefined;

function englishAbbreviations(): Set<string> {
  abbreviations ??= readLexiconSet("lexicons/en/abbreviations.txt", (s) => s.toLowerCase());
  return abbreviations;
}

const TERMINATORS = new Set([".", "!", "?", "؟", "…", "۔", "‼", "⁉"]);
const OPENING_QUOTES = new Set(["«", "“", "„", "‹"]);
const CLOSING_QUOTES = new Set(["»", "”", "›"]);
/** Characters that belong to the sentence they follow: closing quotes and brackets. */
const TRAILERS = new Set(["»", "”", "›", '"', "'", "’", ")", "]", "}"]);
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{M}.]/u;
const LOWER_LATIN = /^[\p{Ll}]$/u;
const LATIN_CAPITAL = /^\p{Lu}$/u;
const ARABIC_LETTER = /^[\u0621-\u064a\u0671-\u06d3]$/;
const TATWEEL_AND_MARKS = /[\u0640\u064b-\u065f\u0670]/g;

/** Whether a straight `"` at `i` opens a quotation: it does after white space, brackets or a colon. */
function opensQuote(text: string, i: number): boolean {
  const prev = text[i - 1];
  return prev === undefined || SPACE.test(prev) || "([{«“:،,".includes(prev);
}

/** The word just before a period at `dot`: letters, marks and inner dots, e.g. "U.S" or «هـ». */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0 && WORD_CHAR.test(text[k - 1]!)) k--;
  return text.slice(k, dot);
}

/** Whether the period at `dot` closes an abbreviation rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return false;
  const parts = word.replace(TATWEEL_AND_MARKS, "").split(".");
  // «د.» (Dr.), «هـ.» (hijri year), "F." (an initial); «ق.م.» and "a.m." are all single letters too.
  if (parts.every((p) => [...p].length === 1)) {
    if (parts.length > 1) return true;
    const only = parts[0]!;
    return ARABIC_LETTER.test(only) || LATIN_CAPITAL.test(only);
  }
  return englishAbbreviations().has(word.toLowerCase());
}

function nextVisible(text: string, from: number): string | undefined {
  let k = from;
  while (k < text.length && SPACE.test(text[k]!)) k++;
  return text[k];
}

/**
 * Split one line `[from, to)` into sentences, pushing trimmed spans. Returns false, pushing nothing, when
 * `trackQuotes` is on and the line ends inside a quotation.
 */
function splitLine(text: string, from: number, to: number, trackQuotes: boolean, out: Span[]): boolean {
  const found: Span[] = [];
  let depth = 0;
  let start = from;
  let i = from;
  while (i < to) {
    const ch = text[i]!;
    if (trackQuotes && OPENING_QUOTES.has(ch)) depth++;
    else if (trackQuotes && CLOSING_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
    else if (trackQuotes && ch === '"') depth = opensQuote(text, i) ? depth + 1 : Math.max(0, depth - 1);
    if (!TERMINATORS.has(ch)) {
      i++;
      continue;
    }
    let k = i;
    while (k < to && TERMINATORS.has(text[k]!)) k++;
    const run = text.slice(i, k);
    while (k < to && TRAILERS.has(text[k]!)) {
      const closer = text[k]!;
      if (trackQuotes && (CLOSING_QUOTES.has(closer) || closer === '"')) depth = Math.max(0, depth - 1);
      k++;
    }
    const atBoundary = k >= to || SPACE.test(text[k]!);
    const next = nextVisible(text, k);
    const lowerNext = next !== undefined && k < to && LOWER_LATIN.test(next);
    const abbreviation = run === "." && isAbbreviation(text, i);
    if (atBoundary && depth === 0 && !lowerNext && !abbreviation) {
      found.push({ start, end: k });
      start = k;
    }
    i = k;
  }
  if (trackQuotes && depth > 0) return false;
  found.push({ start, end: to });
  for (const span of found) {
    let s = span.start;
    let e = span.end;
    while (s < e && SPACE.test(text[s]!)) s++;
    while (e > s && SPACE.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  }
  return true;
}

/** Sentence spans of `text`, in order, trimmed, never empty, never crossing a line break. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  const lineEnds: [number, number][] = [];
  for (const m of text.matchAll(LINE_BREAK)) {
    lineEnds.push([lineStart, m.index]);
    lineStart = m.index + m[0].length;
  }
  lineEnds.push([lineStart, text.length]);
  for (const [from, to] of lineEnds) {
    if (!splitLine(text, from, to, true, out)) splitLine(text, from, to, false, out);
  }
  return out;
}
