// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with @rowanmanning/feed-parser. Most feeds carry only a
// teaser per item, so an item becomes a record only when it carries the full article (content:encoded
// or Atom content of FULL_CONTENT_MIN_WORDS words or more); otherwise its link goes to `needsFetch` for
// the caller to fetch the page itself.

import { parseFeed } from "@rowanmanning/feed-parser";
import type { InputError } from "../../core/types.js";
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

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Words in an HTML fragment: enough to tell a teaser from an article, not a text extractor. */
export function countWords(html: string): number {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (_entity, name: string) => {
      // Numeric references matter: some feeds write every Arabic letter as &#1575; and the like.
      if (name.startsWith("#")) {
        const code =
          name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : " ";
      }
      return ENTITIES[name.toLowerCase()] ?? " ";
    });
  let words = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) words++;
  return words;
}

const NAMED_ZONES: Record<string, number> = {
  GMT: 0,
  UT: 0,
  UTC: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/**
 * The item's date as an ISO string in the publisher's own offset. ISO dates (Atom, dc:date) are given
 * as they are; RFC 822 dates (RSS pubDate) are rewritten keeping their offset, because converting to UTC
 * can move a late-evening article to the previous day.
 */
export function feedDate(raw: string): string | null {
  const value = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const instant = new Date(value);
  if (Number.isNaN(instant.valueOf())) return null;
  const zone = /(?:([+-])(\d{2}):?(\d{2})|\b([A-Z]{1,3}))\s*$/i.exec(value);
  let offset = 0;
  if (zone?.[1]) offset = (zone[1] === "-" ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
  else if (zone?.[4]) offset = NAMED_ZONES[zone[4].toUpperCase()] ?? 0;
  const local = new Date(instant.valueOf() + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const stamp =
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return offset === 0 ? `${stamp}Z` : `${stamp}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Raw text of the first date element present (RSS pubDate, dc:date; Atom published, issued, updated). */
function itemPublished(item: ParsedItem): string | null {
  for (const name of ["pubdate", "published", "issued", "date", "updated", "modified"]) {
    const raw = item.element.findElementWithName(name)?.textContent;
    const date = raw ? feedDate(raw) : null;
    if (date) return date;
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
