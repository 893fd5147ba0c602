// compare/: what the documents of a story say, side by side. Each document's lines become claim mentions
// (mentions.ts), aligned across documents into propositions (align.ts); a proposition becomes a claim of
// what is asserted and, when someone denies it, a claim of the denial (`negates` links them). Then the
// discrepancies inside each proposition (discrepancies.ts), the per-outlet view (outlets.ts) and the
// story's timeline.
import type {
  Claim,
  ClaimMentionRef,
  Discrepancy,
  Document,
  Extraction,
  Story,
  TimelineEntry,
} from "../core/types.js";
import { formatDate, fromDayNumber } from "../extract/times/calendar.js";
import type { StoryGroup } from "../stories/index.js";
import {
  type AlignOptions,
  alignMentions,
  cosine,
  defaultAlignOptions,
  mentionSimilarity,
  mentionVectors,
  type Vector,
} from "./align.js";
import { conditionConflict, type DescribedMention, findDiscrepancies } from "./discrepancies.js";
import { eventClasses, UNCLASSED } from "./frames.js";
import { type ClaimMention, claimMentions } from "./mentions.js";
import { outletViews } from "./outlets.js";

export { type AlignOptions, alignMentions, defaultAlignOptions } from "./align.js";
export { conditionsContradict, findConditions } from "./conditions.js";
export { figuresAgree, interval, sameMeasure } from "./figures.js";
export { type ClaimMention, claimMentions } from "./mentions.js";

const LABEL_CHARS = 160;
/** How much more alike than `negatesAt` a group of negative statements must be to what it negates. */
const NEGATIVE_STATEMENT_FACTOR = 4;

function isoDay(day: number): string {
  return formatDate(fromDayNumber(day));
}

function shorten(text: string): string {
  if (text.length <= LABEL_CHARS) return text;
  const cut = text.lastIndexOf(" ", LABEL_CHARS);
  return `${text.slice(0, cut > 40 ? cut : LABEL_CHARS)}…`;
}

/** The mention whose words the others share most: the group's most typical wording. */
function centralMention(group: readonly ClaimMention[]): ClaimMention {
  let best = group[0]!;
  let bestScore = -1;
  for (const m of group) {
    let score = 0;
    for (const o of group) if (o !== m) for (const w of m.words.keys()) if (o.words.has(w)) score++;
    // prefer the shorter wording at equal support: a label, not a paragraph
    const adjusted = score / Math.sqrt(1 + m.words.size);
    if (adjusted > bestScore) {
      bestScore = adjusted;
      best = m;
    }
  }
  return best;
}

function who(m: ClaimMention, document: Document | undefined): string {
  if (m.voice === "attributed" && m.speakers.length > 0) return m.speakers.join("، ");
  return document?.outlet ?? m.document;
}

function daysOf(group: readonly ClaimMention[]): string[] {
  const counts = new Map<number, number>();
  for (const m of group) for (const d of m.days) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([d]) => isoDay(d));
}

