// The words of a person's name (rules/persons.ts): one or two units — a word, or «عبد/أبو/أم/بن» and
// the word after it — three when an indefinite second unit is followed by a definite surname («بشار حافظ
// الأسد»). A unit is no function word, verb of the blocker list, title, head, demonym or judgement word,
// and carries no proclitic unless the word is a name as written («وليد», «بيسكوف»).
import {
  adjacentWord,
  demonymOf,
  hasPronounSuffix,
  isArabicStop,
  isDefinite,
  isNisba,
  isWord,
  type LineState,
  type Tok,
} from "./candidate.js";
import { orgHeadAt } from "./org-heads.js";

const JOINERS = new Set(["عبد", "ابو", "ام"]);
const LINEAGE = new Set(["بن", "ابن", "بنت"]);
/** «آل سعود» (the house of Saud) follows a name but is not part of the name the press repeats. */
const HOUSE = "ال";

/**
 * A foreign name that opens with «ب» and a long vowel reads as ب + a stem to the clitic stripper:
 * «بوغدانوفيتش», «بيسكوف», «بايدن». A preposition before a word rarely gives a stem opening with a long
 * vowel that is not the article («بالقرب», «بمناسبة» do not pass).
 */
function foreignB(t: Tok): boolean {
  return (
    t.prefixes.join("") === "ب" && t.norm.length >= 5 && /^[اوي]/u.test(t.stem) && !t.stem.startsWith("ال")
  );
}

/** A prefixed-looking word that is a name as written: «وليد» (Walid), «بيسكوف» (Peskov). */
export function wholeWord(state: LineState, t: Tok): boolean {
  return t.prefixes.length > 0 && (state.context.lexicons.givenNames.has(t.norm) || foreignB(t));
}

/** A word that can stand in a person's name. */
function nameToken(state: LineState, j: number, barrier: (j: number) => boolean): boolean {
  const t = state.lt.tokens[j];
  if (!isWord(t) || t.script !== "ar" || barrier(j)) return false;
  const lex = state.context.lexicons;
  if (t.prefixes.length && !lex.givenNames.has(t.stem) && !wholeWord(state, t)) return false;
  if (t.norm === HOUSE || hasPronounSuffix(t)) return false;
  if (isArabicStop(t) || lex.nameBlockers.has(t.stem) || lex.arJudgement.matchAt(state.lt.tokens, j, false))
    return false;
  if (demonymOf(state, t) || lex.arTitles.matchAt(state.lt.tokens, j, false)) return false;
  if (orgHeadAt(state, j)) return false;
  const place = lex.arPlaceHeads.matchAt(state.lt.tokens, j, false);
  return !place?.payloads.some((p) => p.mode !== "prefix");
}

/** One unit of a name at j: a word, or «عبد/أبو/أم/بن» and the word after it. */
export function unitAt(state: LineState, j: number, first: boolean, barrier: (j: number) => boolean): number {
  if (!nameToken(state, j, barrier)) return -1;
  const t = state.lt.tokens[j]!;
  const w = wholeWord(state, t) ? t.norm : t.stem;
  // «مؤتمر صحفي» (a press conference): an indefinite adjective does not continue a name, «سامي» does
  if (
    !first &&
    !isDefinite(state.lt.tokens[j]!) &&
    isNisba(state.lt.tokens[j]!) &&
    !state.context.lexicons.givenNames.has(w)
  ) {
    return -1;
  }
  if (JOINERS.has(w) || (!first && LINEAGE.has(w))) {
    const k = adjacentWord(state, j);
    return k >= 0 && nameToken(state, k, barrier) ? k : -1;
  }
  return first && LINEAGE.has(w) ? -1 : j;
}

export interface ParsedName {
  readonly last: number;
  readonly units: number;
  /** The first unit is a listed given name (or an «عبد» compound). */
  readonly given: boolean;
}

export function parseName(state: LineState, j: number, barrier: (j: number) => boolean): ParsedName | null {
  const toks = state.lt.tokens;
  const u1 = unitAt(state, j, true, barrier);
  if (u1 < 0) return null;
  const w = wholeWord(state, toks[j]!) ? toks[j]!.norm : toks[j]!.stem;
  const given =
    state.context.lexicons.givenNames.has(w) || (w.startsWith("عبد") && w.length > 4) || JOINERS.has(w);
  let last = u1;
  let units = 1;
  for (;;) {
    const k = adjacentWord(state, last);
    if (k < 0) break;
    const lineage = LINEAGE.has(toks[k]!.norm);
    if (!lineage && units >= 2) {
      // a third unit only as a definite surname after an indefinite second one
      if (units > 2 || isDefinite(toks[last]!) || !isDefinite(toks[k]!)) break;
    }
    const u = unitAt(state, k, false, barrier);
    if (u < 0) break;
    last = u;
    if (!lineage) units++;
  }
  return { last, units, given };
}
