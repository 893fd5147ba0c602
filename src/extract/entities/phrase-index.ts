// Multi-word phrases indexed by their first word, matched longest first against a line's tokens (the
// compromise.js `_multiCache` idea): one hash lookup per word, then a short walk for the candidates.
// The first word may carry proclitics («وبالرقة», «لقوات»); in a phrase of several words the first is
// compared with the light fold and the others with the heavy fold, so «قوات سورية الديموقراطية» finds
// the entry «قوات سوريا الديمقراطية». A one-word phrase matches only as listed: «روسية» (Russian, an
// adjective) is not «روسيا» unless the list says so. Between two words
// of a name only quotation marks, brackets and hyphens may stand (`تنظيم "الدولة"`, "al-Masalma"), and a
// full stop after a short Latin word ("Maj. Gen.").
import type { Tok } from "./line-tokens.js";
import { QUOTES } from "./line-tokens.js";
import { heavyFold, lightFold, phraseWords } from "./name-keys.js";

export interface PhraseMatch<T> {
  readonly payloads: readonly T[];
  /** Token indexes (into the line's tokens) of the first and last word matched. */
  readonly first: number;
  readonly last: number;
  /** Whether the first word matched without its proclitics. */
  readonly viaStem: boolean;
  /** Number of words matched. */
  readonly length: number;
}

interface Entry<T> {
  readonly rest: readonly string[];
  readonly payloads: T[];
}

/** Index key of a phrase's first word: exact for a one-word phrase, light-folded otherwise. */
function firstKey(word: string, single: boolean): string {
  return single ? `=${word}` : lightFold(word);
}

/** The word after token `i` in a name, or -1 when punctuation other than quotes intervenes. */
export function nextNameWord(tokens: readonly Tok[], i: number): number {
  for (let j = i + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind === "word") return j;
    if (t.kind === "number") return -1;
    if (QUOTES.has(t.raw) || t.raw === "-" || t.raw === "ـ") continue;
    if (t.raw === "." && tokens[j - 1]!.script === "latin" && tokens[j - 1]!.raw.length <= 4) continue;
    return -1;
  }
  return -1;
}

/** Compare «عبد» + next word as one word, as phraseWords does. */
function wordAt(tokens: readonly Tok[], i: number, useStem: boolean): { word: string; last: number } {
  const t = tokens[i]!;
  const base = useStem ? t.stem : t.norm;
  if (base === "عبد") {
    const j = nextNameWord(tokens, i);
    if (j >= 0) return { word: base + tokens[j]!.norm, last: j };
  }
  return { word: base, last: i };
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  /** Add `phrase` (raw; normalised here). Returns false for an empty phrase. */
  add(phrase: string, payload: T): boolean {
    const words = phraseWords(phrase);
    if (words.length === 0) return false;
    const first = firstKey(words[0]!, words.length === 1);
    const rest = words.slice(1).map(heavyFold);
    let list = this.byFirst.get(first);
    if (!list) {
      list = [];
      this.byFirst.set(first, list);
    }
    const same = list.find((e) => e.rest.join(" ") === rest.join(" "));
    if (same) {
      if (!same.payloads.includes(payload)) same.payloads.push(payload);
    } else {
      list.push({ rest, payloads: [payload] });
      list.sort((a, b) => b.rest.length - a.rest.length);
    }
    return true;
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** The payloads of exactly this phrase, if indexed. */
  lookup(phrase: string): readonly T[] {
    const words = phraseWords(phrase);
    if (words.length === 0) return [];
    const rest = words.slice(1).map(heavyFold).join(" ");
    const list = this.byFirst.get(firstKey(words[0]!, words.length === 1));
    return list?.find((e) => e.rest.join(" ") === rest)?.payloads ?? [];
  }

  /**
   * The longest phrase starting at word token `i`. `stem`: also try the first word without its
   * proclitics (default true).
   */
  matchAt(tokens: readonly Tok[], i: number, stem = true): PhraseMatch<T> | null {
    const t = tokens[i];
    if (t?.kind !== "word") return null;
    const tries: boolean[] = t.stem !== t.norm && stem ? [false, true] : [false];
    let best: PhraseMatch<T> | null = null;
    for (const viaStem of tries) {
      const { word, last: firstLast } = wordAt(tokens, i, viaStem);
      const multi = this.byFirst.get(firstKey(word, false)) ?? [];
      const single = this.byFirst.get(firstKey(word, true)) ?? [];
      for (const entry of [...multi, ...single]) {
        const last = this.walk(tokens, firstLast, entry.rest);
        if (last < 0) continue;
        const length = entry.rest.length + 1;
        if (!best || length > best.length)
          best = { payloads: entry.payloads, first: i, last, viaStem, length };
        break; // entries are sorted longest first
      }
    }
    return best;
  }

  private walk(tokens: readonly Tok[], from: number, rest: readonly string[]): number {
    let at = from;
    for (const want of rest) {
      const j = nextNameWord(tokens, at);
      if (j < 0) return -1;
      const { word, last } = wordAt(tokens, j, false);
      if (heavyFold(word) !== want) return -1;
      at = last;
    }
    return at;
  }
}
