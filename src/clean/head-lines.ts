// Pass 3 of the line-role cascade: the lines above the article body. The headline is the candidate
// that shares most words with the body (a headline restates its article; a forum user name, a menu
// or "حجم الخط: A+ A-" do not), outlet labels ("حرية برس:") and datelines ("روك أونلاين – قامشلو",
// "نوى – «الوادي»") give the outlet, and the rest of the head is page furniture.
import { readLexiconSet } from "../core/lexicon.js";
import { isStopword, stripClitics } from "../text/index.js";
import type { Evidence, WorkingLine } from "./line-evidence.js";
import { isParagraphLike, type LineShape } from "./line-shape.js";
import { matchKey } from "./match-key.js";
import {
  cleanName,
  detectHeadDateline,
  detectOutletLabel,
  isKnownPlace,
  type MetadataFinding,
} from "./metadata-lines.js";

export interface Head {
  readonly titleIndex: number | null;
  /** An author named on a head dateline, when no byline line names one. */
  readonly datelineAuthor: string | null;
  /** Outlet named by a head label or dateline. */
  readonly outlet: string | null;
  /** Outlet named by a masthead (weaker than a label or dateline: a masthead may be a brand line). */
  readonly mastheadOutlet: string | null;
  /** Evidence found for head lines (datelines, labels); applied over the per-line evidence. */
  readonly evidence: Map<number, Evidence>;
}

// A headline has at least TITLE_MIN_WORDS words and at most TITLE_MAX_WORDS.
export const TITLE_MIN_WORDS = 3;
export const TITLE_MAX_WORDS = 30;
// The first body-looking line is still the headline when it is unfinished, at most this long, and a
// paragraph follows it ("Drone strike on Syrian depot kills at least 30 as rival accounts emerge").
export const LEADING_HEADLINE_MAX_WORDS = 20;
// Share of a candidate's content words found in the body. Swept on the seeds and the example corpus
// (0.1–0.5): every true headline there scores ≥ 0.4, menus, user names and widgets ≤ 0.15.
export const TITLE_MIN_OVERLAP = 0.25;
// Preference for candidates close to the body, per line of distance.
const DISTANCE_PENALTY = 0.02;
const TITLE_FULL_WEIGHT_WORDS = 4;
const SHORT_TITLE_WEIGHT = 0.5;
// How many open lines at the start of the body region may be the headline.
const LEADING_CANDIDATES = 2;
// Lines to look ahead for the paragraph a leading headline stands over.
const LEADING_LOOKAHEAD = 4;

/**
 * A headline at the top of the body region: unfinished, not opening with a conjunction (Arabic
 * headlines never start with و/ف; paragraphs often do), and shorter than the paragraph below it.
 */
function isLeadingHeadline(
  lines: readonly WorkingLine[],
  i: number,
  headEvidence: Map<number, Evidence>,
): boolean {
  const line = lines[i]!;
  if (!isHeadlineShaped(line.shape) || startsWithConjunction(line.text)) return false;
  for (let j = i + 1, seen = 0; j < lines.length && seen < LEADING_LOOKAHEAD; j++) {
    if (lines[j]!.evidence || headEvidence.has(j)) continue;
    seen++;
    const next = lines[j]!.shape;
    // The paragraph below is longer, or finished where the headline is not (live blogs, wires).
    if (isParagraphLike(next)) return next.words > line.shape.words || next.endsSentence;
  }
  return false;
}

export function startsWithConjunction(text: string): boolean {
  const firstWord = text.trim().split(/\s+/u)[0] ?? "";
  return stripClitics(firstWord).prefixes.some((p) => p === "و" || p === "ف");
}

// A masthead: the site's name alone on a head line, next to its menu or shaped like an outlet name.
export const MASTHEAD_MAX_WORDS = 5;
// With a tagline: "Alderbridge Dispatch — a neighbourhood blog since 2014".
export const MASTHEAD_LINE_MAX_WORDS = 10;

