import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { EvalDossier } from "./dossier-schema.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile } from "./load.js";
import { scoringInput } from "./scoring-input.js";
import { scoreStories } from "./stories.js";

// Gold stories: {storm-1, storm-2} and {fair-1}: 3 document pairs, 1 linked.
const gold = loadGoldFile(fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url)));
const run = (dossier: EvalDossier) => scoreStories(scoringInput(gold, dossier, true)).scores;
const withStories = (...stories: string[][]): EvalDossier => ({
  ...goldToDossier(gold),
  stories: stories.map((documents, i) => ({ id: `s${i}`, documents })),
});

describe("scoreStories", () => {
  it("scores 1.0 on a dossier that agrees with the gold", () => {
    expect(run(goldToDossier(gold))).toEqual({ p: 1, r: 1, f: 1, tp: 1, np: 1, ng: 1 });
  });

  it("counts every extra linked pair against precision", () => {
    const scores = run(withStories(["storm-1", "storm-2", "fair-1"]));
    expect(scores).toMatchObject({ tp: 1, np: 3, ng: 1, r: 1 });
    expect(scores.p).toBeCloseTo(1 / 3, 12);
    expect(scores.f).toBeCloseTo(1 / 2, 12);
  });

  it("scores 0 when nothing is linked", () => {
    expect(run(withStories(["storm-1"], ["storm-2"], ["fair-1"]))).toEqual({
      p: 0,
      r: 0,
      f: 0,
      tp: 0,
      np: 0,
      ng: 1,
    });
    expect(run({})).toMatchObject({ f: 0, np: 0 });
  });

  it("links documents that share any of their stories, and ignores documents the gold lacks", () => {
    const scores = run(withStories(["storm-1", "storm-2", "other"], ["storm-1", "fair-1"]));
    expect(scores).toMatchObject({ tp: 1, np: 2, ng: 1, p: 0.5, r: 1 });
    expect(scores.f).toBeCloseTo(2 / 3, 12);
  });
});
