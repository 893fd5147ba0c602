// Counts that are not an event's toll: parts of a group already counted («سبعة من السجناء الفارين», "two
// of them", data/lexicons/{ar,en}/partitive-cues.tsv), what a place holds («سوق يتسع لـ600 محل», "houses
// around 600 shops") and running totals over several events («الحصيلة الإجمالية», "a tally … to 42"),
// from data/lexicons/{ar,en}/count-scope-cues.tsv. None of them is a rival to a toll of the event.
import { readLexiconRows } from "../core/lexicon.js";
import type { Quantity } from "../core/types.js";
import { cueLexicon } from "../extract/quantities/index.js";
import { stripClitics } from "../text/clitics.js";
import { contentWords, normalizeArabic } from "../text/index.js";
import { TOLLS } from "./figures.js";
import { containsPhrase, phraseAt, phrasesByKind, phraseWords } from "./phrases.js";

type NextWord = (word: string) => boolean;

let cues: Map<string, NextWord> | undefined;

function norm(word: string): string {
  return normalizeArabic(word).toLowerCase();
}

function load(): Map<string, NextWord> {
  if (cues) return cues;
  cues = new Map();
  for (const lang of ["ar", "en"]) {
    for (const [word, next = "*"] of readLexiconRows(`lexicons/${lang}/partitive-cues.tsv`)) {
      if (!word) continue;
      let test: NextWord;
      if (next === "*") test = () => true;
      else if (next.endsWith("*")) {
        const prefix = norm(next.slice(0, -1));
        test = (w) => w.startsWith(prefix);
      } else {
        const words = new Set(next.split(",").map((w) => norm(w.trim())));
        test = (w) => words.has(w);
      }
      cues.set(norm(word), test);
    }
  }
  return cues;
}

let casualtyCues: ReadonlySet<string> | undefined;

let deathCues: ReadonlySet<string> | undefined;

function cueWords(categories: readonly string[]): Set<string> {
  return new Set(
    cueLexicon()
      .filter((c) => c.words.length === 1 && categories.includes(c.category))
      .map((c) => c.words[0]!.toLowerCase()),
  );
}

function inSet(set: ReadonlySet<string>, word: string | undefined): boolean {
  if (!word) return false;
  return set.has(word) || set.has(stripClitics(word, { article: true }).stem);
}

function isCasualtyWord(word: string | undefined): boolean {
  casualtyCues ??= cueWords([...TOLLS]);
  return inSet(casualtyCues, word);
}

/**
 * «بعد وفاة جريحين متأثرين بإصابتهما» (after two of the wounded died): wounded people counted right after
 * a death are the change between two tolls, neither a toll of the wounded nor of the dead.
 */
function woundedWhoDied(q: Quantity, before: string | undefined): boolean {
  if (q.category !== "people-injured") return false;
  deathCues ??= cueWords(["people-killed"]);
  return inSet(deathCues, before);
}

/**
 * Whether the word right before the count says it was killed or wounded: «قتل 18 من المهاجمين», "killed 18
 * of the attackers" give that toll, and «من» says of whom (ar/en quantity-cues.tsv, one-word cues). Not
 * when the group is itself a toll: «وفاة ثلاثة من المصابين» (three of the wounded died) is a part of it.
 */
function afterCasualtyCue(
  q: Quantity,
  before: string | undefined,
  lineText: string,
  lineStart: number,
): boolean {
  if (!isCasualtyWord(before)) return false;
  // the group is the word after «من»: «مقتل خمسة من المعتصمين وإصابة نحو ستين» counts protesters, and
  // the next clause's «وإصابة» is no part of it
  const group = phraseWords(lineText.slice(Math.max(0, q.end - lineStart))).slice(0, 2);
  return !group.some(isCasualtyWord);
}

