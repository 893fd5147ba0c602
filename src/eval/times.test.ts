import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DossierDocument, EvalDossier } from "./dossier-schema.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile } from "./load.js";
import { scoringInput } from "./scoring-input.js";
import { scoreTimes } from "./times.js";

// Gold times with a value: storm-1:3 2030-03-05, storm-2:2 2030-03-05, storm-2:4 2030-03;
// without: storm-1:5 "خلال يومين" (within two days).
const gold = loadGoldFile(fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url)));
const run = (dossier: EvalDossier) => scoreTimes(scoringInput(gold, dossier, true));
const doc = (dossier: EvalDossier, id: string): DossierDocument =>
  dossier.documents!.find((d) => d.id === id)!;

describe("scoreTimes", () => {
  it("scores 1.0 on a dossier that agrees with the gold (its null times are not counted)", () => {
    const { scores, notes } = run(goldToDossier(gold));
    expect(scores).toEqual({ p: 1, r: 1, f: 1, tp: 3, np: 3, ng: 3 });
    expect(notes).toEqual([]);
  });

  it("ignores a valued prediction overlapping a gold time without value", () => {
    const dossier = goldToDossier(gold);
    doc(dossier, "storm-1").times!.push(
      { line: 5, text: "خلال يومين", value: "2030-03-04" },
      { line: 5, text: "يومين", value: "2030-03-04" },
    );
    expect(run(dossier).scores).toMatchObject({ tp: 3, np: 3, f: 1 });
  });

  it("counts other valued extras on that line", () => {
    const dossier = goldToDossier(gold);
    doc(dossier, "storm-1").times!.push({ line: 5, text: "الخميس", value: "2030-03-07" });
    const { scores, notes } = run(dossier);
    expect(scores).toMatchObject({ tp: 3, np: 4, ng: 3 });
    expect(scores.f).toBeCloseTo(6 / 7, 12);
    expect(notes).toEqual(["time extra storm-1:5 الخميس=2030-03-07"]);
  });

  it("needs the value at the gold's precision, no finer and no coarser", () => {
    const dossier = goldToDossier(gold);
    doc(dossier, "storm-2").times![1]!.value = "2030-03-01"; // gold 2030-03
    doc(dossier, "storm-1").times![0]!.value = "2030-03"; // gold 2030-03-05
    const { scores, notes } = run(dossier);
    expect(scores).toMatchObject({ tp: 1, np: 3, ng: 3 });
    expect(scores.f).toBeCloseTo(1 / 3, 12);
    expect(notes).toContain("time missed storm-2:4 مارس 2030=2030-03");
  });
});
