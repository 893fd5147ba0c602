// The line-role cascade. Every non-blank line of a page becomes title, body, boilerplate or metadata,
// with a `kind` saying why. Ordered passes, each adding evidence the next one reads:
//   1. evidence   — per line, strongest first: lexicon phrases, counters, tickers, Latin UI words in an
//                   Arabic page, lines repeated in the page, lines recurring across pages, bylines and
//                   date lines; a related-articles header also claims the headline list under it.
//   2. region     — the article body runs from the first to the last paragraph-like line that has no
//                   evidence against it (extended by finished short sentences at its end).
//   3. head       — above the body: the headline (nearest candidate to the body; its first copy if
//                   the page repeats it), outlet labels and datelines next to the title or body; the
//                   rest of the head is page furniture.
//   4. roles      — inside the region, lines without evidence are body; outside, furniture.
import type { Line, LineRole } from "../core/types.js";
import { matchBoilerplatePhrase } from "./boilerplate-phrases.js";
import { isParagraphLike, isSentenceLike, type LineShape, measureLine } from "./line-shape.js";
import { matchKey } from "./match-key.js";
import {
  detectByline,
  detectDateLine,
  detectHeadDateline,
  detectOutletLabel,
  type MetadataFinding,
} from "./metadata-lines.js";
import { RECURRING_MAX_WORDS, RECURRING_MIN_DOCUMENTS, type LineFrequency } from "./recurrence.js";

export interface RawLine {
  readonly n: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface RoleContext {
  readonly language: string;
  /** Distinct documents (this one included) that carry a line with a given match key. */
  readonly lineFrequency: LineFrequency;
}

export interface RoleResult {
  readonly lines: readonly Line[];
  readonly title: string | null;
  readonly byline: string | null;
  /** Outlet named by a head label or dateline (self-references are looked for by the caller). */
  readonly outlet: string | null;
}

interface Evidence {
  readonly role: Exclude<LineRole, "body" | "title">;
  readonly kind: string;
  readonly finding?: MetadataFinding;
  /** A "related articles" style header: the headline list below it is furniture too. */
  readonly header?: boolean;
}

interface Working {
  readonly raw: RawLine;
  readonly shape: LineShape;
  readonly key: string;
  evidence: Evidence | null;
}

// Lines under a related-articles header are headlines until a line that reads like a paragraph; a
// headline longer than this is taken as the article resuming.
export const RELATED_HEADLINE_MAX_WORDS = 20;
// A headline has at least this many words and at most TITLE_MAX_WORDS.
export const TITLE_MIN_WORDS = 3;
export const TITLE_MAX_WORDS = 30;
// A Latin-only line in an Arabic page is a UI word ("Share", "pictogram-avatar") up to this length.
export const LATIN_UI_MAX_WORDS = 4;

export function assignLineRoles(rawLines: readonly RawLine[], ctx: RoleContext): RoleResult {
  const lines: Working[] = rawLines.map((raw) => ({
    raw,
    shape: measureLine(raw.text),
    key: matchKey(raw.text),
    evidence: null,
  }));

  collectEvidence(lines, ctx);
  const region = findBodyRegion(lines);
  const head = interpretHead(lines, region.first);

  const roles: Line[] = lines.map((line, i) => {
    const base = { n: line.raw.n, start: line.raw.start, end: line.raw.end, text: line.raw.text };
    if (i === head.titleIndex) return { ...base, role: "title", kind: "headline" };
    const evidence = line.evidence ?? head.evidence.get(i);
    if (evidence) return { ...base, role: evidence.role, kind: evidence.kind };
    if (i >= region.first && i <= region.last) return { ...base, role: "body" };
    return { ...base, role: "boilerplate", kind: i < region.first ? "page-head" : "page-tail" };
  });

  const byline =
    lines.map((l) => l.evidence?.finding).find((f) => f?.kind === "byline" && f.value)?.value ?? null;
  const titleLine = head.titleIndex === null ? undefined : lines[head.titleIndex];
  return {
    lines: roles,
    title: titleLine ? titleLine.raw.text.trim() : null,
    byline,
    outlet: head.outlet,
  };
}

function collectEvidence(lines: Working[], ctx: RoleContext): void {
  const seenInPage = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    line.evidence = lineEvidence(line, ctx);
    // A line the page already carried is a repeat (a second copy of the title, a duplicated block).
    // Which copy is the title is decided in the head pass; here only later copies are marked.
    const firstSeen = seenInPage.get(line.key);
    if (firstSeen === undefined) seenInPage.set(line.key, i);
    else if (!line.evidence && line.key) line.evidence = { role: "boilerplate", kind: "repeated-line" };

    const phrase = line.evidence?.kind;
    if (phrase && isListHeader(line)) claimRelatedList(lines, i, phrase);
  }
}

function lineEvidence(line: Working, ctx: RoleContext): Evidence | null {
  const { shape, raw } = line;
  if (!line.key) return { role: "boilerplate", kind: "symbols" };
  if (shape.isCounter) return { role: "boilerplate", kind: "counter" };
  const phrase = matchBoilerplatePhrase(raw.text, shape.words);
  if (phrase) return { role: "boilerplate", kind: phrase.kind, ...(phrase.scope === "header" ? { header: true } : {}) };
  if (shape.clockTimes >= 2) return { role: "boilerplate", kind: "ticker" };
  if (ctx.language === "ar" && shape.arabicLetters === 0 && shape.latinLetters > 0) {
    if (shape.words <= LATIN_UI_MAX_WORDS) return { role: "boilerplate", kind: "ui-latin" };
  }
  const byline = detectByline(raw.text, shape);
  if (byline) return { role: "metadata", kind: byline.kind, finding: byline };
  const date = detectDateLine(raw.text, shape);
  if (date) return { role: "metadata", kind: "date", finding: date };
  if (
    shape.words <= RECURRING_MAX_WORDS &&
    !shape.endsSentence &&
    ctx.lineFrequency(line.key) >= RECURRING_MIN_DOCUMENTS
  ) {
    return { role: "boilerplate", kind: "recurring" };
  }
  return null;
}

