// How exact a figure is said to be (data/lexicons/{ar,en}/quantity-qualifiers.tsv):
//   before the figure   «أكثر من 80» more-than, «ما لا يقل عن 120» at-least, «نحو 45» about, "up to 20"
//   after it            «ثلاث طائرات مسيّرة على الأقل» at-least, "30 or more" at-least
//   a range             «بين 10 و20», «من 10 إلى 20», "between 10 and 20", «10-20»: value is the low
//                       end, `high` the high end
// A range opener without its second figure is no qualifier: in «من 3 محاور» (from three fronts) من is a
// preposition.
import type { QuantityQualifier } from "../../core/types.js";
import { isStopword } from "../../text/stopwords.js";
import { type QualifierEntry, qualifierLexicon } from "./lexicons.js";
import type { LineContext } from "./line-context.js";
import { matchesAt } from "./phrases.js";

export interface QualifierHit {
  readonly qualifier: QuantityQualifier;
  /** First and last token of the phrase. */
  readonly first: number;
  readonly last: number;
  readonly entry: QualifierEntry;
}

const DASHES = new Set(["-", "–", "—", "−"]);

/** How many words («مسيّرة», «من قوات النظام») may stand between a noun and a trailing qualifier. */
const MAX_WORDS_BEFORE_TRAILING = 4;

/** The qualifier phrase that ends right before token `first`, longest first. */
export function qualifierBefore(ctx: LineContext, first: number): QualifierHit | null {
  for (const entry of qualifierLexicon()) {
    if (entry.position === "after") continue;
    const at = first - entry.words.length;
    if (matchesAt(ctx.forms, at, entry.words)) {
      return { qualifier: entry.qualifier, first: at, last: first - 1, entry };
    }
  }
  return null;
}

/** Words of a noun phrase that a trailing qualifier may follow: «من» / "of" (20 عنصراً من قوات النظام). */
const PARTITIVES = new Set(["من", "of"]);

/**
 * A trailing qualifier after token `last`, across the rest of the noun phrase: adjectives and a
 * partitive, up to four words («ثلاث طائرات مسيّرة على الأقل», «20 عنصراً من قوات النظام على الأقل»).
 * The phrase ends at punctuation, a figure, another function word or a word joined by و (a new clause).
 */
export function qualifierAfter(ctx: LineContext, last: number): QualifierHit | null {
  for (let skip = 0; skip <= MAX_WORDS_BEFORE_TRAILING; skip++) {
    const at = last + 1 + skip;
    for (const entry of qualifierLexicon()) {
      if (entry.position !== "after" || !matchesAt(ctx.forms, at, entry.words)) continue;
      return { qualifier: entry.qualifier, first: at, last: at + entry.words.length - 1, entry };
    }
    const t = ctx.tokens[at];
    const forms = ctx.forms[at];
    if (t?.kind !== "word" || !forms || forms.norm.startsWith("و")) return null;
    if (PARTITIVES.has(forms.norm)) continue;
    if (isStopword(t.text, "ar") || isStopword(t.text, "en")) return null;
  }
  return null;
}

/**
 * The token index where a range's second figure starts, after the first figure's last token `last`:
 * a joiner of the opener (و, إلى, "and", "to"), or a dash. For «و20» and «وعشرين» the joiner is glued
 * to the figure; `gluedAnd` says that the next figure carries و as its prefix.
 */
export function rangeJoin(
  ctx: LineContext,
  last: number,
  opener: QualifierEntry | null,
  gluedAnd: (token: number) => boolean,
): number | null {
  if (opener) {
    if (opener.joiners.some((j) => j.length === 1 && j[0] === "و") && gluedAnd(last + 1)) return last + 1;
    for (const joiner of opener.joiners) {
      if (matchesAt(ctx.forms, last + 1, joiner)) return last + 1 + joiner.length;
    }
    return null;
  }
  const dash = ctx.tokens[last + 1];
  if (dash && DASHES.has(dash.text) && ctx.tokens[last + 2]?.kind === "number") return last + 2;
  return null;
}
