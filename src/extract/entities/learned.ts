// Names learnt from the batch itself: a name a pattern found in one place is recognised everywhere else
// in the batch. «مدينة نوى» teaches «نوى» for «نوي: 30 قتيلاً»; «قوات حوران الديمقراطية (قحد)» teaches
// «قحد» for «وقالت قحد»; «سيرغي لافروف» teaches the surname «لافروف» for «وتابع لافروف». A long
// surname is also found with one long vowel more or less, as transliterations vary: «زاخروفا» is
// «زاخاروفا» (Zakharova). Learnt names never include function words, titles or head words. Two kinds are
// held back: a surname without the article («عودة», Odeh, also «return») is a name only in the page that
// gave the full name, and a one-word definite place («الوحدة» of «حي الوحدة», also «unity») only after
// a place cue.
import type { EntityType } from "../../core/types.js";
import { isStopword } from "../../text/stopwords.js";
import type { EntityContext } from "./context.js";
import { heavyFold, phraseWords } from "./name-keys.js";
import { PhraseIndex } from "./phrase-index.js";
import {
  adjacentWord,
  type Candidate,
  demonymOf,
  isDefinite,
  isNisba,
  isWord,
  type LineState,
  makeCandidate,
  quoteBefore,
} from "./rules/candidate.js";
import type { EntityMention, MentionKind } from "./types.js";

export interface LearnedName {
  readonly text: string;
  readonly type: EntityType;
  readonly gazetteerId: string | null;
  readonly kind: MentionKind;
  readonly aliasOf: string | null;
  /** The full name a surname was taken from («سيرغي لافروف» for «لافروف»), else null. */
  readonly fullName: string | null;
  /** The documents where the name is one, or null for the whole batch. */
  readonly onlyIn: ReadonlySet<string> | null;
  /** Recognised only after a place cue (a locative word, «ب», quotation marks). */
  readonly needsCue: boolean;
}

export interface LearnedNames {
  readonly index: PhraseIndex<LearnedName>;
  /** Heavy-folded long surnames → the name, for «زاخروفا» ~ «زاخاروفا». */
  readonly fuzzy: ReadonlyMap<string, LearnedName>;
}

/** The mentions one document yielded. */
export interface PageMentions {
  readonly documentId: string;
  readonly mentions: readonly EntityMention[];
}

/** Below the head rules (40): on one span, «اللجنة الأمنية في درعا» found by its head keeps its place. */
export const LEARNED_PRIORITY = 38;
/** Shortest surname (letters) matched with a long vowel more or less. */
export const FUZZY_SURNAME_MIN_LENGTH = 7;

const PLACES = new Set<EntityType>(["GPE", "LOC", "FAC"]);

function plainWord(context: EntityContext, word: string): boolean {
  const lex = context.lexicons;
  if (isStopword(word, "ar") || isStopword(word, "en") || lex.nameBlockers.has(word)) return false;
  return !(
    lex.arTitles.lookup(word).length ||
    lex.arOrgHeads.lookup(word).length ||
    lex.arPlaceHeads.lookup(word).length ||
    lex.arJudgement.lookup(word).length ||
    lex.arRoles.lookup(word).length ||
    lex.enTitles.lookup(word).length ||
    lex.enOrgHeads.has(word) ||
    lex.givenNames.has(word)
  );
}

/** The surname of a person's name: the words after the first unit («بن سلمان» stays whole). */
function surnames(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const out = [last];
  const before = words[words.length - 2]!;
  if (["بن", "al", "el", "bin", "ibn"].includes(before) && words.length > 2) {
    out[0] = `${before} ${last}`;
    if (before === "al" || before === "el") out.push(last); // "al-Masalma" and "Masalma"
  }
  return out;
}

function rank(m: EntityMention): number {
  if (m.rule === "outlet") return 0;
  return m.kind === "acronym" && !m.aliasOf ? 2 : 1;
}

