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
import { type Evidence, collectEvidence, type EvidenceContext, type WorkingLine } from "./line-evidence.js";
import { isParagraphLike, isSentenceLike, measureLine } from "./line-shape.js";
import { interpretHead, nextOpenIndex } from "./head-lines.js";
import { matchKey } from "./match-key.js";
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
const CLOSING_KINDS = new Set(["comment-prompt", "comment-form", "copyright", "tags", "separator"]);
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
  const first = head.titleIndex === region.first ? nextOpenIndex(lines, region.first, head.evidence) : region.first;

  const outlet = head.outlet ?? copyrightOutlet(lines);
  const outletKey = outlet ? matchKey(outlet) : null;

  const roles: Line[] = lines.map((line, i) => {
    const raw = rawLines[i]!;
    const base = { n: raw.n, start: raw.start, end: raw.end, text: raw.text };
    if (i === head.titleIndex) return { ...base, role: "title", kind: "headline" };
    const evidence: Evidence | null | undefined = head.evidence.get(i) ?? line.evidence;
    if (evidence) return { ...base, role: evidence.role, kind: evidence.kind };
    if (i >= first && i <= region.last) return { ...base, role: "body" };
    if (i < first && outletKey && line.key === outletKey) return { ...base, role: "metadata", kind: "masthead" };
    return { ...base, role: "boilerplate", kind: i < first ? "page-head" : "page-tail" };
  });

  const byline = lines.map((l) => l.evidence?.finding).find((f) => f?.kind === "byline" && f.value)?.value ?? null;
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

  const mostOfBody = paragraphs[Math.min(paragraphs.length - 1, Math.floor(paragraphs.length * CLOSING_AFTER_SHARE))]!;
  const closing = lines.findIndex((l, i) => i > mostOfBody && l.evidence && CLOSING_KINDS.has(l.evidence.kind));
  if (closing >= 0) paragraphs = paragraphs.filter((i) => i < closing);
  const first = paragraphs[0]!;
  let last = paragraphs[paragraphs.length - 1]!;
  // Finished short sentences right after the last paragraph still belong to the article.
  while (last + 1 < lines.length && open(last + 1) && isSentenceLike(lines[last + 1]!.shape)) {
    if (closing >= 0 && last + 1 >= closing) break;
    last++;
  }
  return { first, last };
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
