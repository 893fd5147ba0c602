// The content words of a document's title and body, for telling whether two documents report the same
// event before one lends the other its date. Function words, clitics and the article are taken away;
// short words (two letters) carry no topic.
import type { Document } from "../core/types.js";
import { isStopword, normalizeArabic, stripClitics } from "../text/index.js";

const MIN_LETTERS = 3;

export function topicWords(document: Document): Set<string> {
  const words = new Set<string>();
  for (const line of document.lines) {
    if (line.role !== "body" && line.role !== "title") continue;
    for (const raw of normalizeArabic(line.text).split(/[^\p{L}]+/u)) {
      const stem = stripClitics(raw, { article: true }).stem;
      if (stem.length < MIN_LETTERS || isStopword(stem, "ar") || isStopword(stem, "en")) continue;
      words.add(stem);
    }
  }
  return words;
}

/** Shared words over the smaller vocabulary: 1 when one text's words are all in the other. */
export function topicOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const word of small) if (large.has(word)) shared++;
  return shared / small.size;
}
