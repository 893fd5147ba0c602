// HTML → a small element tree, built in one pass with htmlparser2's streaming tokenizer. A full DOM
// (linkedom, jsdom) costs several times more and gives nothing main-text extraction needs: no CSS, no
// live collections. What the extractor never reads is dropped while parsing (scripts, styles, SVG,
// templates), except JSON-LD, which is metadata.
import { Parser } from "htmlparser2";

export interface HtmlElement {
  /** Order of the element's start tag in the page (the root is 0): a parent's index is always below
   * its children's, and the extractor keeps its per-element numbers in arrays indexed by it. */
  readonly index: number;
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  readonly parent: HtmlElement | null;
}

/** A text node is its raw decoded text (entities decoded, white space as written). */
export type HtmlNode = HtmlElement | string;

export interface ParsedHtml {
  readonly root: HtmlElement;
  /** The text of every `<script type="application/ld+json">`, in document order. */
  readonly jsonLd: readonly string[];
  /** `<title>` text. */
  readonly titleText: string | null;
}

/** Elements whose content is never page text. `noscript` is dropped: crawlers saved pages with scripts
 * off, but its text is "enable JavaScript" notices and tracking pixels, never the article. */
const SKIPPED = new Set([
  "script",
  "style",
  "template",
  "svg",
  "math",
  "noscript",
  "iframe",
  "object",
  "embed",
  "canvas",
  "select",
  "textarea",
  "button",
  "head",
]);

/** Void elements never get children, whatever the markup says. */
const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
]);

/** Head elements kept (as children of root) for the metadata reader wherever they stand. */
const HEAD_KEPT = new Set(["meta", "link", "title", "base"]);

/** What is cut out of the page before tokenizing: scripts (group 1: their attributes), styles, inline
 * SVG (icons: a twelfth of a news page once scripts are gone), comments and <noscript>, none of which
 * the tree keeps. */
const NEVER_TEXT =
  /<script\b([^>]*)>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->|<noscript\b[\s\S]*?<\/noscript\s*>/gi;

export function parseHtml(html: string): ParsedHtml {
  const root: HtmlElement = { index: 0, tag: "#root", attrs: {}, children: [], parent: null };
  let elements = 1;
  let current: HtmlElement = root;
  // Depth inside skipped elements; their open/close tags still arrive and must balance.
  let skipDepth = 0;
  let skipTag = "";
  const jsonLd: string[] = [];
  let jsonLdBuffer: string[] | null = null;
  let titleBuffer: string[] | null = null;
  let titleText: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          if (name === skipTag) skipDepth++;
          if (name === "meta" || name === "link" || name === "base") {
            // metadata inside <head> (which is skipped for text) still counts
            root.children.push({ index: elements++, tag: name, attrs: attribs, children: [], parent: root });
          } else if (name === "title" && titleText === null) titleBuffer = [];
          else if (name === "script" && isJsonLd(attribs)) jsonLdBuffer = [];
          return;
        }
        if (name === "script" && isJsonLd(attribs)) jsonLdBuffer = [];
        if (name === "title" && titleText === null) {
          titleBuffer = [];
          skipTag = name;
          skipDepth = 1;
          return;
        }
        if (SKIPPED.has(name)) {
          skipTag = name;
          skipDepth = 1;
          return;
        }
        if (isHidden(attribs)) {
          skipTag = name;
          skipDepth = 1;
          return;
        }
        const element: HtmlElement = {
          index: elements++,
          tag: name,
          attrs: attribs,
          children: [],
          parent: current,
        };
        if (HEAD_KEPT.has(name)) {
          root.children.push({ ...element, parent: root });
          if (!VOID.has(name)) {
            skipTag = name;
            skipDepth = 1;
          }
          return;
        }
        current.children.push(element);
        if (!VOID.has(name)) current = element;
      },
      ontext(text) {
        if (jsonLdBuffer) jsonLdBuffer.push(text);
        if (titleBuffer) titleBuffer.push(text);
        if (skipDepth > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === "string") current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        if (jsonLdBuffer && name === "script") {
          jsonLd.push(jsonLdBuffer.join(""));
          jsonLdBuffer = null;
        }
        if (titleBuffer && name === "title") {
          titleText = titleBuffer.join("").replace(/\s+/g, " ").trim() || null;
          titleBuffer = null;
        }
        if (skipDepth > 0) {
          if (name === skipTag) skipDepth--;
          return;
        }
        if (VOID.has(name)) return;
        // htmlparser2 closes implied tags itself, so the element closed is the current one or an
        // ancestor; walk up to it (a stray close tag with no open element is ignored).
        let element: HtmlElement | null = current;
        while (element && element.tag !== name) element = element.parent;
        if (element?.parent) current = element.parent;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // Scripts, styles, SVG and comments are cut out before tokenizing: the tokenizer would scan their
  // text character by character only to drop it, and on pages carrying their app's state inline that
  // is a third of the parse. JSON-LD scripts stay (metadata). A script's content ends at the first
  // «</script», as in HTML; the leftmost match wins, so a comment inside a script goes with the script.
  parser.write(
    html.replace(NEVER_TEXT, (whole, attributes: string | undefined) =>
      attributes && /ld\+json/i.test(attributes) ? whole : "",
    ),
  );
  parser.end();
  return { root, jsonLd, titleText };
}

function isJsonLd(attribs: Record<string, string>): boolean {
  return (attribs.type ?? "").toLowerCase().includes("ld+json");
}

/** Content a browser would not show: `hidden`, `aria-hidden`, inline `display:none`. */
function isHidden(attribs: Record<string, string>): boolean {
  if ("hidden" in attribs) return true;
  if (attribs["aria-hidden"] === "true") return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Every element of the tree in document order (depth first). */
export function* walkElements(element: HtmlElement): Generator<HtmlElement> {
  yield element;
  for (const child of element.children) if (typeof child !== "string") yield* walkElements(child);
}