function isListHeader(line: Working): boolean {
  return line.evidence?.header === true;
}

/** Marks the headlines listed under a "related articles" header, up to the next paragraph. */
function claimRelatedList(lines: Working[], headerIndex: number, kind: string): void {
  for (let j = headerIndex + 1; j < lines.length; j++) {
    const next = lines[j]!;
    if (next.evidence) continue;
    if (isParagraphLike(next.shape) && (next.shape.endsSentence || next.shape.words > RELATED_HEADLINE_MAX_WORDS)) {
      return;
    }
    next.evidence = { role: "boilerplate", kind: `${kind}-list` };
  }
}

interface Region {
  readonly first: number;
  readonly last: number;
}

function findBodyRegion(lines: readonly Working[]): Region {
  const open = (i: number) => !lines[i]!.evidence;
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    if (open(i) && isParagraphLike(lines[i]!.shape)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) {
    // No paragraph at all (a very short page): every finished sentence is the body.
    for (let i = 0; i < lines.length; i++) {
      if (open(i) && isSentenceLike(lines[i]!.shape)) {
        if (first < 0) first = i;
        last = i;
      }
    }
  }
  if (first < 0) return { first: lines.length, last: lines.length - 1 };
  // A headline directly above the body may itself be long enough to look like a paragraph; it is the
  // headline when it is unfinished (no final stop), fits a headline's length and is the first line.
  if (first === 0 && isHeadlineShaped(lines[0]!.shape) && nextOpen(lines, 0) !== null) {
    const next = nextOpen(lines, 0)!;
    if (isParagraphLike(lines[next]!.shape)) first = next;
  }
  // Finished short sentences right after the last paragraph still belong to the article.
  while (last + 1 < lines.length && open(last + 1) && isSentenceLike(lines[last + 1]!.shape)) last++;
  return { first, last };
}

function nextOpen(lines: readonly Working[], from: number): number | null {
  for (let j = from + 1; j < lines.length; j++) if (!lines[j]!.evidence) return j;
  return null;
}

function isHeadlineShaped(shape: LineShape): boolean {
  return (
    shape.words >= TITLE_MIN_WORDS && shape.words <= TITLE_MAX_WORDS && !shape.endsSentence && !shape.endsWithColon
  );
}

interface Head {
  readonly titleIndex: number | null;
  readonly outlet: string | null;
  readonly evidence: Map<number, Evidence>;
}

function interpretHead(lines: Working[], bodyStart: number): Head {
  const evidence = new Map<number, Evidence>();
  let outlet: string | null = null;

  // Head datelines and outlet labels need no neighbour: "روك أونلاين – قامشلو", "دمشق:".
  for (let i = 0; i < Math.min(bodyStart, lines.length); i++) {
    const line = lines[i]!;
    if (line.evidence) continue;
    const dateline = detectHeadDateline(line.raw.text, line.shape);
    if (dateline) {
      evidence.set(i, { role: "metadata", kind: "dateline", finding: dateline });
      outlet ??= dateline.value;
    }
  }

  // The headline: the candidate nearest above the body. If the page repeats it, the first copy is the
  // title and the others were already marked as repeats.
  let titleIndex: number | null = null;
  for (let i = Math.min(bodyStart, lines.length) - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (evidence.has(i)) continue;
    if (line.evidence && line.evidence.kind !== "repeated-line") continue;
    if (detectOutletLabel(line.raw.text, line.shape)) continue;
    if (!isHeadlineShaped(line.shape)) continue;
    if (line.evidence?.kind === "repeated-line") {
      const firstCopy = lines.findIndex((l) => l.key === line.key);
      titleIndex = firstCopy;
      line.evidence = { role: "boilerplate", kind: "repeated-title" };
    } else titleIndex = i;
    break;
  }
  if (titleIndex !== null) {
    const key = lines[titleIndex]!.key;
    lines.forEach((l, j) => {
      if (j !== titleIndex && l.key === key) l.evidence = { role: "boilerplate", kind: "repeated-title" };
    });
  }

  // Outlet labels ("حرية برس:") sit right above the title or the body; a "label:" line elsewhere in the
  // head is a forum field or a section label, not the outlet.
  for (let i = 0; i < Math.min(bodyStart, lines.length); i++) {
    const line = lines[i]!;
    if (line.evidence || evidence.has(i) || i === titleIndex) continue;
    const label = detectOutletLabel(line.raw.text, line.shape);
    if (!label) continue;
    const next = nextOpenIndex(lines, i, evidence);
    if (next !== bodyStart && next !== titleIndex) continue;
    evidence.set(i, { role: "metadata", kind: label.kind, finding: label });
    if (label.kind === "outlet-label") outlet ??= label.value;
  }
  return { titleIndex, outlet, evidence };
}

/** The next line below `from` that is neither furniture nor metadata. */
function nextOpenIndex(lines: readonly Working[], from: number, headEvidence: Map<number, Evidence>): number {
  for (let j = from + 1; j < lines.length; j++) {
    if (!(lines[j]!.evidence ?? headEvidence.get(j))) return j;
  }
  return lines.length;
}
