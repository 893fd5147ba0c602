// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with @rowanmanning/feed-parser. Most feeds carry only a
// teaser per item, so an item becomes a record only when it carries the full article (content:encoded
// or Atom content of FULL_CONTENT_MIN_WORDS words or more); otherwise its link goes to `needsFetch` for
// the caller to fetch the page itself.

import { parseFeed } from "@rowanmanning/feed-parser";
import type { InputError } from "../../core/types.js";
import { decodeEntities, stripTags } from "../html/markup-text.js";
import { normalizeDate } from "../html/page-metadata.js";
import { type FeedLink, inputError, type WebRecord } from "./types.js";

/** Below this many words (tags stripped) a feed item's content is taken for a teaser, not the article. */
export const FULL_CONTENT_MIN_WORDS = 150;

export interface FeedReadResult {
  records: WebRecord[];
  needsFetch: FeedLink[];
  errors: InputError[];
}

type ParsedFeed = ReturnType<typeof parseFeed>;
type ParsedItem = ParsedFeed["items"][number];

/** Words in an HTML fragment: enough to tell a teaser from an article, not a text extractor. Entities
 * count: some feeds write every Arabic letter as &#1575; and the like. */
export function countWords(html: string): number {
  const text = decodeEntities(stripTags(html));
  let words = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) words++;
  return words;
}

/** Raw text of the first date element present (RSS pubDate, dc:date; Atom published, issued, updated). */
function itemPublished(item: ParsedItem): string | null {
  for (const name of ["pubdate", "published", "issued", "date", "updated", "modified"]) {
    // As the feed wrote it (RFC 822 or ISO): the page reader takes the day as written, in the
    // publisher's own offset, which converting to UTC could move to the day before or after.
    const raw = item.element.findElementWithName(name)?.textContent?.trim();
    if (raw && normalizeDate(raw)) return raw;
  }
  const parsed = item.published ?? item.updated;
  return parsed ? parsed.toISOString() : null;
}

/** The item link, absolute. The parser has already resolved it against xml:base or the channel link. */
function itemUrl(item: ParsedItem, feedUrl: string | null): string | null {
  const link = item.url?.trim();
  if (!link) return null;
  try {
    return new URL(link, feedUrl ?? undefined).href;
  } catch {
    return null; // relative with nothing to resolve it against: as good as no link
  }
}

/**
 * Splits a feed into full-content records, links to fetch, and per-item errors. A document that is not
 * a feed gives one E_FORMAT error and nothing else.
 */
export function readFeed(xml: string, feedUrl: string | null, containerPath: string): FeedReadResult {
  const result: FeedReadResult = { records: [], needsFetch: [], errors: [] };
  let feed: ParsedFeed;
  let items: ParsedItem[];
  try {
    feed = parseFeed(xml);
    items = feed.items;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    result.errors.push(
      inputError(containerPath, "E_FORMAT", `${containerPath} is not an RSS or Atom feed: ${reason}`),
    );
    return result;
  }
  const outlet = feed.title?.trim() || null;

  items.forEach((item, index) => {
    const n = index + 1;
    const source = `${containerPath}#${n}`;
    const url = itemUrl(item, feedUrl);
    const title = item.title?.trim() || null;
    const published = itemPublished(item);
    const content = item.content;
    if (content && countWords(content) >= FULL_CONTENT_MIN_WORDS) {
      result.records.push({
        source,
        kind: "feed-item",
        url,
        html: content,
        text: null,
        title,
        outlet,
        published,
        bytes: null,
        charset: null,
        crawled: null,
      });
    } else if (url) {
      result.needsFetch.push({ source, url, title, published, outlet });
    } else {
      const what = title ? ` ("${title}")` : "";
      result.errors.push(
        inputError(source, "E_FORMAT", `feed item ${n}${what} has no link and no full content to read`),
      );
    }
  });
  return result;
}

const ATOM_NAMESPACES = ["http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"];

/**
 * True when the text starts, after an optional BOM, XML declaration, comments, processing instructions
 * (xml-stylesheet) and DOCTYPE, with <rss, <rdf:RDF, or <feed in the Atom namespace.
 */
export function looksLikeFeed(textStart: string): boolean {
  let text = textStart.replace(/^\uFEFF/, "");
  for (;;) {
    const trimmed = text.trimStart();
    const prolog = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)/i.exec(trimmed);
    if (!prolog) {
      text = trimmed;
      break;
    }
    text = trimmed.slice(prolog[0].length);
  }
  if (/^<rss[\s>]/i.test(text)) return true;
  if (/^<rdf:RDF[\s>]/.test(text)) return true;
  const atom = /^<feed[\s>][^>]*/i.exec(text);
  return atom !== null && ATOM_NAMESPACES.some((namespace) => atom[0].includes(namespace));
}
