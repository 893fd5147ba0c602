// Metric 2: quantities, matched on (line, value). Each gold quantity takes the first unused prediction
// on its line with the same number; the qualifier ("أكثر من", more than) is scored only on matches.
// Predictions with a null value (vague counts such as "عشرات", dozens) are left out of precision.
import { type Prf, prf } from "./prf.js";
import { goldDocument, type Scored, type ScoringInput } from "./scoring-input.js";

export interface QuantityScores extends Prf {
  /** Share of matched quantities whose qualifier is right (a missing qualifier reads as "exact"). */
  readonly qualifierAcc: number;
}

export function scoreQuantities(input: ScoringInput): Scored<QuantityScores> {
  const notes: string[] = [];
  let tp = 0;
  let np = 0;
  let ng = 0;
  let qualifierOk = 0;

  for (const id of input.goldDocIds) {
    const g = goldDocument(input, id);
    const predicted = (input.predicted.get(id)?.quantities ?? []).filter(
      (q) => q.value !== null && q.value !== undefined,
    );
    np += predicted.length;
    ng += g.quantities.length;
    const used = new Set<number>();
    for (const gq of g.quantities) {
      const i = predicted.findIndex((q, k) => !used.has(k) && q.line === gq.line && q.value === gq.value);
      const hit = predicted[i];
      if (hit) {
        used.add(i);
        tp++;
        if ((hit.qualifier ?? "exact") === gq.qualifier) qualifierOk++;
      } else if (input.detail) {
        notes.push(`quantity missed ${id}:${gq.line} ${gq.text}=${gq.value}`);
      }
    }
    if (input.detail) {
      // Extras on lines the gold does not call body or title are usually dates or boilerplate numbers.
      const bodyish = new Set(
        Object.entries(g.lines)
          .filter(([, role]) => role === "body" || role === "title")
          .map(([n]) => Number(n)),
      );
      predicted.forEach((q, k) => {
        if (used.has(k)) return;
        const where = bodyish.has(q.line) ? "" : " (not a body line)";
        notes.push(`quantity extra ${id}:${q.line} ${q.text}=${q.value}${where}`);
      });
    }
  }

  return { scores: { ...prf(tp, np, ng), qualifierAcc: tp ? qualifierOk / tp : 1 }, notes };
}
