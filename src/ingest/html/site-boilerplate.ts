// Per-site boilerplate, learned while a batch streams by: a block that one site printed on several of
// its earlier pages (its menu, its newsletter box, its "most read" heading, its copyright line) is
// furniture on the next page of that site too. Learned online so that a multi-gigabyte crawl needs no
// second pass, with bounded memory: a capped number of sites and of block keys per site.
//
// Only short blocks are judged this way. A long paragraph repeated across a site's pages is more often
// the article's own background paragraph, carried from one follow-up story to the next, than furniture.
import { createHash } from "node:crypto";
import { wordsOf } from "./text-blocks.js";

export interface SiteBoilerplateOptions {
  /** Earlier pages of the site that must have carried a block for it to be boilerplate. */
  readonly minPages?: number;
  /** Blocks up to this many words may be judged; longer ones never are. */
  readonly maxWords?: number;
  readonly maxSites?: number;
  readonly maxBlocksPerSite?: number;
}

export class SiteBoilerplate {
  private readonly sites = new Map<string, Map<string, number>>();
  private readonly minPages: number;
  private readonly maxWords: number;
  private readonly maxSites: number;
  private readonly maxBlocksPerSite: number;

  constructor(options: SiteBoilerplateOptions = {}) {
    this.minPages = options.minPages ?? 2;
    this.maxWords = options.maxWords ?? 25;
    this.maxSites = options.maxSites ?? 2_000;
    this.maxBlocksPerSite = options.maxBlocksPerSite ?? 5_000;
  }

  /** A test for one page of `site`, against what its earlier pages carried. */
  judge(site: string | null): (text: string) => boolean {
    const seen = site ? this.sites.get(site) : undefined;
    if (!seen) return () => false;
    return (text) => wordCount(text) <= this.maxWords && (seen.get(blockKey(text)) ?? 0) >= this.minPages;
  }

  /** Records the blocks of one page of `site` (each block once per page, however often it recurs). */
  remember(site: string | null, texts: readonly string[]): void {
    if (!site) return;
    let seen = this.sites.get(site);
    if (!seen) {
      if (this.sites.size >= this.maxSites) {
        // the site seen least recently goes: Map keeps insertion order, and use re-inserts below
        const oldest = this.sites.keys().next().value;
        if (oldest !== undefined) this.sites.delete(oldest);
      }
      seen = new Map();
    } else this.sites.delete(site);
    this.sites.set(site, seen);
    const keys = new Set<string>();
    for (const text of texts) if (wordCount(text) <= this.maxWords) keys.add(blockKey(text));
    for (const key of keys) {
      if (!seen.has(key) && seen.size >= this.maxBlocksPerSite) continue;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
  }
}

function wordCount(text: string): number {
  return wordsOf(text).length;
}

/** Digits vary on furniture ("3 comments", "© 2024"), so they are masked; case and spacing too. */
function blockKey(text: string): string {
  const normal = text
    .toLowerCase()
    .replace(/\p{N}+/gu, "0")
    .replace(/\s+/g, " ")
    .trim();
  return createHash("sha1").update(normal).digest("base64");
}
