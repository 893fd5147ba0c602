// What a figure counts. Nouns of vehicles, weapons, money, distance, events and other things carry their
// own category (quantity-units.tsv). People nouns («شخص», «مدني», «عنصر», "people") and figures without
// a noun take it from the verb or noun that says what happened to them (quantity-cues.tsv):
//   1. a cue right after the figure and its noun, across auxiliaries: "14 people were killed" — but not
//      one that opens the next clause with و: in «قُتل 30 شخصاً وأصيب 40» the 30 were killed;
//   2. else the nearest cue before the figure in the same sentence (for a cue written around its figure,
//      «لقي … حتفهم», when its closing words follow the figure in the sentence):
//      «قُتل 30 شخصاً وأصيب أكثر من 40 آخرين» → 30 killed (قتل), 40 injured (أصيب, nearer);
//      «أدى إلى مقتل 35 مدنياً، و20 مدنياً» → both killed.
// A people noun with no cue is `people`; a figure with neither noun nor cue is `other`.
import type { QuantityCategory } from "../../core/types.js";
import { cueLexicon } from "./lexicons.js";
import type { LineContext } from "./line-context.js";
import { matchesAt, withoutAccusative } from "./phrases.js";

/** Words that may stand between a figure and a following verb: "were killed", «قد قتلوا». */
const AUXILIARIES = new Set(["were", "was", "have", "has", "had", "been", "are", "is", "reportedly", "قد"]);

/** How far back (in tokens) a cue may stand, within the sentence. */
export const CUE_WINDOW = 30;

/** How far after a figure's noun the closing words of a cue around it may stand: «لقي 4 نازحين بينهم 3 أطفال حتفهم». */
const CLOSING_WINDOW = 8;

/** Whether the closing words of a cue around a figure stand after token `last`, in its sentence. */
function closesAfter(ctx: LineContext, last: number, closing: readonly string[]): boolean {
  for (let k = last + 1; k <= last + CLOSING_WINDOW && ctx.sentence[k] === ctx.sentence[last]; k++)
    if (matchesAt(ctx.forms, k, closing)) return true;
  return false;
}

/** The category of a cue opening at token `at`; a cue around the figure must close after `last`. */
function cueAt(ctx: LineContext, at: number, last = -1): QuantityCategory | null {
  for (const cue of cueLexicon()) {
    if (!matchesAt(ctx.forms, at, cue.words)) continue;
    if (!cue.closing) return cue.category;
    if (last >= 0 && closesAfter(ctx, last, cue.closing)) return cue.category;
  }
  // «قتيلاً», «شهيداً»: a one-word cue in the accusative
  const forms = ctx.forms[at];
  const bare = forms && (withoutAccusative(forms.norm) ?? withoutAccusative(forms.stem));
  if (!bare) return null;
  for (const cue of cueLexicon())
    if (!cue.closing && cue.words.length === 1 && cue.words[0] === bare) return cue.category;
  return null;
}

/** The cue category for a figure on tokens [first, last] (its noun, if any, included), or null. */
export function cueFor(ctx: LineContext, first: number, last: number): QuantityCategory | null {
  let k = last + 1;
  while (AUXILIARIES.has(ctx.forms[k]?.norm ?? "")) k++;
  const forms = ctx.forms[k];
  const after = forms && forms.bare === forms.norm ? cueAt(ctx, k) : null;
  if (after && ctx.sentence[k] === ctx.sentence[first]) return after;
  const from = Math.max(ctx.sentence[first] ?? 0, first - CUE_WINDOW);
  for (let i = first - 1; i >= from; i--) {
    const c = cueAt(ctx, i, last);
    if (c) return c;
  }
  return null;
}

/** The category of a figure given its noun's own category (null when it has no noun). */
export function categoryOf(
  unitCategory: QuantityCategory | null,
  ctx: LineContext,
  first: number,
  last: number,
): QuantityCategory {
  if (unitCategory !== null && unitCategory !== "people") return unitCategory;
  const cue = cueFor(ctx, first, last);
  if (cue) return cue;
  return unitCategory ?? "other";
}
