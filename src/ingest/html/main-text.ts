// Which text blocks of a page are the article. Three steps:
//
// 1. Each block gets a weight from what it looks like: prose (enough words, function words at the
//    density of running text, little link text) weighs its length; link lists and short furniture weigh
//    against; the markup's cues (element-cues.ts) turn a block to furniture (share bars, captions,
//    comments) or lend it weight (itemprop=articleBody, entry-content).
// 2. The container is the element whose blocks weigh most in sum: the smallest subtree that holds the
//    prose and as little furniture as it can. A story body split over sibling sections is taken whole,
//    because its parent's sum is larger than any one section's; a comment thread or sidebar beside the
//    article is left out, because it adds more weight against than for.
// 3. Inside the container, blocks under furniture cues, link lists, captions, the repeated headline and
//    short furniture at the edges (bylines, datelines, "Advertisement") are dropped.
import {
  isButtonRow,
  isMenuRow,
  matchBoilerplatePhrase,
  type PhraseMatch,
} from "../../text/boilerplate-phrases.js";
import { matchKey } from "../../text/match-key.js";
import { isStopword } from "../../text/stopwords.js";
import { elementCue } from "./element-cues.js";
import { titleParts } from "./page-metadata.js";
import type { HtmlElement } from "./parse-html.js";
import { type TextBlock, wordsOf } from "./text-blocks.js";

export interface BlockFeatures {
  readonly block: TextBlock;
  readonly words: number;
  /** Share of the words that are function words of the block's script (Arabic or English). */
  readonly stopRatio: number;
  readonly linkDensity: number;
  /** Running text: long enough, function words at prose density, few links. */
  readonly prose: boolean;
  /** Ends like a sentence (. ! ? … ؟ or a closing quote after one). */
  readonly sentenceEnd: boolean;
}

/** Words a block needs to count as prose on its own. */
const PROSE_MIN_WORDS = 10;
/** Function-word share of running text: English prose runs 0.35–0.55, Arabic (clitics split off only
 * for listed stems) 0.12–0.30; menus and headlines fall well below. */
const PROSE_MIN_STOP_RATIO = { latin: 0.2, arabic: 0.08 } as const;
/** Above this share of link text a block is a link list, whatever its length. */
const LINK_LIST_DENSITY = 0.5;
/** Inside an element marked as the article body, links are the author's own: a digest of linked
 * items («1. [WeWork is under investigation] by …») is body text up to this share. */
const BODY_LINK_LIST_DENSITY = 0.75;
const PROSE_MAX_LINK_DENSITY = 0.35;

