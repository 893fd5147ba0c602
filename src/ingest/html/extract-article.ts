// One HTML page → its article: paragraphs in reading order and the page's metadata.
//
// The cascade, in order:
// 1. The page's blocks, scored (main-text.ts): the usual answer.
// 2. The JSON-LD articleBody, when the blocks found little of it: some CMSs render the body with
//    JavaScript and ship it only as structured data, and a page saved without scripts then has the
//    text in JSON-LD alone. The blocks win whenever they hold most of it, since they keep the
//    paragraphs' own breaks and the JSON-LD copy is often cut short or flattened to one line.
// 3. Nothing: an empty list, which the caller reports as a page without an article.
import { selectMainText } from "./main-text.js";
import { type PageMetadata, readPageMetadata } from "./page-metadata.js";
import { parseHtml } from "./parse-html.js";
import { collapse, textBlocks, wordsOf } from "./text-blocks.js";

export interface ExtractOptions {
  /** Where the page came from: resolves a relative canonical link, and dates in the URL. */
  readonly url?: string | null;
  /** Blocks this page's site printed on its earlier pages (SiteBoilerplate.judge). */
  readonly isSiteBoilerplate?: (text: string) => boolean;
}

export interface ExtractedArticle {
  readonly paragraphs: readonly string[];
  /** Every text block of the page, for learning the site's boilerplate. */
  readonly blockTexts: readonly string[];
  readonly metadata: PageMetadata;
  /** Which step of the cascade gave the paragraphs. */
  readonly method: "blocks" | "json-ld" | "none";
}

/** Share of the JSON-LD body's words the blocks must hold for the blocks to be kept. */
const BLOCKS_MIN_COVERAGE = 0.5;

export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const parsed = parseHtml(html);
  const metadata = readPageMetadata(parsed, options.url ?? null);
  const blocks = textBlocks(parsed.root);
  const main = selectMainText(blocks, {
    title: metadata.title ?? parsed.titleText,
    ...(options.isSiteBoilerplate ? { isSiteBoilerplate: options.isSiteBoilerplate } : {}),
  });
  const paragraphs = main.blocks.map((b) => b.text);
  const blockTexts = blocks.map((b) => b.text);
  const fromJsonLd = metadata.articleBody;
  if (fromJsonLd && coverage(paragraphs, fromJsonLd) < BLOCKS_MIN_COVERAGE) {
    const split = fromJsonLd.split(/\n+/).map(collapse).filter(Boolean);
    return { paragraphs: split, blockTexts, metadata, method: "json-ld" };
  }
  return { paragraphs, blockTexts, metadata, method: paragraphs.length ? "blocks" : "none" };
}

/** Share of the words of `reference` that the paragraphs contain (as a bag of words). */
function coverage(paragraphs: readonly string[], reference: string): number {
  const wanted = new Map<string, number>();
  for (const t of wordsOf(reference)) wanted.set(t, (wanted.get(t) ?? 0) + 1);
  let total = 0;
  for (const n of wanted.values()) total += n;
  if (total === 0) return 1;
  let found = 0;
  for (const p of paragraphs) {
    for (const t of wordsOf(p)) {
      const left = wanted.get(t) ?? 0;
      if (left > 0) {
        wanted.set(t, left - 1);
        found++;
      }
    }
  }
  return found / total;
}
