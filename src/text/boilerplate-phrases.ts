// Lexicon evidence: a line is page furniture when it is, starts with, or (short) contains a phrase
// from data/lexicons/{ar,en}/boilerplate.tsv. Both languages' lists apply to every page, because
// Arabic pages carry English UI words ("Share", "Tweet") and the reverse happens too.
import { readLexiconRows } from "../core/lexicon.js";
import { matchKey, matchKeyWithoutDigits } from "./match-key.js";

export type PhraseScope = "line" | "prefix" | "contains" | "header" | "label";

export interface PhraseMatch {
  readonly kind: string;
  readonly scope: PhraseScope;
  readonly phrase: string;
  /** For "contains": the longest line (in words) the phrase marks. */
  readonly maxWords: number;
}

type KeyedPhrase = PhraseMatch & { readonly key: string; readonly order: number };

interface PhraseTable {
  readonly whole: Map<string, PhraseMatch>;
  // Prefix, label and contained phrases by their first word: a line is compared only with the phrases
  // that can start at one of its words (every line of every page is matched, and the lists are long).
  readonly prefixes: ReadonlyMap<string, readonly KeyedPhrase[]>;
  readonly labels: ReadonlyMap<string, readonly KeyedPhrase[]>;
  readonly contained: ReadonlyMap<string, readonly KeyedPhrase[]>;
}

/** Phrases grouped by their key's first word, each group in the order given. */
function byFirstWord(phrases: readonly KeyedPhrase[]): Map<string, KeyedPhrase[]> {
  const groups = new Map<string, KeyedPhrase[]>();
  for (const phrase of phrases) {
    const first = firstWord(phrase.key);
    const group = groups.get(first) ?? [];
    group.push(phrase);
    groups.set(first, group);
  }
  return groups;
}

function firstWord(key: string): string {
  const space = key.indexOf(" ");
  return space < 0 ? key : key.slice(0, space);
}

const LEXICONS = [
  "lexicons/ar/boilerplate.tsv",
  "lexicons/en/boilerplate.tsv",
  "lexicons/fr/boilerplate.tsv",
];
// A "contains" phrase only marks a short line: "التعليقات مغلقة" inside a long paragraph is prose.
export const CONTAINS_MAX_WORDS = 12;
// A "prefix" phrase marks a line of at most this many words, or any line where a colon follows it.
export const PREFIX_MAX_WORDS = 20;

let table: PhraseTable | undefined;

function loadTable(): PhraseTable {
  if (table) return table;
  const whole = new Map<string, PhraseMatch>();
  const prefixes: KeyedPhrase[] = [];
  const labels: KeyedPhrase[] = [];
  const contained: KeyedPhrase[] = [];
  for (const file of LEXICONS) {
    for (const [phrase = "", kind = "boilerplate", scopeField = "line", limit] of readLexiconRows(file)) {
      const scope = scopeField as PhraseScope;
      const key = matchKey(phrase);
      if (!key) continue;
      const entry = { kind, scope, phrase, maxWords: limit ? Number(limit) : CONTAINS_MAX_WORDS };
      if (scope === "line" || scope === "header") {
        if (!whole.has(key)) whole.set(key, entry);
      } else if (scope === "prefix") prefixes.push({ ...entry, key, order: prefixes.length });
      else if (scope === "label") labels.push({ ...entry, key, order: labels.length });
      else contained.push({ ...entry, key, order: contained.length });
    }
  }
  // Longest first, so "اقرأ المزيد" wins over "اقرأ".
  prefixes.sort((a, b) => b.key.length - a.key.length);
  labels.sort((a, b) => b.key.length - a.key.length);
  table = {
    whole,
    prefixes: byFirstWord(prefixes),
    labels: byFirstWord(labels),
    contained: byFirstWord(contained),
  };
  return table;
}

export function matchBoilerplatePhrase(text: string, words: number): PhraseMatch | null {
  const { whole, prefixes, labels, contained } = loadTable();
  const key = matchKey(text);
  if (!key) return null;
  const exact = whole.get(key) ?? whole.get(matchKeyWithoutDigits(text));
  if (exact) return exact;
  const first = firstWord(key);
  for (const entry of prefixes.get(first) ?? []) {
    if (key === entry.key || key.startsWith(`${entry.key} `)) {
      if (words <= PREFIX_MAX_WORDS || colonFollows(text, entry.phrase)) return entry;
    }
  }
  for (const entry of labels.get(first) ?? []) {
    if ((key === entry.key || key.startsWith(`${entry.key} `)) && colonFollows(text, entry.phrase))
      return entry;
  }
  // A whole-line phrase of two or more words used as a label: "الأكثر قراءة: انقطاع المياه …".
  const colon = text.search(/[:：]/u);
  if (colon > 0) {
    const labelled = whole.get(matchKey(text.slice(0, colon)));
    // The list follows the colon on this line, so nothing below it is claimed.
    if (labelled && labelled.phrase.trim().split(/\s+/u).length >= 2) return { ...labelled, scope: "label" };
  }
  // the first phrase in lexicon order that stands in the line, starting at any of its words
  const padded = ` ${key} `;
  let found: KeyedPhrase | null = null;
  for (const word of new Set(key.split(" "))) {
    for (const entry of contained.get(word) ?? []) {
      if (found && entry.order > found.order) break;
      if (words <= entry.maxWords && padded.includes(` ${entry.key} `)) found = entry;
    }
  }
  return found;
}

