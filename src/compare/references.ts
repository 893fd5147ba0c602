// Reports that point back at a proposition stated above them on their page: «اعتبر لافروف أن هذا الاتفاق
// يظهر عدم كفاءة التنسيق» (this agreement: the one the page has just reported), «تؤكد هذه المعلومات»,
// "the ministry confirmed these reports". Such a report is also a mention of what it points at, though it
// shares few words with it. The demonstratives and nouns are data/lexicons/{ar,en}/claim-references.tsv.
import { readLexiconRows } from "../core/lexicon.js";
import { stripClitics } from "../text/clitics.js";
import { contentWords } from "../text/index.js";
import type { ClaimMention } from "./mentions.js";
import { phraseWords } from "./phrases.js";

interface ReferenceLexicon {
  readonly demonstratives: ReadonlySet<string>;
  /** A noun as written (normalised) → its content-word stem, as mentions' `lineWords` hold it. */
  readonly nouns: ReadonlyMap<string, string>;
}

let lexicon: ReferenceLexicon | undefined;

function load(): ReferenceLexicon {
  if (lexicon) return lexicon;
  const demonstratives = new Set<string>();
  const nouns = new Map<string, string>();
  for (const lang of ["ar", "en"]) {
    for (const [kind, word = ""] of readLexiconRows(`lexicons/${lang}/claim-references.tsv`)) {
      const [written] = phraseWords(word);
      if (!written) continue;
      if (kind === "demonstrative") demonstratives.add(written);
      else if (kind === "noun") {
        const [stem] = contentWords(word);
        if (stem) nouns.set(written, stem);
      }
    }
  }
  lexicon = { demonstratives, nouns };
  return lexicon;
}

/** The stems of the nouns a line points back at with a demonstrative («هذا الاتفاق» → the stem of اتفاق). */
export function referredNouns(text: string): string[] {
  const { demonstratives, nouns } = load();
  const words = phraseWords(text);
  const out: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const stem = nouns.get(words[i]!);
    // «وبهذه المعلومات»: the demonstrative may carry a conjunction or a preposition
    if (stem && demonstratives.has(stripClitics(words[i - 1]!).stem) && !out.includes(stem)) out.push(stem);
  }
  return out;
}

/**
 * Adds each mention in `pool` that points back at a proposition («هذا الاتفاق») to the groups of the
 * nearest line above it on its page that names the noun it points with, when that line is in a group.
 */
export function addReferences(
  groups: number[][],
  pool: readonly number[],
  mentions: readonly ClaimMention[],
): void {
  const groupsOf = new Map<number, number[]>();
  groups.forEach((g, k) => {
    for (const i of g) groupsOf.set(i, [...(groupsOf.get(i) ?? []), k]);
  });
  // the mentions of one line (its sentences, its two stances) share its text: read it once
  const referredOf = new Map<string, string[]>();
  const additions: [number, number][] = [];
  for (const i of pool) {
    const m = mentions[i]!;
    const key = `${m.document}:${m.line}`;
    let referred = referredOf.get(key);
    if (!referred) {
      referred = referredNouns(m.text);
      referredOf.set(key, referred);
    }
    for (const stem of referred) {
      let nearest = -1;
      for (const j of pool) {
        const o = mentions[j]!;
        if (o.document !== m.document || o.line >= m.line || !o.lineWords.has(stem) || !groupsOf.has(j))
          continue;
        if (nearest < 0 || o.line > mentions[nearest]!.line) nearest = j;
      }
      if (nearest < 0) continue;
      for (const k of groupsOf.get(nearest)!) if (!groups[k]!.includes(i)) additions.push([k, i]);
    }
  }
  for (const [k, i] of additions) if (!groups[k]!.includes(i)) groups[k]!.push(i);
}
