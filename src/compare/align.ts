// Aligning claim mentions across the documents of a story: mentions that state the same proposition
// are grouped by average-linkage clustering on IDF-weighted cosine similarity of their content words.
// Two mentions that name event days more than a day apart never join (the 30 May strike and the
// 25 May strike are two events however alike their words), and neither do clusters containing such a
// pair. Stance is not compared: a report and its denial are about the same proposition.
import { CONCEPT } from "./concepts.js";
import { UNCLASSED } from "./frames.js";
import type { ClaimMention } from "./mentions.js";

export interface AlignOptions {
  /** Average similarity at or above which two groups of mentions of one event class merge. */
  readonly joinAt: number;
  /** The same for mentions that name no listed event class (they share less than a class). */
  readonly joinUnclassedAt: number;
  /** Average similarity at or above which a group of such mentions joins the classed group it is most like. */
  readonly joinUnclassedToClassAt: number;
  /**
   * Denials are aligned among themselves (a story has few, and each denies one proposition however it
   * is worded) at this similarity, then linked to the asserted proposition they are most like, when
   * that similarity reaches `negatesAt`.
   */
  readonly joinDenialsAt: number;
  readonly negatesAt: number;
  /**
   * Average similarity to a group's members at or above which a mention aligned elsewhere is also a
   * mention of that group's proposition (asserted propositions only).
   */
  readonly alsoStatesAt: number;
  /** Pseudo-lines added to the document frequencies of a story's words (small stories). */
  readonly idfPrior: number;
  /** Above this many mentions a story is aligned in chunks by document order (bounded cost). */
  readonly maxMentions: number;
}

export const defaultAlignOptions: AlignOptions = {
  joinAt: 0.04,
  joinUnclassedAt: 0.1,
  joinUnclassedToClassAt: 0.12,
  joinDenialsAt: 0.01,
  negatesAt: 0.03,
  alsoStatesAt: 0.13,
  idfPrior: 8,
  maxMentions: 600,
};

/**
 * Factor on the similarity of reports in two languages, which share only actors, figures, days and concepts:
 * such tokens agree more readily than a whole wording, so their agreement counts for less.
 */
const CROSS_LANGUAGE = 0.5;

/** Factor on the similarity of two mentions that name different event days (without figures). */
const OTHER_DAY = 0.5;

/** Days apart beyond which two mentions report different events. */
const SAME_EVENT_DAYS = 1;

export type Vector = Map<string, number>;

/** Unit TF-IDF vectors of the mentions, document frequencies counted over their distinct lines. */
export function mentionVectors(
  mentions: readonly ClaimMention[],
  prior: number = defaultAlignOptions.idfPrior,
  wordsOf: (m: ClaimMention) => ReadonlyMap<string, number> = (m) => m.words,
): Vector[] {
  const lineKeys = new Map<string, Set<string>>();
  for (const m of mentions) {
    const key = `${m.document}:${m.line}`;
    const set = lineKeys.get(key) ?? new Set<string>();
    for (const w of wordsOf(m).keys()) set.add(w);
    lineKeys.set(key, set);
  }
  const df = new Map<string, number>();
  for (const words of lineKeys.values()) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = lineKeys.size + prior;
  return mentions.map((m) => {
    const v: Vector = new Map();
    let norm = 0;
    for (const [w, count] of wordsOf(m)) {
      const weight = (1 + Math.log(count)) * Math.log(n / (df.get(w)! + 0.5));
      if (weight <= 0) continue;
      v.set(w, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, weight] of v) v.set(w, weight / norm);
    return v;
  });
}

interface VectorParts {
  /** Actor (@), figure and day (#) and concept (~) tokens: what reports in two languages can share. */
  readonly universal: Vector;
  /** Everything but the concept tokens: the wording, compared between reports in one language. */
  readonly wording: Vector;
}

const partsCache = new WeakMap<Vector, VectorParts>();