function colonFollows(text: string, phrase: string): boolean {
  // The raw phrase may carry diacritics or tatweel the lexicon lacks: allow a little slack.
  const head = text.slice(0, phrase.length + 4);
  return /[:：]/u.test(head);
}

// Separators between menu items and buttons: "Share | Tweet | print", "الرئيسية » أخبار » درعا".
const ITEM_SEPARATORS = /\s*[|»>›‹•·◄►◂▸/\\]\s*|\s{2,}/u;

/**
 * A line made only of buttons ("Share   Tweet   Email", "شارك الخبر: فيسبوك | واتساب | تلغرام"):
 * every item, or every word of an item, is a whole-line phrase of the lexicon.
 */
export function isButtonRow(text: string): boolean {
  const { whole } = loadTable();
  const isButton = (key: string) => BUTTON_KINDS.has(whole.get(key)?.kind ?? "");
  const items = text.replace(/[:：]/gu, "|").split(ITEM_SEPARATORS).map(matchKey).filter(Boolean);
  if (items.length < 2) {
    const words = items[0]?.split(" ") ?? [];
    return words.length >= 2 && words.every(isButton);
  }
  return items.every((item) => isButton(item) || item.split(" ").every(isButton));
}

// What a button does: share, print, follow, accept. Section names and "home" make a menu instead.
const BUTTON_KINDS = new Set([
  "share",
  "print",
  "follow",
  "consent",
  "newsletter",
  "comment-prompt",
  "media",
]);

// A bilingual label ("بابەتی پەیوەندیدار  |  أخبار ذات صلة") or a label with a count: a short line
// split by separators, one of whose items is a whole-line phrase.
export const ITEM_LINE_MAX_WORDS = 8;

export function matchPhraseItem(text: string, words: number): PhraseMatch | null {
  if (words > ITEM_LINE_MAX_WORDS) return null;
  const items = text.split(ITEM_SEPARATORS).filter((item) => item.trim());
  if (items.length < 2) return null;
  const { whole } = loadTable();
  for (const item of items) {
    const found = whole.get(matchKey(item));
    if (found) return found;
  }
  return null;
}

// A row of figures between separators: "الدولار 7.85 دينار | اليورو 8.60 دينار | الذهب 502 دينار",
// "Brent $82.10 | Gold $2,310 | EUR/USD 1.08" — a price or score ticker, not a sentence.
export const FIGURE_ROW_MIN_ITEMS = 3;
const FIGURE_ROW_ITEM_MAX_WORDS = 8;

export function isFigureRow(text: string): boolean {
  const items = text
    .split(/\s*\|\s*/u)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length < FIGURE_ROW_MIN_ITEMS) return false;
  const short = items.every((item) => item.split(/\s+/u).length <= FIGURE_ROW_ITEM_MAX_WORDS);
  const withFigures = items.filter((item) => /\p{N}/u.test(item)).length;
  return short && withFigures >= 2;
}

// A navigation menu or breadcrumb: three or more short items between separators.
export const MENU_MIN_ITEMS = 3;
export const MENU_ITEM_MAX_WORDS = 4;

export function isMenuRow(text: string): boolean {
  // Items are separated by symbols, by spaced dashes ("الرئيسية - محليات - تقارير") or by runs of
  // spaces ("News   Politics   Business").
  const items = text
    .split(/\s*[|»>›‹•·◄►◂▸]\s*|\s+[-–—/]\s+|\s{2,}/u)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length < MENU_MIN_ITEMS) return false;
  // A breadcrumb ends with the article's own headline: "الرئيسية > الشرق الأوسط > اشتباكات بين …".
  const crumbs = isBreadcrumb(items[0] ?? "") ? items.slice(0, -1) : items;
  return crumbs.every((item) => item.split(/\s+/u).length <= MENU_ITEM_MAX_WORDS);
}

/** A trail that starts at the home page: "الرئيسية »", "Home >". */
function isBreadcrumb(firstItem: string): boolean {
  return loadTable().whole.get(matchKey(firstItem))?.kind === "navigation";
}

/**
 * "تعز الآن | الرئيسية | محليات | تقارير": a site menu whose first item is the site's own name — an
 * item the lexicon does not know, in front of items it does. Returns that name, or null.
 */
export function menuSiteName(text: string): string | null {
  const items = text
    .split(/\s*[|»›‹•·◄►◂▸]\s*|\s{2,}/u)
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length < MENU_MIN_ITEMS) return null;
  const { whole } = loadTable();
  const [first = "", ...rest] = items;
  if (whole.has(matchKey(first)) || first.split(/\s+/u).length > MENU_ITEM_MAX_WORDS) return null;
  return rest.some((item) => whole.has(matchKey(item))) ? first : null;
}
