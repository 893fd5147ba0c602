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
import { contentWordSlots } from "../text/index.js";
import {
  type AlignOptions,
  alignMentions,
  type Centroid,
  centroidOf,
  centroidSimilarity,
  defaultAlignOptions,
  differentDays,
  figureSimilarity,
  mentionSimilarity,
  mentionVectors,
  stateSimilarity,
} from "./align.js";
import { CONCEPT } from "./concepts.js";
import {
  conditionConflict,
  type DescribedMention,
  figureMismatches,
  findDiscrepancies,
  linePairKey,
  lineRef,
  sameSource,
} from "./discrepancies.js";
import { addDatedHappenings, dateConflict } from "./event-days.js";
import { TOLLS } from "./figures.js";
import { eventClasses, UNCLASSED } from "./frames.js";
import { type ClaimMention, claimMentions } from "./mentions.js";
import { outletViews } from "./outlets.js";
import { addReferences } from "./references.js";
import { addSharedFigures } from "./shared-figures.js";
import { isStoryWide, opposedReadings, type StateReading } from "./states.js";

export { type AlignOptions, alignMentions, defaultAlignOptions } from "./align.js";
export { conditionsContradict, findConditions } from "./conditions.js";
export { figuresAgree, interval, sameMeasure } from "./figures.js";
export { type ClaimMention, claimMentions } from "./mentions.js";

const LABEL_CHARS = 160;
/** How much more alike than `negatesAt` a group of negative statements must be to what it negates. */
const NEGATIVE_STATEMENT_FACTOR = 4;
/** Similarity at or above which a denial contradicts an assertion aligned into another claim. */
const DIRECT_CONTRADICTION = 0.1;
const DIRECT_CONTRADICTION_ACROSS = 0.25;
/** Similarity of two reports that have some token in common beyond rounding noise. */
const SHARES_SOMETHING = 0.01;
/** Share of the similarity of a denial's likest assertion below which another is not what it denies. */
const DENIED_SHARE = 0.25;
/** Share of its best target's similarity at which a denial contradicts another proposition too. */
const NEAR_TARGET = 0.7;
/** Similarity at or above which two reports giving a thing opposed states are of one thing. */
const OPPOSED_STATE_SIMILARITY = 0.1;
/** Similarity at or above which figures of reports aligned into different claims are compared. */
const STORY_FIGURE_SIMILARITY = 0.12;

/** A state as a report gives it: its pole and the words read («stopped: "متوقفة"», «running: not "متوقفة"»). */
function stateText(r: StateReading): string {
  return `${r.pole} (${r.negated ? "not " : ""}«${r.form}»)`;
}

/**
 * Two adjacent content words of a text, as «stem stem»; a two-letter word may close a pair («الرصاص
 * الحي»), which content words otherwise leave out.
 */
function wordPairs(text: string): Set<string> {
  const stems = contentWordSlots(text, 2);
  const out = new Set<string>();
  for (let i = 0; i + 1 < stems.length; i++) {
    const [first, second] = [stems[i]!, stems[i + 1]!];
    if (first.length >= 3 && second) out.add(`${first} ${second}`);
  }
  return out;
}

/**
 * The words that open what a denial denies, where its object stands («استخدام الرصاص الحي في …»); a pair
 * further on is its setting («لم يتلقوا أي إنذار قبل انهيار السد» denies no collapse).
 */
const DENIED_HEAD_WORDS = 6;

/**
 * Whether a page's headline states in its own voice what a denial on another page denies, by the denied
 * phrase itself: «قوات الأمن تطلق الرصاص الحي على محتجين» against «نفى المتحدث … استخدام الرصاص الحي في
 * تفريق الاعتصام». A headline is short and worded apart from the body lines the denial is likest, so
 * likeness alone misses the most direct pair; two adjacent words of what is denied (not of who denies)
 * are the evidence, taken from the opening of what is denied.
 */
export function headlineAssertsDenied(a: ClaimMention, d: ClaimMention): boolean {
  if (a.role !== "title" || a.voice !== "outlet" || d.role !== "body" || a.language !== d.language)
    return false;
  const denied = new Set(
    d.reported.flatMap((content) => [
      ...wordPairs(content.split(/\s+/u).slice(0, DENIED_HEAD_WORDS).join(" ")),
    ]),
  );
  if (denied.size === 0) return false;
  for (const pair of wordPairs(a.text)) if (denied.has(pair)) return true;
  return false;
}

