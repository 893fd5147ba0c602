// What a page says about itself: title, outlet, byline, dates, canonical URL, language, from <meta>,
// <link>, <html> attributes, JSON-LD and, last, <title>, <h1>, <time> and the URL. Only declared
// metadata is read: dates written in the article's text are the pipeline's business elsewhere.
//
// Sources are tried in a fixed order per field (the first that yields a valid value wins), so two
// pages that disagree in the same way always resolve the same way.

import { readLexiconRows } from "../../core/lexicon.js";
import { asciiDigits } from "../../text/digits.js";
import { decodeEntities, stripTags } from "./markup-text.js";
import type { HtmlElement, ParsedHtml } from "./parse-html.js";

export interface PageMetadata {
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  /** YYYY-MM-DD, the day as the page writes it (no conversion to UTC). */
  readonly published: string | null;
  readonly publishedFrom: "meta" | "json-ld" | "time" | "url" | null;
  readonly modified: string | null;
  readonly canonicalUrl: string | null;
  /** Primary language subtag, lowercased ("ar", "en"). */
  readonly language: string | null;
  readonly direction: "rtl" | "ltr" | null;
  readonly description: string | null;
  /** JSON-LD articleBody of the article object, tags stripped; null under 30 words. */
  readonly articleBody: string | null;
  readonly keywords: string[];
}

/** Meta names that carry a publication date, after article:published_time and itemprop=datePublished. */
const PUBLISHED_META_NAMES = [
  "pubdate",
  "publishdate",
  "publish-date",
  "date",
  "dc.date",
  "dc.date.issued",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "article.published",
  "original-publish-date",
];

/** An articleBody shorter than this is a teaser, not the article. */
const ARTICLE_BODY_MIN_WORDS = 30;
/** A <title> suffix longer than this is part of the headline, not the outlet's name. */
const OUTLET_SUFFIX_MAX_WORDS = 5;

/** Separators between a headline and the outlet's name in <title>, og:title … */
const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|»|·)\s+/g;
/** … and the ones trusted enough to take an unknown outlet's name from the <title> suffix. */
const OUTLET_SUFFIX_SEPARATOR = /\s+(?:\||-|–|::)\s+/g;

export function readPageMetadata(parsed: ParsedHtml, pageUrl?: string | null): PageMetadata {
  const page = scanElements(parsed.root);
  const meta = page.metas;
  const ld = readJsonLd(parsed.jsonLd);
  const article = ld.article;
  const baseUrl = documentBase(page.baseHref, pageUrl ?? null);

  // Outlet before title: the title's outlet suffix is cut by it.
  const titleText = clean(parsed.titleText);
  const declaredOutlet =
    firstMeta(meta, "og:site_name") ??
    (article ? publisherName(article.publisher, ld) : null) ??
    firstMeta(meta, "application-name");
  const suffix = declaredOutlet === null && titleText !== null ? outletSuffix(titleText) : null;
  const outlet = declaredOutlet ?? suffix?.outlet ?? null;

  // The first <h1>, unless it is the outlet's logo.
  const h1 =
    page.h1s
      .map(textContent)
      .find(
        (text) => text !== null && !(outlet && nameWords(text).join(" ") === nameWords(outlet).join(" ")),
      ) ?? null;
  const titleCandidate =
    firstMeta(meta, "og:title") ??
    firstMeta(meta, "twitter:title") ??
    (article ? (jsonString(article.headline) ?? jsonString(article.name)) : null);
  const title =
    (titleCandidate !== null ? withoutOutlet(titleCandidate, outlet) : null) ??
    h1 ??
    (suffix ? suffix.rest : titleText !== null ? withoutOutlet(titleText, outlet) : null);

  const byline =
    joinNames(allMeta(meta, "author").filter((name) => !looksLikeUrl(name))) ??
    joinNames(allMeta(meta, "article:author").filter((name) => !looksLikeUrl(name))) ??
    (article ? joinNames(authorNames(article.author, ld)) : null);

  const canonicalUrl =
    firstResolved(page.canonicalHrefs, baseUrl) ?? firstResolved(allMeta(meta, "og:url"), baseUrl);
  const { published, publishedFrom } = readPublished(meta, article, page.times, [
    pageUrl ?? null,
    canonicalUrl,
  ]);
  const modified =
    firstDate(allMeta(meta, "article:modified_time")) ??
    (article ? firstDate(jsonStrings(article.dateModified)) : null) ??
    firstDate(allMeta(meta, "og:updated_time")) ??
    firstDate(allMeta(meta, "itemprop:datemodified"));

  const language =
    primarySubtag(page.html?.attrs.lang) ??
    firstOf(
      allMeta(meta, "http-equiv:content-language").flatMap((v) => v.split(",")),
      primarySubtag,
    ) ??
    firstOf(allMeta(meta, "og:locale"), primarySubtag) ??
    firstOf(ld.languages, primarySubtag);

  return {
    title,
    outlet,
    byline,
    published,
    publishedFrom,
    modified,
    canonicalUrl,
    language,
    direction: textDirection(page.html?.attrs.dir) ?? textDirection(page.body?.attrs.dir),
    description:
      firstMeta(meta, "og:description") ??
      firstMeta(meta, "description") ??
      firstMeta(meta, "twitter:description"),
    articleBody: article ? readArticleBody(article.articleBody) : null,
    keywords: readKeywords(meta),
  };
}

