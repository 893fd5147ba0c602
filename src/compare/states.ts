// Opposed states: what two reports say of one thing's condition without either denying the other. «مضخات
// التعقيم متوقفة منذ خمسة أيام» against "the chlorination pumps had been running normally"; «يعمل بترخيص
// ساري المفعول» against «لم يحصل على أي ترخيص»; "no deaths had been recorded" against «طفل فارق الحياة».
// The states and their two poles are data (data/lexicons/{ar,en}/opposed-states.tsv); a pole form under a
// negation («لم تكن … سارية», "ruling out rain") reads as the other pole, and so does every form in what
// a source is reported to deny.
import { readLexiconRows } from "../core/lexicon.js";
import { lightStem, normalizeArabic, stripClitics } from "../text/index.js";
import { phrasesByKind } from "./phrases.js";

export interface StateReading {
  /** The state («operation», «validity», «life» …), as the lexicon names it. */
  readonly state: string;
  /** The pole the report gives it, negation applied. */
  readonly pole: string;
  /** The words read, as written: for the discrepancy's sentence. */
  readonly form: string;
  /** Whether the form was negated or denied, so that the pole is the other one than it names. */
  readonly negated: boolean;
}

interface Form {
  readonly state: string;
  readonly pole: string;
  readonly stems: readonly string[];
}

interface StateLexicon {
  /** Pole forms by their first stem, longest first. */
  readonly forms: ReadonlyMap<string, readonly Form[]>;
  /** State → its two poles. */
  readonly poles: ReadonlyMap<string, readonly string[]>;
  /** Negators by their first stem. */
  readonly negators: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Words a phrase may have between its own («لم يحصل على أي ترخيص», "without a licence"). */
  readonly fillers: ReadonlySet<string>;
  /** States one story gives one value only (the weather, a fire's cause): no shared wording needed. */
  readonly storyWide: ReadonlySet<string>;
}

/** A negation counts this many words before a pole form, within its clause. */
const NEGATION_REACH = 6;

/** Stems of words already seen: a story's lines repeat their words, and stemming is the cost here. */
const stemCache = new Map<string, string>();
const STEM_CACHE_SIZE = 50_000;

/** The stem a word is matched by: clitics and the article off, then the light stemmer. */
function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = lightStem(stripClitics(word, { article: true }).stem);
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

function stems(phrase: string): string[] {
  return words(normalizeArabic(phrase).toLowerCase()).map(stemOf);
}

