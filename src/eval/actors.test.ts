import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreActors } from "./actors.js";
import type { DossierActor, EvalDossier } from "./dossier-schema.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile } from "./load.js";
import { scoringInput } from "./scoring-input.js";

// Gold items (document, form), 8 in all: civil-defence 2 (one per storm document), governor 3
// (storm-1 "المحافظ سامر الخطيب" and "الخطيب", storm-2 "الخطيب"), town 2, medical-source 1.
const gold = loadGoldFile(fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url)));
const run = (dossier: EvalDossier) => scoreActors(scoringInput(gold, dossier, true));
const actor = (dossier: EvalDossier, id: string): DossierActor => dossier.actors!.find((a) => a.id === id)!;

describe("scoreActors (B-cubed)", () => {
  it("scores 1.0 on a dossier that agrees with the gold", () => {
    const { scores, notes } = run(goldToDossier(gold));
    expect(scores).toEqual({ p: 1, r: 1, f: 1, found: 8, items: 8 });
    expect(notes).toEqual([]);
  });

  it("lowers precision when two actors are merged", () => {
    const dossier = goldToDossier(gold);
    const town = actor(dossier, "town");
    const governor = actor(dossier, "governor");
    for (const [doc, forms] of Object.entries(town.names!)) governor.names![doc]!.push(...forms);
    dossier.actors = dossier.actors!.filter((a) => a.id !== "town");
    const { scores, notes } = run(dossier);
    // The merged cluster holds 5 items: 3 governor items at precision 3/5, 2 town items at 2/5;
    // the other 3 items are at 1. p = (3 + 3·3/5 + 2·2/5) / 8 = 0.7.
    expect(scores.p).toBeCloseTo(0.7, 12);
    expect(scores.r).toBe(1);
    expect(scores.f).toBeCloseTo(14 / 17, 12);
    expect(notes[0]).toBe("actor over-merged: المحافظ سامر الخطيب with تل الزهرة | بلدة تل الزهرة");
  });

  it("lowers recall when an actor is split", () => {
    const dossier = goldToDossier(gold);
    delete actor(dossier, "governor").names!["storm-2"];
    dossier.actors!.push({ id: "governor-2", names: { "storm-2": ["الخطيب"] } });
    const { scores } = run(dossier);
    // Governor items reach 2/3, 2/3 and 1/3 of their gold cluster; r = (5 + 5/3) / 8 = 5/6.
    expect(scores).toMatchObject({ p: 1, found: 8 });
    expect(scores.r).toBeCloseTo(5 / 6, 12);
    expect(scores.f).toBeCloseTo(10 / 11, 12);
  });

  it("counts a form no actor carries against recall only", () => {
    const dossier = goldToDossier(gold);
    dossier.actors = dossier.actors!.filter((a) => a.id !== "medical-source");
    const { scores, notes } = run(dossier);
    expect(scores).toMatchObject({ p: 1, found: 7, items: 8, r: 7 / 8 });
    expect(scores.f).toBeCloseTo(14 / 15, 12);
    expect(notes).toEqual(["actor form missing storm-2 مصدر طبي (medical-source)"]);
  });

  it("matches forms with a clitic, or one token shorter or longer", () => {
    const dossier = goldToDossier(gold);
    actor(dossier, "civil-defence").names!["storm-1"] = ["بالدفاع المدني"];
    actor(dossier, "town").names!["storm-2"] = ["تل الزهرة"]; // gold: "بلدة تل الزهرة"
    expect(run(dossier).scores).toEqual({ p: 1, r: 1, f: 1, found: 8, items: 8 });
  });

  it("looks for a one-token match only when no actor has the form itself", () => {
    const dossier = goldToDossier(gold);
    dossier.actors!.push({ id: "decoy", names: { "storm-1": ["سامر الخطيب"] } });
    expect(run(dossier).scores.f).toBe(1); // every storm-1 governor form has an exact match
    actor(dossier, "governor").names!["storm-1"] = ["المحافظ سامر الخطيب"];
    const { scores } = run(dossier);
    // storm-1 "الخطيب" now falls back to the decoy ("سامر الخطيب", one token more), alone in its cluster.
    expect(scores.p).toBe(1);
    expect(scores.r).toBeCloseTo(5 / 6, 12);
  });

  it("lets a form sit in two predicted actors", () => {
    const dossier = goldToDossier(gold);
    actor(dossier, "medical-source").names!["storm-2"]!.push("الدفاع المدني");
    // storm-2 "الدفاع المدني" shares a cluster with both civil-defence items and the medical source
    // (precision 2/3), and the medical source shares one with it (1/2): p = (6 + 2/3 + 1/2) / 8.
    const { scores } = run(dossier);
    expect(scores.p).toBeCloseTo(43 / 48, 12);
    expect(scores.r).toBe(1);
    expect(scores.f).toBeCloseTo(86 / 91, 12);
  });
});
