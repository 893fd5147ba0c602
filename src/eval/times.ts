// Metric 3: resolved times, matched on (line, value). Only gold times with a value are to be found.
// A gold time without a value (a duration such as "خلال يومين", within two days) shields its span:
// a prediction on the same line whose text overlaps it is left out of precision whatever its value.
import { overlaps } from "./match-forms.js";
import { type Prf, prf } from "./prf.js";
import { goldDocument, type Scored, type ScoringInput } from "./scoring-input.js";

export type TimeScores = Prf;

export function scoreTimes(input: ScoringInput): Scored<TimeScores> {
  const notes: string[] = [];
  let tp = 0;
  let np = 0;
  let ng = 0;

  for (const id of input.goldDocIds) {
    const g = goldDocument(input, id);
    const valued = g.times.filter((t) => t.value);
    const unvalued = g.times.filter((t) => !t.value);
    const predicted = (input.predicted.get(id)?.times ?? []).filter(
      (t) => t.value && !unvalued.some((u) => u.line === t.line && overlaps(u.text, t.text)),
    );
    np += predicted.length;
    ng += valued.length;
    const used = new Set<number>();
    for (const gt of valued) {
      // Values must be equal: "2030-03-05" does not match a gold "2030-03", nor the reverse.
      const i = predicted.findIndex((t, k) => !used.has(k) && t.line === gt.line && t.value === gt.value);
      if (i >= 0) {
        used.add(i);
        tp++;
      } else if (input.detail) {
        notes.push(`time missed ${id}:${gt.line} ${gt.text}=${gt.value}`);
      }
    }
    if (input.detail) {
      predicted.forEach((t, k) => {
        if (!used.has(k)) notes.push(`time extra ${id}:${t.line} ${t.text}=${t.value}`);
      });
    }
  }

  return { scores: prf(tp, np, ng), notes };
}
