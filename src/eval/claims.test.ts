import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreClaims } from "./claims.js";
import type { EvalDossier } from "./dossier-schema.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile } from "./load.js";
import { scoringInput } from "./scoring-input.js";

// Gold claims: K1 on storm-1:3 and storm-2:2 (asserts); K2 on storm-1:4 (denies) and storm-2:3 (asserts),
// storm-1:5 optional. Of the 4 cross-document pairs of these lines, 2 are linked.
const gold = loadGoldFile(fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url)));
const run = (dossier: EvalDossier) => scoreClaims(scoringInput(gold, dossier, true));
type Mention = { document: string; line: number; stance: "asserts" | "denies" };
const m = (document: string, line: number, stance: Mention["stance"] = "asserts"): Mention => ({
  document,
  line,
  stance,
});
const withClaims = (...stories: Record<string, Mention[]>[]): EvalDossier => ({
  ...goldToDossier(gold),
  stories: stories.map((claims, i) => ({
    id: `s${i}`,
    claims: Object.entries(claims).map(([id, mentions]) => ({ id, mentions })),
  })),
});
const K1 = [m("storm-1", 3), m("storm-2", 2)];
const K2 = [m("storm-1", 4, "denies"), m("storm-2", 3)];

describe("scoreClaims", () => {
  it("scores 1.0 on a dossier that agrees with the gold", () => {
    const { scores, notes } = run(goldToDossier(gold));
    expect(scores).toEqual({ p: 1, r: 1, f: 1, tp: 2, np: 2, ng: 2, stanceAcc: 1, linesCovered: "4/4" });
    expect(notes).toEqual([]);
  });

  it("loses a link with a lost mention", () => {
    const { scores } = run(withClaims({ K1: [m("storm-1", 3)], K2 }));
    expect(scores).toMatchObject({ tp: 1, np: 1, ng: 2, p: 1, r: 0.5, stanceAcc: 1, linesCovered: "3/4" });
    expect(scores.f).toBeCloseTo(2 / 3, 12);
  });

  it("counts links made by merging two claims against precision", () => {
    const { scores } = run(withClaims({ K: [...K1, ...K2] }));
    expect(scores).toMatchObject({ tp: 2, np: 4, ng: 2, p: 0.5, r: 1 });
    expect(scores.f).toBeCloseTo(2 / 3, 12);
  });

  it("ignores mentions on lines that are not gold mentions, optional ones included", () => {
    const { scores } = run(withClaims({ K1: [...K1, m("storm-1", 5), m("storm-2", 4)], K2 }));
    expect(scores).toMatchObject({ tp: 2, np: 2, f: 1, linesCovered: "4/4" });
  });

  it("ignores links within one document", () => {
    const { scores } = run(withClaims({ K1, K2, X: [m("storm-1", 3), m("storm-1", 4)] }));
    expect(scores).toMatchObject({ tp: 2, np: 2, f: 1 });
  });

  it("names a claim by story and id", () => {
    const { scores } = run(withClaims({ K1, K2: [K2[0]!] }, { K2: [K2[1]!] }));
    expect(scores).toMatchObject({ tp: 1, np: 1, ng: 2, r: 0.5 });
  });

  it("scores stance on covered gold lines", () => {
    const { scores, notes } = run(withClaims({ K1, K2: [m("storm-1", 4, "asserts"), m("storm-2", 3)] }));
    expect(scores.f).toBe(1);
    expect(scores.stanceAcc).toBeCloseTo(3 / 4, 12);
    expect(notes).toEqual(["stance storm-1:4 gold=denies got=asserts"]);
  });

  it("gives stance accuracy 0 when no gold line is covered", () => {
    expect(run({}).scores).toMatchObject({ stanceAcc: 0, linesCovered: "0/4", f: 0 });
  });
});