/** Whether the count `q`, found in `lineText` (which starts at document offset `lineStart`), is a part. */
export function isPartitive(q: Quantity, lineText: string, lineStart: number): boolean {
  // the word right before the count
  const before = phraseWords(lineText.slice(0, Math.max(0, q.start - lineStart))).at(-1);
  if (woundedWhoDied(q, before)) return true;
  if (afterCasualtyCue(q, before, lineText, lineStart)) return false;
  // «19 سجيناً من السجن», «أربعة عناصر من التجمع»: a count that names its noun is a count of that noun,
  // and «من» after it says where from; only a bare number («سبعة من الفارين») is a part
  if (q.text.trim().split(/\s+/u).length > 1) return false;
  // a dual names its noun in one word: «كيلومترين من النقطة» (two kilometres from the post)
  if (q.unit && norm(q.text).includes(norm(q.unit))) return false;
  // the cue follows the number directly: «خمسة، بينهم …» is a breakdown after a total
  const match = /^\s+([^\s«»"“”(),،.:]+)\s+([^\s«»"“”(),،.:]+)?/u.exec(
    lineText.slice(Math.max(0, q.end - lineStart)),
  );
  if (!match) return false;
  const test = load().get(norm(match[1]!));
  return test?.(norm(match[2] ?? "")) ?? false;
}

let scopeCues: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;

/** Words before a figure within which a capacity cue («يتسع», "houses") or a subset cue ("among the dead
 * are") makes it no toll. */
const CAPACITY_REACH = 4;

/**
 * Whether the figure `q` counts something other than its event's toll: what a place holds («السوق الذي
 * يضم 600 محل», "houses around 600 shops") or a running total over several events («الحصيلة الإجمالية»,
 * "a tally … to 42"), from data/lexicons/{ar,en}/count-scope-cues.tsv.
 */
export function isOtherScope(q: Quantity, lineText: string, lineStart: number): boolean {
  scopeCues ??= phrasesByKind("count-scope-cues");
  const before = phraseWords(lineText.slice(0, Math.max(0, q.start - lineStart))).slice(-CAPACITY_REACH);
  if ((scopeCues.get("capacity") ?? []).some((c) => containsPhrase(before, c))) return true;
  // "Among the dead are six children", «ومن بين القتلى ثلاثة أطفال»: a breakdown of a toll given elsewhere
  if ((scopeCues.get("subset") ?? []).some((c) => containsPhrase(before, c))) return true;
  const all = phraseWords(lineText);
  if ((scopeCues.get("aggregate") ?? []).some((c) => containsPhrase(all, c))) return true;
  return isPartOfMore(q, lineText, lineStart, scopeCues.get("more") ?? []);
}

/** Words after a figure within which "more of the same" («إضافة إلى محلات متفرقة») may follow it. */
const MORE_REACH = 12;
/** Words after the cue within which the figure's own noun must stand. */
const MORE_NOUN_REACH = 3;

/**
 * «أتى على 95 محلاً في جناح الأقمشة، إضافة إلى محلات متفرقة في أجنحة أخرى»: a figure followed by "in
 * addition to" more of its own noun counts a part of the whole (95 of about 180 shops), not a rival total.
 * The noun must follow the cue: «قتل خمسة أشخاص، إضافة إلى تدمير منازل» adds something else.
 */
function isPartOfMore(
  q: Quantity,
  lineText: string,
  lineStart: number,
  cues: readonly (readonly string[])[],
): boolean {
  if (!q.unit || cues.length === 0) return false;
  const unit = contentWords(q.unit)[0];
  if (!unit) return false;
  const after = phraseWords(lineText.slice(Math.max(0, q.end - lineStart))).slice(0, MORE_REACH);
  for (let i = 0; i < after.length; i++) {
    const cue = cues.find((c) => phraseAt(after, i, c));
    if (!cue) continue;
    const next = after.slice(i + cue.length, i + cue.length + MORE_NOUN_REACH);
    if (next.some((w) => contentWords(w)[0] === unit)) return true;
  }
  return false;
}
