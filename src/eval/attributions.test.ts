import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreAttributions } from "./attributions.js";
import type { DossierAttribution, EvalDossier } from "./dossier-schema.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile } from "./load.js";
import { scoringInput } from "./scoring-input.js";

// Gold attributions: storm-1:3 الدفاع المدني قال; storm-1:4 المحافظ سامر الخطيب نفى (deny);
// storm-1:5 (implicit) أضاف; storm-2:2 مصدر طبي أفاد; storm-2:3 الخطيب أكد.
const gold = loadGoldFile(fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url)));
const run = (dossier: EvalDossier) => scoreAttributions(scoringInput(gold, dossier, true));
const attribution = (dossier: EvalDossier, id: string, line: number): DossierAttribution =>
  dossier.documents!.find((d) => d.id === id)!.attributions!.find((a) => a.line === line)!;

describe("scoreAttributions", () => {
  it("scores 1.0 on a dossier that agrees with the gold", () => {
    const { scores, notes } = run(goldToDossier(gold));
    expect(scores).toEqual({ p: 1, r: 1, f: 1, tp: 5, np: 5, ng: 5, polarityAcc: 1, cueRecall: 1 });
    expect(notes).toEqual([]);
  });

  it("scores polarity on matches, a missing one reading as assert", () => {
    const dossier = goldToDossier(gold);
    attribution(dossier, "storm-1", 3).polarity = undefined; // gold assert
    delete attribution(dossier, "storm-1", 4).polarity; // gold deny
    const { scores, notes } = run(dossier);
    expect(scores.f).toBe(1);
    expect(scores.polarityAcc).toBeCloseTo(4 / 5, 12);
    expect(notes).toEqual(["polarity storm-1:4 gold=deny got=undefined"]);
  });

  it("needs an overlapping speaker where the gold names one", () => {
    const dossier = goldToDossier(gold);
    attribution(dossier, "storm-1", 3).speaker = "الدفاع الجوي";
    attribution(dossier, "storm-1", 4).speaker = "الخطيب"; // contained in the gold speaker
    attribution(dossier, "storm-1", 5).speaker = "مصدر طبي"; // the gold speaker is implicit: anything goes
    const { scores, notes } = run(dossier);
    expect(scores).toMatchObject({ tp: 4, np: 5, ng: 5, cueRecall: 1 });
    expect(scores.f).toBeCloseTo(4 / 5, 12);
    expect(notes).toEqual([
      "attribution missed storm-1:3 الدفاع المدني قال",
      "attribution extra storm-1:3 الدفاع الجوي قال",
    ]);
  });

  it("needs an overlapping cue, which cue recall counts on its own", () => {
    const dossier = goldToDossier(gold);
    attribution(dossier, "storm-2", 3).cue = null;
    attribution(dossier, "storm-2", 2).cue = "وأفاد"; // a conjunction glued to the cue still overlaps
    const { scores } = run(dossier);
    expect(scores).toMatchObject({ tp: 4, np: 5, ng: 5 });
    expect(scores.cueRecall).toBeCloseTo(4 / 5, 12);
    expect(scores.f).toBeCloseTo(4 / 5, 12);
  });
});
