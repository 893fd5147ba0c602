// Precision, recall and their harmonic mean, with the reference scorer's conventions for empty sets:
// nothing to find and nothing found is perfect; something found when nothing was to be found is
// precision 0.

export interface Prf {
  readonly p: number;
  readonly r: number;
  readonly f: number;
  /** True positives, predicted items, gold items. */
  readonly tp: number;
  readonly np: number;
  readonly ng: number;
}

/** 2ab / (a + b), or 0 when both are 0. */
export function harmonicMean(a: number, b: number): number {
  return a + b ? (2 * a * b) / (a + b) : 0;
}

export function prf(tp: number, np: number, ng: number): Prf {
  const p = np ? tp / np : ng ? 0 : 1;
  const r = ng ? tp / ng : 1;
  return { p, r, f: harmonicMean(p, r), tp, np, ng };
}

/** A share of correct answers; 1 when there was nothing to answer. */
export interface Accuracy {
  readonly acc: number;
  readonly n: number;
}

export function accuracy(ok: number, n: number): Accuracy {
  return { acc: n ? ok / n : 1, n };
}