/** The words of `text` as written, quotation marks and brackets taken out. */
function words(text: string): string[] {
  return text
    .replace(/[«»“”"()[\]…]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
}

let lexicon: StateLexicon | undefined;

function load(): StateLexicon {
  if (lexicon) return lexicon;
  const forms: Form[] = [];
  const poles = new Map<string, string[]>();
  const negators: string[][] = [];
  const fillers = new Set<string>();
  const storyWide = new Set<string>();
  // the negations every compare stage reads (negation-words.tsv: لم، لا، not, never; condition-cues.tsv:
  // عدم، دون، without) and this file's own: denial verbs («نفى», "denied", "ruling out")
  for (const [file, kind] of [
    ["negation-words", "negation"],
    ["condition-cues", "negator"],
  ] as const) {
    for (const phrase of phrasesByKind(file).get(kind) ?? []) negators.push(phrase.map(stemOf));
  }
  for (const lang of ["ar", "en"]) {
    for (const [kind, phrase] of readLexiconRows(`lexicons/${lang}/opposed-states.tsv`)) {
      if (!kind || !phrase) continue;
      if (kind === "negator") negators.push(stems(phrase));
      else if (kind === "filler") fillers.add(stemOf(phrase));
      else if (kind === "story-wide") storyWide.add(phrase.trim());
      else {
        const [state, pole] = kind.split("/");
        if (!state || !pole) continue;
        const list = poles.get(state) ?? [];
        if (!list.includes(pole)) list.push(pole);
        poles.set(state, list);
        forms.push({ state, pole, stems: stems(phrase) });
      }
    }
  }
  forms.sort((a, b) => b.stems.length - a.stems.length);
  const byFirst = <T>(items: readonly T[], stemsOf: (t: T) => readonly string[]) => {
    const out = new Map<string, T[]>();
    for (const item of items) {
      const first = stemsOf(item)[0];
      if (first !== undefined) out.set(first, [...(out.get(first) ?? []), item]);
    }
    return out;
  };
  lexicon = {
    forms: byFirst(forms, (f) => f.stems),
    poles,
    negators: byFirst(negators, (n) => n),
    fillers,
    storyWide,
  };
  return lexicon;
}

/** The two poles of each state (for tests and the lexicon's checks). */
export function statePoles(): ReadonlyMap<string, readonly string[]> {
  return load().poles;
}

/** Whether `state` has one value in a whole story (the weather, a fire's cause). */
export function isStoryWide(state: string): boolean {
  return load().storyWide.has(state);
}

/** Where `phrase` ends when it stands at token `i` (fillers allowed inside it), or -1. */
function matchAt(
  tokens: readonly string[],
  i: number,
  phrase: readonly string[],
  fillers: ReadonlySet<string>,
) {
  let k = i;
  for (let j = 0; j < phrase.length; j++) {
    if (j > 0) while (k < tokens.length && fillers.has(tokens[k]!) && tokens[k] !== phrase[j]) k++;
    if (tokens[k] !== phrase[j]) return -1;
    k++;
  }
  return k;
}

/**
 * The states `text` gives things, in order. With `denied`, the text is what a source denies: every
 * reading is turned to its other pole.
 */
export function findStates(text: string, denied = false): StateReading[] {
  const { forms, poles, negators, fillers } = load();
  const out: StateReading[] = [];
  // a negation reaches to the end of its clause, not past a comma or a full stop
  for (const clause of text.split(/[.،,;:!?؟]/u)) {
    const raw = words(clause);
    const tokens = raw.map((w) => stemOf(normalizeArabic(w).toLowerCase()));
    // negations as [first, after-last] token spans
    const negations: (readonly [number, number])[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (raw[i]!.toLowerCase().endsWith("n't")) negations.push([i, i + 1]);
      // the longest negator standing here, counted once: «من دون» is one negation, not «من دون» and «دون»
      let end = -1;
      for (const n of negators.get(tokens[i]!) ?? []) end = Math.max(end, matchAt(tokens, i, n, fillers));
      if (end > 0) {
        negations.push([i, end]);
        i = end - 1;
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      let matched: Form | undefined;
      let end = -1;
      for (const f of forms.get(tokens[i]!) ?? []) {
        end = matchAt(tokens, i, f.stems, fillers);
        if (end > 0) {
          matched = f;
          break;
        }
      }
      if (!matched) continue;
      // a negation wholly before the form, within reach; one the form begins inside («من دون ترخيص»:
      // the form «دون ترخيص») is the form's own
      const before = negations.filter(([first, after]) => after <= i && i - first <= NEGATION_REACH).length;
      const flipped = (before % 2 === 1) !== denied;
      const pole = flipped
        ? (poles.get(matched.state)!.find((p) => p !== matched.pole) ?? matched.pole)
        : matched.pole;
      out.push({ state: matched.state, pole, form: raw.slice(i, end).join(" "), negated: flipped });
      i = end - 1;
    }
  }
  return out;
}

/** The first pair of readings, one of each list, that give one state its two poles; or null. */
export function opposedReadings(
  a: readonly StateReading[],
  b: readonly StateReading[],
): readonly [StateReading, StateReading] | null {
  for (const x of a) {
    // a report that gives a state both poles («الخط يعمل والمضخة متوقفة») speaks of two things
    if (a.some((o) => o.state === x.state && o.pole !== x.pole)) continue;
    for (const y of b) {
      if (y.state !== x.state || y.pole === x.pole) continue;
      if (b.some((o) => o.state === y.state && o.pole !== y.pole)) continue;
      return [x, y];
    }
  }
  return null;
}
