// npm run bench:extract — the HTML extractor against Mozilla Readability (on linkedom), in one run on
// the same pages: the article-extraction-benchmark's 4-shingle F1, and pages per second.
// Pages: ../shared/extraction-dev/aeb (181 pages with gold text; not part of this repository).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import {
  meanPrf,
  type PageCounts,
  pooledPrf,
  segmentCounts,
  shingleCounts,
  tokens,
  wordCounts,
} from "../src/eval/extraction.js";
import { extractArticle } from "../src/ingest/html/extract-article.js";
import { parseHtml } from "../src/ingest/html/parse-html.js";
import { textBlocks } from "../src/ingest/html/text-blocks.js";

const SET = resolve(process.env.ISNAD_AEB ?? "../shared/extraction-dev/aeb");
if (!existsSync(join(SET, "ground-truth.json"))) {
  console.log(`bench:extract skipped: ${SET}/ground-truth.json is not here (the set lives in ../shared)`);
  process.exit(0);
}
const gold = JSON.parse(readFileSync(join(SET, "ground-truth.json"), "utf8")) as Record<
  string,
  { articleBody: string; url: string }
>;
const pages = readdirSync(join(SET, "html"))
  .filter((f) => f.endsWith(".html.gz"))
  .sort()
  .map((f) => {
    const id = f.replace(/\.html\.gz$/, "");
    return { id, html: gunzipSync(readFileSync(join(SET, "html", f))).toString("utf8"), gold: gold[id] };
  })
  .filter((p) => p.gold);

type Extractor = (html: string, url: string) => string;
const ours: Extractor = (html, url) => extractArticle(html, { url }).paragraphs.join("\n\n");
const readability: Extractor = (html) => {
  const { document } = parseHTML(html);
  return (
    new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
      ?.textContent ?? ""
  );
};

function run(name: string, extractor: Extractor, rounds: number) {
  const outputs: string[] = [];
  // one warm-up pass, then timed rounds over every page
  for (const p of pages) outputs.push(extractor(p.html, p.gold!.url));
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const p of pages) extractor(p.html, p.gold!.url);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const counts: PageCounts[] = pages.map((p, i) => shingleCounts(p.gold!.articleBody, outputs[i]!));
  return { name, prf: meanPrf(counts), pagesPerSecond: (rounds * pages.length) / seconds, counts, outputs };
}

const rounds = Number(process.env.ISNAD_BENCH_ROUNDS ?? 3);
const results = [run("isnad", ours, rounds), run("readability", readability, rounds)];
console.log(`extraction benchmark: ${pages.length} pages of ${SET}, ${rounds} timed rounds each`);
console.log("extractor     precision  recall  F1      pages/s");
for (const r of results) {
  console.log(
    `${r.name.padEnd(13)} ${r.prf.precision.toFixed(3).padStart(9)}  ${r.prf.recall.toFixed(3).padStart(6)}  ${r.prf.f1.toFixed(3)}  ${r.pagesPerSecond.toFixed(1).padStart(7)}`,
  );
}
const [isnad, base] = results as [(typeof results)[0], (typeof results)[0]];
console.log(`speed: ${(isnad.pagesPerSecond / base.pagesPerSecond).toFixed(1)}× Readability's pages/s`);
if (process.argv.includes("--pages")) {
  pages.forEach((p, i) => {
    const c = isnad.counts[i]!;
    const b = base.counts[i]!;
    const pr = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
    const rc = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
    console.log(
      `${p.id.slice(0, 12)} P ${pr.toFixed(2)} R ${rc.toFixed(2)}  rdb tp ${b.tp.toFixed(2)}  ${p.gold!.url.slice(0, 70)}`,
    );
  });
}

// The invented pages of this repository (test/fixtures/extraction-unseen), in two halves by site: four
// sites are a development set (read while tuning), four stay held out (never read). Scored by
// shingles as above, by words, and by segments: its gold paragraphs must be kept, and every other
// text block of the page of three words or more that is not part of the gold must not be.
const UNSEEN = resolve("test/fixtures/extraction-unseen");
const DEVELOPMENT_SITES = new Set(["almirsah", "sadawahat", "tesselwire", "deuxvallees"]);
if (existsSync(join(UNSEEN, "gold.json"))) {
  const unseenGold = JSON.parse(readFileSync(join(UNSEEN, "gold.json"), "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const halves = new Map<string, { shingle: PageCounts[]; word: PageCounts[]; segment: PageCounts[] }>();
  for (const [file, g] of Object.entries(unseenGold)) {
    const half = DEVELOPMENT_SITES.has(file.replace(/-\d+\.html$/, "")) ? "development" : "held out";
    const rows = halves.get(half) ?? { shingle: [], word: [], segment: [] };
    halves.set(half, rows);
    const bytes = readFileSync(join(UNSEEN, "pages", file));
    const head = bytes.subarray(0, 2048).toString("latin1");
    const charset = /charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase() ?? "utf-8";
    const html = new TextDecoder(charset).decode(bytes);
    const predicted = extractArticle(html, { url: g.url }).paragraphs.join("\n\n");
    rows.shingle.push(shingleCounts(g.articleBody, predicted));
    rows.word.push(wordCounts(g.articleBody, predicted));
    const must = g.articleBody.split(/\n+/).filter((p) => p.trim());
    const goldKey = ` ${tokens(g.articleBody).join(" ")} `;
    const mustNot = textBlocks(parseHtml(html).root)
      .map((b) => b.text)
      .filter((t) => tokens(t).length >= 3 && !goldKey.includes(` ${tokens(t).join(" ")} `));
    rows.segment.push(segmentCounts(predicted, must, mustNot));
  }
  for (const [half, rows] of [...halves].sort()) {
    const sh = meanPrf(rows.shingle);
    const wd = meanPrf(rows.word);
    const sg = pooledPrf(rows.segment);
    console.log(`invented pages, ${half} (${rows.shingle.length} pages):`);
    console.log(`  shingle F1 ${sh.f1.toFixed(3)} (P ${sh.precision.toFixed(3)} R ${sh.recall.toFixed(3)})`);
    console.log(`  word F1    ${wd.f1.toFixed(3)} (P ${wd.precision.toFixed(3)} R ${wd.recall.toFixed(3)})`);
    console.log(`  segment F1 ${sg.f1.toFixed(3)} (P ${sg.precision.toFixed(3)} R ${sg.recall.toFixed(3)})`);
  }
}
