// A candidate mention inside one line, before overlaps are settled, and the word tests the rules share.
// Rules run in order over a line (gazetteer, place heads, org heads, titles, given names, quotes,
// acronyms, references, English); later rules see earlier candidates through `LineState`, so «وزارة»
// followed by the gazetteer name «إنترفاكس» takes that name and its id.
import type { EntityType } from "../../../core/types.js";
import { isStopword } from "../../../text/stopwords.js";
import { demonymCountry, type EntityContext } from "../context.js";
import { isBareClitic, type LineTokens, QUOTES, type Tok } from "../line-tokens.js";
import { nextNameWord } from "../phrase-index.js";
import type { EntityMention, MentionKind, ReferenceSpec } from "../types.js";

export interface Candidate {
  readonly first: number;
  readonly last: number;
  /** Higher wins between overlapping candidates of one length. */
  readonly priority: number;
  readonly mention: EntityMention;
  /** Candidates inside this one kept with it: the place in «اللجنة الأمنية في درعا». */
  readonly children?: readonly Candidate[];
  /** Set on an ambiguous one-word gazetteer name that nothing has confirmed yet. */
  readonly unconfirmed?: boolean;
}

export interface LineState {
  readonly documentId: string;
  /** The document's text (offsets of tokens point into it). */
  readonly text: string;
  readonly lt: LineTokens;
  readonly context: EntityContext;
  readonly candidates: Candidate[];
  /**
   * Tokens that name an office's portfolio after a title: «الخارجية» in «وزير الخارجية الروسي». A
   * reference lying inside them («الخارجية», the foreign ministry, for ambiguous.tsv) is part of the
   * title, not a mention of the ministry.
   */
  readonly portfolio: Set<number>;
}

export interface MentionInit {
  readonly type: EntityType;
  readonly rule: string;
  readonly kind?: MentionKind;
  readonly gazetteerId?: string | null;
  readonly core?: string | null;
  readonly office?: readonly string[];
  readonly country?: string | null;
  readonly ref?: ReferenceSpec | null;
  readonly learnable?: boolean;
  readonly aliasOf?: string | null;
  /** Quote the first word whole: a given name that only looks like a proclitic and a stem («وليد»). */
  readonly keepClitic?: boolean;
}

/** Raw text of tokens first..last, the first without its proclitics: «وبالرقة» → «الرقة». */
export function surface(
  state: LineState,
  first: number,
  last: number,
  keepClitic = false,
): { text: string; start: number; end: number } {
  const toks = state.lt.tokens;
  const b = toks[last]!;
  const t = toks[first]!;
  const a = keepClitic ? { ...t, stem: t.norm, stemStart: t.start } : t;
  const full = state.text.slice(a.stemStart, b.stemEnd);
  // «للمرصد»: the stem's article lost its alef to the ل; write it back («المرصد»).
  const text =
    a.stem.startsWith("ال") && !a.raw.slice(a.stemStart - a.start).startsWith("ا") && a.stem !== a.norm
      ? `ا${full}`
      : full;
  return { text, start: a.stemStart, end: b.stemEnd };
}

export function makeCandidate(
  state: LineState,
  first: number,
  last: number,
  priority: number,
  init: MentionInit,
  children?: readonly Candidate[],
): Candidate {
  const { text, start, end } = surface(state, first, last, init.keepClitic);
  const mention: EntityMention = {
    line: state.lt.line.n,
    start,
    end,
    text,
    type: init.type,
    actor: null,
    rule: init.rule,
    kind: init.kind ?? "name",
    gazetteerId: init.gazetteerId ?? null,
    core: init.core ?? null,
    office: init.office ?? [],
    country: init.country ?? null,
    ref: init.ref ?? null,
    learnable: init.learnable ?? false,
    aliasOf: init.aliasOf ?? null,
  };
  return children?.length ? { first, last, priority, mention, children } : { first, last, priority, mention };
}

// ---- word tests (normalised forms) ----

/**
 * A word with the article: «الرقة», «بالرقة», «للمرصد». Read on the raw letters, since «إلكترونية»
 * (electronic) and «ألمانيا» (Germany) normalise to a leading «ال» too.
 */
export function isDefinite(t: Tok): boolean {
  if (!t.stem.startsWith("ال") || t.stem.length <= 3) return false;
  const raw = t.raw.slice(t.stemStart - t.start).replace(/[\u064b-\u065f\u0640]/gu, "");
  return raw.startsWith("ال") || (t.stem !== t.norm && raw.startsWith("ل")); // «للمرصد» lost its alef
}

/**
 * A nisba adjective: «السوري», «الروسية», «الديمقراطية», «الوطني» (raw, so «الكبرى» is not one). A
 * noun in «ـاية» is not: «حماية» (protection), «رواية» (account), «بداية» (start).
 */
export function isNisba(t: Tok): boolean {
  if (t.kind !== "word" || t.script !== "ar") return false;
  const raw = t.raw.replace(/[\u064b-\u065f\u0640]/gu, "");
  return t.stem.length >= 4 && /[^ا](?:ي|ية|يه|يين|يون)$/u.test(raw);
}

export function isWord(t: Tok | undefined): t is Tok {
  return !!t && t.kind === "word" && !isBareClitic(t);
}

/** «صفوفهم» (their ranks), «جهوزيتها» (its readiness): a word with a pronoun after it is no name. */
export function hasPronounSuffix(t: Tok): boolean {
  return t.script === "ar" && t.stem.length > 4 && /(?:هم|هما|هن|كم|كما|تها|تهم)$/u.test(t.stem);
}

export function isArabicStop(t: Tok): boolean {
  return isStopword(t.raw, "ar");
}

/** The next word of a name after token i, or -1 (see nextNameWord). */
export function nextWord(state: LineState, i: number): number {
  return nextNameWord(state.lt.tokens, i);
}

/** The word right after token i with nothing between, not even quotes; -1 otherwise. */
export function adjacentWord(state: LineState, i: number): number {
  const t = state.lt.tokens[i + 1];
  return t && t.kind === "word" ? i + 1 : -1;
}

/** Whether a quotation mark or bracket opens right before token i. */
export function quoteBefore(state: LineState, i: number): boolean {
  const t = state.lt.tokens[i - 1];
  return !!t && QUOTES.has(t.raw) && t.raw !== ")";
}

/** Candidates that start at token i, longest first. */
export function startingAt(state: LineState, i: number, accept?: (c: Candidate) => boolean): Candidate[] {
  return state.candidates
    .filter((c) => c.first === i && (!accept || accept(c)))
    .sort((a, b) => b.last - a.last || b.priority - a.priority);
}

/** The country named by a demonym token («الروسية» → russia), or null. */
export function demonymOf(state: LineState, t: Tok | undefined): string | null {
  if (t?.kind !== "word") return null;
  return demonymCountry(state.context, t.stem);
}

export type { LineTokens, Tok };
