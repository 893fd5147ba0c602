// Metric 8: discrepancies. Recall: gold discrepancies whose two lines some dossier discrepancy lists
// among its `between` (in any order, possibly with more lines, whatever its kind). Specificity: the
// share of gold traps (figures for different events, `nonDiscrepancies`) that no dossier discrepancy
// links. F is their harmonic mean, so flagging every figure pair does not pay.
import type { GoldMentionRef } from "./gold-schema.js";
import { harmonicMean } from "./prf.js";
import type { Scored, ScoringInput } from "./scoring-input.js";

export interface DiscrepancyScores {
  readonly recall: number;
  readonly specificity: number;
  readonly f: number;
  readonly found: number;
  /** Gold discrepancies. */
  readonly n: number;
  /** Traps the dossier flagged. */
  readonly falseAlarms: number;
  /** Gold non-discrepancies. */
  readonly traps: number;
}

function refKey(m: { readonly document: string; readonly line: number }): string {
  return `${m.document}:${m.line}`;
}

export function scoreDiscrepancies(input: ScoringInput): Scored<DiscrepancyScores> {
  const notes: string[] = [];
  const flagged = (input.dossier.stories ?? []).flatMap((s) => s.discrepancies ?? []);
  const lineSets = flagged.map((x) => (x.between ?? []).map(refKey));
  // Only the first two refs of a gold pair are read.
  const isFlagged = (between: readonly GoldMentionRef[]) => {
    const [a, b] = between.map(refKey);
    return lineSets.some((keys) => keys.includes(a!) && keys.includes(b!));
  };

  let found = 0;
  for (const g of input.gold.discrepancies) {
    if (isFlagged(g.between)) found++;
    else if (input.detail) notes.push(`discrepancy missed ${g.id}: ${g.note}`);
  }
  const traps = input.gold.nonDiscrepancies ?? [];
  let falseAlarms = 0;
  for (const g of traps) {
    if (!isFlagged(g.between)) continue;
    falseAlarms++;
    if (input.detail) notes.push(`false discrepancy ${g.id}: ${g.note}`);
  }

  const n = input.gold.discrepancies.length;
  const m = traps.length;
  const recall = n ? found / n : 1;
  const specificity = m ? 1 - falseAlarms / m : 1;
  return {
    scores: { recall, specificity, f: harmonicMean(recall, specificity), found, n, falseAlarms, traps: m },
    notes,
  };
}
