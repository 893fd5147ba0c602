// Lexicon evidence: a line is page furniture when it is, starts with, or (short) contains a phrase
// from data/lexicons/{ar,en}/boilerplate.tsv. Both languages' lists apply to every page, because
// Arabic pages carry English UI words ("Share", "Tweet") and the reverse happens too.
import { readLexiconRows } from "../core/lexicon.js";
import { matchKey, matchKeyWithoutDigits } from "./match-key.js";

export type PhraseScope = "line" | "prefix" | "contains" | "header";

export interface PhraseMatch {
  readonly kind: string;
  readonly scope: PhraseScope;
  readonly phrase: string;
}

interface PhraseTable {
  readonly whole: Map<string, PhraseMatch>;
  readonly prefixes: readonly (PhraseMatch & { readonly key: string })[];
  readonly contained: readonly (PhraseMatch & { readonly key: string })[];
}

const LEXICONS = ["lexicons/ar/boilerplate.tsv", "lexicons/en/boilerplate.tsv"];
// A "contains" phrase only marks a short line: "التعليقات مغلقة" inside a long paragraph is prose.
export const CONTAINS_MAX_WORDS = 12;
// A "prefix" phrase marks a line of at most this many words, or any line where a colon follows it.
export const PREFIX_MAX_WORDS = 20;

let table: PhraseTable | undefined;

function loadTable(): PhraseTable {
  if (table) return table;
  const whole = new Map<string, PhraseMatch>();
  const prefixes: (PhraseMatch & { key: string })[] = [];
  const contained: (PhraseMatch & { key: string })[] = [];
  for (const file of LEXICONS) {
    for (const [phrase = "", kind = "boilerplate", scopeField = "line"] of readLexiconRows(file)) {
      const scope = scopeField as PhraseScope;
      const key = matchKey(phrase);
      if (!key) continue;
      const entry = { kind, scope, phrase };
      if (scope === "line" || scope === "header") {
        if (!whole.has(key)) whole.set(key, entry);
      } else if (scope === "prefix") prefixes.push({ ...entry, key });
      else contained.push({ ...entry, key });
    }
  }
  // Longest first, so "اقرأ المزيد" wins over "اقرأ".
  prefixes.sort((a, b) => b.key.length - a.key.length);
  table = { whole, prefixes, contained };
  return table;
}

export function matchBoilerplatePhrase(text: string, words: number): PhraseMatch | null {
  const { whole, prefixes, contained } = loadTable();
  const key = matchKey(text);
  if (!key) return null;
  const exact = whole.get(key) ?? whole.get(matchKeyWithoutDigits(text));
  if (exact) return exact;
  for (const entry of prefixes) {
    if (key === entry.key || key.startsWith(`${entry.key} `)) {
      if (words <= PREFIX_MAX_WORDS || colonFollows(text, entry.phrase)) return entry;
    }
  }
  if (words <= CONTAINS_MAX_WORDS) {
    const padded = ` ${key} `;
    for (const entry of contained) if (padded.includes(` ${entry.key} `)) return entry;
  }
  return null;
}

function colonFollows(text: string, phrase: string): boolean {
  const head = text.slice(0, phrase.length + 4);
  return /[:：]/u.test(head);
}