// ---------------------------------------------------------------------------------------------------
// Elements

interface PageElements {
  /** Meta content by key: `name` and `property` lowercased as they are ("og:title", "author"),
   * `itemprop:…` and `http-equiv:…` prefixed. Values cleaned, empty ones left out, in document order. */
  readonly metas: Map<string, string[]>;
  readonly canonicalHrefs: string[];
  readonly baseHref: string | null;
  readonly html: HtmlElement | null;
  readonly body: HtmlElement | null;
  readonly h1s: HtmlElement[];
  readonly times: HtmlElement[];
}

function scanElements(root: HtmlElement): PageElements {
  const metas = new Map<string, string[]>();
  const canonicalHrefs: string[] = [];
  let baseHref: string | null = null;
  let html: HtmlElement | null = null;
  let body: HtmlElement | null = null;
  const h1s: HtmlElement[] = [];
  const times: HtmlElement[] = [];
  // Iterative walk in document order: a page nested thousands deep must not overflow the stack.
  const stack: HtmlElement[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const attrs = element.attrs;
    switch (element.tag) {
      case "meta": {
        const content = clean(attrs.content ?? attrs.value);
        if (content === null) break;
        const keys = new Set<string>();
        for (const attr of ["name", "property"]) {
          for (const key of (attrs[attr] ?? "").toLowerCase().split(/\s+/)) if (key) keys.add(key);
        }
        if (attrs.itemprop) keys.add(`itemprop:${attrs.itemprop.trim().toLowerCase()}`);
        if (attrs["http-equiv"]) keys.add(`http-equiv:${attrs["http-equiv"].trim().toLowerCase()}`);
        for (const key of keys) {
          const list = metas.get(key);
          if (list) list.push(content);
          else metas.set(key, [content]);
        }
        break;
      }
      case "link": {
        const rel = (attrs.rel ?? "").toLowerCase().split(/\s+/);
        const href = attrs.href?.trim();
        if (href && rel.includes("canonical")) canonicalHrefs.push(href);
        break;
      }
      case "base":
        if (baseHref === null && attrs.href?.trim()) baseHref = attrs.href.trim();
        break;
      case "html":
        html ??= element;
        break;
      case "body":
        body ??= element;
        break;
      case "h1":
        h1s.push(element);
        break;
      case "time":
        times.push(element);
        break;
    }
    for (let i = element.children.length - 1; i >= 0; i--) {
      const child = element.children[i]!;
      if (typeof child !== "string") stack.push(child);
    }
  }
  return { metas, canonicalHrefs, baseHref, html, body, h1s, times };
}

function allMeta(metas: Map<string, string[]>, key: string): string[] {
  return metas.get(key) ?? [];
}

function firstMeta(metas: Map<string, string[]>, key: string): string | null {
  return metas.get(key)?.[0] ?? null;
}

