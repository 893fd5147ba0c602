// Metric 5: actors, as B-cubed over gold items, an item being one surface form in one document.
// Each item is looked up among the dossier's actors' names for that document: first by equal forms,
// and only if no actor has an equal form, by forms one token longer or shorter ("الخطيب" ~ "سامر الخطيب").
// An item may land in several predicted actors. Precision averages over the items found; recall over
// all items, so a form no actor carries lowers recall only.
import type { EvalDossier } from "./dossier-schema.js";
import { sameName } from "./match-forms.js";
import { harmonicMean } from "./prf.js";
import type { Scored, ScoringInput } from "./scoring-input.js";

export interface ActorScores {
  readonly p: number;
  readonly r: number;
  readonly f: number;
  /** Gold items found in at least one predicted actor. */
  readonly found: number;
  /** Gold items: (document, surface form) pairs over all gold actors. */
  readonly items: number;
}

interface ActorItem {
  readonly doc: string;
  readonly form: string;
  /** The gold actor id. */
  readonly gold: string;
  /** Ids of the predicted actors carrying the form. */
  readonly predicted: readonly string[];
}

/** Strict matching first, loose only as a fallback. */
const MATCH_PASSES = [false, true] as const;

function predictedActorsOf(doc: string, form: string, actors: NonNullable<EvalDossier["actors"]>): string[] {
  const hits: string[] = [];
  for (const loose of MATCH_PASSES) {
    for (const actor of actors) {
      const names = actor.names && Object.hasOwn(actor.names, doc) ? actor.names[doc]! : [];
      if (names.some((name) => sameName(name, form, loose))) hits.push(actor.id);
    }
    if (hits.length) break;
  }
  return hits;
}

export function scoreActors(input: ScoringInput): Scored<ActorScores> {
  const notes: string[] = [];
  const predictedActors = input.dossier.actors ?? [];
  const items: ActorItem[] = [];
  for (const [gold, actor] of Object.entries(input.gold.actors)) {
    for (const [doc, forms] of Object.entries(actor.mentions)) {
      for (const form of forms)
        items.push({ doc, form, gold, predicted: predictedActorsOf(doc, form, predictedActors) });
    }
  }

  let precisionSum = 0;
  let recallSum = 0;
  let found = 0;
  for (const item of items) {
    if (!item.predicted.length) {
      if (input.detail) notes.push(`actor form missing ${item.doc} ${item.form} (${item.gold})`);
      continue;
    }
    found++;
    const samePredicted = items.filter((o) => o.predicted.some((x) => item.predicted.includes(x)));
    const sameGold = items.filter((o) => o.gold === item.gold);
    const both = samePredicted.filter((o) => o.gold === item.gold);
    precisionSum += both.length / samePredicted.length;
    recallSum += both.length / sameGold.length;
    if (input.detail && both.length < samePredicted.length) {
      const others = samePredicted.filter((o) => o.gold !== item.gold).map((o) => o.form);
      notes.push(`actor over-merged: ${item.form} with ${others.slice(0, 3).join(" | ")}`);
    }
  }

  const p = found ? precisionSum / found : 0;
  const r = items.length ? recallSum / items.length : 1;
  return { scores: { p, r, f: harmonicMean(p, r), found, items: items.length }, notes };
}
