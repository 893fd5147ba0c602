import type { Discrepancy, Quantity } from "../core/types.js";
import { differentDays, differentPeriods } from "./align.js";
import { conditionsContradict } from "./conditions.js";
import { figuresAgree, isTollRiseStem, sameMeasure, TOLLS } from "./figures.js";
import type { ClaimMention } from "./mentions.js";
import { containsPhrase, phrasesByKind, phraseWords } from "./phrases.js";

export interface DescribedMention {
  readonly mention: ClaimMention;
  /** Who the report belongs to, for sentences: the speakers, else the outlet. */
  readonly who: string;
}

/**
 * Cosine similarity at or above which two figure-carrying reports in one proposition are one event (0.12
 * until stop 16; 0.08 found five more rival figures on eleven sets and flagged no trap more).
 */
const SAME_EVENT_SIMILARITY = 0.08;

/** The line a mention stands on, as a discrepancy names it. */
export function lineRef(m: ClaimMention): { readonly document: string; readonly line: number } {
  return { document: m.document, line: m.line };
}

/**
 * Whether two reports are one source's: the same speaker as written, or a reporting actor in common.
 * A source's own account beside its denial contradicts nobody.
 */
export function sameSource(a: DescribedMention, b: DescribedMention): boolean {
  return a.who === b.who || sharesActor(a, b);
}

/** Whether two reports give a reporting actor in common (not merely the same words for who said them). */
function sharesActor(a: DescribedMention, b: DescribedMention): boolean {
  return a.mention.sources.some((s) => b.mention.sources.includes(s));
}

/** The two lines of a discrepancy as one key, in either order: «doc:line|doc:line». */
export function linePairKey(
  between: readonly { readonly document: string; readonly line: number }[],
): string {
  return between
    .map((b) => `${b.document}:${b.line}`)
    .sort()
    .join("|");
}

/**
 * The day a mention's count stands as of: the day its report says it was given («أعلنت مساء أمس الأحد
 * مقتل خمسة»), else the day its page was published (+∞ when unknown, so that no order can be claimed).
 * A count given on Sunday and printed on Monday is no later than another page's count of Sunday.
 */
function countedOn(m: ClaimMention): number {
  if (m.statedDays.length > 0) return Math.max(...m.statedDays);
  return m.published ?? Number.POSITIVE_INFINITY;
}

/** Whether a line reports its figure as a count that has grown («ارتفعت الحصيلة إلى», "rose to"). */
function reportsRise(m: ClaimMention): boolean {
  return [...m.words.keys()].some(isTollRiseStem);
}

let changeCues: ReadonlyMap<string, readonly (readonly string[])[]> | undefined;

/** A line's words for phrase matching, made once per mention: figures are compared pair by pair. */
const lineWordsOf = new WeakMap<ClaimMention, string[]>();

/**
 * Whether a line gives its count with a count-change cue of `kind` (count-change-cues.tsv): `fall`, a count
 * that has fallen («بعد أن كان ثمانية», "down from eight"); `dispute`, a count set against another source's
 * («الأرقام التي أعلنها الجيش بعيدة عن الواقع», "a far heavier toll than the one given by the military"),
 * which is then a rival figure, not an update.
 */
function givesChange(m: ClaimMention, kind: "fall" | "dispute"): boolean {
  changeCues ??= phrasesByKind("count-change-cues");
  let words = lineWordsOf.get(m);
  if (!words) {
    words = phraseWords(m.text);
    lineWordsOf.set(m, words);
  }
  return (changeCues.get(kind) ?? []).some((c) => containsPhrase(words, c));
}

/**
 * Likeness enough for two reports of one day's figures, when one of them says it disputes another count:
 * such a report names the event in few words of its own ("a far heavier toll than the military's").
 */
const DISPUTED_SIMILARITY = 0.05;

/**
 * Likeness enough for two reports of one measure that name the same day: within one story, a toll dated
 * to the day of another toll is of that day's event, however differently the two reports word it («قُتل
 * ثلاثة متظاهرين صباح اليوم الأحد» against «أعلنت التنسيقية مساء أمس الأحد مقتل خمسة»).
 */
const SAME_DAY_SIMILARITY = 0.05;

/**
 * The figure a line gives for each measure: the largest. Smaller ones of the same measure are its
 * breakdown («30 قتيلاً بينهم ثلاثة أطفال», 30 dead among them three children), not rival tolls.
 */
function headlineFigures(m: ClaimMention): Quantity[] {
  const best = new Map<string, Quantity>();
  for (const q of m.figures) {
    const key = `${q.category}|${q.unit ?? ""}`;
    const held = best.get(key);
    if (!held || (q.value ?? 0) > (held.value ?? 0)) best.set(key, q);
  }
  // one per category for people (the unit varies: «قتيلاً», «شخصاً»)
  const out: Quantity[] = [];
  for (const q of best.values()) {
    const same = out.findIndex((o) => sameMeasure(o, q));
    if (same < 0) out.push(q);
    else if ((q.value ?? 0) > (out[same]!.value ?? 0)) out[same] = q;
  }
  return out;
}

/**
 * The same condition affirmed by one report and negated by the other («بشرط أن يتوجهوا باتجاه تدمر» vs
 * «شريطة عدم توجههم إلى منطقة تدمر»), or null. Conditions are specific enough to be compared across
 * every report of a story, not only within one aligned claim.
 */
