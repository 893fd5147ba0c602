// The extractor on the invented development pages (test/fixtures/extraction-dev and the development
// half of test/fixtures/extraction-unseen), with the floors measured when they were set: a change that
// loses text or lets furniture in fails here before it reaches `npm run bench:extract`. The held-out
// half is measured by the benchmark only, never here.
import { describe, expect, it } from "vitest";
import {
  extractInventedSet,
  meanPrf,
  shingleCounts,
  UNSEEN_DEVELOPMENT_SITES,
} from "../src/eval/extraction.js";

function shingleF1(dir: string, keep: (site: string) => boolean): number {
  const rows = extractInventedSet(dir)
    .filter((page) => keep(page.site))
    .map((page) => shingleCounts(page.gold.articleBody, page.predicted));
  return meanPrf(rows).f1;
}

describe("extraction on the invented development pages", () => {
  it("holds its floor on extraction-dev (hard layouts: tables, forums, pull quotes)", () => {
    expect(shingleF1("test/fixtures/extraction-dev", () => true)).toBeGreaterThanOrEqual(0.9);
  });

  it("holds its floor on the development half of extraction-unseen", () => {
    expect(
      shingleF1("test/fixtures/extraction-unseen", (site) => UNSEEN_DEVELOPMENT_SITES.has(site)),
    ).toBeGreaterThanOrEqual(0.97);
  });
});