function mastheadName(lines: readonly WorkingLine[], i: number): string | null {
  const line = lines[i]!;
  if (line.shape.endsSentence || line.shape.endsWithColon || line.shape.words > MASTHEAD_LINE_MAX_WORDS)
    return null;
  const parts = line.text
    .split(/\s+[|—–-]\s+|\s*\|\s*/u)
    .map((p) => cleanName(p))
    .filter(Boolean);
  // "Al Waha Press | الواحة بريس": in an Arabic page, the Arabic name.
  const name = parts.find((p) => /\p{Script=Arabic}/u.test(p)) ?? parts[0];
  if (!name || name.split(/\s+/u).length > MASTHEAD_MAX_WORDS) return null;
  const nearMenu = [lines[i - 1], lines[i + 1]].some((l) => l?.evidence && MENU_KINDS.has(l.evidence.kind));
  return nearMenu || hasOutletForm(name) ? name : null;
}

const MENU_KINDS = new Set(["menu", "buttons", "navigation", "consent"]);

export function isHeadlineShaped(shape: LineShape): boolean {
  return (
    shape.words >= TITLE_MIN_WORDS &&
    shape.words <= TITLE_MAX_WORDS &&
    !shape.endsSentence &&
    !shape.endsWithColon
  );
}

export function interpretHead(lines: WorkingLine[], bodyStart: number, bodyEnd: number): Head {
  const evidence = new Map<number, Evidence>();
  let outlet: string | null = null;
  const headEnd = Math.min(bodyStart, lines.length);

  for (let i = 0; i < headEnd; i++) {
    const line = lines[i]!;
    if (line.evidence) continue;
    const dateline = detectHeadDateline(line.text, line.shape) ?? detectOutletDateline(line.text, line.shape);
    if (dateline) {
      evidence.set(i, { role: "metadata", kind: "dateline", finding: dateline });
      outlet ??= dateline.value;
    }
  }

  let mastheadOutlet: string | null = null;
  for (let i = 0; i < headEnd; i++) {
    if (lines[i]!.evidence || evidence.has(i)) continue;
    const name = mastheadName(lines, i);
    if (!name) continue;
    evidence.set(i, { role: "metadata", kind: "masthead" });
    mastheadOutlet ??= name;
  }

  const titleIndex = chooseTitle(lines, bodyStart, bodyEnd, evidence);
  if (titleIndex !== null) {
    const key = lines[titleIndex]!.key;
    lines.forEach((l, j) => {
      if (j !== titleIndex && l.key === key) l.evidence = { role: "boilerplate", kind: "repeated-title" };
    });
  }

  // Outlet labels ("حرية برس:") sit right above the title or the body; a "label:" line elsewhere in the
  // head is a forum field or a section label ("المستشارة القانونية:"), not the outlet.
  for (let i = 0; i < headEnd; i++) {
    const line = lines[i]!;
    if (line.evidence || evidence.has(i) || i === titleIndex) continue;
    const label = detectOutletLabel(line.text, line.shape);
    if (!label) continue;
    const next = nextOpenIndex(lines, i, evidence);
    if (next !== bodyStart && next !== titleIndex) continue;
    evidence.set(i, { role: "metadata", kind: label.kind, finding: label });
    if (label.kind === "outlet-label") outlet ??= label.value;
  }
  const datelineAuthor = [...evidence.values()].map((e) => e.finding?.author).find(Boolean) ?? null;
  return { titleIndex, datelineAuthor, outlet, mastheadOutlet, evidence };
}

