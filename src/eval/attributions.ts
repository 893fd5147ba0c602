// Metric 4: attributions (reporting acts). A gold attribution is found by an unused prediction on the
// same line whose cue overlaps the gold cue ("قالت" ~ "وقالت") and, where the gold names a speaker,
// whose speaker overlaps it ("الخطيب" ~ "المحافظ سامر الخطيب"). An implicit gold speaker ("وأضاف",
// and he added) takes the first candidate whatever its speaker.
import type { DossierAttribution } from "./dossier-schema.js";
import { overlaps } from "./match-forms.js";
import { type Prf, prf } from "./prf.js";
import { goldDocument, type Scored, type ScoringInput } from "./scoring-input.js";

export interface AttributionScores extends Prf {
  /** Share of found attributions whose polarity is right (a missing polarity reads as "assert"). */
  readonly polarityAcc: number;
  /** Share of gold attributions with at least one unused prediction on the line with a matching cue. */
  readonly cueRecall: number;
}

export function scoreAttributions(input: ScoringInput): Scored<AttributionScores> {
  const notes: string[] = [];
  let tp = 0;
  let np = 0;
  let ng = 0;
  let polarityOk = 0;
  let cueHits = 0;

  for (const id of input.goldDocIds) {
    const g = goldDocument(input, id);
    const predicted = input.predicted.get(id)?.attributions ?? [];
    np += predicted.length;
    ng += g.attributions.length;
    const used = new Set<number>();
    for (const ga of g.attributions) {
      const candidates: [DossierAttribution, number][] = [];
      predicted.forEach((a, k) => {
        if (!used.has(k) && a.line === ga.line && a.cue && overlaps(ga.cue, a.cue)) candidates.push([a, k]);
      });
      if (candidates.length) cueHits++;
      const hit = ga.speaker
        ? candidates.find(([a]) => a.speaker && overlaps(ga.speaker, a.speaker))
        : candidates[0];
      if (hit) {
        const [a, k] = hit;
        used.add(k);
        tp++;
        if ((a.polarity ?? "assert") === ga.polarity) polarityOk++;
        else if (input.detail) notes.push(`polarity ${id}:${ga.line} gold=${ga.polarity} got=${a.polarity}`);
      } else if (input.detail) {
        notes.push(`attribution missed ${id}:${ga.line} ${ga.speaker ?? "(implicit)"} ${ga.cue}`);
      }
    }
    if (input.detail) {
      predicted.forEach((a, k) => {
        if (!used.has(k)) notes.push(`attribution extra ${id}:${a.line} ${a.speaker} ${a.cue}`);
      });
    }
  }

  const scores = {
    ...prf(tp, np, ng),
    polarityAcc: tp ? polarityOk / tp : 1,
    cueRecall: ng ? cueHits / ng : 1,
  };
  return { scores, notes };
}
