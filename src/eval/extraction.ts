// Scores for HTML main-text extraction, as the public benchmarks define them:
// - shingles: the article-extraction-benchmark rule (4-token shingles, per-page tp/fp/fn normalised to
//   sum to one, precision and recall averaged over pages, F1 of the two means);
// - words: bag-of-words precision and recall per page, averaged the same way;
// - segments: trafilatura's evaluation style, where each page lists text that must appear in the output
//   and text that must not; a kept "must" is a true positive, a kept "must not" a false positive.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../ingest/html/extract-article.js";
import { parseHtml } from "../ingest/html/parse-html.js";
import { SiteBoilerplate } from "../ingest/html/site-boilerplate.js";
import { textBlocks } from "../ingest/html/text-blocks.js";
import { declaredMetaCharset } from "../ingest/page-inputs.js";

/** Tokens as Python's `\w+` finds them (letters, digits, underscore; marks split words there too). */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

function counted(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function matchCounts(gold: Map<string, number>, predicted: Map<string, number>): PageCounts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, g] of gold) {
    const p = predicted.get(key) ?? 0;
    tp += Math.min(g, p);
    fn += Math.max(0, g - p);
  }
  for (const [key, p] of predicted) fp += Math.max(0, p - (gold.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

function shingles(text: string, n: number): string[] {
  const t = tokens(text);
  const out: string[] = [];
  // A text shorter than n tokens is one short shingle, as in the benchmark.
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const shingle = t.slice(i, i + n);
    if (shingle.length > 0) out.push(shingle.join("\u0001"));
  }
  return out;
}

/** One page by the article-extraction-benchmark rule (4-shingles). */
export function shingleCounts(gold: string, predicted: string, n = 4): PageCounts {
  return matchCounts(counted(shingles(gold, n)), counted(shingles(predicted, n)));
}

/** One page as bags of words. */
export function wordCounts(gold: string, predicted: string): PageCounts {
  return matchCounts(counted(tokens(gold)), counted(tokens(predicted)));
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** Mean precision and recall over pages, then their F1 (pages with nothing to judge are skipped). */
export function meanPrf(pages: readonly PageCounts[]): Prf {
  const precisions: number[] = [];
  const recalls: number[] = [];
  for (const { tp, fp, fn } of pages) {
    if (tp + fp > 0) precisions.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fp));
    if (tp + fn > 0) recalls.push(fp === 0 && fn === 0 ? 1 : tp / (tp + fn));
  }
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** Text compared for segment presence: tokens joined by one space, so spacing and punctuation don't
 * decide whether a segment was kept. */
function tokenKey(text: string): string {
  return tokens(text).join(" ");
}

/** Segment counts over one page: `must` segments kept are tp, missed fn; `mustNot` kept are fp. Raw
 * counts (not normalised): segment scores are summed over the whole set, as trafilatura does. */
export function segmentCounts(
  predicted: string,
  must: readonly string[],
  mustNot: readonly string[],
): PageCounts {
  const haystack = ` ${tokenKey(predicted)} `;
  const present = (segment: string): boolean => {
    const key = tokenKey(segment);
    return key.length > 0 && haystack.includes(` ${key} `);
  };
  let tp = 0;
  let fn = 0;
  let fp = 0;
  for (const s of must) {
    if (present(s)) tp++;
    else fn++;
  }
  for (const s of mustNot) if (present(s)) fp++;
  return { tp, fp, fn };
}

/** Precision, recall and F1 of summed raw counts. */
export function pooledPrf(pages: readonly PageCounts[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const p of pages) {
    tp += p.tp;
    fp += p.fp;
    fn += p.fn;
  }
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** One invented page (test/fixtures/extraction-*) with its gold and what the extractor made of it. */
export interface InventedPage {
  readonly file: string;
  readonly site: string;
  readonly html: string;
  readonly gold: { readonly articleBody: string; readonly url: string };
  readonly predicted: string;
}

/**
 * Every page of an invented set (`dir/gold.json`, `dir/pages/`), extracted in file order with the
 * site-boilerplate memory, as `isnad analyze` reads a batch; charset from the page's `<meta>`.
 */
export function extractInventedSet(dir: string): InventedPage[] {
  const gold = JSON.parse(readFileSync(join(dir, "gold.json"), "utf8")) as Record<
    string,
    InventedPage["gold"]
  >;
  const memory = new SiteBoilerplate();
  return Object.entries(gold)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, g]) => {
      const site = file.replace(/-\d+\.html$/, "");
      const bytes = readFileSync(join(dir, "pages", file));
      const html = new TextDecoder(declaredMetaCharset(bytes) ?? "utf-8").decode(bytes);
      const article = extractArticle(html, { url: g.url, isSiteBoilerplate: memory.judge(site) });
      memory.remember(site, article.blockTexts);
      return { file, site, html, gold: g, predicted: article.paragraphs.join("\n\n") };
    });
}

/** Segment counts of one invented page: its gold paragraphs must be kept, and every other text block
 * of the page of three words or more that is not part of the gold must not be. */
export function inventedSegments(page: InventedPage): PageCounts {
  const must = page.gold.articleBody.split(/\n+/).filter((p) => p.trim());
  const goldKey = ` ${tokens(page.gold.articleBody).join(" ")} `;
  const mustNot = textBlocks(parseHtml(page.html).root)
    .map((b) => b.text)
    .filter((t) => tokens(t).length >= 3 && !goldKey.includes(` ${tokens(t).join(" ")} `));
  return segmentCounts(page.predicted, must, mustNot);
}