function chooseTitle(
  lines: WorkingLine[],
  bodyStart: number,
  bodyEnd: number,
  headEvidence: Map<number, Evidence>,
): number | null {
  const candidates: number[] = [];
  for (let i = 0; i < Math.min(bodyStart, lines.length); i++) {
    const line = lines[i]!;
    if (headEvidence.has(i)) continue;
    if (line.evidence && line.evidence.kind !== "repeated-line") continue;
    if (detectOutletLabel(line.text, line.shape) || !isHeadlineShaped(line.shape)) continue;
    candidates.push(i);
  }
  // The first lines of the body region may be the headline itself when it is long enough to look like
  // a paragraph ("Drone strike on Syrian depot kills at least 30 as rival accounts emerge").
  const leading = new Set<number>();
  for (let i = bodyStart, seen = 0; i < lines.length && seen < LEADING_CANDIDATES; i++) {
    if (lines[i]!.evidence || headEvidence.has(i)) continue;
    seen++;
    if (isLeadingHeadline(lines, i, headEvidence)) {
      candidates.push(i);
      leading.add(i);
    }
  }
  if (!candidates.length) return null;

  const bodyWords = new Set<string>();
  for (let i = bodyStart; i <= bodyEnd && i < lines.length; i++) {
    if (leading.has(i)) continue;
    if (!lines[i]!.evidence) for (const w of contentWords(lines[i]!.key)) bodyWords.add(w);
  }
  let best: number | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const i of candidates) {
    const words = contentWords(lines[i]!.key);
    let overlap = words.length ? words.filter((w) => bodyWords.has(w)).length / words.length : 0;
    // A name of two or three words ("The Harbour Gazette") is often repeated in the body; a
    // headline says more.
    if (words.length < TITLE_FULL_WEIGHT_WORDS) overlap *= SHORT_TITLE_WEIGHT;
    if (overlap < TITLE_MIN_OVERLAP) continue;
    const score = overlap - DISTANCE_PENALTY * (leading.has(i) ? 0 : Math.abs(bodyStart - i));
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  if (best === null) return null;
  // The page may carry the headline twice (a site header and the article header): the first copy is
  // the title.
  const firstCopy = lines.findIndex((l) => l.key === lines[best]!.key);
  return firstCopy >= 0 ? firstCopy : best;
}

/** Content words of a match key: clitics and the article stripped, function words dropped. */
function contentWords(key: string): string[] {
  return key
    .split(" ")
    .map((w) => stripClitics(w, { article: true }).stem)
    .filter((w) => w.length > 1 && !/^\p{N}+$/u.test(w) && !isStopword(w, "ar") && !isStopword(w, "en"));
}

let outletHeads: Set<string> | undefined;

/** "شبكة الجنوب اليوم", "الواحة بريس", "صنين تي في", "The Levant Ledger": named like an outlet. */
function hasOutletForm(name: string): boolean {
  outletHeads ??= readLexiconSet("lexicons/ar/outlet-heads.txt", matchKey);
  const words = matchKey(name).split(" ");
  if (words.length < 2) return false;
  const lastTwo = words.slice(-2).join(" ");
  return outletHeads.has(words[0]!) || outletHeads.has(words[words.length - 1]!) || outletHeads.has(lastTwo);
}

/**
 * "منصة السهل الإخبارية – نوى", "نوى – «الوادي»": a two-part head line where one side is an outlet by
 * its form (it starts with a word like شبكة/منصة/صحيفة, or stands in quotation marks) and the other
 * is short (a town the place list may not know).
 */
export function detectOutletDateline(text: string, shape: LineShape): MetadataFinding | null {
  if (shape.words > 7 || shape.endsSentence) return null;
  const parts = text.split(/\s+[-–—|]\s+|\s*[–—|]\s*/u).map((p) => p.trim());
  if (parts.length !== 2) return null;
  const looksLikeOutlet = (part: string) => /^["«“].+["»”]$/u.test(part) || hasOutletForm(part);
  const short = (part: string) => part.split(/\s+/u).length <= 3 && !looksLikeOutlet(part);
  const [a = "", b = ""] = parts;
  const finding = (outlet: string, other: string): MetadataFinding => {
    // Towns are one word or known places; a name of two or three words on the other side is the author.
    const author = !isKnownPlace(other) && other.split(/\s+/u).length >= 2 ? cleanName(other) : undefined;
    return { kind: "dateline", value: cleanName(outlet), ...(author ? { author } : {}) };
  };
  if (looksLikeOutlet(a) && (short(b) || isKnownPlace(b))) return finding(a, b);
  if (looksLikeOutlet(b) && (short(a) || isKnownPlace(a))) return finding(b, a);
  return null;
}

/** The next line below `from` that is neither furniture nor metadata. */
export function nextOpenIndex(
  lines: readonly WorkingLine[],
  from: number,
  headEvidence: Map<number, Evidence>,
): number {
  for (let j = from + 1; j < lines.length; j++) {
    if (!(lines[j]!.evidence ?? headEvidence.get(j))) return j;
  }
  return lines.length;
}