export function compareStory(
  group: StoryGroup,
  documents: readonly Document[],
  extractions: readonly Extraction[],
  options: Partial<AlignOptions> = {},
): Story {
  const settings = { ...defaultAlignOptions, ...options };
  const docOf = new Map(documents.map((d) => [d.id, d]));
  const xOf = new Map(extractions.map((x) => [x.documentId, x]));
  const members = group.documents.map((id) => docOf.get(id)).filter((d): d is Document => d !== undefined);
  const mentions = members.flatMap((d) => {
    const x = xOf.get(d.id);
    return x ? claimMentions(d, x) : [];
  });
  const vectors = mentionVectors(mentions, settings.idfPrior);
  const classes = mentions.map((m) => eventClasses(m.lineWords));
  const pick = (indexes: readonly number[], groups: number[][]) =>
    groups.map((g) => g.map((k) => indexes[k]!));
  const centroid = (g: readonly number[]): Vector => {
    const sum: Vector = new Map();
    for (const i of g) for (const [w, x] of vectors[i]!) sum.set(w, (sum.get(w) ?? 0) + x);
    const norm = Math.sqrt([...sum.values()].reduce((t, x) => t + x * x, 0)) || 1;
    for (const [w, x] of sum) sum.set(w, x / norm);
    return sum;
  };
  // negative statements («لم يطلق قذيفة واحدة», "we signed nothing") are aligned with the denials; they
  // count as denials only if their group turns out to negate an asserted proposition
  const alignStances = (asAssertion: ReadonlySet<number>) => {
    const isDenial = (i: number) =>
      mentions[i]!.stance === "denies" || (mentions[i]!.negated && !asAssertion.has(i));
    const asserting = mentions.map((_, i) => i).filter((i) => !isDenial(i));
    const denying = mentions.map((_, i) => i).filter((i) => isDenial(i));
    const assertGroups: number[][] = pick(
      asserting,
      alignMentions(
        asserting.map((i) => mentions[i]!),
        asserting.map((i) => classes[i]!),
        { ...settings, vectors: asserting.map((i) => vectors[i]!) },
      ),
    );
    mergeOverlapping(assertGroups);
    const denialGroups = pick(
      denying,
      alignMentions(
        denying.map((i) => mentions[i]!),
        denying.map(() => [UNCLASSED]),
        { ...settings, joinUnclassedAt: settings.joinDenialsAt, vectors: denying.map((i) => vectors[i]!) },
      ),
    );
    // each denial points at the asserted proposition it is most like: centroid to centroid, so that a
    // proposition many outlets word differently is judged on what they have in common
    const assertCentroids = assertGroups.map(centroid);
    const negated = new Map<number, number>();
    denialGroups.forEach((d, k) => {
      const denialCentroid = centroid(d);
      let best = -1;
      let bestScore = settings.negatesAt;
      assertCentroids.forEach((c, j) => {
        const score = cosine(denialCentroid, c);
        if (score >= bestScore) {
          bestScore = score;
          best = j;
        }
      });
      // a group of negative statements alone, with no explicit denial, must be much like what it negates
      const explicit = d.some((i) => mentions[i]!.stance === "denies");
      if (best >= 0 && (explicit || bestScore >= settings.negatesAt * NEGATIVE_STATEMENT_FACTOR))
        negated.set(k, best);
    });
    return { assertGroups, denialGroups, negated };
  };
  let aligned = alignStances(new Set());
  // negative statements whose group negates nothing are ordinary assertions: aligned again as such
  const unlinked = new Set(
    aligned.denialGroups.flatMap((g, k) =>
      aligned.negated.has(k) ? [] : g.filter((i) => mentions[i]!.negated),
    ),
  );
  if (unlinked.size > 0) aligned = alignStances(unlinked);
  const { assertGroups, denialGroups, negated } = aligned;

  const documentsCarrying = (g: readonly number[]) => new Set(g.map((i) => mentions[i]!.document)).size;
  const order = members.map((d) => d.id);
  const firstPlace = (g: readonly number[]) => {
    const m = mentions[g[0]!]!;
    return order.indexOf(m.document) * 100_000 + m.line;
  };
  // the propositions most documents carry first, then in reading order; each followed by its denials
  const assertOrder = assertGroups
    .map((_, j) => j)
    .sort(
      (x, y) =>
        documentsCarrying(assertGroups[y]!) - documentsCarrying(assertGroups[x]!) ||
        firstPlace(assertGroups[x]!) - firstPlace(assertGroups[y]!),
    );

  // negative statements in a group that negates something are denials; elsewhere they assert
  const asDenial = new Set<number>([...negated.keys()].flatMap((k) => denialGroups[k]!));
  const indexOf = new Map<ClaimMention, number>(mentions.map((m, i) => [m, i]));
  const mentionAt = (i: number): ClaimMention => {
    if (!(mentions[i]!.negated && asDenial.has(i))) return mentions[i]!;
    const copy: ClaimMention = { ...mentions[i]!, stance: "denies" };
    indexOf.set(copy, i);
    return copy;
  };
  const describe = (i: number): DescribedMention => ({
    mention: mentionAt(i),
    who: who(mentions[i]!, docOf.get(mentions[i]!.document)),
  });
  const ref = (d: DescribedMention): ClaimMentionRef => ({
    document: d.mention.document,
    line: d.mention.line,
    stance: d.mention.stance,
    voice: d.mention.voice,
    who: d.who,
  });
  const claims: Claim[] = [];
  const discrepancies: Discrepancy[] = [];
  const addClaim = (
    g: readonly number[],
    negates?: string,
  ): { id: string; label: string; described: DescribedMention[] } => {
    const described = g.map(describe);
    const id = `c${claims.length + 1}`;
    const label = shorten(centralMention(described.map((d) => d.mention)).text);
    claims.push({
      id,
      label,
      // one reference per line and stance: a line's explicit denial and its negative statement are one
      mentions: described
        .map(ref)
        .filter(
          (r, k, all) =>
            all.findIndex((o) => o.document === r.document && o.line === r.line && o.stance === r.stance) ===
            k,
        ),
      ...(negates ? { negates } : {}),
      dates: daysOf(described.map((d) => d.mention)),
    });
    return { id, label, described };
  };
  for (const j of assertOrder) {
    const asserted = addClaim(assertGroups[j]!);
    const denials = [...negated]
      .filter(([, target]) => target === j)
      .map(([k]) => addClaim(denialGroups[k]!, asserted.id));
    const found = findDiscrepancies(
      [...asserted.described, ...denials.flatMap((d) => d.described)],
      asserted.label,
      (a, b) => mentionSimilarity(a, vectors[indexOf.get(a)!]!, b, vectors[indexOf.get(b)!]!),
    );
    for (const d of found) discrepancies.push({ ...d, claims: [asserted.id, ...denials.map((x) => x.id)] });
  }
  denialGroups.forEach((g, k) => {
    if (!negated.has(k)) addClaim(g);
  });

  // conditions: compared across the whole story, since two reports of one deal's terms may have been
  // aligned into different claims
  const seen = new Set(
    discrepancies.map((d) =>
      d.between
        .map((b) => `${b.document}:${b.line}`)
        .sort()
        .join("|"),
    ),
  );
  const conditional = mentions.map((_, i) => i).filter((i) => mentions[i]!.conditions.length > 0);
  const claimsOf = (m: ClaimMention) =>
    claims
      .filter((c) => c.mentions.some((r) => r.document === m.document && r.line === m.line))
      .map((c) => c.id);
  for (let a = 0; a < conditional.length; a++) {
    for (let b = a + 1; b < conditional.length; b++) {
      const conflict = conditionConflict(describe(conditional[a]!), describe(conditional[b]!));
      if (!conflict) continue;
      const key = conflict.between
        .map((x) => `${x.document}:${x.line}`)
        .sort()
        .join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      const ids = [
        ...new Set([...claimsOf(mentions[conditional[a]!]!), ...claimsOf(mentions[conditional[b]!]!)]),
      ];
      discrepancies.push({ ...conflict, claims: ids });
    }
  }

  const timeline = buildTimeline(claims);
  const title =
    members.map((d) => d.title).find((t): t is string => Boolean(t)) ?? claims[0]?.label ?? group.id;
  return {
    id: group.id,
    key: group.key,
    earlier: group.earlier,
    title,
    documents: group.documents,
    claims,
    discrepancies,
    timeline,
    copies: group.copies,
    outlets: outletViews(members, claims),
  };
}