export function learnNames(pages: readonly PageMentions[], context: EntityContext): LearnedNames {
  const index = new PhraseIndex<LearnedName>();
  const fuzzy = new Map<string, LearnedName>();
  const byKey = new Map<string, LearnedName>();
  const add = (text: string, name: LearnedName): void => {
    const words = phraseWords(text);
    const key = words.join(" ");
    if (!key) return;
    const seen = byKey.get(key);
    if (seen) {
      // the same surname from another page: one more page where it is a name
      if (seen.onlyIn && name.onlyIn && seen.fullName && name.fullName) {
        byKey.set(key, { ...seen, onlyIn: new Set([...seen.onlyIn, ...name.onlyIn]) });
      }
      return;
    }
    if (words.length === 1 && (!plainWord(context, key) || key.length < 3)) return;
    byKey.set(key, name);
  };
  // Names before acronyms and surnames: a place or a body wins over a word in capitals ("NAWA") or a
  // person's surname spelt alike; names the outlets of the batch carry come first.
  const all = pages
    .flatMap((p) => p.mentions.map((m) => ({ m, doc: p.documentId })))
    .sort((a, b) => rank(a.m) - rank(b.m));
  for (const { m } of all) {
    if (m.kind === "reference" || !m.learnable) continue;
    const needsCue = (text: string) => {
      const w = phraseWords(text);
      return PLACES.has(m.type) && !m.gazetteerId && w.length === 1 && w[0]!.startsWith("ال");
    };
    const base = { type: m.type, gazetteerId: m.gazetteerId, fullName: null, onlyIn: null };
    add(m.text, { ...base, text: m.text, kind: m.kind, aliasOf: m.aliasOf, needsCue: needsCue(m.text) });
    if (m.core && !m.gazetteerId) {
      add(m.core, { ...base, text: m.core, kind: "name", aliasOf: null, needsCue: needsCue(m.core) });
    }
  }
  for (const { m, doc } of all) {
    if (m.type !== "PERSON" || m.kind !== "name") continue;
    const words = phraseWords(m.text);
    // Only names whose first word is surely a name teach a surname: «سيرغي لافروف», «أبو خالد المحاميد»,
    // not «الأدميرال غريغورفيتش صواريخ» (… missiles), a title before two unknown words.
    const head = words[0] ?? "";
    if (!m.gazetteerId && !context.lexicons.givenNames.has(head) && !/^(?:عبد|ابو|ام)/u.test(head)) continue;
    for (const surname of surnames(words)) {
      const local = !m.gazetteerId && !/^(?:ال|al |el )/u.test(surname);
      add(surname, {
        text: surname,
        type: "PERSON",
        gazetteerId: m.gazetteerId,
        kind: "name",
        aliasOf: null,
        fullName: m.text,
        onlyIn: local ? new Set([doc]) : null,
        needsCue: false,
      });
    }
  }
  for (const name of byKey.values()) {
    index.add(name.text, name);
    // «زاخروفا» ~ «زاخاروفا»; not «الجنوبي» (southern) ~ «الجنابي», an Arabic surname with its article
    const one = phraseWords(name.text);
    if (
      name.fullName &&
      one.length === 1 &&
      !one[0]!.startsWith("ال") &&
      one[0]!.length >= FUZZY_SURNAME_MIN_LENGTH
    ) {
      fuzzy.set(heavyFold(one[0]!), name);
    }
  }
  return { index, fuzzy };
}

/** A place cue before token i, and no adjective after it that makes it a common noun («الوحدة الوطنية»). */
function cued(state: LineState, i: number): boolean {
  const next = state.lt.tokens[adjacentWord(state, i)];
  if (next && isDefinite(next) && isNisba(next) && !demonymOf(state, next)) return false;
  if (quoteBefore(state, i) || state.lt.tokens[i]!.prefixes.includes("ب")) return true;
  for (let k = i - 1; k >= 0; k--) {
    const p = state.lt.tokens[k]!;
    if (p.kind === "word") return state.context.locatives.has(p.stem);
  }
  return false;
}

/** Rule: learnt names in a line (after the gazetteer, before the head rules). */
export function learnedRule(state: LineState, learned: LearnedNames): void {
  const toks = state.lt.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t)) continue;
    const m = learned.index.matchAt(toks, i);
    let name: LearnedName | undefined = m?.payloads[0];
    let last = m?.last ?? i;
    let whole = !m?.viaStem;
    if (!name && t.script === "ar") {
      // as written first: «بوغدنوفيتش» is not ب + «وغدنوفيتش»
      for (const form of [t.norm, t.stem]) {
        if (name || form.length < FUZZY_SURNAME_MIN_LENGTH) continue;
        name = learned.fuzzy.get(heavyFold(form));
        whole = form === t.norm;
      }
      last = i;
    }
    if (!name || (name.onlyIn && !name.onlyIn.has(state.documentId))) continue;
    if (t.script === "latin" && !t.cap) continue; // "Apple" the company is not "apple"
    const candidate: Candidate = makeCandidate(state, i, last, LEARNED_PRIORITY, {
      type: name.type,
      rule: name.fullName ? "learned:surname" : "learned",
      kind: name.kind,
      gazetteerId: name.gazetteerId,
      aliasOf: name.aliasOf,
      keepClitic: whole,
    });
    state.candidates.push(name.needsCue && !cued(state, i) ? { ...candidate, unconfirmed: true } : candidate);
  }
}
