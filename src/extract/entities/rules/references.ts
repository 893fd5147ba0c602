// Rule 7: descriptions that point at an actor (ar/role-references.tsv, en/role-references.tsv):
// «وأفادت الوزارة» (the ministry said), «المرصد», «الميليشيات الكردية» (the Kurdish militias), and groups
// of people named by what they are, «شهود عيان» (eyewitnesses), «سكان في نوى» (residents of Nawa).
// Office references («الوزير الروسي») come from the title rule, «وزارة دفاع بلاده» from the org rule.
// Resolution (src/resolve/actors) decides what each points at.
import { isStopword } from "../../../text/stopwords.js";
import {
  adjacentWord,
  demonymOf,
  isDefinite,
  isNisba,
  isWord,
  type LineState,
  makeCandidate,
  nextWord,
  startingAt,
} from "./candidate.js";

export const REFERENCE_PRIORITY = 20;
/**
 * Above the gazetteer's contextual names (45): «الأكراد» (the Kurds) is a people, an actor of its own,
 * though ambiguous.tsv lists the SDF and the YPG that some reports mean by it.
 */
export const GROUP_PRIORITY = 46;

/** "a local monitoring group": an English description keeps its article and adjectives. */
function leftModifiers(state: LineState, i: number): number {
  const toks = state.lt.tokens;
  let first = i;
  for (let n = 0; n < 2; n++) {
    const t = toks[first - 1];
    if (t?.kind !== "word" || t.script !== "latin" || t.cap || isStopword(t.norm, "en")) break;
    first--;
  }
  const article = toks[first - 1];
  if (article && ["a", "an", "the"].includes(article.norm)) first--;
  return first;
}

export function referenceRule(state: LineState, lang: "ar" | "en"): void {
  const toks = state.lt.tokens;
  const index = lang === "ar" ? state.context.lexicons.arRoles : state.context.lexicons.enRoles;
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i])) continue;
    const m = index.matchAt(toks, i);
    if (!m) continue;
    const entry = m.payloads[0]!;
    const mode = entry.mode;
    if ((mode === "office" && lang === "ar") || mode === "own-country") continue;
    if (mode === "group") {
      // «سكان في نوى»: the place is part of who they are.
      let last = m.last;
      const prep = entry.targets.includes("place") ? adjacentWord(state, last) : -1;
      const p =
        prep >= 0 && ["في", "من", "in", "of", "from"].includes(toks[prep]!.norm) ? nextWord(state, prep) : -1;
      const place = p >= 0 ? startingAt(state, p, (c) => c.mention.type === "GPE")[0] : undefined;
      if (place) last = place.last;
      state.candidates.push(
        makeCandidate(
          state,
          i,
          last,
          GROUP_PRIORITY,
          { type: entry.type, rule: "group", kind: "name" },
          place ? [place] : undefined,
        ),
      );
      continue;
    }
    // «النظام الدستوري» (the constitutional order) is not «النظام» (the regime): a head followed by an
    // adjective other than a demonym is another noun phrase
    const adj = adjacentWord(state, m.last);
    const other = adj >= 0 && isDefinite(toks[adj]!) && isNisba(toks[adj]!) && !demonymOf(state, toks[adj]);
    if (mode === "head" && other && !state.context.lexicons.arJudgement.matchAt(toks, adj, false)) continue;
    state.candidates.push(
      makeCandidate(state, lang === "en" ? leftModifiers(state, i) : i, m.last, REFERENCE_PRIORITY, {
        type: entry.type,
        rule: `reference:${mode}`,
        kind: "reference",
        ref: { mode, targets: entry.targets, country: null, standalone: entry.standalone },
      }),
    );
  }
}
