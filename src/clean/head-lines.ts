// Pass 3 of the line-role cascade: the lines above the article body. The headline is the candidate
// that shares most words with the body (a headline restates its article; a forum user name, a menu
// or "حجم الخط: A+ A-" do not), outlet labels ("حرية برس:") and datelines ("روك أونلاين – قامشلو",
// "نوى – «الوادي»") give the outlet, and the rest of the head is page furniture.

import { menuSiteName } from "../text/boilerplate-phrases.js";
import { isStopword, stripClitics } from "../text/index.js";
import { matchKey } from "../text/match-key.js";
import type { Evidence, WorkingLine } from "./line-evidence.js";
import { isParagraphLike, type LineShape, startsWithConjunction } from "./line-shape.js";
import {
  cleanName,
  detectHeadDateline,
  detectOutletLabel,
  hasOutletForm,
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
  if (!isHeadlineShaped(line.shape) || startsWithConjunction(line.text) || LIST_ITEM.test(line.text))
    return false;
  for (let j = i + 1, seen = 0; j < lines.length && seen < LEADING_LOOKAHEAD; j++) {
    if (lines[j]!.evidence || headEvidence.has(j)) continue;
    seen++;
    const next = lines[j]!.shape;
    // The paragraph below is longer, or finished where the headline is not (live blogs, wires).
    if (isParagraphLike(next)) return next.words > line.shape.words || next.endsSentence;
  }
  return false;
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
  // "الواحة بريس - عبد الإله أوزين" is the outlet and the author (a dateline), not a name and its
  // tagline: a tagline describes ("مجلة ثقافية شهرية", "a neighbourhood blog since 2014").
  if (parts.length === 2 && !parts.every((p) => p === name || isTagline(p))) return null;
  const nearMenu = [lines[i - 1], lines[i + 1]].some((l) => l?.evidence && MENU_KINDS.has(l.evidence.kind));
  return nearMenu || hasOutletForm(name) ? name : null;
}

function isTagline(part: string): boolean {
  if (hasOutletForm(part) || /^(?:a|an|the)\s/iu.test(part)) return true;
  // Function words ("مدونة عن المدن وناسها", "news from the valley") do not occur in a person's name.
  return matchKey(part)
    .split(" ")
    .some((w) => isStopword(w, "ar") || isStopword(w, "en"));
}

const MENU_KINDS = new Set(["menu", "buttons", "navigation", "consent"]);

/** "• إزالة 120 مخالفة", "- point", "1. point", "١) نقطة": an item of a list, never a headline. */
export const LIST_ITEM = /^\s*(?:[•●▪◦*\-–]|[0-9\u0660-\u0669]{1,2}[.)-])\s+/u;

export function isHeadlineShaped(shape: LineShape): boolean {
  return (
    shape.words >= TITLE_MIN_WORDS &&
    shape.words <= TITLE_MAX_WORDS &&
    !shape.endsWithStop &&
    !shape.endsWithColon
  );
}

