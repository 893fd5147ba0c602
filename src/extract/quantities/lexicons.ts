// The quantity lexicons (data/lexicons/{ar,en}/quantity-*.tsv, months.tsv), loaded once and merged
// across the two languages: an Arabic page quotes English units («55 km») and the reverse.

import { readLexiconRows } from "../../core/lexicon.js";
import type { QuantityCategory, QuantityQualifier } from "../../core/types.js";
import { normalizeArabic } from "../../text/normalize.js";
import { phraseTokens } from "./phrases.js";

const LANGS = ["ar", "en"] as const;

export interface UnitEntry {
  readonly singular: string;
  readonly category: QuantityCategory;
}

export interface Units {
  /** Every singular, plural and accusative form, normalised. */
  readonly forms: ReadonlyMap<string, UnitEntry>;
  /** Dual forms (a count of two by themselves), normalised. */
  readonly duals: ReadonlyMap<string, UnitEntry>;
}

export interface QualifierEntry {
  readonly words: readonly string[];
  readonly qualifier: QuantityQualifier;
  readonly position: "before" | "after" | "range-start";
  readonly joiners: readonly (readonly string[])[];
}

export interface CueEntry {
  readonly words: readonly string[];
  readonly category: QuantityCategory;
  /**
   * For a cue written around its figure («لقي … حتفهم»: met … their death), the words that close it after
   * the figure and its noun; `words` are then those before the figure.
   */
  readonly closing?: readonly string[];
}

export type Reading = "date" | "time" | "duration" | "percent" | "ratio" | "year" | "identifier";

export interface BlockerEntry {
  readonly words: readonly string[];
  readonly reading: Reading;
  readonly position: "before" | "after";
}

export interface MonthEntry {
  readonly words: readonly string[];
  /** English month names count only when capitalised: "May 25", not "may". */
  readonly capitalised: boolean;
}

const CATEGORIES: ReadonlySet<string> = new Set<QuantityCategory>([
  "people-killed",
  "people-injured",
  "people",
  "vehicles",
  "weapons",
  "money",
  "distance",
  "events",
  "other",
]);
const QUALIFIERS: ReadonlySet<string> = new Set<QuantityQualifier>([
  "exact",
  "more-than",
  "at-least",
  "less-than",
  "at-most",
  "about",
  "range",
]);
const READINGS: ReadonlySet<string> = new Set<Reading>([
  "date",
  "time",
  "duration",
  "percent",
  "ratio",
  "year",
  "identifier",
]);

function bad(file: string, row: readonly string[]): Error {
  return new Error(`data/${file}: malformed row «${row.join("\t")}»`);
}

function list(field: string | undefined): string[] {
  return !field || field === "-" ? [] : field.split(",").map((s) => normalizeArabic(s.trim()));
}

let units: Units | undefined;

export function unitLexicon(): Units {
  if (units) return units;
  const forms = new Map<string, UnitEntry>();
  const duals = new Map<string, UnitEntry>();
  for (const lang of LANGS) {
    const file = `lexicons/${lang}/quantity-units.tsv`;
    for (const row of readLexiconRows(file)) {
      const [singular = "", category = "", plurals, dualForms] = row;
      if (!singular || !CATEGORIES.has(category)) throw bad(file, row);
      const entry: UnitEntry = { singular, category: category as QuantityCategory };
      const key = normalizeArabic(singular);
      // The accusative singular after 11–99 takes an alif: «عنصراً», «مدنياً»; English adds -s/-es.
      const derived = lang === "ar" ? (/[ها]$/u.test(key) ? [] : [`${key}ا`]) : [`${key}s`, `${key}es`];
      for (const form of [key, ...list(plurals), ...derived]) if (!forms.has(form)) forms.set(form, entry);
      if (lang === "ar") for (const form of list(dualForms)) duals.set(form, entry);
    }
  }
  units = { forms, duals };
  return units;
}

let qualifiers: readonly QualifierEntry[] | undefined;

/** Qualifier phrases, longest first so that «ما لا يقل عن» wins over «يقل عن». */
export function qualifierLexicon(): readonly QualifierEntry[] {
  if (qualifiers) return qualifiers;
  const out: QualifierEntry[] = [];
  for (const lang of LANGS) {
    const file = `lexicons/${lang}/quantity-qualifiers.tsv`;
    for (const row of readLexiconRows(file)) {
      const [phrase = "", qualifier = "", position = "", joiners] = row;
      if (!QUALIFIERS.has(qualifier) || !["before", "after", "range-start"].includes(position)) {
        throw bad(file, row);
      }
      out.push({
        words: phraseTokens(phrase),
        qualifier: qualifier as QuantityQualifier,
        position: position as QualifierEntry["position"],
        joiners: list(joiners).map(phraseTokens),
      });
    }
  }
  qualifiers = out.sort((a, b) => b.words.length - a.words.length);
  return qualifiers;
}

let cues: readonly CueEntry[] | undefined;

export function cueLexicon(): readonly CueEntry[] {
  if (cues) return cues;
  const out: CueEntry[] = [];
  for (const lang of LANGS) {
    const file = `lexicons/${lang}/quantity-cues.tsv`;
    for (const row of readLexiconRows(file)) {
      const [phrase = "", category = ""] = row;
      if (!CATEGORIES.has(category)) throw bad(file, row);
      const [head = "", tail] = phrase.split("…");
      out.push({
        words: phraseTokens(head),
        category: category as QuantityCategory,
        ...(tail === undefined ? {} : { closing: phraseTokens(tail) }),
      });
    }
  }
  cues = out.sort((a, b) => b.words.length - a.words.length);
  return cues;
}

let blockers: readonly BlockerEntry[] | undefined;

export function blockerLexicon(): readonly BlockerEntry[] {
  if (blockers) return blockers;
  const out: BlockerEntry[] = [];
  for (const lang of LANGS) {
    const file = `lexicons/${lang}/quantity-blockers.tsv`;
    for (const row of readLexiconRows(file)) {
      const [phrase = "", reading = "", position = ""] = row;
      if (!READINGS.has(reading) || (position !== "before" && position !== "after")) throw bad(file, row);
      out.push({ words: phraseTokens(phrase), reading: reading as Reading, position });
    }
  }
  blockers = out.sort((a, b) => b.words.length - a.words.length);
  return blockers;
}

let months: readonly MonthEntry[] | undefined;

/** Month names of every series (data/lexicons/{ar,en}/months.tsv), longest first. */
export function monthLexicon(): readonly MonthEntry[] {
  if (months) return months;
  const out: MonthEntry[] = [];
  for (const lang of LANGS) {
    for (const [, name = ""] of readLexiconRows(`lexicons/${lang}/months.tsv`)) {
      out.push({ words: phraseTokens(name), capitalised: lang === "en" });
    }
  }
  months = out.sort((a, b) => b.words.length - a.words.length);
  return months;
}
