// npm run bench:extract — the HTML extractor against Mozilla Readability (on linkedom), in one run on
// the same pages: the article-extraction-benchmark's 4-shingle F1, and pages per second.
// Pages: ../shared/extraction-dev/aeb (181 pages with gold text; not part of this repository).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import {
  extractInventedSet,
  inventedSegments,
  meanPrf,
  type PageCounts,
  pooledPrf,
  shingleCounts,
  wordCounts,
} from "../src/eval/extraction.js";
import { extractArticle } from "../src/ingest/html/extract-article.js";

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

/** Scores of one extractor, and its pages/s as the median of the timed rounds. */
function score(name: string, extractor: Extractor, seconds: readonly number[]) {
  const outputs = pages.map((p) => extractor(p.html, p.gold!.url));
  const counts: PageCounts[] = pages.map((p, i) => shingleCounts(p.gold!.articleBody, outputs[i]!));
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return { name, prf: meanPrf(counts), pagesPerSecond: pages.length / median, counts, outputs };
}

function timeRound(extractor: Extractor): number {
  const started = process.hrtime.bigint();
  for (const p of pages) extractor(p.html, p.gold!.url);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const rounds = Number(process.env.ISNAD_BENCH_ROUNDS ?? 5);
// One warm-up round each, then timed rounds taken in turn (ours, theirs, ours, …), so that whatever
// else the machine does weighs on both alike; each speed is the median round.
timeRound(ours);
timeRound(readability);
const oursSeconds: number[] = [];
const theirSeconds: number[] = [];
for (let r = 0; r < rounds; r++) {
  oursSeconds.push(timeRound(ours));
  theirSeconds.push(timeRound(readability));
}
const results = [score("isnad", ours, oursSeconds), score("readability", readability, theirSeconds)];
console.log(`extraction benchmark: ${pages.length} pages of ${SET}, median of ${rounds} timed rounds each`);
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

// The invented pages of this repository, read in file order with the site-boilerplate memory as
// `isnad analyze` reads them. Development sets: test/fixtures/extraction-dev, extraction-dev2 and
// extraction-unseen (held out until stop 18, when extraction-fresh replaced it). Held out:
// test/fixtures/extraction-fresh, written by a helper who never saw the extractor, its layouts
// described only in its LAYOUTS.md. Scored by shingles as above, by words, and by segments: the gold
// paragraphs must be kept, and every other text block of the page of three words or more that is not
// part of the gold must not be.
const INVENTED: readonly { dir: string; label: string }[] = [
  { dir: "test/fixtures/extraction-dev", label: "extraction-dev (development)" },
  { dir: "test/fixtures/extraction-dev2", label: "extraction-dev2 (development)" },
  { dir: "test/fixtures/extraction-unseen", label: "extraction-unseen (development since stop 18)" },
  { dir: "test/fixtures/extraction-fresh", label: "extraction-fresh (held out)" },
];
const detail = process.argv.includes("--invented");
for (const set of INVENTED) {
  const dir = resolve(set.dir);
  if (!existsSync(join(dir, "gold.json"))) continue;
  const held = set.label.includes("held out");
  const rows = { shingle: [] as PageCounts[], word: [] as PageCounts[], segment: [] as PageCounts[] };
  for (const page of extractInventedSet(dir)) {
    rows.shingle.push(shingleCounts(page.gold.articleBody, page.predicted));
    rows.word.push(wordCounts(page.gold.articleBody, page.predicted));
    const segments = inventedSegments(page);
    rows.segment.push(segments);
    // per-page results of a held-out set are never printed: reading them would be tuning on it
    if (detail && !held) {
      console.log(`  ${page.file}: segments tp ${segments.tp} fp ${segments.fp} fn ${segments.fn}`);
    }
  }
  const sh = meanPrf(rows.shingle);
  const wd = meanPrf(rows.word);
  const sg = pooledPrf(rows.segment);
  console.log(`${set.label} (${rows.shingle.length} pages):`);
  console.log(`  shingle F1 ${sh.f1.toFixed(3)} (P ${sh.precision.toFixed(3)} R ${sh.recall.toFixed(3)})`);
  console.log(`  word F1    ${wd.f1.toFixed(3)} (P ${wd.precision.toFixed(3)} R ${wd.recall.toFixed(3)})`);
  console.log(`  segment F1 ${sg.f1.toFixed(3)} (P ${sg.precision.toFixed(3)} R ${sg.recall.toFixed(3)})`);
}