function textContent(element: HtmlElement): string | null {
  const parts: string[] = [];
  const stack: (HtmlElement | string)[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      parts.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return clean(parts.join(" "));
}

// ---------------------------------------------------------------------------------------------------
// Title and outlet

/** The title and, when separators cut it («Outlet - Headline», "Headline | Section | Outlet"), each
 * part of it: which one is the headline is left to whoever finds it printed on the page. */
export function titleParts(title: string): string[] {
  const parts = title
    .split(TITLE_SEPARATOR)
    .map(clean)
    .filter((part): part is string => part !== null);
  return parts.length > 1 ? [title, ...parts] : [title];
}

/** The <title> split at its last separator, when what follows is short enough to be an outlet's name. */
function outletSuffix(title: string): { outlet: string; rest: string } | null {
  const separators = [...title.matchAll(OUTLET_SUFFIX_SEPARATOR)];
  const last = separators[separators.length - 1];
  if (!last) return null;
  const rest = clean(title.slice(0, last.index));
  const outlet = clean(title.slice(last.index + last[0].length));
  if (rest === null || outlet === null || outlet.split(" ").length > OUTLET_SUFFIX_MAX_WORDS) return null;
  return { outlet, rest };
}

/** The title without a trailing or leading part naming the outlet ("Headline | Outlet", "Outlet - Headline"). */
function withoutOutlet(title: string, outlet: string | null): string {
  if (outlet === null) return title;
  const separators = [...title.matchAll(TITLE_SEPARATOR)];
  const first = separators[0];
  const last = separators[separators.length - 1];
  if (!first || !last) return title;
  const head = clean(title.slice(0, last.index));
  if (head !== null && sameName(title.slice(last.index + last[0].length), outlet)) return head;
  const rest = clean(title.slice(first.index + first[0].length));
  if (rest !== null && sameName(title.slice(0, first.index), outlet)) return rest;
  return title;
}

/** A title part names the outlet: the same words, or the outlet's words with at most two more
 * ("The Riverside Gazette" for "Riverside Gazette", "BBC News" for "BBC"). */
function sameName(part: string, outlet: string): boolean {
  const a = nameWords(part);
  const b = nameWords(outlet);
  if (a.length === 0 || b.length === 0 || a.length > b.length + 2) return false;
  for (let start = 0; start + b.length <= a.length; start++) {
    if (b.every((word, i) => a[start + i] === word)) return true;
  }
  return false;
}

function nameWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

// ---------------------------------------------------------------------------------------------------
// Byline, dates, URL, language

function looksLikeUrl(text: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\/|^www\.|^[\w.-]+\.[a-z]{2,}\/\S*$/i.test(text);
}

function joinNames(names: readonly string[]): string | null {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(name);
  }
  return kept.length > 0 ? kept.join(", ") : null;
}

function readPublished(
  meta: Map<string, string[]>,
  article: JsonObject | null,
  times: readonly HtmlElement[],
  urls: readonly (string | null)[],
): Pick<PageMetadata, "published" | "publishedFrom"> {
  const fromMeta = firstDate(allMeta(meta, "article:published_time"));
  if (fromMeta) return { published: fromMeta, publishedFrom: "meta" };
  const fromJsonLd = article ? firstDate(jsonStrings(article.datePublished)) : null;
  if (fromJsonLd) return { published: fromJsonLd, publishedFrom: "json-ld" };
  const fromNamedMeta =
    firstDate(allMeta(meta, "itemprop:datepublished")) ??
    firstDate(PUBLISHED_META_NAMES.flatMap((name) => allMeta(meta, name)));
  if (fromNamedMeta) return { published: fromNamedMeta, publishedFrom: "meta" };
  // A <time> marked as the publication date first, then the first <time datetime> that reads.
  const marked = times.filter(
    (t) => "pubdate" in t.attrs || t.attrs.itemprop?.toLowerCase() === "datepublished",
  );
  const fromTime =
    firstDate(marked.map((t) => t.attrs.datetime ?? textContent(t) ?? "")) ??
    firstDate(times.map((t) => t.attrs.datetime ?? ""));
  if (fromTime) return { published: fromTime, publishedFrom: "time" };
  for (const url of urls) {
    const fromUrl = url ? dateFromUrl(url) : null;
    if (fromUrl) return { published: fromUrl, publishedFrom: "url" };
  }
  return { published: null, publishedFrom: null };
}