export function interpretHead(lines: WorkingLine[], bodyStart: number, bodyEnd: number): Head {
  const evidence = new Map<number, Evidence>();
  let outlet: string | null = null;
  const headEnd = Math.min(bodyStart, lines.length);

  // Head lines that name the outlet, strongest form first: a dateline with a known place
  // ("روك أونلاين – قامشلو"), a masthead by a menu or shaped like an outlet's name ("فواصل — مجلة
  // ثقافية شهرية"), then a dateline whose other side is only shaped like a town ("نوى – «الوادي»").
  let mastheadOutlet: string | null = null;
  const takeDateline = (i: number, dateline: MetadataFinding | null) => {
    if (!dateline) return;
    evidence.set(i, { role: "metadata", kind: "dateline", finding: dateline });
    outlet ??= dateline.value;
  };
  const scan = (from: number, to: number) => {
    for (const { take, recurring } of passes) {
      for (let i = from; i < to; i++) {
        const found = lines[i]!.evidence;
        if (!evidence.has(i) && (!found || (recurring && found.kind === "recurring"))) take(i);
      }
    }
  };
  const passes: { readonly take: (i: number) => void; readonly recurring?: boolean }[] = [
    { take: (i) => takeDateline(i, detectHeadDateline(lines[i]!.text, lines[i]!.shape)) },
    {
      take: (i) => {
        const name = mastheadName(lines, i);
        if (!name) return;
        evidence.set(i, { role: "metadata", kind: "masthead" });
        mastheadOutlet ??= name;
      },
      // a masthead recurs on every page of its outlet in the batch: a line found recurring may still be one
      recurring: true,
    },
    { take: (i) => takeDateline(i, detectOutletDateline(lines[i]!.text, lines[i]!.shape)) },
  ];
  scan(0, headEnd);
  // With no masthead line, a site menu may open with the site's name.
  if (mastheadOutlet === null) {
    for (let i = 0; i < headEnd && mastheadOutlet === null; i++) {
      if (lines[i]!.evidence?.kind === "menu") mastheadOutlet = menuSiteName(lines[i]!.text);
    }
  }

  const titleIndex = chooseTitle(lines, bodyStart, bodyEnd, evidence);
  // A headline that opened the body region has its masthead and dateline below it, above the lead.
  if (titleIndex !== null && titleIndex >= headEnd)
    scan(titleIndex + 1, nextParagraphBelow(lines, titleIndex));
  if (titleIndex !== null) {
    const key = lines[titleIndex]!.key;
    lines.forEach((l, j) => {
      if (j !== titleIndex && repeatsTitle(l.key, key))
        l.evidence = { role: "boilerplate", kind: "repeated-title" };
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
    if (LIST_ITEM.test(line.text)) continue;
    candidates.push(i);
  }
  // The first lines of the body region may be the headline itself when it is long enough to look like
  // a paragraph ("Drone strike on Syrian depot kills at least 30 as rival accounts emerge").
  const leading = new Set<number>();
  for (let i = bodyStart, seen = 0; i < lines.length && seen < LEADING_CANDIDATES; i++) {
    if (lines[i]!.evidence || headEvidence.has(i)) continue;
    seen++;
    // Only the first: a second headline-like line under it is its standfirst.
    if (isLeadingHeadline(lines, i, headEvidence)) {
      candidates.push(i);
      leading.add(i);
      break;
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
  // No candidate shares enough words with the body (a feature title, an opinion column's question):
  // the candidate standing right above the body still is the headline when it reads like one.
  if (best === null) best = structuralTitle(lines, candidates, leading, bodyStart, headEvidence);
  if (best === null) return null;
  // The page may carry the headline twice (a site header and the article header): the first copy is
  // the title.
  const firstCopy = lines.findIndex((l) => l.key === lines[best]!.key);
  return firstCopy >= 0 ? firstCopy : best;
}

/** Content words of a match key: clitics and the article stripped, function words dropped. */
function contentWords(key: string): readonly string[] {
  let words = contentWordCache.get(key);
  if (!words) {
    words = key
      .split(" ")
      .map((w) => stripClitics(w, { article: true }).stem)
      .filter((w) => w.length > 1 && !/^\p{N}+$/u.test(w) && !isStopword(w, "ar") && !isStopword(w, "en"))
      // English plurals meet their singulars: "bills" ~ "bill", "meters" ~ "meter".
      .map((w) => (/^[a-z]{4,}s$/u.test(w) ? w.slice(0, -1) : w));
    if (contentWordCache.size >= CONTENT_CACHE_LIMIT) contentWordCache.clear();
    contentWordCache.set(key, words);
  }
  return words;
}
// Body lines are read once per candidate title; memoised like match keys (see match-key.ts).
const CONTENT_CACHE_LIMIT = 100_000;
const contentWordCache = new Map<string, readonly string[]>();

// A headline found only by its place needs this many words.
export const STRUCTURAL_TITLE_MIN_WORDS = 5;
// …and may stand at most this many open lines above the body.
const STRUCTURAL_TITLE_MAX_DISTANCE = 2;

function structuralTitle(
  lines: readonly WorkingLine[],
  candidates: readonly number[],
  leading: ReadonlySet<number>,
  bodyStart: number,
  headEvidence: Map<number, Evidence>,
): number | null {
  // The nearest candidate above the body, else the headline-shaped line that opens it.
  const above = candidates.filter((i) => !leading.has(i) && i < bodyStart);
  const nearest = above[above.length - 1] ?? [...leading][0];
  if (nearest === undefined || lines[nearest]!.shape.words < STRUCTURAL_TITLE_MIN_WORDS) return null;
  let openBetween = 0;
  for (let j = nearest + 1; j < bodyStart; j++)
    if (!lines[j]!.evidence && !headEvidence.has(j)) openBetween++;
  return openBetween <= STRUCTURAL_TITLE_MAX_DISTANCE ? nearest : null;
}

// Outlets append their name to a repeated headline: "… قبل انطلاق العام الدراسي - منصة برقة اليوم".
const TITLE_SUFFIX_MAX_WORDS = 5;

/** Whether a line is another copy of the title, possibly with the outlet's name appended. */
export function repeatsTitle(lineKey: string, titleKey: string): boolean {
  if (lineKey === titleKey) return true;
  if (!lineKey.startsWith(`${titleKey} `)) return false;
  return lineKey.slice(titleKey.length).trim().split(" ").length <= TITLE_SUFFIX_MAX_WORDS;
}

/**
 * "منصة السهل الإخبارية – نوى", "نوى – «الوادي»": a two-part head line where one side is an outlet by
 * its form (it starts with a word like شبكة/منصة/صحيفة, or stands in quotation marks) and the other
 * is short (a town the place list may not know).
 */
export function detectOutletDateline(text: string, shape: LineShape): MetadataFinding | null {
  if (shape.words > 7 || shape.endsSentence) return null;
  // Dashes only: "X | Y" in a head is a masthead with its tagline ("الوادي نت | موقع إخباري يمني مستقل").
  const parts = text.split(/\s+[-–—]\s+|\s*[–—]\s*/u).map((p) => p.trim());
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

function nextParagraphBelow(lines: readonly WorkingLine[], from: number): number {
  for (let j = from + 1; j < lines.length; j++)
    if (!lines[j]!.evidence && isParagraphLike(lines[j]!.shape)) return j;
  return lines.length;
}
