// The condition a report attaches to a claim: «… ممراً آمناً شريطة عدم توجههم إلى منطقة تدمر» (a safe
// corridor, on condition they do NOT head to Palmyra) against «… بشرط أن يتوجهوا باتجاه تدمر» (on
// condition they DO head to Palmyra). The cue and negator words are data
// (data/lexicons/{ar,en}/condition-cues.tsv); the condition's content words are compared as stems.

import { MIN_SKELETON, skeleton } from "../resolve/index.js";
import { contentWords, normalizeArabic } from "../text/index.js";
import { phraseAt, phrasesByKind, phraseWords } from "./phrases.js";

export interface Condition {
  /** The condition as written, from its cue to the end of its clause. */
  readonly text: string;
  readonly negated: boolean;
  /** Content-word stems of the condition, negators and cue left out. */
  readonly words: readonly string[];
  /** A refusal of any condition at all («من دون أي شروط», "without preconditions"): no matter named. */
  readonly blanket: boolean;
  /**
   * Consonant skeletons (the actor resolver's) of its words long enough to be names, by script: across
   * scripts a place or a name meets by its consonants, "Safsaf camp" and «معسكر الصفصاف». Read on the
   * words as written: the stemmer takes «ات» off «الشرفات».
   */
  readonly names: { readonly latin: readonly string[]; readonly arabic: readonly string[] };
}

/**
 * Fewest consonants a word of a condition needs for its skeleton to match across scripts: one more than a
 * name needs (MIN_SKELETON), since a condition is short and its words are common words more often than
 * names.
 */
const NAME_CONSONANTS = MIN_SKELETON + 1;

function namesOf(words: readonly string[]): Condition["names"] {
  const latin: string[] = [];
  const arabic: string[] = [];
  for (const w of words) {
    const s = skeleton(w);
    if (s.length >= NAME_CONSONANTS) (/[a-z]/u.test(w) ? latin : arabic).push(s);
  }
  return { latin, arabic };
}

interface ConditionLexicon {
  readonly cues: readonly (readonly string[])[];
  readonly negators: readonly (readonly string[])[];
  /** Words that, right before the cue, undo a negation before them («لن يفتح إلا بشرط»: only on condition). */
  readonly exceptions: ReadonlySet<string>;
  /** Every word of every negator, left out of a condition's content words. */
  readonly negatorWords: ReadonlySet<string>;
}

let lexicon: ConditionLexicon | undefined;

function load(): ConditionLexicon {
  if (lexicon) return lexicon;
  const phrases = phrasesByKind("condition-cues");
  const negators = phrases.get("negator") ?? [];
  lexicon = {
    cues: phrases.get("cue") ?? [],
    negators,
    exceptions: new Set((phrases.get("exception") ?? []).flat()),
    negatorWords: new Set(negators.flat()),
  };
  return lexicon;
}

/** Words of a condition: up to the end of its clause or this many words. */
const CONDITION_WORDS = 8;
/** A negator counts this many words into the condition, or this many before the cue. */
const NEGATOR_REACH = 3;

/** The conditions stated in `text` (a line or a clause), in order. */
export function findConditions(text: string): Condition[] {
  const { cues, negators, exceptions, negatorWords } = load();
  // a clause ends at punctuation and at a closing quotation mark: «"without any condition" and were …»
  const clauses = normalizeArabic(text)
    .toLowerCase()
    .split(/[.،,;!?؟»”]|"(?=\s|$)|\s-\s|\s–\s/u);
  const out: Condition[] = [];
  for (const clause of clauses) {
    const tokens = phraseWords(clause);
    for (let i = 0; i < tokens.length; i++) {
      const cue = cues.find((c) => phraseAt(tokens, i, c));
      if (!cue) continue;
      const body = tokens.slice(i + cue.length, i + cue.length + CONDITION_WORDS);
      const before = tokens.slice(Math.max(0, i - NEGATOR_REACH + 1), i);
      const negatedAt = (list: readonly string[], limit: number) =>
        list.some((_, k) => k < limit && negators.some((n) => phraseAt(list, k, n)));
      const excepted = before.length > 0 && exceptions.has(before[before.length - 1]!);
      const negated = negatedAt(body, NEGATOR_REACH) || (!excepted && negatedAt(before, before.length));
      const matter = contentWords(body.filter((w) => !negatorWords.has(w)).join(" "));
      out.push({
        text: [...cue, ...body].join(" "),
        negated,
        words: matter,
        blanket: negated && matter.length === 0,
        names: namesOf(body),
      });
      i += cue.length + body.length - 1;
    }
  }
  return out;
}

/**
 * Two conditions on the same matter that one affirms and the other negates. With `sameProposition`, a
 * refusal of any condition («أُفرج عنهم دون أي شروط») also contradicts a condition affirmed for the
 * same thing («بشرط الإفراج عن …»): the caller knows the two reports are of one proposition.
 */
export function conditionsContradict(a: Condition, b: Condition, sameProposition = false): boolean {
  if (a.negated === b.negated) return false;
  const [yes, no] = a.negated ? [b, a] : [a, b];
  if (no.blanket) return sameProposition && yes.words.length > 0;
  if (a.words.some((w) => b.words.includes(w))) return true;
  const across = (x: Condition, y: Condition) => x.names.latin.some((s) => y.names.arabic.includes(s));
  return across(a, b) || across(b, a);
}
