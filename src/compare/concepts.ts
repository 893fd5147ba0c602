// Concepts: the words of news in English and Arabic that name one action or thing, from
// data/lexicons/concepts.tsv ("escaped", «فرار», «هروب» → escape). A claim mention's content word that a
// concept lists brings one language-free token for the concept, so that an English and an Arabic report
// of the same event share more than their actors, figures and days (align.ts compares two reports in one
// language on their words alone).
import { readLexiconRows } from "../core/lexicon.js";
import { contentWords } from "../text/index.js";

/** The prefix of a concept token; like actor (@) and figure (#) tokens it belongs to no language. */
export const CONCEPT = "~";

interface ConceptLexicon {
  /** Content-word stem → concept id, for one-word forms. */
  readonly single: ReadonlyMap<string, string>;
  /** Forms of several words: every stem must be present («سيارة مفخخة», "car bomb"). */
  readonly multi: readonly { readonly stems: readonly string[]; readonly concept: string }[];
}

let lexicon: ConceptLexicon | undefined;

function load(): ConceptLexicon {
  if (lexicon) return lexicon;
  const single = new Map<string, string>();
  const multi: { stems: string[]; concept: string }[] = [];
  for (const [concept, english = "", arabic = ""] of readLexiconRows("lexicons/concepts.tsv")) {
    if (!concept) continue;
    for (const form of [...english.split("|"), ...arabic.split("|")]) {
      const stems = contentWords(form);
      const words = form.trim().split(/\s+/u).length;
      // a phrase reduced to one word by the stopword list or the length floor would match too much
      if (words > 1 && stems.length < 2) continue;
      if (stems.length === 1) {
        // a stem two concepts share is no evidence of either: the first listed keeps it
        if (!single.has(stems[0]!)) single.set(stems[0]!, concept);
      } else if (stems.length > 1) multi.push({ stems, concept });
    }
  }
  lexicon = { single, multi };
  return lexicon;
}

/** The concept a content-word stem names, or undefined. */
export function conceptOf(stem: string): string | undefined {
  return load().single.get(stem);
}

/**
 * `words` (content-word stems, in order), each followed by its concept's token when a concept lists it,
 * then a token for each several-word form whose stems all occur.
 */
export function withConcepts(words: readonly string[]): string[] {
  const { single, multi } = load();
  const out: string[] = [];
  for (const w of words) {
    out.push(w);
    const concept = single.get(w);
    if (concept) out.push(`${CONCEPT}${concept}`);
  }
  if (multi.length > 0) {
    const present = new Set(words);
    for (const m of multi) if (m.stems.every((s) => present.has(s))) out.push(`${CONCEPT}${m.concept}`);
  }
  return out;
}
