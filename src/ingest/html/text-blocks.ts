// The element tree cut into text blocks: the runs of text a reader sees as one paragraph, heading or
// list item. A block boundary is any block-level element opening or closing, or a `<br>` pair; inline
// elements (a, span, em …) stay inside their block. Each block keeps the element that holds it, how
// much of its text is link text, and the chain of elements above it, which is what the scorer reads.
import type { HtmlElement } from "./parse-html.js";

export interface TextBlock {
  /** Position in reading order. */
  readonly index: number;
  /** White space collapsed, trimmed. */
  readonly text: string;
  /** Characters of `text` that sit inside `<a href>`. */
  readonly linkChars: number;
  /** Characters of link text at the very start of the block, before any unlinked text: a linked
   * headline opening a teaser. */
  readonly leadingLinkChars: number;
  /** The nearest block-level element around the text. */
  readonly element: HtmlElement;
  /** `h` for h1–h6, `li`, `quote` (blockquote), `pre`, `cell` (td/th), `caption` (figcaption/caption),
   * `p`, or `div` for text loose in any other block. */
  readonly kind: BlockKind;
  /** Heading level for kind `h`, else 0. */
  readonly level: number;
}

export type BlockKind = "h" | "li" | "quote" | "pre" | "cell" | "caption" | "p" | "div";

const BLOCK_TAGS = new Set([
  "#root",
  "html",
  "body",
  "address",
  "article",
  "aside",
  "blockquote",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "thead",
  "tfoot",
  "caption",
  "td",
  "th",
  "tr",
  "ul",
  "title",
  "meta",
  "link",
  "base",
]);

export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** Whether a <cite> in this element is a quote box's label («اقتباس:», "John wrote:"), which forums
 * set as a line of its own above the quoted text; elsewhere <cite> names a work inside a sentence. */
function quoteLabel(parent: HtmlElement): boolean {
  return parent.tag === "blockquote" || parent.parent?.tag === "blockquote";
}

const VISIBLE = /[^\s\u00a0\u200b\u200e\u200f\ufeff]/;

export function textBlocks(root: HtmlElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  // link text seen before the first unlinked word of the block; closed once unlinked text has come
  let leadingLinkChars = 0;
  let leadingOpen = true;
  let owner: HtmlElement = root;
  let pendingBreak = false;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join("");
    parts = [];
    const text = collapse(raw);
    const links = linkChars;
    const leading = leadingLinkChars;
    linkChars = 0;
    leadingLinkChars = 0;
    leadingOpen = true;
    if (!text) return;
    const { kind, level } = blockKind(owner);
    blocks.push({
      index: blocks.length,
      text,
      linkChars: Math.min(links, text.length),
      leadingLinkChars: Math.min(leading, text.length),
      element: owner,
      kind,
      level,
    });
  };

  const visit = (element: HtmlElement, inLink: boolean): void => {
    for (const child of element.children) {
      if (typeof child === "string") {
        if (pendingBreak && child.trim()) pendingBreak = false;
        parts.push(child);
        if (inLink) {
          const visible = collapse(child).length;
          linkChars += visible;
          if (leadingOpen) leadingLinkChars += visible;
        } else if (leadingOpen && VISIBLE.test(child)) leadingOpen = false;
        continue;
      }
      const tag = child.tag;
      if (tag === "br") {
        // One <br> is a line break inside a paragraph; two in a row end it (CMS bodies written as
        // text<br><br>text carry no <p> at all).
        if (pendingBreak) {
          flush();
          pendingBreak = false;
        } else {
          parts.push(" ");
          pendingBreak = true;
        }
        continue;
      }
      if (BLOCK_TAGS.has(tag) || (tag === "cite" && quoteLabel(element))) {
        flush();
        pendingBreak = false;
        const outer = owner;
        owner = child;
        visit(child, inLink);
        flush();
        owner = outer;
        continue;
      }
      if (tag === "img" || tag === "input" || tag === "hr" || tag === "meta" || tag === "link") continue;
      visit(child, inLink || (tag === "a" && child.attrs.href !== undefined));
    }
  };
  visit(root, false);
  flush();
  return blocks;
}

function blockKind(element: HtmlElement): { kind: BlockKind; level: number } {
  const tag = element.tag;
  if (tag.length === 2 && tag[0] === "h" && tag[1]! >= "1" && tag[1]! <= "6") {
    return { kind: "h", level: Number(tag[1]) };
  }
  switch (tag) {
    case "p":
      return { kind: "p", level: 0 };
    case "li":
    case "dd":
    case "dt":
      return { kind: "li", level: 0 };
    case "blockquote":
      return { kind: "quote", level: 0 };
    case "pre":
      return { kind: "pre", level: 0 };
    case "td":
    case "th":
      return { kind: "cell", level: 0 };
    case "figcaption":
    case "caption":
      return { kind: "caption", level: 0 };
    default:
      return { kind: "div", level: 0 };
  }
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a block's text: runs of letters and digits, in any script. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** HTML white space (and no-break spaces, which CMSs scatter as padding) collapsed to one space. */
export function collapse(text: string): string {
  // Zero-width joiners and direction marks are dropped, not spaced (they sit inside words); the
  // zero-width non-joiner stays, since Persian spelling needs it.
  return text
    .replace(/[\u200b\u200e\u200f\ufeff]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}