function firstDate(values: readonly string[]): string | null {
  return firstOf(values, normalizeDate);
}

function firstOf<T>(values: readonly string[], read: (value: string) => T | null): T | null {
  for (const value of values) {
    const result = read(value);
    if (result !== null) return result;
  }
  return null;
}

/** A day in the URL's path: /2019/11/19/, /2019-11-19-slug, /20191119/. A year and month alone is no date. */
function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url, "http://relative.invalid/").pathname;
  } catch {
    return null;
  }
  const patterns = [
    /\/((?:19|20|21)\d{2})\/(\d{1,2})\/(\d{1,2})(?=$|[/_.-])/g,
    /\/((?:19|20|21)\d{2})-(\d{1,2})-(\d{1,2})(?=$|[/_.-])/g,
    /\/((?:19|20|21)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/g,
  ];
  for (const pattern of patterns) {
    for (const match of path.matchAll(pattern)) {
      const date = validDate(Number(match[1]), Number(match[2]), Number(match[3]));
      if (date) return date;
    }
  }
  return null;
}

/** The document's base URL: <base href> resolved against the page URL. */
function documentBase(baseHref: string | null, pageUrl: string | null): string | null {
  const page = pageUrl?.trim() ? absoluteUrl(pageUrl.trim(), undefined) : null;
  if (baseHref === null) return page;
  return absoluteUrl(baseHref, page ?? undefined) ?? page;
}

function absoluteUrl(href: string, base: string | undefined): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function firstResolved(hrefs: readonly string[], base: string | null): string | null {
  return firstOf(hrefs, (href) => absoluteUrl(href.trim(), base ?? undefined));
}

function primarySubtag(value: string | undefined): string | null {
  const subtag = value
    ?.trim()
    .split(/[-_\s]/)[0]
    ?.toLowerCase();
  return subtag && /^[a-z]{2,3}$/.test(subtag) ? subtag : null;
}

function textDirection(value: string | undefined): "rtl" | "ltr" | null {
  const dir = value?.trim().toLowerCase();
  return dir === "rtl" || dir === "ltr" ? dir : null;
}

function readKeywords(meta: Map<string, string[]>): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const key of ["keywords", "news_keywords", "article:tag"]) {
    for (const value of allMeta(meta, key)) {
      for (const part of value.split(/[,،]/)) {
        const keyword = clean(part);
        if (keyword === null || seen.has(keyword.toLowerCase())) continue;
        seen.add(keyword.toLowerCase());
        keywords.push(keyword);
      }
    }
  }
  return keywords;
}

// ---------------------------------------------------------------------------------------------------
// Dates

