// Pages that are not plain text, turned into the same DecodedInput as a text file: an HTML page's
// article paragraphs one a line (the headline first), with what its markup declares (PageFacts); a
// feed item, WARC record or JSON line likewise, its container's fields taking precedence over the
// page's own markup, since the user or the feed stated them.
import { createHash } from "node:crypto";
import { IsnadError } from "../core/errors.js";
import type { DecodedInput, PageFacts, RawInput, SourceFormat } from "../core/types.js";
import { decodeToText } from "./decode-text.js";
import { extractArticle } from "./html/extract-article.js";
import { normalizeDate } from "./html/page-metadata.js";
import type { SiteBoilerplate } from "./html/site-boilerplate.js";
import { looksLikeFeed, looksLikeJsonl, type WebRecord } from "./records/index.js";

export type PageKind = "html" | "feed" | "jsonl" | "warc" | "text";

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"]);
const FEED_EXTENSIONS = new Set([".rss", ".atom", ".xml"]);
const JSONL_EXTENSIONS = new Set([".jsonl", ".ndjson"]);

/** The start of a page, after a BOM, white space and comments: enough to tell markup from prose. */
function opening(text: string): string {
  return text
    .slice(0, 4096)
    .replace(/^\uFEFF/, "")
    .replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)+/, "")
    .slice(0, 512)
    .toLowerCase();
}

/**
 * HTML by content: a doctype or an `<html>`/`<head>`/`<body>` opening, or markup dense enough that it
 * cannot be prose (a saved fragment of `<div>`s and `<p>`s). A text page that quotes a tag is not.
 */
export function looksLikeHtml(text: string): boolean {
  const start = opening(text);
  if (/^<!doctype html|^<html[\s>]|^<head[\s>]|^<body[\s>]/.test(start)) return true;
  const sample = text.slice(0, 20_000);
  const tags =
    sample.match(/<\/?(p|div|span|a|br|li|h[1-6]|table|td|article|section)\b[^>]*>/gi)?.length ?? 0;
  return /^</.test(start) && tags >= 5;
}

/** What a page's content says it is; the extension breaks ties and names what content can't. */
export function classifyPage(text: string, extension: string): PageKind {
  const start = text.slice(0, 8192);
  if (looksLikeFeed(start)) return "feed";
  if (JSONL_EXTENSIONS.has(extension) || looksLikeJsonl(start)) return "jsonl";
  if (looksLikeHtml(text)) return "html";
  if (HTML_EXTENSIONS.has(extension) && /<[a-z!]/i.test(start)) return "html";
  if (FEED_EXTENSIONS.has(extension) && /^\s*</.test(start)) return "feed";
  return "text";
}

/** `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`, read from the first
 * bytes as ASCII (the HTML standard's prescan reads the first 1024 bytes; CMS heads are longer). */
export function declaredMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString(
    "latin1",
  );
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

export interface PageContext {
  readonly siteBoilerplate?: SiteBoilerplate;
}

/** Facts a container gave about a page (feed item, JSON line, fetched URL), before its markup's. */
export interface GivenFacts {
  readonly url?: string | null;
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
}

/**
 * One HTML page → DecodedInput: decoded (BOM, then the declared charset, then sniffing), its article
 * extracted, the headline prepended as the first line. A page with no article text is E_EMPTY.
 */
export function htmlPageInput(
  raw: RawInput,
  options: { charset?: string | null; given?: GivenFacts; context?: PageContext } = {},
): DecodedInput {
  const declared = options.charset ?? declaredMetaCharset(raw.bytes);
  const decoded = decodeToText(raw, declared);
  return htmlTextInput(raw, decoded.text, decoded.encoding, options);
}

export function htmlTextInput(
  raw: Pick<RawInput, "id" | "source" | "format">,
  html: string,
  encoding: string,
  options: { given?: GivenFacts; context?: PageContext } = {},
): DecodedInput {
  const given = options.given ?? {};
  const memory = options.context?.siteBoilerplate;
  // The site is the host the page was served from; a saved file without a URL falls back on its
  // canonical link, read in a first look at the markup.
  const firstUrl = given.url ?? null;
  const site = hostOf(firstUrl);
  const article = extractArticle(html, {
    url: firstUrl,
    ...(memory ? { isSiteBoilerplate: memory.judge(site) } : {}),
  });
  const meta = article.metadata;
  const learnedSite = site ?? hostOf(meta.canonicalUrl);
  memory?.remember(learnedSite, article.blockTexts);
  if (article.paragraphs.length === 0) {
    throw new IsnadError(
      "E_EMPTY",
      `${raw.source} is an HTML page with no article text found (${article.blockTexts.length} text blocks, all navigation or page furniture); if it has one, save the page after its scripts have run`,
      raw.source,
    );
  }
  const page: PageFacts = {
    url: given.url ?? meta.canonicalUrl ?? null,
    title: given.title?.trim() || meta.title,
    outlet: given.outlet?.trim() || meta.outlet,
    byline: meta.byline,
    published: (given.published ? normalizeDate(given.published) : null) ?? meta.published,
    language: meta.language,
  };
  return pageInput(raw, [page.title, ...article.paragraphs], encoding, page);
}

/** A page whose text came ready (a JSON line's or feed item's `text`): its lines as given. */
export function textRecordInput(
  raw: Pick<RawInput, "id" | "source" | "format">,
  text: string,
  given: GivenFacts,
): DecodedInput {
  const paragraphs = text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (paragraphs.length === 0) {
    throw new IsnadError("E_EMPTY", `${raw.source} has an empty text; give the article's text`, raw.source);
  }
  const page: PageFacts = {
    url: given.url ?? null,
    title: given.title?.trim() || null,
    outlet: given.outlet?.trim() || null,
    byline: null,
    published: given.published ? normalizeDate(given.published) : null,
    language: null,
  };
  return pageInput(raw, [page.title, ...paragraphs], "utf-8", page);
}

function pageInput(
  raw: Pick<RawInput, "id" | "source" | "format">,
  lines: readonly (string | null)[],
  encoding: string,
  page: PageFacts,
): DecodedInput {
  // The headline is not repeated when the text already opens with it.
  const [title, ...rest] = lines;
  const body = rest.filter((l): l is string => !!l);
  const all = title && body[0]?.trim() !== title.trim() ? [title, ...body] : body;
  const text = `${all.join("\n")}\n`;
  return {
    id: raw.id,
    source: raw.source,
    format: raw.format,
    encoding,
    text,
    // The page's URL is part of its identity: two pages with one text at two addresses are two inputs.
    contentHash: createHash("sha256")
      .update(text, "utf8")
      .update(page.url ?? "", "utf8")
      .digest("hex"),
    page,
  };
}

/** A WARC record, feed item or JSON line → DecodedInput. */
export function recordInput(record: WebRecord, id: string, context: PageContext): DecodedInput {
  const format: SourceFormat = record.kind;
  const raw = { id, source: record.source, format };
  const given: GivenFacts = {
    url: record.url,
    title: record.title,
    outlet: record.outlet,
    published: record.published,
  };
  if (record.bytes) {
    return htmlPageInput({ ...raw, bytes: record.bytes }, { charset: record.charset, given, context });
  }
  if (record.html !== null) return htmlTextInput(raw, record.html, "utf-8", { given, context });
  return textRecordInput(raw, record.text ?? "", given);
}

function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
