// Reports that give one figure of one measure are one claim (shared-figures.ts), on invented pages in
// test/fixtures/compare-shared-figures: three outlets give the 37 trucks of a smuggling case in words that
// otherwise differ (who said it, what else the line says, two languages).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { claimMention } from "../../test/support/claim-mention.js";
import type { Quantity } from "../core/types.js";
import { analyzeBatch } from "../pipeline/analyze-batch.js";
import { type ClaimMention, claimMentions } from "./mentions.js";
import { addSharedFigures } from "./shared-figures.js";

const PAGES = fileURLToPath(new URL("../../test/fixtures/compare-shared-figures/", import.meta.url));

describe("shared figures on invented pages", async () => {
  const result = await analyzeBatch({ paths: [PAGES], toolVersion: "test" });
  const mentions = result.documents.flatMap((d, k) => claimMentions(d, result.extractions[k]!));
  const where = (i: number) => `${mentions[i]!.document}:${mentions[i]!.line}`;

  it("joins the reports of one figure (trucks, dinars, employees) in two languages, and no other line", () => {
    const groups = mentions.map((_, i) => [i]);
    addSharedFigures(
      groups,
      mentions.map((_, i) => i),
      mentions,
    );
    const joined = groups.filter((g) => g.length > 1).map((g) => [...new Set(g.map(where))].sort());
    expect(joined).toContainEqual(["01_marsa:8", "02_rased:8", "03_gulfport:8"]);
    // the same sum of dinars, exact or «نحو», in either language: one claim
    expect(joined).toContainEqual(["02_rased:10", "03_gulfport:4", "03_gulfport:6"]);
    // the seven port employees, «سبعة موظفين» in a title and a body line and "Seven port employees"
    expect(joined).toContainEqual(["02_rased:4", "02_rased:6", "03_gulfport:10"]);
    expect(joined).toHaveLength(3);
  });
});

describe("addSharedFigures", () => {
  const trucks = (value: number): Quantity => ({
    line: 1,
    start: 0,
    end: 0,
    text: String(value),
    value,
    qualifier: "exact",
    unit: null,
    category: "vehicles",
    rule: "t",
  });
  // a line at offset 100 of its page, its figures placed where their text stands on it
  const mention = (document: string, text: string, figures: Quantity[], days: number[] = []): ClaimMention =>
    claimMention({
      document,
      line: 3,
      lineStart: 100,
      text,
      figures: figures.map((q) => {
        const start = 100 + text.indexOf(q.text);
        return { ...q, start, end: start + q.text.length };
      }),
      days,
    });

  it("joins one figure of one counted noun on two pages, and leaves another value or noun alone", () => {
    const mentions = [
      mention("a", "استخدموا 37 شاحنة مبردة", [trucks(37)]),
      mention("b", "حملت على 37 شاحنة", [trucks(37)]),
      mention("c", "حملت على 36 شاحنة", [trucks(36)]),
      mention("d", "وصلت 37 سفينة", [trucks(37)]),
    ];
    const groups = [[0], [1], [2], [3]];
    addSharedFigures(groups, [0, 1, 2, 3], mentions);
    expect(groups).toContainEqual([0, 1]);
    expect(groups.filter((g) => g.includes(2) || g.includes(3))).toEqual([[2], [3]]);
  });

  it("adds to the group already holding the figure from two pages rather than opening another", () => {
    const mentions = [
      mention("a", "استخدموا 37 شاحنة", [trucks(37)]),
      mention("b", "حملت على 37 شاحنة", [trucks(37)]),
      mention("c", "غادرت 37 شاحنة الميناء", [trucks(37)]),
    ];
    const groups = [[0, 1], [2]];
    addSharedFigures(groups, [0, 1, 2], mentions);
    expect(groups).toEqual([[0, 1, 2], [2]]);
  });

  it("joins one count of people whatever the noun, unless the count is small", () => {
    const people = (value: number, unit: string): Quantity => ({
      ...trucks(value),
      unit,
      category: "people",
    });
    const mentions = [
      mention("a", "كان المركب يقل 52 راكبا", [people(52, "راكب")]),
      mention("b", "The boat was carrying 52 people", [people(52, "person")]),
      mention("c", "أوقفت الشرطة 3 موظفين", [people(3, "موظف")]),
      mention("d", "Police detained 3 suspects", [people(3, "suspect")]),
    ];
    const groups = [[0], [1], [2], [3]];
    addSharedFigures(groups, [0, 1, 2, 3], mentions);
    expect(groups).toEqual([[0], [1], [2], [3], [0, 1]]);
  });

  it("keeps apart one figure given for two days: two events", () => {
    const mentions = [
      mention("a", "استخدموا 37 شاحنة", [trucks(37)], [20_000]),
      mention("b", "حملت على 37 شاحنة", [trucks(37)], [20_005]),
    ];
    const groups = [[0], [1]];
    addSharedFigures(groups, [0, 1], mentions);
    expect(groups).toEqual([[0], [1]]);
  });
});
