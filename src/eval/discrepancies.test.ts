import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreDiscrepancies } from "./discrepancies.js";
import type { EvalDossier } from "./dossier-schema.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile } from "./load.js";
import { scoringInput } from "./scoring-input.js";

// Gold: D1 storm-1:3 ~ storm-2:2, D2 storm-1:4 ~ storm-2:3; one trap, N1 storm-1:5 ~ storm-2:2.
const gold = loadGoldFile(fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url)));
const run = (dossier: EvalDossier) => scoreDiscrepancies(scoringInput(gold, dossier, true));
const ref = (document: string, line: number) => ({ document, line });
const flagging = (...pairs: { document: string; line: number }[][]): EvalDossier => ({
  ...goldToDossier(gold),
  stories: [{ id: "s", discrepancies: pairs.map((between) => ({ kind: "figure-mismatch", between })) }],
});

describe("scoreDiscrepancies", () => {
  it("scores 1.0 on a dossier that agrees with the gold", () => {
    const { scores, notes } = run(goldToDossier(gold));
    expect(scores).toEqual({ recall: 1, specificity: 1, f: 1, found: 2, n: 2, falseAlarms: 0, traps: 1 });
    expect(notes).toEqual([]);
  });

  it("lowers recall for a missed discrepancy", () => {
    const { scores, notes } = run(flagging([ref("storm-1", 3), ref("storm-2", 2)]));
    expect(scores).toMatchObject({ recall: 0.5, specificity: 1, found: 1 });
    expect(scores.f).toBeCloseTo(2 / 3, 12);
    expect(notes).toEqual([
      "discrepancy missed D2: the governor denies the dam collapsed; the agency says he confirmed it",
    ]);
  });

  it("finds a pair in any order, among more lines, in any story", () => {
    const dossier = flagging([ref("storm-2", 2), ref("storm-1", 1), ref("storm-1", 3)]);
    dossier.stories!.push({ id: "t", discrepancies: [{ between: [ref("storm-2", 3), ref("storm-1", 4)] }] });
    expect(run(dossier).scores).toMatchObject({ recall: 1, f: 1 });
  });

  it("needs both lines of the pair", () => {
    expect(run(flagging([ref("storm-1", 3), ref("storm-2", 4)])).scores).toMatchObject({ found: 0, f: 0 });
  });

  it("lowers specificity for a flagged trap", () => {
    const dossier = goldToDossier(gold);
    dossier.stories![0]!.discrepancies!.push({ between: [ref("storm-1", 5), ref("storm-2", 2)] });
    const { scores, notes } = run(dossier);
    expect(scores).toEqual({ recall: 1, specificity: 0, f: 0, found: 2, n: 2, falseAlarms: 1, traps: 1 });
    expect(notes).toEqual(["false discrepancy N1: 40 houses vs 10 dead: counts of different things"]);
  });
});
