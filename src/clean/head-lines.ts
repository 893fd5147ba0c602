// Pass 3 of the line-role cascade: the lines above the article body. The headline is the candidate
// that shares most words with the body (a headline restates its article; a forum user name, a menu
// or "حجم الخط: A+ A-" do not), outlet labels ("حرية برس:") and datelines ("روك أونلاين – قامشلو",
// "نوى – «الوادي»") give the outlet, and the rest of the head is page furniture.
import { readLexiconSet } from "../core/lexicon.js";
import { isStopword, stripClitics } from "../text/index.js";
import type { Evidence, WorkingLine } from "./line-evidence.js";
import { isParagraphLike, type LineShape } from "./line-shape.js";
import { matchKey } from "./match-key.js";
import { cleanName, detectHeadDateline, detectOutletLabel, isKnownPlace, type MetadataFinding } from "./metadata-lines.js";

export interface Head {
  readonly titleIndex: number | null;
  readonly outlet: string | null;
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

export function isHeadlineShaped(shape: LineShape): boolean {
  return (
    shape.words >= TITLE_MIN_WORDS && shape.words <= TITLE_MAX_WORDS && !shape.endsSentence && !shape.endsWithColon
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
  return { titleIndex, outlet, evidence };
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
  const first = lines[bodyStart];
  const afterFirst = nextOpenIndex(lines, bodyStart, headEvidence);
  if (
    first &&
    isHeadlineShaped(first.shape) &&
    first.shape.words <= LEADING_HEADLINE_MAX_WORDS &&
    afterFirst < lines.length &&
    isParagraphLike(lines[afterFirst]!.shape)
  ) {
    candidates.push(bodyStart);
  }
  if (!candidates.length) return null;

  const bodyWords = new Set<string>();
  for (let i = bodyStart; i <= bodyEnd && i < lines.length; i++) {
    if (i === bodyStart && candidates.includes(i)) continue;
    if (!lines[i]!.evidence) for (const w of contentWords(lines[i]!.key)) bodyWords.add(w);
  }
  let best: number | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const i of candidates) {
    const words = contentWords(lines[i]!.key);
    const overlap = words.length ? words.filter((w) => bodyWords.has(w)).length / words.length : 0;
    if (overlap < TITLE_MIN_OVERLAP) continue;
    const score = overlap - DISTANCE_PENALTY * Math.abs(bodyStart - i);
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

/**
 * "منصة السهل الإخبارية – نوى", "نوى – «الوادي»": a two-part head line where one side is an outlet by
 * its form (it starts with a word like شبكة/منصة/صحيفة, or stands in quotation marks) and the other
 * is short (a town the place list may not know).
 */
function detectOutletDateline(text: string, shape: LineShape): MetadataFinding | null {
  if (shape.words > 7 || shape.endsSentence) return null;
  const parts = text.split(/\s+[-–—|]\s+|\s*[–—|]\s*/u).map((p) => p.trim());
  if (parts.length !== 2) return null;
  outletHeads ??= readLexiconSet("lexicons/ar/outlet-heads.txt", matchKey);
  const looksLikeOutlet = (part: string) => {
    if (/^["«“].+["»”]$/u.test(part)) return true;
    const words = matchKey(part).split(" ");
    return words.length >= 2 && (outletHeads!.has(words[0]!) || outletHeads!.has(words[words.length - 1]!));
  };
  const short = (part: string) => part.split(/\s+/u).length <= 3 && !looksLikeOutlet(part);
  const [a = "", b = ""] = parts;
  if (looksLikeOutlet(a) && (short(b) || isKnownPlace(b))) return { kind: "dateline", value: cleanName(a) };
  if (looksLikeOutlet(b) && (short(a) || isKnownPlace(a))) return { kind: "dateline", value: cleanName(b) };
  return null;
}

/** The next line below `from` that is neither furniture nor metadata. */
export function nextOpenIndex(lines: readonly WorkingLine[], from: number, headEvidence: Map<number, Evidence>): number {
  for (let j = from + 1; j < lines.length; j++) {
    if (!(lines[j]!.evidence ?? headEvidence.get(j))) return j;
  }
  return lines.length;
}
