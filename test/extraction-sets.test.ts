// The extractor on the invented development pages (test/fixtures/extraction-dev and the development
// half of test/fixtures/extraction-unseen), with the floors measured when they were set: a change that
// loses text or lets furniture in fails here before it reaches `npm run bench:extract`. The held-out
// half is measured by the benchmark only, never here.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { meanPrf, shingleCounts } from "../src/eval/extraction.js";
import { extractArticle } from "../src/ingest/html/extract-article.js";
import { SiteBoilerplate } from "../src/ingest/html/site-boilerplate.js";

function shingleF1(dir: string, keep: (site: string) => boolean): number {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const memory = new SiteBoilerplate();
  const rows = Object.entries(gold)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .filter(([file]) => keep(file.replace(/-\d+\.html$/, "")))
    .map(([file, g]) => {
      const bytes = readFileSync(join(dir, "pages", file));
      const charset =
        /charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString("latin1"))?.[1] ?? "utf-8";
      const site = file.replace(/-\d+\.html$/, "");
      const article = extractArticle(new TextDecoder(charset).decode(bytes), {
        url: g.url,
        isSiteBoilerplate: memory.judge(site),
      });
      memory.remember(site, article.blockTexts);
      return shingleCounts(g.articleBody, article.paragraphs.join("\n\n"));
    });
  return meanPrf(rows).f1;
}

describe("extraction on the invented development pages", () => {
  it("holds its floor on extraction-dev (hard layouts: tables, forums, pull quotes)", () => {
    expect(shingleF1("test/fixtures/extraction-dev", () => true)).toBeGreaterThanOrEqual(0.9);
  });

  it("holds its floor on the development half of extraction-unseen", () => {
    const development = new Set(["almirsah", "sadawahat", "tesselwire", "deuxvallees"]);
    expect(
      shingleF1("test/fixtures/extraction-unseen", (site) => development.has(site)),
    ).toBeGreaterThanOrEqual(0.97);
  });
});
