// The content words of a document's title and body, for telling whether two documents report the same
// event before one lends the other its date: the content words of src/text/content-words.ts, which the
// story and claim stages compare on too.
import type { Document } from "../core/types.js";
import { contentWords } from "../text/content-words.js";

export function topicWords(document: Document): Set<string> {
  const words = new Set<string>();
  for (const line of document.lines) {
    if (line.role !== "body" && line.role !== "title") continue;
    for (const word of contentWords(line.text)) words.add(word);
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
