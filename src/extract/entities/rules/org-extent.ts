// The extent of an organisation's name after its head and complement (rules/org-heads.ts): nisba
// adjectives and demonyms («وزارة الدفاع الروسية»), a «لـ» complement («المرصد السوري لحقوق الإنسان»),
// for committees and state bodies a place after «في» («اللجنة الأمنية في درعا»), and, when the name opens
// a quotation, the rest of the quotation («لـ«شبكة الجنوب اليوم»»).
import type { OrgHead } from "../lexicons.js";
import { QUOTES } from "../line-tokens.js";
import {
  adjacentWord,
  type Candidate,
  demonymOf,
  isArabicStop,
  isDefinite,
  isNisba,
  type LineState,
  startingAt,
} from "./candidate.js";
import { closingQuote } from "./quoted.js";

/** «لـ«شبكة الجنوب اليوم»»: a name that opens a quotation runs to its end. */
export function quotedEnd(state: LineState, i: number, last: number): number {
  const toks = state.lt.tokens;
  const q = i - 1;
  if (q < 0 || !QUOTES.has(toks[q]!.raw)) return last;
  const close = closingQuote(state, q);
  return close > last + 1 && toks.slice(last + 1, close).every((t) => t.kind === "word") ? close - 1 : last;
}

/** Adjectives, demonyms, a «لـ» complement and a locative after the name's last token. */
export function extend(
  state: LineState,
  last: number,
  head: OrgHead,
  barrier: (j: number) => boolean,
): { last: number; country: string | null; coreLast: number; child: Candidate | null } {
  const toks = state.lt.tokens;
  let country: string | null = null;
  let at = last;
  for (;;) {
    const k = adjacentWord(state, at);
    if (k < 0 || barrier(k) || toks[k]!.prefixes.length) break;
    if (!(isDefinite(toks[k]!) && isNisba(toks[k]!)) || isArabicStop(toks[k]!)) break;
    country ??= demonymOf(state, toks[k]);
    at = k;
  }
  const k = adjacentWord(state, at);
  const namedBody = head.kind === "ngo" || head.kind === "state-body" || head.kind === "committee";
  if (namedBody && k >= 0 && toks[k]!.prefixes.join("") === "ل" && !barrier(k)) {
    at = k; // «المرصد السوري لحقوق الإنسان»
    const n = adjacentWord(state, at);
    if (n >= 0 && isDefinite(toks[n]!) && !toks[n]!.prefixes.length && !barrier(n)) at = n;
  }
  const coreLast = at;
  let child: Candidate | null = null;
  const f = adjacentWord(state, at);
  if ((head.kind === "committee" || head.kind === "state-body") && f >= 0 && toks[f]!.norm === "في") {
    const p = adjacentWord(state, f);
    const place = p >= 0 ? startingAt(state, p, (c) => c.mention.type === "GPE")[0] : undefined;
    if (place) {
      child = place;
      at = place.last; // «اللجنة الأمنية في درعا»
    }
  }
  return { last: at, country, coreLast, child };
}