export function conditionConflict(
  x: DescribedMention,
  y: DescribedMention,
  sameProposition = false,
): Omit<Discrepancy, "claims"> | null {
  if (x.mention.document === y.mention.document && x.mention.line === y.mention.line) return null;
  for (const cx of x.mention.conditions) {
    const cy = y.mention.conditions.find((c) => conditionsContradict(cx, c, sameProposition));
    if (!cy) continue;
    const [yes, no] = cx.negated ? [y, x] : [x, y];
    const [yesText, noText] = cx.negated ? [cy.text, cx.text] : [cx.text, cy.text];
    return {
      kind: "contradiction",
      description: `The condition differs: ${yes.who} reports «${yesText}», ${no.who} reports the opposite, «${noText}».`,
      between: [lineRef(yes.mention), lineRef(no.mention)],
    };
  }
  return null;
}

export function findDiscrepancies(
  group: readonly DescribedMention[],
  claimLabel: string,
  similarity: (a: ClaimMention, b: ClaimMention) => number,
): Omit<Discrepancy, "claims">[] {
  const out: Omit<Discrepancy, "claims">[] = [];
  const seen = new Set<string>();
  const add = (d: Omit<Discrepancy, "claims">) => {
    const key = `${d.kind}|${linePairKey(d.between)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  };
  const asserting = group.filter((g) => g.mention.stance === "asserts");
  const denying = group.filter((g) => g.mention.stance === "denies");
  for (const d of denying) {
    for (const a of asserting) {
      // a line against itself («نفى …، مؤكداً أن …») is one source's account, not a contradiction; so is
      // what the denier goes on to say on the same page («ونفى … وأشار إلى أن فرق البلدية نفذت جولة كشف»)
      if (a.mention.document === d.mention.document && a.mention.line === d.mention.line) continue;
      if (a.mention.document === d.mention.document && sharesActor(a, d)) continue;
      add({
        kind: "contradiction",
        description: `${a.who} asserts that ${claimLabel}; ${d.who} denies it.`,
        between: [lineRef(a.mention), lineRef(d.mention)],
      });
    }
  }
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [x, y] = [group[i]!, group[j]!];
      if (x.mention.document === y.mention.document && x.mention.line === y.mention.line) continue;
      const conflict = conditionConflict(x, y, true);
      if (conflict) add(conflict);
      for (const m of figureMismatches(x, y, similarity, SAME_EVENT_SIMILARITY)) add(m);
    }
  }
  return out;
}

/**
 * Whether two reports each give the state of things on the day their page appeared, and those days
 * differ: «لا يزال البحث جاريا عن 15 مفقودا» on Monday's page about Monday, «تسعة ما زالوا مفقودين» on
 * Tuesday's about Tuesday. A story still unfolding has other figures the next day (the missing found,
 * the search widened); what a day apart would otherwise allow for (a night event dated either side of
 * midnight, "yesterday" on the next day's page) is a report dated to another day than its page.
 */
function statusOnTwoDays(a: ClaimMention, b: ClaimMention): boolean {
  if (a.published === null || b.published === null || a.published === b.published) return false;
  if (!a.days.includes(a.published) || !b.days.includes(b.published)) return false;
  return !a.days.some((d) => b.days.includes(d));
}

/**
 * The figures two asserting reports give for the same measure that cannot both be true, when the two
 * are of one event: no different days or periods, and worded alike at least `minSimilarity` (beyond
 * sharing an event class: the 25 May coalition strike on Mayadin and the 25 May Russian strike on a
 * convoy are both "strikes that killed"). A later "rose to" count is an update, not a rival.
 */
export function figureMismatches(
  x: DescribedMention,
  y: DescribedMention,
  similarity: (a: ClaimMention, b: ClaimMention) => number,
  minSimilarity: number,
): Omit<Discrepancy, "claims">[] {
  if (x.mention.stance !== "asserts" || y.mention.stance !== "asserts") return [];
  if (x.mention.figures.length === 0 || y.mention.figures.length === 0) return [];
  const disputed = givesChange(x.mention, "dispute") || givesChange(y.mention, "dispute");
  const sameDay = x.mention.days.some((d) => y.mention.days.includes(d));
  const needed = Math.min(
    minSimilarity,
    disputed ? DISPUTED_SIMILARITY : Number.POSITIVE_INFINITY,
    sameDay ? SAME_DAY_SIMILARITY : Number.POSITIVE_INFINITY,
  );
  if (
    differentDays(x.mention, y.mention) ||
    differentPeriods(x.mention, y.mention) ||
    (!disputed && statusOnTwoDays(x.mention, y.mention)) ||
    similarity(x.mention, y.mention) < needed
  )
    return [];
  const out: Omit<Discrepancy, "claims">[] = [];
  for (const fx of headlineFigures(x.mention)) {
    const fy = headlineFigures(y.mention).find((f) => sameMeasure(fx, f));
    if (!fy || figuresAgree(fx, fy)) continue;
    // "the toll rose to 19" against an earlier 17 is a later count, not a rival one
    const [larger, smaller] =
      (fx.value ?? 0) > (fy.value ?? 0) ? [x.mention, y.mention] : [y.mention, x.mention];
    // so is a larger toll of the dead or wounded in a later page: such counts only grow
    // (unless one of them disputes the other's count: «الأرقام التي أعلنها الجيش بعيدة عن الواقع»)
    const later = countedOn(smaller) < countedOn(larger);
    // (tolls only grow as days pass)
    const growing = TOLLS.has(fx.category) && Number.isFinite(countedOn(larger));
    if (!disputed && later && (reportsRise(larger) || growing)) continue;
    // and a smaller count in a later page that says it has fallen ("down from eight on Sunday")
    if (!disputed && countedOn(larger) < countedOn(smaller) && givesChange(smaller, "fall")) continue;
    out.push({
      kind: "figure-mismatch",
      description: `Figures differ for the same event: ${x.who} gives «${fx.text}», ${y.who} gives «${fy.text}» (${fx.category}).`,
      between: [lineRef(x.mention), lineRef(y.mention)],
    });
  }
  return out;
}