function renormalised(v: Vector, keep: (w: string) => boolean): Vector {
  const out: Vector = new Map();
  let norm = 0;
  for (const [w, x] of v) {
    if (!keep(w)) continue;
    out.set(w, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [w, x] of out) out.set(w, x / norm);
  return out;
}

function partsOf(v: Vector): VectorParts {
  let parts = partsCache.get(v);
  if (!parts) {
    parts = {
      universal: renormalised(v, (w) => w[0] === "@" || w[0] === "#" || w[0] === CONCEPT),
      wording: renormalised(v, (w) => w[0] !== CONCEPT),
    };
    partsCache.set(v, parts);
  }
  return parts;
}

/** The centre of a group of mentions' vectors, in both parts. */
export interface Centroid {
  readonly wording: Vector;
  readonly universal: Vector;
  readonly languages: ReadonlySet<string>;
}

function meanDirection(vs: readonly Vector[]): Vector {
  const sum: Vector = new Map();
  for (const v of vs) for (const [w, x] of v) sum.set(w, (sum.get(w) ?? 0) + x);
  return renormalised(sum, () => true);
}

export function centroidOf(mentions: readonly ClaimMention[], vectors: readonly Vector[]): Centroid {
  return {
    wording: meanDirection(vectors.map((v) => partsOf(v).wording)),
    universal: meanDirection(vectors.map((v) => partsOf(v).universal)),
    languages: new Set(mentions.map((m) => m.language)),
  };
}

/**
 * How alike two groups are, centre to centre: on their wording when they have a language in common,
 * else on their universal part, discounted as for two mentions in two languages.
 */
export function centroidSimilarity(a: Centroid, b: Centroid): number {
  if ([...a.languages].some((l) => b.languages.has(l))) return cosine(a.wording, b.wording);
  return cosine(a.universal, b.universal) * CROSS_LANGUAGE;
}

/** Similarity of two mentions: on their wording in one language, on the universal part across two. */
function similarity(
  a: ClaimMention,
  va: Vector,
  b: ClaimMention,
  vb: Vector,
  acrossLanguages: number,
): number {
  if (a.language === b.language) return cosine(partsOf(va).wording, partsOf(vb).wording);
  return cosine(partsOf(va).universal, partsOf(vb).universal) * acrossLanguages;
}

/**
 * Similarity of two mentions for alignment. In one language, on their wording: concepts would only repeat
 * the words they stand for, and join synonyms of words that are better kept apart within a language
 * (measured: alignment got worse). Across two languages, on the universal part, discounted.
 */
export function mentionSimilarity(a: ClaimMention, va: Vector, b: ClaimMention, vb: Vector): number {
  return similarity(a, va, b, vb, CROSS_LANGUAGE);
}

/**
 * Similarity of two reports for comparing their figures: across languages without the discount.
 * Alignment discounts the few language-free tokens two such reports share; when the question is only
 * whether two tolls are of one event, those tokens are all the evidence there is.
 */
export function figureSimilarity(a: ClaimMention, va: Vector, b: ClaimMention, vb: Vector): number {
  return similarity(a, va, b, vb, 1);
}

/**
 * Similarity of two reports for judging whether they give one thing two states: in one language on all
 * their tokens, concepts included, since the two poles are often worded apart («مرخّص بالكامل» against «من
 * دون أي ترخيص» share only the concept of a licence); across languages as for figures.
 */
export function stateSimilarity(a: ClaimMention, va: Vector, b: ClaimMention, vb: Vector): number {
  return a.language === b.language ? cosine(va, vb) : similarity(a, va, b, vb, 1);
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y !== undefined) dot += x * y;
  }
  return dot;
}

/** Whether two mentions name event days, and none of one's is within a day of the other's. */
export function differentDays(a: ClaimMention, b: ClaimMention): boolean {
  if (a.days.length === 0 || b.days.length === 0) return false;
  return !a.days.some((x) => b.days.some((y) => Math.abs(x - y) <= SAME_EVENT_DAYS));
}

/** Whether two mentions name periods (days, months, years) of which none meets one of the other's. */
export function differentPeriods(a: ClaimMention, b: ClaimMention): boolean {
  if (a.periods.length === 0 || b.periods.length === 0) return false;
  return !a.periods.some(([a0, a1]) =>
    b.periods.some(([b0, b1]) => a0 - SAME_EVENT_DAYS <= b1 && b0 - SAME_EVENT_DAYS <= a1),
  );
}

/**
 * Two figure-carrying reports dated to different days are two events (the 30 May strike and the
 * 25 May one), never one claim. Other reports dated differently may still be one claim (a statement
 * made on Tuesday about Sunday's deal): their similarity is only lowered.
 */
function pairSimilarity(a: ClaimMention, b: ClaimMention, cos: number): number {
  if (!differentDays(a, b)) return cos;
  if (a.figures.length > 0 && b.figures.length > 0) return Number.NEGATIVE_INFINITY;
  return cos * OTHER_DAY;
}

