// The line-role cascade. Every non-blank line of a page becomes title, body, boilerplate or metadata,
// with a `kind` saying why. Ordered passes, each reading what the previous ones found:
//   1. evidence (line-evidence.ts) — lexicon phrases, counters, tickers, menus, button rows, Latin UI
//      words in an Arabic page, bylines, date lines, lines recurring across pages, repeats inside the
//      page, and headline lists under a "related articles" header.
//   2. region — the article body runs from the first to the last paragraph-like line without evidence
//      against it, extended by finished short sentences at its end, and cut at the first comment
//      prompt, copyright notice, tag list or separator rule that follows most of the body.
//   3. head (head-lines.ts) — the headline, outlet labels and datelines above the body.
//   4. roles — inside the region, lines without evidence are body; outside, page furniture; a
//      masthead repeating the outlet's name is metadata.
import type { Line } from "../core/types.js";
import { stripClitics } from "../text/index.js";
import { matchKey } from "../text/match-key.js";
import { detectOutletDateline, interpretHead, LIST_ITEM, nextOpenIndex } from "./head-lines.js";
import { collectEvidence, type Evidence, type EvidenceContext, type WorkingLine } from "./line-evidence.js";
import { isParagraphLike, isSentenceLike, measureLine } from "./line-shape.js";
import { detectHeadDateline } from "./metadata-lines.js";
import { outletFromCopyright } from "./outlet-from-copyright.js";

