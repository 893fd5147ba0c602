// Phrase lexicons of the compare stage (condition cues, count-scope cues): rows of `kind <TAB> phrase` in
// data/lexicons/{ar,en}/NAME.tsv, matched word by word against normalised text.
import { readLexiconRows } from "../core/lexicon.js";
import { normalizeArabic } from "../text/index.js";

/** The words of `text` for phrase matching: normalised, lower-cased, punctuation taken out. */
export function phraseWords(text: string): string[] {
  return normalizeArabic(text)
    .toLowerCase()
    .replace(/[«»“”"'()[\]،,.:;!?؟…]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
}

/** Whether `phrase` stands in `tokens` at `i`; its first word may carry «و» (and). */
export function phraseAt(tokens: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, j) => tokens[i + j] === w || (j === 0 && tokens[i + j] === `و${w}`));
}

/** Whether `phrase` stands anywhere in `tokens`. */
export function containsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  return tokens.some((_, i) => phraseAt(tokens, i, phrase));
}

/** The phrases of both languages' `lexicons/{ar,en}/NAME.tsv`, by kind, as word lists, longest first. */
export function phrasesByKind(name: string): ReadonlyMap<string, readonly (readonly string[])[]> {
  const byKind = new Map<string, string[][]>();
  for (const lang of ["ar", "en"]) {
    for (const [kind, phrase] of readLexiconRows(`lexicons/${lang}/${name}.tsv`)) {
      if (!kind || !phrase) continue;
      byKind.set(kind, [...(byKind.get(kind) ?? []), phraseWords(phrase)]);
    }
  }
  // longest first, so «في مقابل» wins over «مقابل» and "on the condition that" over "on condition"
  for (const list of byKind.values()) list.sort((a, b) => b.length - a.length);
  return byKind;
}