const ARABIC_LETTER = /[\u0600-\u06ff]/;
const SENTENCE_END = /[.!?…؟。]["'”’»)\]]*$/u;

/**
 * The page's own function words, for languages without a stopword lexicon (Portuguese, Russian,
 * Italian …): the short words that recur most across the page's text. Running text of any language is
 * made of them («de», «que», «и», «на»); menus and headlines are not.
 */
export function pageFunctionWords(blockTokens: readonly (readonly string[])[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const tokens of blockTokens) {
    for (const token of tokens) {
      if (token.length > PAGE_FUNCTION_WORD_MAX_LENGTH) continue;
      const key = token.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const ranked = [...counts]
    .filter(([word, n]) => n >= 3 && !/\p{N}/u.test(word))
    .sort((a, b) => b[1] - a[1]);
  return new Set(ranked.slice(0, PAGE_FUNCTION_WORDS).map(([word]) => word));
}
const PAGE_FUNCTION_WORD_MAX_LENGTH = 4;
const PAGE_FUNCTION_WORDS = 25;

/** Han, kana and other scripts written without spaces: a "word" there is about two characters. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** How a token counts, looked up once per distinct token: pages repeat their words, and the Arabic
 * stopword test (normalising, clitic stripping) is the costly part of reading a block. */
interface TokenClass {
  /** Words it stands for: 1, or about half its length in an unspaced script. */
  readonly unspacedWords: number;
  readonly arabic: boolean;
  readonly stopword: boolean;
  /** The key the page's function words are counted under. */
  readonly key: string;
}
const tokenClasses = new Map<string, TokenClass>();
const TOKEN_CLASS_CACHE_MAX = 200_000;

function tokenClass(token: string): TokenClass {
  let cls = tokenClasses.get(token);
  if (cls) return cls;
  const first = token.charCodeAt(0);
  // Scripts below Arabic in Unicode (Latin, Greek, Cyrillic …) skip the script tests.
  if (first < 0x0600) {
    const lower = token.toLowerCase();
    cls = { unspacedWords: 0, arabic: false, stopword: isStopword(lower, "en"), key: lower };
  } else if (first >= 0x0e00 && UNSPACED_SCRIPT.test(token)) {
    cls = { unspacedWords: Math.ceil(token.length / 2), arabic: false, stopword: false, key: token };
  } else if (ARABIC_LETTER.test(token)) {
    cls = { unspacedWords: 0, arabic: true, stopword: isStopword(token, "ar"), key: token };
  } else {
    const lower = token.toLowerCase();
    cls = { unspacedWords: 0, arabic: false, stopword: isStopword(lower, "en"), key: lower };
  }
  if (tokenClasses.size >= TOKEN_CLASS_CACHE_MAX) tokenClasses.clear();
  tokenClasses.set(token, cls);
  return cls;
}

export function blockFeatures(
  block: TextBlock,
  tokens: readonly string[] = wordsOf(block.text),
  functionWords: ReadonlySet<string> = new Set(),
): BlockFeatures {
  let stops = 0;
  let arabic = 0;
  let words = 0;
  let unspaced = 0;
  for (const token of tokens) {
    const cls = tokenClass(token);
    if (cls.unspacedWords > 0) {
      words += cls.unspacedWords;
      unspaced += cls.unspacedWords;
      continue;
    }
    words++;
    if (cls.arabic) arabic++;
    if (cls.stopword || functionWords.has(cls.key)) stops++;
  }
  const spaced = words - unspaced;
  const stopRatio = spaced ? stops / spaced : 0;
  const linkDensity = block.text.length ? block.linkChars / block.text.length : 0;
  const threshold = arabic * 2 > spaced ? PROSE_MIN_STOP_RATIO.arabic : PROSE_MIN_STOP_RATIO.latin;
  const sentenceEnd = SENTENCE_END.test(block.text);
  // Unspaced scripts have no function words to count: a sentence ending or a clause comma stands in.
  const running = unspaced * 2 > words ? sentenceEnd || /[、，。]/u.test(block.text) : stopRatio >= threshold;
  // A heading is never running text, however long: teaser lists are headings with a subline.
  const prose =
    block.kind !== "h" &&
    words >= PROSE_MIN_WORDS &&
    linkDensity <= PROSE_MAX_LINK_DENSITY &&
    (running || (sentenceEnd && words >= 2 * PROSE_MIN_WORDS));
  return { block, words, stopRatio, linkDensity, prose, sentenceEnd };
}

/** Features of a block not read word by word: never prose; its words counted by its spaces. */
function furnitureFeatures(block: TextBlock): BlockFeatures {
  let words = 1;
  for (let i = 0; i < block.text.length; i++) if (block.text.charCodeAt(i) === 32) words++;
  const linkDensity = block.text.length ? block.linkChars / block.text.length : 0;
  return {
    block,
    words,
    stopRatio: 0,
    linkDensity,
    prose: false,
    sentenceEnd: SENTENCE_END.test(block.text),
  };
}

function underCertainFurniture(element: HtmlElement, memo: Map<HtmlElement, boolean>): boolean {
  const known = memo.get(element);
  if (known !== undefined) return known;
  const result =
    elementCue(element) === "junk!" || (element.parent ? underCertainFurniture(element.parent, memo) : false);
  memo.set(element, result);
  return result;
}

export interface MainTextOptions {
  /** The page's headline from metadata: a block repeating it is the headline, not the body. */
  readonly title?: string | null;
  /** Blocks this site repeats on its other pages (site-boilerplate.ts). */
  readonly isSiteBoilerplate?: (text: string) => boolean;
}

export interface MainTextResult {
  readonly container: HtmlElement | null;
  readonly blocks: readonly TextBlock[];
}

export function selectMainText(blocks: readonly TextBlock[], options: MainTextOptions = {}): MainTextResult {
  if (blocks.length === 0) return { container: null, blocks: [] };
  // Blocks in the page's certain furniture (nav, footer, a comment thread) and link lists weigh against
  // the same whatever their words: they are not read word by word, which is most of a page's text.
  const furniture = new Map<HtmlElement, boolean>();
  const certain = blocks.map(
    (b) => b.linkChars * 2 > b.text.length || underCertainFurniture(b.element, furniture),
  );
  const tokens = blocks.map((b, i) => (certain[i] ? [] : wordsOf(b.text)));
  const functionWords = pageFunctionWords(tokens);
  const features = blocks.map((b, i) =>
    certain[i] ? furnitureFeatures(b) : blockFeatures(b, tokens[i], functionWords),
  );
  // blocks the site printed on its earlier pages, asked once per block
  const siteRepeats = blocks.map((b) => options.isSiteBoilerplate?.(b.text) ?? false);
  const size = elementTableSize(blocks);
  const context = new ContextCues(features, size);

  // 1. weights, summed up the tree
  const blockCounts = new ElementNumbers(size);
  for (const b of blocks) {
    for (let e: HtmlElement | null = b.element; e; e = e.parent) blockCounts.add(e, 1);
  }
  const cues = features.map((f) => context.cueAbove(f.block.element));
  const cards = repeatedLinkedOpenings(features);
  const teasers = features.map((f, i) => {
    if (cues[i] === "content") return false;
    if (cards.has(f)) return true;
    // the two blocks before, outside furniture (a teaser's headline is never a menu's)
    const before: BlockFeatures[] = [];
    for (let k = Math.max(0, i - 2); k < i; k++) if (cues[k] !== "junk") before.push(features[k]!);
    return isTeaser(f, before, blockCounts);
  });
  const sums = new ElementNumbers(size);
  features.forEach((f, i) => {
    const junk = teasers[i] || siteRepeats[i]!;
    const weight = blockWeight(f, cues[i]!, junk);
    for (let e: HtmlElement | null = f.block.element; e; e = e.parent) sums.add(e, weight);
  });
  // 2. the container: the largest sum; on a tie the deeper element (fewer blocks to filter)
  let best: HtmlElement | null = null as HtmlElement | null;
  let bestScore = 0;
  for (const element of sums.touched) {
    const score = sums.value(element);
    if (score > bestScore || (score === bestScore && best && isAncestor(best, element))) {
      bestScore = score;
      best = element;
    }
  }
  if (!best) return { container: null, blocks: [] };
  const post = firstPost(best, sums, blockCounts);
  if (post) best = heaviestWithin(post.element, sums) ?? best;
  const body = markedBody(best, sums, context);
  const containers = body ? [body] : post ? [best] : withProseSiblings(best, sums, context, features);
  const container = body ?? best;
  // 3. the blocks inside it that are the article
  // the headline as metadata gives it, or any part of a <title> that names the site beside it
  const titleKeys = new Set(
    options.title
      ? titleParts(options.title)
          .filter((part, k) => k === 0 || wordsOf(part).length >= TITLE_PART_MIN_WORDS)
          .map(matchKey)
      : [],
  );
  // a block's key is never longer than its text, and its text not much longer than its key
  const titleLengths = [...titleKeys].map((key) => key.length);
  const mayBeTitle = (text: string): boolean =>
    titleLengths.some((length) => text.length >= length && text.length <= 2 * length + 10);
  const inside: BlockFeatures[] = [];
  features.forEach((f, i) => {
    if (teasers[i]) return;
    const holder = containers.find((c) => isAncestor(c, f.block.element));
    if (!holder) return;
    if (context.junkBetween(f.block.element, holder)) return;
    if (post && inLaterPost(f.block.element, holder, post)) return;
    if (f.block.kind === "caption") return;
    if (f.linkDensity > (cues[i] === "content" ? BODY_LINK_LIST_DENSITY : LINK_LIST_DENSITY)) return;
    if (siteRepeats[i]) return;
    // the headline set again at the top of the body or of a forum post, in any element
    const text = f.block.text;
    if (f.words <= TITLE_MAX_WORDS && mayBeTitle(text) && titleKeys.has(matchKey(text))) return;
    inside.push(f);
  });
  // the furniture phrase a short line is, read once for section titles and furniture lines; the lines
  // go after the sections they title are found
  const phrases = new Map<BlockFeatures, PhraseMatch | null>();
  const phraseOf = (f: BlockFeatures): PhraseMatch | null => {
    if (f.prose || f.words > FURNITURE_LINE_MAX_WORDS) return null;
    let match = phrases.get(f);
    if (match === undefined) {
      match = matchBoilerplatePhrase(f.block.text, f.words);
      phrases.set(f, match);
    }
    return match;
  };
  const sections = withoutTitledSections(inside, container, phraseOf).filter(
    (f) => !isFurnitureLine(f, phraseOf),
  );
  const kept = trimEdges(beforeSignature(sections));
  return { container, blocks: withoutRepeats(kept.map((f) => f.block)) };
}

/** A headline is never longer than this; a longer block equal to the title is the article itself. */
const TITLE_MAX_WORDS = 40;
/** A part of a <title> is taken for the headline from this many words: a site's or section's name is
 * shorter, and a short heading of the body may repeat it. */
const TITLE_PART_MIN_WORDS = 4;

/** Blocks that make up an item of at most this many blocks are one teaser card. */
const TEASER_ITEM_MAX_BLOCKS = 5;
/** A teaser's summary is a sentence or two; a longer block is an article's own. */
const TEASER_MAX_WORDS = 80;
/** A linked headline opening a teaser: this many characters at least, and this share of its block. */
const TEASER_LEAD_MIN_CHARS = 15;
const TEASER_LEAD_MIN_SHARE = 0.15;

/** Whether a short prose block opens with a linked headline (a teaser's shape). */
function opensWithLink(f: BlockFeatures): boolean {
  const lead = f.block.leadingLinkChars;
  return (
    f.prose &&
    f.words <= TEASER_MAX_WORDS &&
    lead >= TEASER_LEAD_MIN_CHARS &&
    lead >= TEASER_LEAD_MIN_SHARE * f.block.text.length
  );
}

/** An element's tag and class, and its parent's: what repeats from one card or paragraph to the next. */
function shapeOf(e: HtmlElement): string {
  const p = e.parent;
  return `${e.tag}.${e.attrs.class ?? ""}<${p?.tag ?? ""}.${p?.attrs.class ?? ""}`;
}

/**
 * Teasers laid out as a column of like cells (a table portal's "latest news", a grid of cards without
 * list markup): two blocks or more of one element shape (tag and class, the parent's too), each opening
 * with a linked headline over its summary. An article's paragraphs seldom open with a link, and two of
 * them in a row of one shape are a digest of linked items, which a content cue above keeps.
 */
function repeatedLinkedOpenings(features: readonly BlockFeatures[]): Set<BlockFeatures> {
  const groups = new Map<string, BlockFeatures[]>();
  for (const f of features) {
    if (!opensWithLink(f)) continue;
    const shape = shapeOf(f.block.element);
    const group = groups.get(shape) ?? [];
    group.push(f);
    groups.set(shape, group);
  }
  return new Set([...groups.values()].filter((g) => g.length >= 2).flat());
}

/**
 * A teaser for another article: its summary under a linked headline, in a small item of its own (a
 * card, a list entry). Summaries are prose and would otherwise pull the container out to the "more
 * stories" rail around the article. The headline may be a block just before (its own element, all link)
 * or the opening of the same block. A "Read also:" link inside the body is not one: the element the two
 * blocks share is the whole body, not a small item.
 */
function isTeaser(f: BlockFeatures, before: readonly BlockFeatures[], blockCounts: ElementValues): boolean {
  if (f.words > TEASER_MAX_WORDS) return false;
  if (opensWithLink(f)) {
    return (blockCounts.get(f.block.element) ?? 0) <= TEASER_ITEM_MAX_BLOCKS && isListItem(f.block.element);
  }
  // the headline may be one or two blocks back (never from the menus), with the teaser's author or
  // date between
  return before.some((previous) => {
    if (previous.linkDensity < 0.8 || previous.words > 25) return false;
    // a "Read also:" link set as one of the body's own paragraphs, in a short story
    if (shapeOf(previous.block.element) === shapeOf(f.block.element)) return false;
    const shared = commonAncestor(previous.block.element, f.block.element);
    return (
      shared !== null &&
      !PAGE_LEVEL.has(shared.tag) &&
      (blockCounts.get(shared) ?? 0) <= TEASER_ITEM_MAX_BLOCKS
    );
  });
}

/** Elements that hold a whole page or article, never one card: a short page's headline and first
 * paragraph share them too. */
const PAGE_LEVEL = new Set(["#root", "html", "body", "main", "article", "form"]);

function isListItem(element: HtmlElement): boolean {
  for (let e: HtmlElement | null = element, n = 0; e && n < 4; e = e.parent, n++) {
    if (e.tag === "li" || e.tag === "article") return true;
  }
  return false;
}

function commonAncestor(a: HtmlElement, b: HtmlElement): HtmlElement | null {
  // an ancestor's index is below its descendants': the element further on in the page climbs first,
  // and neither ever climbs past the element they share
  let x: HtmlElement | null = a;
  let y: HtmlElement | null = b;
  while (x && y && x !== y) {
    if (x.index > y.index) x = x.parent;
    else y = y.parent;
  }
  return x && x === y ? x : null;
}

/**
 * A discussion thread: the container holds numbered posts (siblings of one tag and class whose ids
 * differ only in their numbers: post188341, post188355 …), each with prose of its own. The article is
 * the first post; the rest are replies, however long. Sections of a story split over several
 * elements are not numbered that way.
 */
function firstPost(
  container: HtmlElement,
  sums: ElementValues,
  blockCounts: ElementValues,
): { element: HtmlElement; signature: string } | null {
  let holder = container;
  // through wrappers with one element child
  for (;;) {
    const children = holder.children.filter((c): c is HtmlElement => typeof c !== "string" && sums.has(c));
    if (children.length !== 1) break;
    holder = children[0]!;
  }
  const groups = new Map<string, HtmlElement[]>();
  for (const child of holder.children) {
    if (typeof child === "string" || !sums.has(child)) continue;
    const signature = postSignature(child);
    if (!signature) continue;
    const group = groups.get(signature) ?? [];
    group.push(child);
    groups.set(signature, group);
  }
  for (const [signature, group] of groups) {
    // a post holds its author's line beside the message; a paragraph with an id of its own is one block
    const withProse = group.filter((e) => (sums.get(e) ?? 0) > 0 && (blockCounts.get(e) ?? 0) >= 2);
    if (group.length >= 2 && withProse.length >= 2) return { element: withProse[0]!, signature };
  }
  return null;
}

/** A post's tag, class and id with its numbers masked; null for an element without a post's id. Posts
 * are numbered by the forum's database (post188341, p121800); the sections and paragraphs of one
 * article that carry numbers count them (part-2, para-14), and are not posts. */
function postSignature(element: HtmlElement): string | null {
  const id = element.attrs.id ?? "";
  return /\d{3}/.test(id) ? `${element.tag}.${element.attrs.class ?? ""}#${id.replace(/\d+/g, "0")}` : null;
}

/** Whether a later post sits between the block and the container (forum markup often leaves a post's
 * elements unclosed, so the replies end up nested inside the first post). */
function inLaterPost(
  element: HtmlElement,
  container: HtmlElement,
  post: { element: HtmlElement; signature: string },
): boolean {
  for (let e: HtmlElement | null = element; e && e !== container; e = e.parent) {
    if (e !== post.element && postSignature(e) === post.signature) return true;
  }
  return false;
}

/** The element of largest weight inside `root` (itself included). */
function heaviestWithin(root: HtmlElement, sums: ElementValues): HtmlElement | null {
  let best: HtmlElement | null = null;
  let bestScore = 0;
  const visit = (element: HtmlElement): void => {
    const score = sums.get(element) ?? 0;
    if (score > bestScore) {
      bestScore = score;
      best = element;
    }
    for (const child of element.children) if (typeof child !== "string" && sums.has(child)) visit(child);
  };
  visit(root);
  return best;
}

/** Share of the container's weight that elements marked as the body must hold to be taken alone. */
const MARKED_BODY_MIN_SHARE = 0.75;

/**
 * The part of the container that the markup names as the article body (itemprop=articleBody,
 * «article-body», «entry-content», the sections of a split «StoryBody»), when it holds nearly all of
 * the container's weight: the headline, standfirst, byline and "latest stories" box beside it are then
 * left out. Several marked parts are taken together, through the element they share.
 */
function markedBody(container: HtmlElement, sums: ElementValues, context: ContextCues): HtmlElement | null {
  const total = sums.get(container) ?? 0;
  if (total <= 0) return null;
  const marked: HtmlElement[] = [];
  const visit = (element: HtmlElement): void => {
    for (const child of element.children) {
      if (typeof child === "string" || !sums.has(child)) continue;
      if (context.ownCue(child) === "content") {
        if ((sums.get(child) ?? 0) > 0) marked.push(child);
      } else visit(child);
    }
  };
  if (context.ownCue(container) === "content") return null;
  visit(container);
  if (marked.length === 0) return null;
  const weight = marked.reduce((sum, e) => sum + (sums.get(e) ?? 0), 0);
  if (weight < MARKED_BODY_MIN_SHARE * total) return null;
  let shared: HtmlElement | null = marked[0]!;
  for (const e of marked.slice(1)) shared = shared ? commonAncestor(shared, e) : null;
  return shared;
}

/** The container and those of its siblings that hold the rest of the article: a lead paragraph set
 * apart from the body, a body continued after an inline ad. A sibling joins when it weighs for
 * (its full sum is positive) and carries no furniture cue. */
function withProseSiblings(
  container: HtmlElement,
  sums: ElementValues,
  context: ContextCues,
  features: readonly BlockFeatures[],
): HtmlElement[] {
  const parent = container.parent;
  if (!parent) return [container];
  // elements holding a finished sentence of prose, or a paragraph too long for a standfirst or a
  // caption (Arabic portals often end paragraphs without a full stop): a standfirst or a caption is a
  // phrase without one
  const sentences = new Set<HtmlElement>();
  for (const f of features) {
    if (!f.prose || !(f.sentenceEnd || f.words >= UNFINISHED_PARAGRAPH_MIN_WORDS)) continue;
    for (let e: HtmlElement | null = f.block.element; e && e !== parent; e = e.parent) sentences.add(e);
  }
  const chosen: HtmlElement[] = [];
  for (const sibling of parent.children) {
    if (typeof sibling === "string") continue;
    if (sibling === container) chosen.push(sibling);
    else if ((sums.get(sibling) ?? 0) > 0 && context.cueAbove(sibling) !== "junk" && sentences.has(sibling))
      chosen.push(sibling);
  }
  return chosen;
}

/** Words from which a block without a full stop is still a paragraph, not a standfirst or caption. */
const UNFINISHED_PARAGRAPH_MIN_WORDS = 30;

function blockWeight(f: BlockFeatures, cue: "content" | "junk" | null, junk: boolean): number {
  const length = f.block.text.length;
  if (junk || cue === "junk") return -length;
  if (f.linkDensity > (cue === "content" ? BODY_LINK_LIST_DENSITY : LINK_LIST_DENSITY)) return -length;
  const own = length - f.block.linkChars;
  if (cue === "content") return f.prose ? 1.5 * own : 0.2 * own;
  if (f.prose) return own;
  return -0.2 * length;
}

/**
 * Paragraphs the page prints twice over: pull quotes, a sentence of a paragraph set again in large type,
 * and a lead repeated in full inside a longer block. A block whose words all stand, in order, in a
 * longer kept block elsewhere on the page is dropped. Equal blocks stay: an interview asks the same
 * question of each guest. Blocks of one kind side by side in one container are the article's own.
 */
function withoutRepeats(blocks: readonly TextBlock[]): TextBlock[] {
  const keys = blocks.map((b) => {
    // a pull quote may carry its speaker after a dash ("… too small to matter. — Senna Okoro")
    const text = /[—–]/.test(b.text) ? b.text.replace(QUOTE_ATTRIBUTION, "") : b.text;
    return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
  });
  return blocks.filter((_, i) => {
    const key = keys[i]!;
    // short blocks repeat by nature: table cells, «Yes.», a list of names; a pull quote is a sentence
    const words = key.split(" ").length - 2;
    if (words < REPEAT_MIN_WORDS || words > REPEAT_MAX_WORDS) return true;
    for (let j = 0; j < blocks.length; j++) {
      if (j === i) continue;
      const other = keys[j]!;
      // paragraphs side by side in one container repeat on purpose (a recipe's steps day after day)
      if (blocks[j]!.element.parent === blocks[i]!.element.parent && blocks[j]!.kind === blocks[i]!.kind)
        continue;
      if (other.length > key.length && other.includes(key)) return false;
    }
    return true;
  });
}
/** A speaker's name after a dash closing a quoted sentence. */
const QUOTE_ATTRIBUTION = /(?<=[.!?؟…"”»])\s*[—–]\s*[^—–.!?؟]{2,60}$/u;
/** A block repeats another only from this many words, and up to this many (a pull quote's length). */
const REPEAT_MIN_WORDS = 5;
const REPEAT_MAX_WORDS = 80;

/** Kinds of the furniture phrases (data/lexicons/{ar,en,fr}/boilerplate.tsv) that title a section of
 * their own after or inside the article: related stories, most read, comments, polls, newsletters. */
const SECTION_TITLE_KINDS = new Set([
  "related",
  "popular",
  "comment-prompt",
  "comment-form",
  "poll",
  "newsletter",
]);

/**
 * Sections the page titles as furniture («أخبار ذات صلة», «تعليقات القراء», "Related stories",
 * "Comments") that the container still holds, because the markup names them with nothing the cue
 * lexicon knows (a table portal's transliterated classes, hashed names). The section is the largest
 * element around the title that holds none of the article's prose before it; it goes, title and all,
 * unless more prose follows the title inside it than came before (then the title was a stray word).
 */
function withoutTitledSections(
  kept: BlockFeatures[],
  container: HtmlElement,
  phraseOf: (f: BlockFeatures) => PhraseMatch | null,
): BlockFeatures[] {
  const dropped = new Set<BlockFeatures>();
  let proseBefore = 0;
  kept.forEach((f, i) => {
    if (dropped.has(f)) return;
    if (proseBefore > 0 && f.words <= SECTION_TITLE_MAX_WORDS && isSectionTitle(phraseOf(f))) {
      const section = sectionOf(f.block.element, container, kept.slice(0, i));
      const members = kept.slice(i).filter((g) => isAncestor(section, g.block.element));
      const proseAfter = members.reduce((sum, g) => sum + (g.prose ? g.block.text.length : 0), 0);
      if (proseAfter < proseBefore) for (const g of members) dropped.add(g);
    }
    if (f.prose && !dropped.has(f)) proseBefore += f.block.text.length;
  });
  return dropped.size ? kept.filter((f) => !dropped.has(f)) : kept;
}
const SECTION_TITLE_MAX_WORDS = 6;

function isSectionTitle(match: PhraseMatch | null): boolean {
  return (
    match !== null &&
    (match.scope === "line" || match.scope === "header") &&
    SECTION_TITLE_KINDS.has(match.kind)
  );
}

/** The largest element around `element`, below the container, that holds none of the prose before it. */
function sectionOf(
  element: HtmlElement,
  container: HtmlElement,
  before: readonly BlockFeatures[],
): HtmlElement {
  let section = element;
  for (let e = element.parent; e && e !== container; e = e.parent) {
    if (before.some((f) => f.prose && isAncestor(e, f.block.element))) break;
    section = e;
  }
  return section;
}

/** A short line that is a furniture phrase of the lexicon ("Advertisement", «حجم الخط: كبير - صغير»,
 * "Share this article"), a row of buttons («طباعة | أرسل لصديق») or of short items between separators
 * (a date, a read counter and buttons; a breadcrumb). Prose is never one, whatever it mentions. */
function isFurnitureLine(f: BlockFeatures, phraseOf: (f: BlockFeatures) => PhraseMatch | null): boolean {
  if (f.prose || f.words > FURNITURE_LINE_MAX_WORDS) return false;
  return phraseOf(f) !== null || isButtonRow(f.block.text) || isMenuRow(f.block.text);
}
const FURNITURE_LINE_MAX_WORDS = 16;

/** A line of underscores alone: the separator forums (vBulletin, phpBB) and mail put before a
 * signature, and papers before their end notes. Section breaks are drawn with «* * *» or «---». */
const SIGNATURE_RULE = /^_{5,}$/;

/** The kept run up to a signature rule that follows some prose: what comes after it is the poster's
 * signature or the notes, not the article. */
function beforeSignature(kept: BlockFeatures[]): BlockFeatures[] {
  const rule = kept.findIndex((f) => SIGNATURE_RULE.test(f.block.text));
  return rule > 0 && kept.slice(0, rule).some((f) => f.prose) ? kept.slice(0, rule) : kept;
}

/** Short furniture at the start and end of the kept run (a byline, a dateline, "Advertisement", a
 * "Follow us" line, a kicker above the body): short and not a sentence. A greeting that opens the
 * text it stands in stays at the start (opensTextRun). */
function trimEdges(kept: BlockFeatures[]): BlockFeatures[] {
  let start = 0;
  let end = kept.length;
  while (start < end && isEdgeFurniture(kept[start]!) && !opensTextRun(kept[start]!, kept[start + 1]))
    start++;
  while (end > start && isEdgeFurniture(kept[end - 1]!)) end--;
  return kept.slice(start, end);
}

/** A greeting or salutation that opens the text it stands in («السلام عليكم ورحمة الله», "Hi all,"): a
 * line of the same element as the prose after it (a post written as lines between <br>), without
 * the figures of a date or a count. A byline or dateline is an element of its own, or carries figures. */
function opensTextRun(f: BlockFeatures, next: BlockFeatures | undefined): boolean {
  return next?.prose === true && next.block.element === f.block.element && !/\p{N}/u.test(f.block.text);
}

function isEdgeFurniture(f: BlockFeatures): boolean {
  // a line ending on a comma runs on into the text («صباح الخير يا أصدقاء المدونة،», "Dear readers,")
  return !f.prose && !f.sentenceEnd && f.words < PROSE_MIN_WORDS && !/[,،]$/.test(f.block.text);
}

/** Furniture cues resolved over ancestors. A plain junk cue on an element that holds most of the
 * page's prose, or on a class that the paragraphs holding most of it share, is a layout or state name
 * («content-with-sidebar», «field-label-hidden», «paywall»), not furniture, and is ignored; a comment
 * thread's cue is believed whatever it holds. */
class ContextCues {
  private readonly proseChars: ElementNumbers;
  private readonly above = new Map<HtmlElement, "content" | "junk" | null>();
  private readonly totalProse: number;

  /** Prose under the elements of each class attribute, all of them together. */
  private readonly classProse = new Map<string, number>();

  constructor(features: readonly BlockFeatures[], size: number) {
    this.proseChars = new ElementNumbers(size);
    let total = 0;
    for (const f of features) {
      if (!f.prose) continue;
      total += f.block.text.length;
      for (let e: HtmlElement | null = f.block.element; e; e = e.parent) {
        this.proseChars.add(e, f.block.text.length);
      }
      const names = f.block.element.attrs.class;
      if (names) this.classProse.set(names, (this.classProse.get(names) ?? 0) + f.block.text.length);
    }
    this.totalProse = total;
  }

  /** The nearest trusted cue on the element or its ancestors. */
  cueAbove(element: HtmlElement): "content" | "junk" | null {
    const cached = this.above.get(element);
    if (cached !== undefined) return cached;
    const own = this.ownCue(element);
    const cue = own ?? (element.parent ? this.cueAbove(element.parent) : null);
    this.above.set(element, cue);
    return cue;
  }

  /** Whether a trusted junk cue sits on `element` or an ancestor below `container`, and no content cue
   * nearer to the block overrides it. */
  junkBetween(element: HtmlElement, container: HtmlElement): boolean {
    for (let e: HtmlElement | null = element; e && e !== container; e = e.parent) {
      const cue = this.ownCue(e);
      if (cue === "content") return false;
      if (cue === "junk") return true;
    }
    return false;
  }

  /** The element's own cue, as trusted here (a layout name's junk cue dropped). */
  ownCue(element: HtmlElement): "content" | "junk" | null {
    const cue = elementCue(element);
    if (cue === "junk!") return "junk";
    if (cue !== "junk") return cue;
    // one element holding most of the prose, or paragraphs that share the class and hold most of it
    // together («paywall» on every paragraph behind a paywall, «story-text-hidden» on a folded tail)
    const prose = this.proseChars.get(element) ?? 0;
    const names = element.attrs.class;
    const shared = names ? (this.classProse.get(names) ?? 0) : 0;
    return Math.max(prose, shared) * 2 > this.totalProse ? null : "junk";
  }
}

/** Numbers kept per element in a typed array indexed by the element's document order: the sums run
 * over every ancestor of every block, the selection's hottest loop, where Maps keyed by element cost
 * about a quarter of its time. `get` is undefined for an element no block lies under. */
class ElementNumbers {
  private readonly values: Float64Array;
  private readonly seen: Uint8Array;
  /** Elements given a number, in the order they were first given one. */
  readonly touched: HtmlElement[] = [];

  constructor(size: number) {
    this.values = new Float64Array(size);
    this.seen = new Uint8Array(size);
  }

  add(element: HtmlElement, amount: number): void {
    const i = element.index;
    if (this.seen[i] === 0) {
      this.seen[i] = 1;
      this.touched.push(element);
    }
    this.values[i]! += amount;
  }

  has(element: HtmlElement): boolean {
    return this.seen[element.index] === 1;
  }

  get(element: HtmlElement): number | undefined {
    return this.seen[element.index] === 1 ? this.values[element.index] : undefined;
  }

  value(element: HtmlElement): number {
    return this.values[element.index]!;
  }
}

type ElementValues = Pick<ElementNumbers, "get" | "has">;

/** Size of a table indexed by element: ancestors come before their descendants in document order, so
 * the largest index among the blocks' own elements bounds every ancestor's. */
function elementTableSize(blocks: readonly TextBlock[]): number {
  let max = 0;
  for (const b of blocks) if (b.element.index > max) max = b.element.index;
  return max + 1;
}

function isAncestor(ancestor: HtmlElement, element: HtmlElement): boolean {
  for (let e: HtmlElement | null = element; e; e = e.parent) if (e === ancestor) return true;
  return false;
}
