import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatJson, formatReport } from "./format-report.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile } from "./load.js";
import { SCORED_METRICS, score } from "./score.js";

const gold = loadGoldFile(fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url)));

describe("score", () => {
  it("gives 1.0 to a dossier that agrees with the gold, on every metric", () => {
    const result = score(gold, goldToDossier(gold), { detail: true });
    expect(result.score).toBe(1);
    for (const metric of SCORED_METRICS) expect(result.results[metric].f, metric).toBe(1);
    expect(result.notes).toEqual([]);
  });

  it("keeps the reference's keys in the reference's order", () => {
    const { results } = score(gold, goldToDossier(gold));
    expect(Object.keys(results)).toEqual([
      "bodyLines",
      "title",
      "outlet",
      "byline",
      "quantities",
      "times",
      "attributions",
      "actors",
      "stories",
      "claims",
      "discrepancies",
    ]);
  });

  it("scores an empty dossier: every gold line reads as body", () => {
    const result = score(gold, {});
    // 7 gold body lines among 13 listed: p = 7/13, r = 1, f = 0.7; every other F is 0.
    expect(result.results.bodyLines.f).toBeCloseTo(0.7, 12);
    expect(result.score).toBeCloseTo(0.7 / 8, 12);
    expect(result.notes).toEqual(["documents missing from dossier: storm-1, storm-2, fair-1"]);
  });

  it("writes per-miss notes only in detail mode", () => {
    const dossier = goldToDossier(gold);
    dossier.documents = dossier.documents!.filter((d) => d.id !== "fair-1");
    expect(score(gold, dossier).notes).toEqual(["documents missing from dossier: fair-1"]);
    expect(score(gold, dossier, { detail: true }).notes).toEqual([
      "documents missing from dossier: fair-1",
      "line role fair-1:1 gold=boilerplate got=body",
      "line role fair-1:2 gold=title got=body",
      "title fair-1: gold=معرض الكتاب يفتح أبوابه got=undefined",
    ]);
  });
});

describe("formatReport", () => {
  it("prints one line per metric, then the notes and the score", () => {
    const dossier = goldToDossier(gold);
    dossier.stories = [{ id: "all", documents: ["storm-1", "storm-2", "fair-1"] }];
    dossier.documents = dossier.documents!.filter((d) => d.id !== "fair-1");
    const report = formatReport(score(gold, dossier));
    expect(report.endsWith("score: 0.672\n")).toBe(true);
    const lines = report.split("\n");
    expect(lines).toHaveLength(14); // 13 lines and the empty string after the last newline
    expect(lines[0]).toBe("bodyLines      p=77.8 r=1 f=87.5 tp=7 np=9 ng=7");
    expect(lines[1]).toBe("title          acc=66.7 n=3");
    expect(lines[8]).toBe("stories        p=33.3 r=1 f=50.0 tp=1 np=3 ng=1");
    expect(lines[9]).toBe("claims         p=0 r=0 f=0 tp=0 np=0 ng=2 stanceAcc=0 linesCovered=0/4");
    expect(lines[11]).toBe("  - documents missing from dossier: fair-1");
    // F: body 0.875, four metrics at 1, stories 0.5, claims and discrepancies 0 (their stories are gone).
    expect(lines[12]).toBe(`score: ${((0.875 + 4 + 0.5) / 8).toFixed(3)}`);
  });

  it("has a JSON form with results, score and notes", () => {
    const result = score(gold, goldToDossier(gold));
    expect(JSON.parse(formatJson(result))).toEqual({ results: result.results, score: 1, notes: [] });
  });
});
