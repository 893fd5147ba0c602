// Whether two reported figures can both be true. A figure stands for an interval: «120» is [120, 120],
// «ما لا يقل عن 120» (at least 120) is [120, ∞), «أكثر من 80» (more than 80) is (80, ∞), «نحو 40»
// (about 40) is 40 ± 15 %. Two figures conflict only when their intervals do not meet, so "at least
// 120" and "120" agree, "more than 40" and "45" agree, "25" and "at least 30" do not.

import { readLexiconRows, readLexiconSet } from "../core/lexicon.js";
import type { Quantity, QuantityCategory } from "../core/types.js";
import { contentWords, lightStem, normalizeArabic, stripClitics } from "../text/index.js";
import { CONCEPT, conceptOf } from "./concepts.js";

/** How far "about N" reaches either side of N. */
const ABOUT = 0.15;

export function interval(q: Quantity): [number, number] {
  const v = q.value ?? Number.NaN;
  switch (q.qualifier) {
    case "at-least":
      return [v, Number.POSITIVE_INFINITY];
    case "more-than":
      return [v + Number.EPSILON * v + 1e-9, Number.POSITIVE_INFINITY];
    case "at-most":
      return [0, v];
    case "less-than":
      return [0, v - 1e-9];
    case "about":
    case "range":
      return [v * (1 - ABOUT), v * (1 + ABOUT)];
    default:
      return [v, v];
  }
}

export function figuresAgree(a: Quantity, b: Quantity): boolean {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a0 <= b1 && b0 <= a1;
}

/** Tolls: counts of the dead and the wounded, which only grow as days pass. */
export const TOLLS: ReadonlySet<QuantityCategory> = new Set(["people-killed", "people-injured"]);

let riseStems: ReadonlySet<string> | undefined;

/**
 * Whether a content-word stem reports a count that has grown («ارتفعت الحصيلة إلى», "rose to"):
 * {ar,en}/toll-rise-cues.txt.
 */
export function isTollRiseStem(stem: string): boolean {
  riseStems ??= new Set(
    ["ar", "en"].flatMap((lang) =>
      [...readLexiconSet(`lexicons/${lang}/toll-rise-cues.txt`)].flatMap((w) => contentWords(w)),
    ),
  );
  return riseStems.has(stem);
}

/** Categories where any unit counts the same thing (killed fighters, «عنصراً», «مسلحا», «إرهابيا»). */
export const PEOPLE: ReadonlySet<QuantityCategory> = new Set(["people-killed", "people-injured", "people"]);

/** The words of a counted noun as nounKey reads them: without article and clitics, then light-stemmed. */
function nounForms(noun: string): [string, string] {
  const bare = stripClitics(normalizeArabic(noun).toLowerCase(), { article: true }).stem;
  return [bare, lightStem(bare)];
}

let countedNouns: ReadonlyMap<string, string> | undefined;

/** data/lexicons/counted-nouns.tsv: each form, as written and as stemmed, → its key. */
function countedNounKeys(): ReadonlyMap<string, string> {
  if (countedNouns) return countedNouns;
  const map = new Map<string, string>();
  for (const [key, english = "", arabic = ""] of readLexiconRows("lexicons/counted-nouns.tsv")) {
    if (!key) continue;
    for (const form of [...english.split("|"), ...arabic.split("|")]) {
      if (!form.trim()) continue;
      for (const f of nounForms(form.trim())) if (!map.has(f)) map.set(f, key);
    }
  }
  countedNouns = map;
  return map;
}

/**
 * The key of a counted noun: its key in the counted-noun lexicon («كلم», «كيلومتراً» and "km" are all
 * ~km), else its concept when the concept lexicon lists it («محلاً» and "shops" are both ~shop), else its
 * light stem.
 */
export function nounKey(noun: string): string {
  const [bare, stem] = nounForms(noun);
  const counted = countedNounKeys().get(bare) ?? countedNounKeys().get(stem);
  if (counted) return `${CONCEPT}${counted}`;
  const concept = conceptOf(stem);
  return concept ? `${CONCEPT}${concept}` : stem;
}

/**
 * What a figure measures, or "" when it cannot be compared: people of one category whatever the noun,
 * other things by category and counted noun (`unit`: the key of the figure's own noun unless the caller
 * read one elsewhere). Events are never compared.
 */
export function measureKey(q: Quantity, unit: string = q.unit ? nounKey(q.unit) : ""): string {
  if (q.category === "events") return "";
  if (PEOPLE.has(q.category)) return q.category;
  return unit === "" ? "" : `${q.category}:${unit}`;
}

/**
 * Whether two figures count the same kind of thing, so that they can be compared at all: people of one
 * category whatever the noun, other things only when they name the same counted noun (in either
 * language: «180 محلاً» and "250 shops").
 */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  const key = measureKey(a);
  return key !== "" && key === measureKey(b);
}
