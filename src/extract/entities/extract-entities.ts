// Entity recognition for one document, without any model: the rules in ./rules run in order over each
// title and body line, then overlaps are settled (longest first, then the rule's priority), the way
// spaCy's SpanRuler filters overlapping spans. Times and figures found in the line are barriers: a
// name never runs into «مساء أمس» (yesterday evening) or «30 قتيلا».
import type { Document } from "../../core/types.js";
import type { EntityContext } from "./context.js";
import { type LearnedNames, learnedRule } from "./learned.js";
import { lineTokens } from "./line-tokens.js";
import type { Candidate, LineState } from "./rules/candidate.js";
import { englishRule } from "./rules/english.js";
import { gazetteerRule } from "./rules/gazetteer.js";
import { orgHeadRule } from "./rules/org-heads.js";
import { givenNameRule, titleRule } from "./rules/persons.js";
import { placeHeadRule } from "./rules/place-heads.js";
import { quotedRule } from "./rules/quoted.js";
import { referenceRule } from "./rules/references.js";
import type { EntityMention } from "./types.js";

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface ExtractEntitiesOptions {
  /** Spans no name may overlap: the document's times and quantities (offsets into its text). */
  readonly barriers?: readonly Span[];
  /** Names the batch taught (second pass, see learned.ts). */
  readonly learned?: LearnedNames;
}

/**
 * Keep the longest candidates that do not overlap, then the children of those kept. Unconfirmed
 * candidates and references inside an office title (`portfolio`) are left out.
 */
export function settleOverlaps(
  candidates: readonly Candidate[],
  portfolio: ReadonlySet<number> = new Set(),
): Candidate[] {
  const inTitle = (c: Candidate): boolean => {
    if (c.mention.kind !== "reference") return false;
    for (let k = c.first; k <= c.last; k++) if (!portfolio.has(k)) return false;
    return true;
  };
  const ordered = candidates
    .filter((c) => !c.unconfirmed && !inTitle(c))
    .sort((a, b) => b.last - b.first - (a.last - a.first) || b.priority - a.priority || a.first - b.first);
  const kept: Candidate[] = [];
  const taken = (c: Candidate, among: readonly Candidate[]) =>
    among.some((k) => c.first <= k.last && k.first <= c.last);
  for (const c of ordered) if (!taken(c, kept)) kept.push(c);
  const children: Candidate[] = [];
  for (const c of kept) for (const child of c.children ?? []) children.push(child);
  return [...kept, ...children].sort(
    (a, b) => a.mention.start - b.mention.start || a.mention.end - b.mention.end,
  );
}

/** The entity mentions of one document's title and body lines, in text order; `actor` is null. */
export function extractEntities(
  document: Document,
  context: EntityContext,
  options: ExtractEntitiesOptions = {},
): EntityMention[] {
  const barriers = options.barriers ?? [];
  const out: EntityMention[] = [];
  for (const lt of lineTokens(document)) {
    const state: LineState = {
      documentId: document.id,
      text: document.text,
      lt,
      context,
      candidates: [],
      portfolio: new Set(),
    };
    const blocked = lt.tokens.map((t) => barriers.some((b) => t.start < b.end && b.start < t.end));
    const barrier = (j: number): boolean => blocked[j] ?? false;
    gazetteerRule(state);
    if (options.learned) learnedRule(state, options.learned);
    placeHeadRule(state);
    orgHeadRule(state, barrier);
    titleRule(state, barrier);
    givenNameRule(state, barrier);
    quotedRule(state);
    referenceRule(state, "ar");
    englishRule(state);
    for (const c of settleOverlaps(state.candidates, state.portfolio)) out.push(c.mention);
  }
  return out;
}
