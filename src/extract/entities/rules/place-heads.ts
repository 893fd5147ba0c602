// Rule 2: place names after a place head (ar/place-heads.tsv). «مدينة الرقة» names «الرقة» (the head
// dropped), «نهر الفرات» keeps its head, «مدينتي البوكمال والميادين» names two. The name is the
// gazetteer's or the batch's where one starts after the head; otherwise one word, two for «الشيخ سعد»,
// «بصرى الشام», «دير الزور» (a prefix word, or an indefinite word and a definite noun) and a direction
// at the end: «المليحة الغربية». Such a name is learnt by the batch (see learned.ts).
import type { EntityType } from "../../../core/types.js";
import type { PlaceHead } from "../lexicons.js";
import { phraseWords, withoutArticle } from "../name-keys.js";
import {
  adjacentWord,
  type Candidate,
  hasPronounSuffix,
  isArabicStop,
  isDefinite,
  isNisba,
  isWord,
  type LineState,
  makeCandidate,
  nextWord,
  startingAt,
} from "./candidate.js";

/** Above the title rule (55): in «بلدة الشيخ سعد», «الشيخ» begins a town's name, it is no sheikh. */
export const PLACE_PRIORITY = 56;

const NAMED_TYPES = new Set<EntityType>(["GPE", "LOC", "FAC"]);

function headAt(state: LineState, i: number): { head: PlaceHead; last: number } | null {
  const m = state.context.lexicons.arPlaceHeads.matchAt(state.lt.tokens, i);
  if (!m) return null;
  const head = m.payloads.find((p) => p.mode !== "prefix" && p.mode !== "direction");
  return head ? { head, last: m.last } : null;
}

function modeOf(state: LineState, i: number, mode: PlaceHead["mode"]): boolean {
  const m = state.context.lexicons.arPlaceHeads.matchAt(state.lt.tokens, i, false);
  return !!m && m.last === i && m.payloads.some((p) => p.mode === mode);
}

/**
 * A word that can be (part of) an unknown place name. Right after a head no proclitic can stand, so
 * there (`whole`) the word is read as written: «مدينة بصرى الشام» is not ب + «صرى».
 */
function nameWord(state: LineState, j: number, whole = false, conjunct = false): boolean {
  const t = state.lt.tokens[j];
  if (!isWord(t) || t.script !== "ar") return false;
  if (t.prefixes.length && !whole && !(conjunct && t.prefixes.join("") === "و")) return false;
  const lex = state.context.lexicons;
  if (isArabicStop(t) || lex.nameBlockers.has(t.stem) || hasPronounSuffix(t)) return false;
  // «ريف المدينتين» (the countryside of the two cities): a head word is no name, with or without article
  const bare = withoutArticle(t.stem);
  if (lex.arPlaceHeads.lookup(bare).some((p) => p.mode !== "prefix" && p.mode !== "direction")) return false;
  return (
    !headAt(state, j) && !lex.arOrgHeads.lookup(bare).length && !lex.arTitles.matchAt(state.lt.tokens, j)
  );
}

/** The last token of an unknown place name starting at j, or -1. */
function guessName(state: LineState, j: number, head: PlaceHead, conjunct: boolean): number {
  const toks = state.lt.tokens;
  const k = adjacentWord(state, j);
  const prefixed = modeOf(state, j, "prefix") && !toks[j]!.prefixes.length && k >= 0 && nameWord(state, k);
  if (!prefixed && (modeOf(state, j, "prefix") || !nameWord(state, j, !conjunct, conjunct))) return -1;
  let last = j;
  if (prefixed) {
    last = k; // «الشيخ سعد» (a town, though «الشيخ» is also a title), «دير حافر»
  } else if (!isDefinite(toks[j]!) && isNisba(toks[j]!)) {
    return -1; // «منطقة آمنة»-like: an adjective, not a name
  } else if (
    !isDefinite(toks[j]!) &&
    k >= 0 &&
    isDefinite(toks[k]!) &&
    !isNisba(toks[k]!) &&
    nameWord(state, k)
  ) {
    last = k; // «بصرى الشام», «دير الزور»
  }
  const d = adjacentWord(state, last);
  if (d >= 0 && head.type === "GPE" && modeOf(state, d, "direction") && !isRuralHead(state, j)) last = d;
  // a feature's name is definite or a construct: «نهر العاصي», «معبر باب الهوى», not «محطة جديدة»
  if (head.mode === "keep" && !prefixed && !isDefinite(toks[last]!)) return -1;
  return last;
}

/** «ريف درعا الغربي»: the direction belongs to the countryside (ريف), not to the city. */
function isRuralHead(state: LineState, nameStart: number): boolean {
  for (let k = nameStart - 1; k >= 0; k--) {
    const t = state.lt.tokens[k]!;
    if (t.kind === "word") return t.stem === "ريف";
  }
  return false;
}

/** The name after a head at j; `conjunct`: the second name of a dual head, after «و» («والشريعة»). */
function nameAfter(
  state: LineState,
  j: number,
  head: PlaceHead,
  headFirst: number,
  conjunct = false,
): Candidate | null {
  const known = startingAt(state, j, (c) => NAMED_TYPES.has(c.mention.type) && c.mention.kind === "name")[0];
  const keep = head.mode === "keep";
  const first = keep ? headFirst : j;
  if (known) {
    // «إقليم البحيرة» (Chad's Lac province) is not «محافظة البحيرة» (Egypt's Beheira): a name that is
    // also a word, under another head than every one the gazetteer gives it, is another place
    const entry = known.mention.gazetteerId ? state.context.byId(known.mention.gazetteerId) : undefined;
    const headWord = withoutArticle(state.lt.tokens[headFirst]!.stem);
    const otherHead =
      known.mention.rule === "gazetteer:contextual" &&
      !!entry &&
      entry.ar.every((name) => {
        const words = phraseWords(name).map(withoutArticle);
        return words.length > 1 && !words.includes(headWord);
      });
    const gazetteerId = otherHead ? undefined : known.mention.gazetteerId;
    return makeCandidate(state, first, known.last, PLACE_PRIORITY + 4, {
      type: gazetteerId ? known.mention.type : head.type,
      rule: `place-head:${head.mode}`,
      gazetteerId,
      ...(otherHead ? { learnable: true } : {}),
      core: keep ? known.mention.text : null,
      keepClitic: known.mention.start === state.lt.tokens[first]!.start,
    });
  }
  if (head.mode === "known") return null;
  const last = guessName(state, j, head, conjunct);
  if (last < 0) return null;
  return makeCandidate(state, first, last, PLACE_PRIORITY, {
    type: head.type,
    rule: `place-head:${head.mode}`,
    learnable: true,
    keepClitic: !conjunct && !keep, // «بإقليم تزنيت»: the head's own proclitic is not the name's
  });
}

export function placeHeadRule(state: LineState): void {
  const toks = state.lt.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i]) || toks[i]!.script !== "ar") continue;
    const found = headAt(state, i);
    if (!found) continue;
    const j = nextWord(state, found.last);
    if (j < 0) continue;
    const one = nameAfter(state, j, found.head, i);
    if (!one) continue;
    state.candidates.push(one);
    if (found.head.mode !== "dual") continue;
    // «مدينتي البوكمال والميادين»: the second name carries the conjunction.
    const k = nextWord(state, one.last);
    if (k >= 0 && toks[k]!.prefixes[0] === "و") {
      const two = nameAfter(state, k, found.head, k, true);
      if (two) state.candidates.push(two);
    }
  }
}
