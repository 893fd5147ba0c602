// Rule 6: names in quotation marks that no head announces, and acronyms defined beside a name.
// - After a name cue (ar/name-cues.txt, en/name-cues.txt): «… المعروفة باسم «قحد»» (known as «Qahd»),
//   «ما يسمى بـ«جيش أسود الشرقية»» (the so-called …). Right after an organisation the quoted words are
//   another name of it (an alias); otherwise a name of their own.
// - A word in brackets or quotes right after an organisation whose initials it spells: «قوات حوران
//   الديمقراطية (قحد)» → «قحد» (ق·ح·د), «قوات سوريا الديمقراطية «قسد»».
// Most quoted words are speech or scare quotes («عدم كفاءة», inefficiency), so nothing else is a name
// only because it is quoted; the batch learns names found here and by the other rules (learned.ts).
import { stripClitics } from "../../../text/clitics.js";
import { isStopword } from "../../../text/stopwords.js";
import { QUOTES } from "../line-tokens.js";
import { phraseWords } from "../name-keys.js";
import { type Candidate, isWord, type LineState, makeCandidate, surface } from "./candidate.js";

export const QUOTED_PRIORITY = 30;
/** Above the head rules and titles: «المعروف باسم «مجلس الحماية»» is another name of the body before. */
export const ALIAS_PRIORITY = 58;
/** Most words inside quotation marks that can still be a name. */
export const MAX_QUOTED_WORDS = 6;

const PAIRS: Record<string, string> = { "«": "»", '"': '"', "“": "”", "(": ")", "„": "“", "'": "'" };
const SENTENCE = new Set([".", "،", ",", ":", "؛", ";", "؟", "?", "!", "…"]);

/** Whether the quotation mark at `q` opens a quotation: a straight `"` does when an even number precede it. */
export function opensQuote(state: LineState, q: number): boolean {
  const raw = state.lt.tokens[q]?.raw ?? "";
  if (raw !== '"' && raw !== "'") return raw in PAIRS;
  let before = 0;
  for (let k = 0; k < q; k++) if (state.lt.tokens[k]!.raw === raw) before++;
  return before % 2 === 0;
}

/** The index of the token closing the quote opened at `open`, or -1 (too long, or a sentence inside). */
export function closingQuote(state: LineState, open: number): number {
  const toks = state.lt.tokens;
  const want = PAIRS[toks[open]?.raw ?? ""];
  if (!want || !opensQuote(state, open)) return -1;
  let words = 0;
  for (let k = open + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.raw === want || (want === '"' && t.raw === "”") || (want === "”" && t.raw === '"')) {
      return words ? k : -1;
    }
    if (t.kind === "word") words++;
    else if (SENTENCE.has(t.raw) || t.kind === "number") return -1;
    if (words > MAX_QUOTED_WORDS) return -1;
  }
  return -1;
}

/** First letters of a name's content words: «قوات حوران الديمقراطية» → «قحد», "Hawran Democratic Forces" → "hdf". */
export function initials(name: string, lang: "ar" | "en"): string {
  let out = "";
  for (const w of phraseWords(name)) {
    if (isStopword(w, lang)) continue;
    const stem = lang === "ar" ? stripClitics(w, { article: true }).stem : w;
    out += stem[0] ?? "";
  }
  return out;
}

/** The organisation candidate that ends right before token `before`, across quotes and a comma. */
function orgBefore(state: LineState, before: number): Candidate | null {
  const toks = state.lt.tokens;
  let k = before - 1;
  while (k >= 0 && (QUOTES.has(toks[k]!.raw) || toks[k]!.raw === "،" || toks[k]!.raw === ",")) k--;
  if (k < 0) return null;
  const ends = state.candidates.filter(
    (c) => c.last === k && c.mention.type === "ORG" && c.mention.kind === "name",
  );
  return ends.sort((a, b) => a.first - b.first)[0] ?? null;
}

/** The first token of a name cue that ends right before token `open` (a bare «بـ» may close it), or -1. */
function cueBefore(state: LineState, open: number): number {
  const toks = state.lt.tokens;
  const index = state.context.lexicons.arNameCues;
  for (let start = Math.max(0, open - 5); start < open; start++) {
    if (!isWord(toks[start]) && toks[start]!.norm !== "ب") continue;
    const m = index.matchAt(toks, start, false);
    if (m && (m.last === open - 1 || (m.last === open - 2 && toks[open - 1]!.norm === "ب"))) return start;
  }
  return -1;
}

export function quotedRule(state: LineState): void {
  const toks = state.lt.tokens;
  for (let q = 0; q < toks.length; q++) {
    const close = closingQuote(state, q);
    if (close < 0) continue;
    const first = q + 1;
    const last = close - 1;
    if (!isWord(toks[first]) || !isWord(toks[last])) continue;
    const cueStart = cueBefore(state, q);
    const cue = cueStart >= 0;
    const org = orgBefore(state, cue ? cueStart : q);
    const text = surface(state, first, last).text;
    const single = first === last;
    const acronym =
      single && org && initials(org.mention.core ?? org.mention.text, "ar") === phraseWords(text).join("");
    if (acronym || (org && cue)) {
      state.candidates.push(
        makeCandidate(state, first, last, ALIAS_PRIORITY, {
          type: "ORG",
          rule: acronym ? "acronym" : "name-cue:alias",
          kind: acronym ? "acronym" : "name",
          gazetteerId: org.mention.gazetteerId,
          aliasOf: org.mention.core ?? org.mention.text,
          learnable: true,
        }),
      );
    } else if (cue && !state.candidates.some((c) => c.first === first && c.last === last)) {
      state.candidates.push(
        makeCandidate(state, first, last, QUOTED_PRIORITY, {
          type: "OTHER",
          rule: "name-cue",
          learnable: true,
        }),
      );
    }
  }
}
