// What every metric reads: the gold, the dossier, the dossier's documents by id, and whether to
// explain each miss in a note. Built once per scoring run.
import type { DossierDocument, EvalDossier } from "./dossier-schema.js";
import type { Gold } from "./gold-schema.js";

export interface ScoringInput {
  readonly gold: Gold;
  readonly dossier: EvalDossier;
  /** Gold document ids in the gold file's order: every metric iterates over these, not the dossier's. */
  readonly goldDocIds: readonly string[];
  /** Dossier documents by id (for a repeated id, the last one wins). */
  readonly predicted: ReadonlyMap<string, DossierDocument>;
  /** Whether metrics write a note for every miss and every extra. */
  readonly detail: boolean;
}

/** A metric's figures and, in detail mode, one note per miss or extra. */
export interface Scored<T> {
  readonly scores: T;
  readonly notes: readonly string[];
}

export function scoringInput(gold: Gold, dossier: EvalDossier, detail: boolean): ScoringInput {
  return {
    gold,
    dossier,
    goldDocIds: Object.keys(gold.documents),
    predicted: new Map((dossier.documents ?? []).map((d) => [d.id, d])),
    detail,
  };
}

/** The gold document with this id (the id comes from `goldDocIds`, so it exists). */
export function goldDocument(input: ScoringInput, id: string): Gold["documents"][string] {
  return input.gold.documents[id]!;
}
