// Counts that are parts of a group already counted («سبعة من السجناء الفارين», "two of them"), from
// data/lexicons/{ar,en}/partitive-cues.tsv. Such a count says how many of the group something happened
// to, not how many the group holds, so it is no rival to the group's total.
import { readLexiconRows } from "../core/lexicon.js";
import type { Quantity } from "../core/types.js";
import { normalizeArabic } from "../text/index.js";

type NextWord = (word: string) => boolean;

let cues: Map<string, NextWord> | undefined;

function norm(word: string): string {
  return normalizeArabic(word).toLowerCase();
}

function load(): Map<string, NextWord> {
  if (cues) return cues;
  cues = new Map();
  for (const lang of ["ar", "en"]) {
    for (const [word, next = "*"] of readLexiconRows(`lexicons/${lang}/partitive-cues.tsv`)) {
      if (!word) continue;
      let test: NextWord;
      if (next === "*") test = () => true;
      else if (next.endsWith("*")) {
        const prefix = norm(next.slice(0, -1));
        test = (w) => w.startsWith(prefix);
      } else {
        const words = new Set(next.split(",").map((w) => norm(w.trim())));
        test = (w) => words.has(w);
      }
      cues.set(norm(word), test);
    }
  }
  return cues;
}

/** Whether the count `q`, found in `lineText` (which starts at document offset `lineStart`), is a part. */
export function isPartitive(q: Quantity, lineText: string, lineStart: number): boolean {
  // «19 سجيناً من السجن», «أربعة عناصر من التجمع»: a count that names its noun is a count of that noun,
  // and «من» after it says where from; only a bare number («سبعة من الفارين») is a part
  if (q.text.trim().split(/\s+/u).length > 1) return false;
  // a dual names its noun in one word: «كيلومترين من النقطة» (two kilometres from the post)
  if (q.unit && norm(q.text).includes(norm(q.unit))) return false;
  // the cue follows the number directly: «خمسة، بينهم …» is a breakdown after a total
  const match = /^\s+([^\s«»"“”(),،.:]+)\s+([^\s«»"“”(),،.:]+)?/u.exec(
    lineText.slice(Math.max(0, q.end - lineStart)),
  );
  if (!match) return false;
  const test = load().get(norm(match[1]!));
  return test?.(norm(match[2] ?? "")) ?? false;
}
