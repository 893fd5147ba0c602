// Cross-document evidence: a short line that several different pages carry ("اترك رد", "Tweet",
// "تابعونا على تلغرام") is furniture of the site or the CMS, whatever it says. Counting is over
// the batch being analysed plus, when the store is available, the pages analysed before.
import { matchKey } from "../text/match-key.js";

/** How many distinct documents carry a line with this key, including the one asking. */
export type LineFrequency = (key: string) => number;

// Recurring lines are only taken as furniture when short and unfinished: a syndicated agency text
// carried by two outlets repeats whole paragraphs and headlines, and those stay the article's.
// 8 words keeps every button/prompt of the seeds and the example corpus and no headline there.
export const RECURRING_MAX_WORDS = 8;
// A button of one or two words ("اترك رداً", "Tweet") is furniture once two pages carry it; a longer
// short line must recur on three, so that a short headline carried by two outlets (or by two versions
// of one page) stays a headline.
export const RECURRING_MIN_DOCUMENTS_SHORT = 2;
export const RECURRING_MIN_DOCUMENTS = 3;
const SHORT_BUTTON_WORDS = 2;

/** Whether a line of `words` words carried by `documents` distinct pages is site furniture. */
export function isRecurringFurniture(words: number, documents: number): boolean {
  if (words > RECURRING_MAX_WORDS) return false;
  return documents >= (words <= SHORT_BUTTON_WORDS ? RECURRING_MIN_DOCUMENTS_SHORT : RECURRING_MIN_DOCUMENTS);
}

export interface DocumentLines {
  readonly contentHash: string;
  readonly lines: readonly { readonly text: string }[];
}

/** Counts, for every line key, the distinct contents (by hash) that carry it. */
export function countLineKeys(documents: readonly DocumentLines[]): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  for (const doc of documents) {
    for (const line of doc.lines) {
      const key = matchKey(line.text);
      if (!key) continue;
      let carriers = seen.get(key);
      if (!carriers) {
        carriers = new Set();
        seen.set(key, carriers);
      }
      carriers.add(doc.contentHash);
    }
  }
  const counts = new Map<string, number>();
  for (const [key, carriers] of seen) counts.set(key, carriers.size);
  return counts;
}

/** Combines batch counts with counts from earlier runs (documents the batch does not contain). */
export function lineFrequency(batch: Map<string, number>, earlier?: Map<string, number>): LineFrequency {
  return (key) => (batch.get(key) ?? 0) + (earlier?.get(key) ?? 0);
}
