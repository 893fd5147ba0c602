import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DossierDocument, EvalDossier } from "./dossier-schema.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile } from "./load.js";
import { scoreQuantities } from "./quantities.js";
import { scoringInput } from "./scoring-input.js";

// Gold quantities: storm-1:3 12 (exact), storm-1:5 40 (more-than), storm-2:2 10 (exact).
const gold = loadGoldFile(fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url)));
const run = (dossier: EvalDossier, g = gold) => scoreQuantities(scoringInput(g, dossier, true));
const doc = (dossier: EvalDossier, id: string): DossierDocument =>
  dossier.documents!.find((d) => d.id === id)!;

describe("scoreQuantities", () => {
  it("scores 1.0 on a dossier that agrees with the gold", () => {
    const { scores, notes } = run(goldToDossier(gold));
    expect(scores).toEqual({ p: 1, r: 1, f: 1, tp: 3, np: 3, ng: 3, qualifierAcc: 1 });
    expect(notes).toEqual([]);
  });

  it("needs the same value on the same line", () => {
    const dossier = goldToDossier(gold);
    const [q1, q2] = doc(dossier, "storm-1").quantities!;
    q2!.value = 41;
    q1!.line = 7;
    const { scores, notes } = run(dossier);
    expect(scores).toMatchObject({ tp: 1, np: 3, ng: 3 });
    expect(scores.f).toBeCloseTo(1 / 3, 12);
    expect(notes).toEqual([
      "quantity missed storm-1:3 12 شخصا=12",
      "quantity missed storm-1:5 أكثر من 40 منزلا=40",
      "quantity extra storm-1:7 12 شخصا=12 (not a body line)",
      "quantity extra storm-1:5 أكثر من 40 منزلا=41",
    ]);
  });

  it("counts valued extras against precision and skips null values", () => {
    const dossier = goldToDossier(gold);
    doc(dossier, "storm-2").quantities!.push(
      { line: 4, text: "خمسة جسور", value: 5, qualifier: "exact" },
      { line: 4, text: "عشرات المنازل", value: null, qualifier: "about" },
    );
    const { scores } = run(dossier);
    expect(scores).toMatchObject({ tp: 3, np: 4, ng: 3, r: 1, qualifierAcc: 1 });
    expect(scores.p).toBeCloseTo(3 / 4, 12);
    expect(scores.f).toBeCloseTo(6 / 7, 12);
  });

  it("scores qualifiers on matches only, a missing one reading as exact", () => {
    const dossier = goldToDossier(gold);
    const [q1, q2] = doc(dossier, "storm-1").quantities!;
    delete q1!.qualifier; // gold: exact
    delete q2!.qualifier; // gold: more-than
    const { scores } = run(dossier);
    expect(scores.f).toBe(1);
    expect(scores.qualifierAcc).toBeCloseTo(2 / 3, 12);
  });

  it("uses each prediction for one gold quantity only", () => {
    const g = structuredClone(gold);
    g.documents["storm-1"]!.quantities.push({ line: 3, text: "12 منزلا", value: 12, qualifier: "exact" });
    const { scores } = run(goldToDossier(gold), g);
    expect(scores).toMatchObject({ tp: 3, np: 3, ng: 4, p: 1, r: 0.75 });
    expect(scores.f).toBeCloseTo(6 / 7, 12);
  });
});