const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const ISO_DATE = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?=$|[T\s])/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** "Tue, 19 Nov 2019 18:30:00 GMT" (RFC 822, feeds), "19 November 2019". */
const DAY_MONTH_YEAR = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})[\s-]([a-z]{3,9})\.?,?[\s-](\d{4}|\d{2})(?=$|[\s,T])`,
  "i",
);
/** "November 19, 2019", "Nov. 19 2019". */
const MONTH_DAY_YEAR = new RegExp(
  String.raw`^${WEEKDAY}([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?=$|[\s,T])`,
  "i",
);

/**
 * A date as YYYY-MM-DD, the day as written: "2019-11-19T23:30:00+03:00" is the 19th even though it
 * is the 20th nowhere in UTC. Reads ISO dates and date-times, compact "20191119", RFC 822
 * ("Tue, 19 Nov 2019 18:30:00 GMT") and "November 19, 2019". Impossible days and years outside
 * 1990–2100 give null, as does anything else.
 */
export function normalizeDate(value: string): string | null {
  if (typeof value !== "string") return null;
  const text = asciiDigits(value).replace(/\s+/g, " ").trim();
  if (text.length === 0 || text.length > 100) return null;
  let match = ISO_DATE.exec(text);
  if (match) return validDate(Number(match[1]), Number(match[3]), Number(match[4]));
  match = COMPACT_DATE.exec(text);
  if (match) return validDate(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DAY_MONTH_YEAR.exec(text);
  if (match) return validDate(fullYear(match[3]!), monthNumber(match[2]!), Number(match[1]));
  match = MONTH_DAY_YEAR.exec(text);
  if (match) return validDate(Number(match[3]), monthNumber(match[1]!), Number(match[2]));
  return null;
}

function validDate(year: number, month: number | null, day: number): string | null {
  if (month === null || !Number.isInteger(year) || year < 1990 || year > 2100) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

let englishMonths: ReadonlyMap<string, number> | null = null;

/** A month's number from its English name or abbreviation (data/lexicons/en/months.tsv), or from the
 * start of a full name ("Novem"). */
function monthNumber(word: string): number | null {
  if (!englishMonths) {
    englishMonths = new Map(readLexiconRows("lexicons/en/months.tsv").map(([n, name]) => [name!, Number(n)]));
  }
  const w = word.toLowerCase();
  const listed = englishMonths.get(w);
  if (listed !== undefined) return listed;
  if (w.length < 3) return null;
  for (const [name, n] of englishMonths) if (name.length > w.length && name.startsWith(w)) return n;
  return null;
}

/** Two-digit years (RFC 822 allows them): 00–69 are 2000s, 70–99 the 1900s. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

// ---------------------------------------------------------------------------------------------------
// JSON-LD

type JsonObject = { readonly [key: string]: unknown };

interface JsonLd {
  /** The article node: the first *Article / BlogPosting / LiveBlogPosting / Report, else a WebPage. */
  readonly article: JsonObject | null;
  /** Nodes by @id, for references such as "author": {"@id": "#person-1"}. */
  readonly byId: Map<string, JsonObject>;
  /** inLanguage values, the article's first. */
  readonly languages: string[];
}

const ARTICLE_TYPE = /article$|^(?:blogposting|liveblogposting|report)$/;

function readJsonLd(blocks: readonly string[]): JsonLd {
  const nodes: JsonObject[] = [];
  for (const block of blocks) {
    for (const value of parseJsonLdBlock(block)) collectNodes(value, nodes, 0);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node["@id"];
    if (typeof id === "string" && !byId.has(id) && Object.keys(node).length > 1) byId.set(id, node);
  }
  const article =
    nodes.find((node) => nodeTypes(node).some((type) => ARTICLE_TYPE.test(type))) ??
    nodes.find((node) => nodeTypes(node).includes("webpage")) ??
    null;
  const languages = [article, ...nodes].flatMap((node) => (node ? languageValues(node.inLanguage) : []));
  return { article, byId, languages };
}

function languageValues(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(languageValues);
  if (isObject(value)) return jsonStrings(value.alternateName);
  return [];
}

/** Objects of a parsed block in document order: top-level values, arrays, @graph, mainEntity. */
function collectNodes(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if ("@graph" in value) collectNodes(value["@graph"], out, depth + 1);
  if ("mainEntity" in value) collectNodes(value.mainEntity, out, depth + 1);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** @type values lowercased, without a vocabulary prefix ("schema:NewsArticle", "http://schema.org/…"). */
function nodeTypes(node: JsonObject): string[] {
  const type = node["@type"];
  const types = typeof type === "string" ? [type] : Array.isArray(type) ? type : [];
  return types
    .filter((t): t is string => typeof t === "string")
    .map((t) =>
      t
        .trim()
        .replace(/^.*[/:#]/, "")
        .toLowerCase(),
    );
}

/** A node given as a reference ({"@id": …}) is the node of that id when the page has it. */
function resolveNode(value: JsonObject, ld: JsonLd): JsonObject {
  const id = value["@id"];
  if (typeof id === "string" && value.name === undefined) return ld.byId.get(id) ?? value;
  return value;
}

function publisherName(value: unknown, ld: JsonLd): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const name = publisherName(item, ld);
      if (name !== null) return name;
    }
    return null;
  }
  if (typeof value === "string") return jsonString(value);
  if (isObject(value)) return jsonString(resolveNode(value, ld).name);
  return null;
}

function authorNames(value: unknown, ld: JsonLd): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => authorNames(item, ld));
  if (typeof value === "string") {
    const name = jsonString(value);
    return name && !looksLikeUrl(name) ? [name] : [];
  }
  if (!isObject(value)) return [];
  const node = resolveNode(value, ld);
  const name =
    jsonString(node.name) ?? clean([jsonString(node.givenName), jsonString(node.familyName)].join(" "));
  return name && !looksLikeUrl(name) ? [name] : [];
}

/** A JSON-LD text value: entities decoded, white space collapsed; the first of an array. */
function jsonString(value: unknown): string | null {
  return jsonStrings(value)[0] ?? null;
}

function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") {
    const text = clean(decodeEntities(value));
    return text === null ? [] : [text];
  }
  if (Array.isArray(value)) return value.flatMap((item) => (Array.isArray(item) ? [] : jsonStrings(item)));
  if (isObject(value) && "@value" in value) return jsonStrings(value["@value"]);
  return [];
}

function readArticleBody(value: unknown): string | null {
  const raw =
    typeof value === "string"
      ? value
      : Array.isArray(value)
        ? value.filter((v) => typeof v === "string").join("\n")
        : null;
  if (raw === null) return null;
  // Paragraph breaks are kept (block tags and line breaks become newlines): the extractor splits the
  // body on them; only the spaces within a paragraph are collapsed.
  const text = stripTags(decodeEntities(raw))
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
  if (!text || text.split(/\s+/).length < ARTICLE_BODY_MIN_WORDS) return null;
  return text;
}

/** Parsed values of one JSON-LD block: as is, else cleaned (see cleanJson), else each top-level value
 * of the cleaned text on its own; what still does not parse is skipped. */
function parseJsonLdBlock(text: string): unknown[] {
  const trimmed = text.trim();
  if (trimmed.length === 0) return [];
  try {
    return [JSON.parse(trimmed)];
  } catch {
    // fall through to the cleaned text
  }
  const cleaned = cleanJson(trimmed);
  try {
    return [JSON.parse(cleaned)];
  } catch {
    // fall through to the values one by one
  }
  const values: unknown[] = [];
  for (const part of topLevelValues(cleaned)) {
    try {
      values.push(JSON.parse(part));
    } catch {
      // a broken value among good ones
    }
  }
  return values;
}

const JSON_ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

/**
 * The faults of hand-written JSON-LD, repaired: HTML comments, CDATA markers and JS comments around
 * or inside the block, raw newlines and tabs inside strings, invalid escapes ("\'"), trailing and
 * doubled commas.
 */
function cleanJson(text: string): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === "\\") {
        const next = text[i + 1];
        if (next === undefined) break;
        i++;
        if (JSON_ESCAPES.has(next)) out += ch + next;
        else if (next === "u" && /^[0-9a-f]{4}$/i.test(text.slice(i + 1, i + 5))) out += ch + next;
        else if (next < " ") out += " ";
        else if (next === "u") out += "u";
        else out += next;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else out += ch < " " ? " " : ch;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    const skip = ["<!--", "-->", "<![CDATA[", "]]>"].find((marker) => text.startsWith(marker, i));
    if (skip) {
      i += skip.length - 1;
      continue;
    }
    if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
      continue;
    }
    if (text.startsWith("//", i)) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
      continue;
    }
    if (ch === ",") {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      const next = text[j];
      if (next === "}" || next === "]" || next === ",") continue;
    }
    out += ch < " " && ch !== "\n" && ch !== "\r" && ch !== "\t" ? " " : ch;
  }
  return out;
}

/** Each balanced top-level {…} or […] of the text (several objects written one after another). */
function* topLevelValues(text: string): Generator<string> {
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      if (depth > 0) inString = true;
    } else if (ch === "{" || ch === "[") {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === "}" || ch === "]") && depth > 0) {
      depth--;
      if (depth === 0) yield text.slice(start, i + 1);
    }
  }
}

/** Trimmed, white space collapsed, empty as null. */
function clean(text: string | null | undefined): string | null {
  if (typeof text !== "string") return null;
  const cleaned = text.replace(/\s+/g, " ").trim();
  return cleaned.length > 0 ? cleaned : null;
}
