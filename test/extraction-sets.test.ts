// The extractor on the invented development pages (test/fixtures/extraction-dev, extraction-dev2 and
// extraction-unseen), with floors a little under the scores measured when they were set: a change that
// loses text or lets furniture in fails here before it reaches `npm run bench:extract`. The held-out
// set (extraction-fresh) is measured by the benchmark only, never here.
import { describe, expect, it } from "vitest";
import {
  extractInventedSet,
  inventedSegments,
  meanPrf,
  pooledPrf,
  shingleCounts,
} from "../src/eval/extraction.js";

function scores(dir: string) {
  const pages = extractInventedSet(dir);
  return {
    shingle: meanPrf(pages.map((page) => shingleCounts(page.gold.articleBody, page.predicted))).f1,
    segment: pooledPrf(pages.map(inventedSegments)).f1,
  };
}

describe("extraction on the invented development pages", () => {
  it("holds its floors on extraction-dev (table portals, forums, pull quotes, data tables)", () => {
    const { shingle, segment } = scores("test/fixtures/extraction-dev");
    expect(shingle).toBeGreaterThanOrEqual(0.98);
    expect(segment).toBeGreaterThanOrEqual(0.93);
  });

  it("holds its floors on extraction-dev2 (grid teasers, Blogger, Joomla, phpBB, AMP, split bodies)", () => {
    const { shingle, segment } = scores("test/fixtures/extraction-dev2");
    expect(shingle).toBeGreaterThanOrEqual(0.99);
    expect(segment).toBeGreaterThanOrEqual(0.99);
  });

  it("holds its floors on extraction-unseen (wire, Drupal, WordPress, paywalled longreads, ASP.NET, vBulletin)", () => {
    const { shingle, segment } = scores("test/fixtures/extraction-unseen");
    expect(shingle).toBeGreaterThanOrEqual(0.98);
    expect(segment).toBeGreaterThanOrEqual(0.97);
  });
});
