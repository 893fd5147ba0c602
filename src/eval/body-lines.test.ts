import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreLines } from "./body-lines.js";
import type { DossierDocument, EvalDossier } from "./dossier-schema.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile } from "./load.js";
import { scoringInput } from "./scoring-input.js";

// Gold body lines: storm-1 3,4,5; storm-2 2,3,4; fair-1 3 (7 in all, of 13 listed lines).
const gold = loadGoldFile(fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url)));
const run = (dossier: EvalDossier) => scoreLines(scoringInput(gold, dossier, true));
const doc = (dossier: EvalDossier, id: string): DossierDocument =>
  dossier.documents!.find((d) => d.id === id)!;
const setRole = (d: DossierDocument, n: number, role: "title" | "body" | "boilerplate" | "metadata") => {
  d.lines = d.lines!.map((l) => (l.n === n ? { ...l, role } : l));
};

describe("scoreLines", () => {
  it("scores 1.0 on a dossier that agrees with the gold", () => {
    const { scores, notes } = run(goldToDossier(gold));
    expect(scores.bodyLines).toEqual({ p: 1, r: 1, f: 1, tp: 7, np: 7, ng: 7 });
    expect(scores.title).toEqual({ acc: 1, n: 3 });
    expect(scores.outlet).toEqual({ acc: 1, n: 2 });
    expect(scores.byline).toEqual({ acc: 1, n: 1 });
    expect(notes).toEqual([]);
  });

  it("counts a body line lost and a boilerplate line kept", () => {
    const dossier = goldToDossier(gold);
    setRole(doc(dossier, "storm-1"), 4, "boilerplate");
    setRole(doc(dossier, "storm-1"), 7, "body");
    const { scores, notes } = run(dossier);
    expect(scores.bodyLines).toMatchObject({ tp: 6, np: 7, ng: 7 });
    expect(scores.bodyLines.p).toBeCloseTo(6 / 7, 12);
    expect(scores.bodyLines.r).toBeCloseTo(6 / 7, 12);
    expect(scores.bodyLines.f).toBeCloseTo(6 / 7, 12);
    expect(notes).toEqual([
      "line role storm-1:4 gold=body got=boilerplate",
      "line role storm-1:7 gold=boilerplate got=body",
    ]);
  });

  it("reads a line the dossier does not list as body", () => {
    const dossier = goldToDossier(gold);
    const d = doc(dossier, "storm-1");
    d.lines = d.lines!.filter((l) => l.n !== 2);
    const { scores } = run(dossier);
    expect(scores.bodyLines).toMatchObject({ tp: 7, np: 8, ng: 7, r: 1 });
    expect(scores.bodyLines.p).toBeCloseTo(7 / 8, 12);
    expect(scores.bodyLines.f).toBeCloseTo(14 / 15, 12);
  });

  it("reads every line of a missing document as body, and its title as absent", () => {
    const dossier = goldToDossier(gold);
    dossier.documents = dossier.documents!.filter((d) => d.id !== "fair-1");
    const { scores } = run(dossier);
    // fair-1's three lines all count as predicted body; one of them is gold body.
    expect(scores.bodyLines).toMatchObject({ tp: 7, np: 9, ng: 7 });
    expect(scores.bodyLines.f).toBeCloseTo(0.875, 12);
    expect(scores.title.acc).toBeCloseTo(2 / 3, 12);
    expect(scores.outlet).toEqual({ acc: 1, n: 2 }); // fair-1 has no gold outlet
  });

  it("compares titles after normalisation, whole", () => {
    const dossier = goldToDossier(gold);
    doc(dossier, "storm-1").title = "«عاصفة» تضربُ تل الزهرة";
    expect(run(dossier).scores.title).toEqual({ acc: 1, n: 3 });
    doc(dossier, "storm-1").title = "عاصفة تضرب تل الزهرة اليوم";
    doc(dossier, "storm-2").title = "عاجل"; // the gold says storm-2 has no title
    const { scores, notes } = run(dossier);
    expect(scores.title.acc).toBeCloseTo(1 / 3, 12);
    expect(notes).toContain("title storm-2: gold=null got=عاجل");
  });

  it("matches outlets and bylines by containment", () => {
    const dossier = goldToDossier(gold);
    doc(dossier, "storm-1").outlet = "الساحل";
    doc(dossier, "storm-2").outlet = "وكالة المرفأ للأنباء";
    doc(dossier, "storm-1").byline = "بقلم ليلى حسن";
    expect(run(dossier).scores).toMatchObject({ outlet: { acc: 1, n: 2 }, byline: { acc: 1, n: 1 } });
    doc(dossier, "storm-2").outlet = null;
    doc(dossier, "storm-1").byline = "سامي";
    const { scores, notes } = run(dossier);
    expect(scores.outlet).toEqual({ acc: 0.5, n: 2 });
    expect(scores.byline).toEqual({ acc: 0, n: 1 });
    expect(notes).toEqual(["outlet storm-2: gold=وكالة المرفأ got=null"]); // bylines get no note
  });
});