export interface RawLine {
  readonly n: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export type RoleContext = EvidenceContext;

export interface RoleResult {
  readonly lines: readonly Line[];
  readonly title: string | null;
  readonly byline: string | null;
  /** Outlet named by a head label, a dateline or a copyright notice (self-references are the caller's). */
  readonly outlet: string | null;
}

// Furniture that closes an article: nothing after it is body, when it comes after most of the body.
const CLOSING_KINDS = new Set([
  "comment-prompt",
  "comment-form",
  "copyright",
  "tags",
  "separator",
  "author-box",
  "disclaimer",
]);
// "Most of the body": the share of paragraph-like lines that must precede a closing line for it to cut.
export const CLOSING_AFTER_SHARE = 0.5;

export function assignLineRoles(rawLines: readonly RawLine[], ctx: RoleContext): RoleResult {
  const lines: WorkingLine[] = rawLines.map((raw) => ({
    text: raw.text,
    shape: measureLine(raw.text),
    key: matchKey(raw.text),
    evidence: null,
  }));
  collectEvidence(lines, ctx);
  const region = findBodyRegion(lines);
  const head = interpretHead(lines, region.first, region.last);
  // When the headline opened the body region, the body starts at the next paragraph below it; when a
  // paragraph stands between the headline and the body region (a standfirst set apart by the byline,
  // the date and the share buttons), the body starts there.
  let first =
    head.titleIndex === region.first ? nextParagraph(lines, region.first, head.evidence) : region.first;
  let standfirstGap: readonly [number, number] | null = null;
  if (head.titleIndex !== null && head.titleIndex < first) {
    const standfirst = nextParagraph(lines, head.titleIndex, head.evidence);
    if (standfirst < first) [standfirstGap, first] = [[standfirst, first], standfirst];
  }
  // Between the standfirst and the article sit the credits: a bare name line there is not prose.
  const inCredits = (i: number) =>
    standfirstGap !== null &&
    i > standfirstGap[0] &&
    i < standfirstGap[1] &&
    !isParagraphLike(lines[i]!.shape);

  const outlet = head.outlet ?? head.mastheadOutlet ?? copyrightOutlet(lines);
  const outletKey = outlet ? matchKey(outlet) : null;

  const roles: Line[] = lines.map((line, i) => {
    const raw = rawLines[i]!;
    const base = { n: raw.n, start: raw.start, end: raw.end, text: raw.text };
    if (i === head.titleIndex) return { ...base, role: "title", kind: "headline" };
    const evidence: Evidence | null | undefined = head.evidence.get(i) ?? line.evidence;
    // A date under the article is a comment's or a listed story's, not the page's publication date.
    if (evidence?.kind === "date" && i > region.last)
      return { ...base, role: "boilerplate", kind: "timestamp" };
    if (evidence) return { ...base, role: evidence.role, kind: evidence.kind };
    if (i > region.last && isAuthorBoxName(lines, i))
      return { ...base, role: "metadata", kind: "author-box" };
    if (inCredits(i)) return { ...base, role: "boilerplate", kind: "page-head" };
    // "المشرق - بيروت" between the headline and the lead, inside the body region.
    if (line.shape.words <= INNER_DATELINE_MAX_WORDS && detectHeadDateline(line.text, line.shape)) {
      return { ...base, role: "metadata", kind: "dateline" };
    }
    if (i >= first && i <= region.last) return { ...base, role: "body" };
    if (i > region.last && isSignature(line)) return { ...base, role: "metadata", kind: "signature" };
    if (i < first && outletKey && line.key === outletKey)
      return { ...base, role: "metadata", kind: "masthead" };
    return { ...base, role: "boilerplate", kind: i < first ? "page-head" : "page-tail" };
  });

  const byline =
    lines.map((l) => l.evidence?.finding).find((f) => f?.kind === "byline" && f.value)?.value ??
    head.datelineAuthor;
  const titleLine = head.titleIndex === null ? undefined : rawLines[head.titleIndex];
  return { lines: roles, title: titleLine ? titleLine.text : null, byline, outlet };
}

interface Region {
  readonly first: number;
  readonly last: number;
}

function findBodyRegion(lines: readonly WorkingLine[]): Region {
  const open = (i: number) => !lines[i]!.evidence;
  let paragraphs: number[] = [];
  for (let i = 0; i < lines.length; i++) if (open(i) && isParagraphLike(lines[i]!.shape)) paragraphs.push(i);
  // No paragraph at all (a very short page): every finished sentence is the body.
  if (!paragraphs.length) {
    for (let i = 0; i < lines.length; i++) if (open(i) && isSentenceLike(lines[i]!.shape)) paragraphs.push(i);
  }
  if (!paragraphs.length) return { first: lines.length, last: lines.length - 1 };

  paragraphs = mainBlock(lines, paragraphs);
  const mostOfBody =
    paragraphs[Math.min(paragraphs.length - 1, Math.floor(paragraphs.length * CLOSING_AFTER_SHARE))]!;
  const closing = lines.findIndex(
    (l, i) => i > mostOfBody && l.evidence && CLOSING_KINDS.has(l.evidence.kind),
  );
  if (closing >= 0) paragraphs = paragraphs.filter((i) => i < closing);
  let first = paragraphs[0]!;
  let last = paragraphs[paragraphs.length - 1]!;
  // A list set right against the body is part of it ("أبرز النقاط" and its bullets above the lead,
  // numbered points in a press release), with a short label line above the list.
  while (first > 0 && open(first - 1) && LIST_ITEM.test(lines[first - 1]!.text)) first--;
  if (
    first !== paragraphs[0] &&
    first > 0 &&
    open(first - 1) &&
    lines[first - 1]!.shape.words <= LIST_LABEL_MAX_WORDS
  ) {
    first--;
  }
  // Lines right after the last paragraph still belong to the article while they read as its prose:
  // finished sentences, or lines that go on with a conjunction ("وانسحب المحتجون بعد الظهر").
  while (last + 1 < lines.length && open(last + 1) && continuesProse(lines[last + 1]!)) {
    if (closing >= 0 && last + 1 >= closing) break;
    last++;
  }
  return { first, last };
}

// Blocks of paragraphs are split where at least GAP_LINES lines that are not paragraphs stand
// between two paragraphs and at least GAP_EVIDENCE of them are furniture. The block with the most
// words is the article; other blocks join it when they carry at least BLOCK_SHARE of its words (an
// article cut in two by a "related" box), so a cookie banner or a footer blurb stays out.
export const GAP_LINES = 4;
export const GAP_EVIDENCE = 2;
export const BLOCK_SHARE = 0.25;

function mainBlock(lines: readonly WorkingLine[], paragraphs: readonly number[]): number[] {
  const blocks: number[][] = [[paragraphs[0]!]];
  for (let k = 1; k < paragraphs.length; k++) {
    const [from, to] = [paragraphs[k - 1]!, paragraphs[k]!];
    const between = lines.slice(from + 1, to);
    const furniture = between.filter((l) => l.evidence).length;
    if (between.length >= GAP_LINES && furniture >= GAP_EVIDENCE) blocks.push([to]);
    else blocks[blocks.length - 1]!.push(to);
  }
  if (blocks.length === 1) return blocks[0]!;
  const mass = (block: number[]) => block.reduce((sum, i) => sum + lines[i]!.shape.words, 0);
  const main = blocks.reduce((best, block) => (mass(block) > mass(best) ? block : best));
  return blocks.filter((block) => block === main || mass(block) >= BLOCK_SHARE * mass(main)).flat();
}

// A line that carries on the article after its last paragraph.
const CONTINUATION_MIN_WORDS = 4;

function continuesProse(line: WorkingLine): boolean {
  if (isSentenceLike(line.shape)) return true;
  if (line.shape.words < CONTINUATION_MIN_WORDS) return false;
  const firstWord = line.text.split(/\s+/u)[0] ?? "";
  return /^[وف]/u.test(firstWord) && stripClitics(firstWord).prefixes.some((p) => p === "و" || p === "ف");
}

function nextParagraph(
  lines: readonly WorkingLine[],
  from: number,
  headEvidence: Map<number, Evidence>,
): number {
  for (let j = from + 1; j < lines.length; j++) {
    const line = lines[j]!;
    if (!line.evidence && !headEvidence.has(j) && isParagraphLike(line.shape)) return j;
  }
  return nextOpenIndex(lines, from, headEvidence);
}

// A dateline line met inside the body region is short: "المشرق - بيروت", "دمشق – سانا".
const INNER_DATELINE_MAX_WORDS = 4;
// The label over a list ("أبرز النقاط", "Key points:").
const LIST_LABEL_MAX_WORDS = 4;
// The author's name right under an "about the author" label.
const AUTHOR_NAME_MAX_WORDS = 5;

function isAuthorBoxName(lines: readonly WorkingLine[], i: number): boolean {
  return lines[i - 1]?.evidence?.kind === "author-box" && lines[i]!.shape.words <= AUTHOR_NAME_MAX_WORDS;
}

/** "المكتب الإعلامي – وزارة الموارد المائية" under a press release: who signs it. */
function isSignature(line: WorkingLine): boolean {
  return detectOutletDateline(line.text, line.shape) !== null;
}

function copyrightOutlet(lines: readonly WorkingLine[]): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.evidence?.kind !== "copyright") continue;
    const name = outletFromCopyright(line.text);
    if (name) return name;
  }
  return null;
}