/** Whether a report gives a count of dead or wounded. */
function givesToll(m: ClaimMention): boolean {
  return m.figures.some((q) => TOLLS.has(q.category));
}

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

/**
 * Who a mention is given to: its speakers as written; for a speaker the line does not name («وأوضح أن …»)
 * but the page did earlier, the words that named that source (`named`); else the outlet.
 */
function who(m: ClaimMention, document: Document | undefined, named: ReadonlyMap<string, string>): string {
  if (m.voice === "attributed" && m.speakers.length > 0) return m.speakers.join("، ");
  const earlier = m.voice === "attributed" ? m.sources.map((s) => named.get(s)).find(Boolean) : undefined;
  return earlier ?? document?.outlet ?? m.document;
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
  // alignment reads a mention with its line's setting; discrepancies read what is reported only
  const alignVectors = mentionVectors(mentions, settings.idfPrior, (m) => m.context);
  // the words that first named each source, for its later reports that name nobody
  const namedSources = new Map<string, string>();
  for (const m of mentions)
    if (m.sources.length === 1 && m.speakers.length > 0 && !namedSources.has(m.sources[0]!))
      namedSources.set(m.sources[0]!, m.speakers[0]!);
  const classes = mentions.map((m) => eventClasses(m.lineWords));
  const lineOf = (i: number) => `${mentions[i]!.document}:${mentions[i]!.line}`;
  const pick = (indexes: readonly number[], groups: number[][]) =>
    groups.map((g) => g.map((k) => indexes[k]!));
  const centroid = (g: readonly number[]): Centroid =>
    centroidOf(
      g.map((i) => mentions[i]!),
      g.map((i) => vectors[i]!),
    );
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
        { ...settings, vectors: asserting.map((i) => alignVectors[i]!) },
      ),
    );
    mergeOverlapping(assertGroups);
    alsoStates(assertGroups, asserting, settings.alsoStatesAt);
    addReferences(assertGroups, asserting, mentions);
    addSharedFigures(assertGroups, asserting, mentions);
    addDatedHappenings(assertGroups, asserting, mentions);
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
    const negated = new Map<number, number>();
    const alsoNegated = new Map<number, number[]>();
    denialGroups.forEach((d, k) => {
      const denialCentroid = centroid(d);
      // a denial line's own assertion («نفى …، مؤكداً أن …») is worded like the denial but is the
      // denier's account, not what is denied: a proposition is judged without the denial's lines
      const ownLines = new Set(d.map(lineOf));
      const scores = assertGroups.map((g) => {
        const others = g.filter((i) => !ownLines.has(lineOf(i)));
        return others.length > 0 ? centroidSimilarity(denialCentroid, centroid(others)) : 0;
      });
      let best = -1;
      let bestScore = settings.negatesAt;
      scores.forEach((score, j) => {
        if (score >= bestScore) {
          bestScore = score;
          best = j;
        }
      });
      // a group of negative statements alone, with no explicit denial, must be much like what it negates,
      // and negate what that says: «لم يطلق قذيفة» against «أطلق قذائف», not «المياه لم تصلهم» against
      // «انقطاع المياه» (which it confirms)
      const explicit = d.some((i) => mentions[i]!.stance === "denies");
      const negatesIt = (j: number) => {
        const said = new Set(assertGroups[j]!.flatMap((i) => [...mentions[i]!.words.keys()]));
        return d.some((i) => mentions[i]!.negatedWords.some((w) => said.has(w)));
      };
      if (
        best >= 0 &&
        (explicit || (bestScore >= settings.negatesAt * NEGATIVE_STATEMENT_FACTOR && negatesIt(best)))
      ) {
        negated.set(k, best);
        // a denial contradicts as well the other propositions it is nearly as like: the same deal
        // announced in other words, which alignment kept apart
        const near = scores.flatMap((score, j) =>
          j !== best && explicit && score >= Math.max(settings.negatesAt, bestScore * NEAR_TARGET) ? [j] : [],
        );
        if (near.length > 0) alsoNegated.set(k, near);
      }
    });
    return { assertGroups, denialGroups, negated, alsoNegated };
  };
  // a mention as much like the members of a group it was not aligned into as `at`, on average, also
  // states that group's proposition: alignment puts each mention in one group per event class, but a
  // line may report two propositions of one class (the deal, and the exit it allowed)
  function alsoStates(groups: number[][], pool: readonly number[], at: number) {
    // the assertion of a line that also denies («نفى … وجود أي اتفاق، مؤكداً أن مقاتليه باقون») is the
    // denier's own account, worded like what it denies: it stays where alignment put it
    const denyingLines = new Set(mentions.flatMap((m, i) => (m.stance === "denies" ? [lineOf(i)] : [])));
    const additions: [number, number][] = [];
    groups.forEach((g, k) => {
      if (g.length < 2) return;
      const lines = new Set(g.map(lineOf));
      for (const i of pool) {
        if (lines.has(lineOf(i)) || denyingLines.has(lineOf(i))) continue;
        let sum = 0;
        for (const j of g)
          sum += mentionSimilarity(mentions[i]!, alignVectors[i]!, mentions[j]!, alignVectors[j]!);
        if (sum / g.length >= at) additions.push([k, i]);
      }
    });
    for (const [k, i] of additions) groups[k]!.push(i);
  }
  let aligned = alignStances(new Set());
  // negative statements whose group negates nothing are ordinary assertions: aligned again as such
  const unlinked = new Set(
    aligned.denialGroups.flatMap((g, k) =>
      aligned.negated.has(k) ? [] : g.filter((i) => mentions[i]!.negated),
    ),
  );
  if (unlinked.size > 0) aligned = alignStances(unlinked);
  const { assertGroups, denialGroups, negated, alsoNegated } = aligned;

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
  // each mention as the report of someone, made once: the loops below take them pair by pair
  const describedAll: DescribedMention[] = mentions.map((m, i) => ({
    mention: mentionAt(i),
    who: who(m, docOf.get(m.document), namedSources),
  }));
  const describe = (i: number): DescribedMention => describedAll[i]!;
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
  // figures are compared between reports alike enough to be of one event
  const similarity = (a: ClaimMention, b: ClaimMention) =>
    figureSimilarity(a, vectors[indexOf.get(a)!]!, b, vectors[indexOf.get(b)!]!);
  const assertedClaims = new Map<number, ReturnType<typeof addClaim>>();
  const denialClaims = new Map<number, ReturnType<typeof addClaim>>();
  for (const j of assertOrder) {
    const asserted = addClaim(assertGroups[j]!);
    assertedClaims.set(j, asserted);
    const denials = [...negated]
      .filter(([, target]) => target === j)
      .map(([k]) => {
        const denial = addClaim(denialGroups[k]!, asserted.id);
        denialClaims.set(k, denial);
        return denial;
      });
    const found = findDiscrepancies(
      [...asserted.described, ...denials.flatMap((d) => d.described)],
      asserted.label,
      similarity,
    );
    for (const d of found) discrepancies.push({ ...d, claims: [asserted.id, ...denials.map((x) => x.id)] });
  }
  denialGroups.forEach((g, k) => {
    if (!negated.has(k)) addClaim(g);
  });
  for (const [k, targets] of alsoNegated) {
    const denial = denialClaims.get(k)!;
    for (const j of targets) {
      const asserted = assertedClaims.get(j)!;
      const found = findDiscrepancies(
        [...asserted.described, ...denial.described],
        asserted.label,
        similarity,
      );
      for (const d of found)
        if (d.kind === "contradiction") discrepancies.push({ ...d, claims: [asserted.id, denial.id] });
    }
  }

  // conditions: compared across the whole story, since two reports of one deal's terms may have been
  // aligned into different claims
  const seen = new Set(discrepancies.map((d) => linePairKey(d.between)));
  const conditional = mentions.map((_, i) => i).filter((i) => mentions[i]!.conditions.length > 0);
  // the claims each line is a mention of (every claim is made by now)
  const claimsByLine = new Map<string, string[]>();
  for (const c of claims) {
    for (const r of c.mentions) {
      const key = `${r.document}:${r.line}`;
      const ids = claimsByLine.get(key) ?? [];
      if (!ids.includes(c.id)) ids.push(c.id);
      claimsByLine.set(key, ids);
    }
  }
  const claimsOf = (...ms: readonly ClaimMention[]): string[] => [
    ...new Set(ms.flatMap((m) => claimsByLine.get(`${m.document}:${m.line}`) ?? [])),
  ];
  for (let a = 0; a < conditional.length; a++) {
    for (let b = a + 1; b < conditional.length; b++) {
      const [i, j] = [conditional[a]!, conditional[b]!];
      const similarity = mentionSimilarity(mentions[i]!, vectors[i]!, mentions[j]!, vectors[j]!);
      // a refusal of any condition («دون أي شروط») contradicts a condition another report affirms when
      // the two share anything beyond the condition: words, actors, concepts, figures or days
      const related = similarity >= SHARES_SOMETHING;
      const conflict = conditionConflict(describe(i), describe(j), related);
      if (!conflict || seen.has(linePairKey(conflict.between))) continue;
      seen.add(linePairKey(conflict.between));
      discrepancies.push({
        ...conflict,
        claims: claimsOf(mentions[i]!, mentions[j]!),
      });
    }
  }

  // a denial worded much like an assertion aligned elsewhere contradicts it too: a denial group is
  // linked to one proposition, but a story may carry the denied claim in several wordings
  const pairKey = (x: ClaimMention, y: ClaimMention) => linePairKey([x, y]);
  const denyingAll = mentions.map((_, i) => i).filter((i) => mentionAt(i).stance === "denies");
  const assertingAll = mentions.map((_, i) => i).filter((i) => mentionAt(i).stance === "asserts");
  for (const i of denyingAll) {
    const d = describe(i);
    const candidates: { a: DescribedMention; similarity: number }[] = [];
    for (const j of assertingAll) {
      const a = describe(j);
      if (a.mention.document === d.mention.document && a.mention.line === d.mention.line) continue;
      // a source's own account beside its denial («نفى … وقال إن الموقع سوق») contradicts nobody
      if (sameSource(a, d)) continue;
      // on the denial's own page, what the outlet states itself is its account of the facts around the
      // denial, not the claim denied
      if (a.mention.document === d.mention.document && a.mention.voice === "outlet") continue;
      candidates.push({ a, similarity: mentionSimilarity(a.mention, vectors[j]!, d.mention, vectors[i]!) });
    }
    // what a denial denies is what it is most like; reports much less like it merely share its setting
    const best = Math.max(0, ...candidates.map((c) => c.similarity));
    for (const { a, similarity } of candidates) {
      // across languages only actors, figures, days and concepts are shared: more of them must be
      const floor =
        a.mention.language === d.mention.language ? DIRECT_CONTRADICTION : DIRECT_CONTRADICTION_ACROSS;
      if (similarity < Math.max(floor, best * DENIED_SHARE) && !headlineAssertsDenied(a.mention, d.mention))
        continue;
      if (seen.has(pairKey(a.mention, d.mention))) continue;
      seen.add(pairKey(a.mention, d.mention));
      const claimOfA = claims.find((c) =>
        c.mentions.some(
          (r) => r.document === a.mention.document && r.line === a.mention.line && r.stance === "asserts",
        ),
      );
      discrepancies.push({
        kind: "contradiction",
        description: `${a.who} asserts that ${claimOfA?.label ?? shorten(a.mention.text)}; ${d.who} denies it.`,
        between: [lineRef(a.mention), lineRef(d.mention)],
        claims: claimsOf(a.mention, d.mention),
      });
    }
  }

  // opposed states: one report gives a thing one pole of a state, another report of another source the
  // other («المضخات متوقفة» / "the pumps were running normally"), with no denial between them
  for (let i = 0; i < mentions.length; i++) {
    if (mentions[i]!.states.length === 0) continue;
    for (let j = i + 1; j < mentions.length; j++) {
      if (mentions[j]!.states.length === 0) continue;
      const [a, b] = [describe(i), describe(j)];
      // one source's two states on one page are its own account; two pages giving one source's words
      // opposite states disagree on what it said
      if (sameSource(a, b) && a.mention.document === b.mention.document) continue;
      if (differentDays(a.mention, b.mention) || seen.has(pairKey(a.mention, b.mention))) continue;
      const opposed = opposedReadings(a.mention.states, b.mention.states);
      if (!opposed) continue;
      // a state the story gives one value (the weather, a fire's cause) needs nothing more; any other
      // must be said of one thing: the two reports alike enough to be of one event
      const alike =
        stateSimilarity(a.mention, vectors[i]!, b.mention, vectors[j]!) >= OPPOSED_STATE_SIMILARITY;
      if (!isStoryWide(opposed[0].state) && !alike) continue;
      seen.add(pairKey(a.mention, b.mention));
      discrepancies.push({
        kind: "contradiction",
        description: `Opposite states (${opposed[0].state}): ${a.who} says ${stateText(opposed[0])}; ${b.who} says ${stateText(opposed[1])}.`,
        between: [lineRef(a.mention), lineRef(b.mention)],
        claims: claimsOf(a.mention, b.mention),
      });
    }
  }

  // one happening dated two ways: two pages' reports giving it («أفرج», "freed") days a day apart and
  // none in common (event-days.ts); no likeness is asked beyond the story and the happening, since reports
  // in two languages share little else (measured: no false alarm on nine sets)
  for (let i = 0; i < assertingAll.length; i++) {
    const x = assertingAll[i]!;
    if (mentions[x]!.eventDays.size === 0) continue;
    for (let k = i + 1; k < assertingAll.length; k++) {
      const y = assertingAll[k]!;
      const [a, b] = [describe(x), describe(y)];
      if (a.mention.document === b.mention.document || b.mention.eventDays.size === 0) continue;
      // sources are not compared: one source quoted by two pages with two dates is a conflict too
      if (seen.has(pairKey(a.mention, b.mention))) continue;
      // two tolls are counts on their days, not an event (12 dead on Monday evening, 19 by Tuesday)
      if (givesToll(a.mention) && givesToll(b.mention)) continue;
      const conflict = dateConflict(a.mention.eventDays, b.mention.eventDays);
      if (!conflict) continue;
      seen.add(pairKey(a.mention, b.mention));
      const [dx, dy] = conflict.days.map((d) => d.map(isoDay).join(", "));
      discrepancies.push({
        kind: "contradiction",
        description: `The date differs for the same event (${conflict.event.slice(CONCEPT.length)}): ${a.who} dates it ${dx}, ${b.who} ${dy}.`,
        between: [lineRef(a.mention), lineRef(b.mention)],
        claims: claimsOf(a.mention, b.mention),
      });
    }
  }

  // figures of one event reported in claims that were not aligned (a paraphrase, another language):
  // compared across the story when the reports are much alike and from different pages
  const withFigures = assertingAll.filter((i) => mentions[i]!.figures.length > 0);
  for (let x = 0; x < withFigures.length; x++) {
    for (let y = x + 1; y < withFigures.length; y++) {
      const [a, b] = [describe(withFigures[x]!), describe(withFigures[y]!)];
      if (a.mention.document === b.mention.document) continue;
      if (seen.has(pairKey(a.mention, b.mention))) continue;
      const found = figureMismatches(a, b, similarity, STORY_FIGURE_SIMILARITY);
      if (found.length === 0) continue;
      seen.add(pairKey(a.mention, b.mention));
      for (const f of found) discrepancies.push({ ...f, claims: claimsOf(a.mention, b.mention) });
    }
  }

  const timeline = buildTimeline(claims);
  // a pair found in two claims (a line aligned under two event classes) is one discrepancy
  const unique = new Map<string, Discrepancy>();
  for (const d of discrepancies) {
    const key = `${d.kind}|${linePairKey(d.between)}`;
    const held = unique.get(key);
    unique.set(key, held ? { ...held, claims: [...new Set([...held.claims, ...d.claims])] } : d);
  }
  // the most alike pairs first, as alignment judges likeness: a proposition's every asserting/denying pair
  // is a discrepancy, and a reader (like the report, which shows the first pairs of each group) should meet
  // the most direct ones first (gold discrepancies among the first fifth of a story's list, over nine sets:
  // 21 of 76 unordered, 42 of 76 so ordered)
  const mentionsOfLine = new Map<string, number[]>();
  mentions.forEach((_, i) => {
    const list = mentionsOfLine.get(lineOf(i));
    if (list) list.push(i);
    else mentionsOfLine.set(lineOf(i), [i]);
  });
  const likeness = (d: Discrepancy): number => {
    const [x, y] = d.between.map((b) => mentionsOfLine.get(`${b.document}:${b.line}`) ?? []);
    let best = 0;
    for (const i of x ?? [])
      for (const j of y ?? [])
        best = Math.max(best, mentionSimilarity(mentions[i]!, vectors[i]!, mentions[j]!, vectors[j]!));
    return best;
  };
  const ordered = [...unique.values()]
    .map((d) => ({ d, score: likeness(d) }))
    .sort((a, b) => b.score - a.score)
    .map(({ d }) => d);
  const title =
    members.map((d) => d.title).find((t): t is string => Boolean(t)) ?? claims[0]?.label ?? group.id;
  return {
    id: group.id,
    key: group.key,
    earlier: group.earlier,
    title,
    documents: group.documents,
    claims,
    discrepancies: ordered,
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