/** Mentions two groups must mostly share (Jaccard) to be one claim found under two event classes. */
const SAME_GROUP = 0.6;

/**
 * A line that names two event classes («غارة … أسفرت عن مقتل 14», a strike that killed 14) is aligned
 * under both; when the two groups hold mostly the same mentions they are one claim, merged in place.
 */
function mergeOverlapping(groups: number[][]): void {
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = new Set(groups[i]!);
      const b = groups[j]!;
      const shared = b.filter((x) => a.has(x)).length;
      if (shared / (a.size + b.length - shared) < SAME_GROUP) continue;
      groups[i] = [...a, ...b.filter((x) => !a.has(x))];
      groups.splice(j, 1);
      j = i;
    }
  }
}

function buildTimeline(claims: readonly Claim[]): TimelineEntry[] {
  const byDate = new Map<string, { claims: Set<string>; sources: Set<string> }>();
  for (const c of claims) {
    for (const date of c.dates) {
      const entry = byDate.get(date) ?? { claims: new Set(), sources: new Set() };
      entry.claims.add(c.id);
      for (const m of c.mentions) entry.sources.add(m.document);
      byDate.set(date, entry);
    }
  }
  return [...byDate]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([date, e]) => ({ date, claims: [...e.claims], sources: [...e.sources] }));
}

export function compareStories(
  groups: readonly StoryGroup[],
  documents: readonly Document[],
  extractions: readonly Extraction[],
): Story[] {
  return groups.map((g) => compareStory(g, documents, extractions));
}
