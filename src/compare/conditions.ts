// The condition a report attaches to a claim: «… ممراً آمناً شريطة عدم توجههم إلى منطقة تدمر» (a safe
// corridor, on condition they do NOT head to Palmyra) against «… بشرط أن يتوجهوا باتجاه تدمر» (on
// condition they DO head to Palmyra). The cue and negator words are data
// (data/lexicons/{ar,en}/condition-cues.tsv); the condition's content words are compared as stems.
import { readLexiconRows } from "../core/lexicon.js";
import { contentWords, normalizeArabic } from "../text/index.js";

export interface Condition {
  /** The condition as written, from its cue to the end of its clause. */
  readonly text: string;
  readonly negated: boolean;
  /** Content-word stems of the condition, negators and cue left out. */
  readonly words: readonly string[];
}

interface ConditionLexicon {
  readonly cues: readonly string[][];
  readonly negators: readonly string[][];
  /** Every word of every negator, left out of a condition's content words. */
  readonly negatorWords: ReadonlySet<string>;
}

let lexicon: ConditionLexicon | undefined;

function words(text: string): string[] {
  return normalizeArabic(text)
    .toLowerCase()
    .replace(/[«»“”"'()[\]،,.:;!?؟…]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
}

function load(): ConditionLexicon {
  if (lexicon) return lexicon;
  const cues: string[][] = [];
  const negators: string[][] = [];
  for (const lang of ["ar", "en"]) {
    for (const [kind, phrase] of readLexiconRows(`lexicons/${lang}/condition-cues.tsv`)) {
      if (!phrase) continue;
      (kind === "cue" ? cues : kind === "negator" ? negators : []).push(words(phrase));
    }
  }
  // longest first, so «في مقابل» wins over «مقابل» and "on the condition that" over "on condition"
  cues.sort((a, b) => b.length - a.length);
  negators.sort((a, b) => b.length - a.length);
  lexicon = { cues, negators, negatorWords: new Set(negators.flat()) };
  return lexicon;
}

const at = (tokens: readonly string[], i: number, phrase: readonly string[]) =>
  phrase.every((w, j) => tokens[i + j] === w || (tokens[i + j] === `و${w}` && j === 0));

/** Words of a condition: up to the end of its clause or this many words. */
const CONDITION_WORDS = 8;
/** A negator counts this many words into the condition, or this many before the cue. */
const NEGATOR_REACH = 3;

/** The conditions stated in `text` (a line or a clause), in order. */
export function findConditions(text: string): Condition[] {
  const { cues, negators, negatorWords } = load();
  const clauses = normalizeArabic(text)
    .toLowerCase()
    .split(/[.،,;!?؟]|\s-\s|\s–\s/u);
  const out: Condition[] = [];
  for (const clause of clauses) {
    const tokens = words(clause);
    for (let i = 0; i < tokens.length; i++) {
      const cue = cues.find((c) => at(tokens, i, c));
      if (!cue) continue;
      const body = tokens.slice(i + cue.length, i + cue.length + CONDITION_WORDS);
      const before = tokens.slice(Math.max(0, i - NEGATOR_REACH + 1), i);
      const negatedAt = (list: readonly string[], limit: number) =>
        list.some((_, k) => k < limit && negators.some((n) => at(list, k, n)));
      const negated = negatedAt(body, NEGATOR_REACH) || negatedAt(before, before.length);
      out.push({
        text: [...cue, ...body].join(" "),
        negated,
        words: contentWords(body.filter((w) => !negatorWords.has(w)).join(" ")),
      });
      i += cue.length + body.length - 1;
    }
  }
  return out;
}

/** Two conditions on the same matter that one affirms and the other negates. */
export function conditionsContradict(a: Condition, b: Condition): boolean {
  if (a.negated === b.negated) return false;
  return a.words.some((w) => b.words.includes(w));
}
