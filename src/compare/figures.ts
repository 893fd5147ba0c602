// Whether two reported figures can both be true. A figure stands for an interval: «120» is [120, 120],
// «ما لا يقل عن 120» (at least 120) is [120, ∞), «أكثر من 80» (more than 80) is (80, ∞), «نحو 40»
// (about 40) is 40 ± 15 %. Two figures conflict only when their intervals do not meet, so "at least
// 120" and "120" agree, "more than 40" and "45" agree, "25" and "at least 30" do not.

import type { Quantity, QuantityCategory } from "../core/types.js";
import { lightStem, normalizeArabic, stripClitics } from "../text/index.js";
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

/** Categories where any unit counts the same thing (killed fighters, «عنصراً», «مسلحا», «إرهابيا»). */
const PEOPLE: ReadonlySet<QuantityCategory> = new Set(["people-killed", "people-injured", "people"]);

/**
 * What a figure counts: the concept of its counted noun when the concept lexicon lists it («محلاً» and
 * "shops" are both ~shop), else the noun's light stem.
 */
export function unitKey(q: Quantity): string {
  if (!q.unit) return "";
  const stem = lightStem(stripClitics(normalizeArabic(q.unit).toLowerCase(), { article: true }).stem);
  const concept = conceptOf(stem);
  return concept ? `${CONCEPT}${concept}` : stem;
}

/**
 * Whether two figures count the same kind of thing, so that they can be compared at all: people of one
 * category whatever the noun, other things only when they name the same counted noun (in either
 * language: «180 محلاً» and "250 shops").
 */
export function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (a.category !== b.category || a.category === "events") return false;
  if (PEOPLE.has(a.category)) return true;
  const key = unitKey(a);
  return key !== "" && key === unitKey(b);
}