/** Groups of mention indexes, each a proposition; every mention is in exactly one group. */
/**
 * Groups of mention indexes, each a proposition. `classes[i]` are the event classes of mention i
 * (frames.ts); a mention is aligned once per class, so it may be in several groups (one per class).
 */
export function alignMentions(
  mentions: readonly ClaimMention[],
  classes: readonly (readonly string[])[],
  options: Partial<AlignOptions> & { readonly vectors?: readonly Vector[] } = {},
): number[][] {
  const settings = { ...defaultAlignOptions, ...options };
  const v = options.vectors ?? mentionVectors(mentions, settings.idfPrior);
  const byClass = new Map<string, number[]>();
  mentions.forEach((_, i) => {
    for (const c of classes[i] ?? [UNCLASSED]) byClass.set(c, [...(byClass.get(c) ?? []), i]);
  });
  const groups: number[][] = [];
  const unclassedGroups: number[][] = [];
  for (const [cls, members] of byClass) {
    const joinAt = cls === UNCLASSED ? settings.joinUnclassedAt : settings.joinAt;
    // a very large story: align each chunk on its own so the cost stays cubic in the chunk only
    for (let start = 0; start < members.length; start += settings.maxMentions) {
      const chunk = members.slice(start, start + settings.maxMentions);
      for (const g of cluster(
        chunk.map((i) => mentions[i]!),
        chunk.map((i) => v[i]!),
        joinAt,
      )) {
        (cls === UNCLASSED ? unclassedGroups : groups).push(g.map((k) => chunk[k]!));
      }
    }
  }
  // a group naming no listed action joins the classed group it is most like, when that is as much as
  // `joinUnclassedToClassAt`: «استقبلت المستشفيات 412 حالة» (no action listed) beside «أكثر من 600 مصاب
  // راجعوا المستشفيات» (casualties, a strike's class), one claim about the number of cases
  for (const u of unclassedGroups) {
    let best = -1;
    let bestScore = settings.joinUnclassedToClassAt;
    groups.forEach((g, k) => {
      let sum = 0;
      for (const i of u)
        for (const j of g)
          sum += pairSimilarity(
            mentions[i]!,
            mentions[j]!,
            mentionSimilarity(mentions[i]!, v[i]!, mentions[j]!, v[j]!),
          );
      const avg = sum / (u.length * g.length);
      if (avg >= bestScore) {
        bestScore = avg;
        best = k;
      }
    });
    if (best >= 0) groups[best] = [...groups[best]!, ...u];
    else groups.push(u);
  }
  return groups;
}

function cluster(mentions: readonly ClaimMention[], v: readonly Vector[], joinAt: number): number[][] {
  const n = mentions.length;
  const sim: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    sim.push(new Float64Array(n));
    for (let j = 0; j < i; j++) {
      const s = pairSimilarity(
        mentions[i]!,
        mentions[j]!,
        mentionSimilarity(mentions[i]!, v[i]!, mentions[j]!, v[j]!),
      );
      sim[i]![j] = s;
      sim[j]![i] = s;
    }
  }
  // clusters as member lists; link[a][b] = sum of similarities between their members (−∞ if any pair may not join)
  let clusters: number[][] = mentions.map((_, i) => [i]);
  let link = sim.map((row) => Float64Array.from(row));
  for (;;) {
    let bestA = -1;
    let bestB = -1;
    let best = joinAt;
    for (let a = 0; a < clusters.length; a++) {
      for (let b = a + 1; b < clusters.length; b++) {
        const average = link[a]![b]! / (clusters[a]!.length * clusters[b]!.length);
        if (average >= best) {
          best = average;
          bestA = a;
          bestB = b;
        }
      }
    }
    if (bestA < 0) break;
    const merged = [...clusters[bestA]!, ...clusters[bestB]!];
    const keep = clusters.map((_, i) => i).filter((i) => i !== bestA && i !== bestB);
    const row = Float64Array.from(keep, (k) => link[bestA]![k]! + link[bestB]![k]!);
    const next = keep.map((k) =>
      Float64Array.from([...keep.map((j) => link[k]![j]!), row[keep.indexOf(k)]!]),
    );
    next.push(Float64Array.from([...row, 0]));
    clusters = [...keep.map((k) => clusters[k]!), merged];
    link = next;
  }
  return clusters;
}
