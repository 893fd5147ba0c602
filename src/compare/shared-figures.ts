// Reports that give the same figure of the same thing are reports of one claim, however differently
// they are worded: «أسسوا 45 شركة وهمية», «سجلت الشبكة 1896 عاملاً على 45 شركة» and "used forty-five
// companies" all state how many companies the ring used. Alignment on words keeps them apart (each line
// says much else); an exact figure of one measure, found on two pages, is near-certain evidence they
// are about one thing.
import type { Quantity } from "../core/types.js";
import { contentWords } from "../text/index.js";
import { differentDays } from "./align.js";
import { CONCEPT, conceptOf } from "./concepts.js";
import { unitKey } from "./figures.js";
import type { ClaimMention } from "./mentions.js";

const PEOPLE: ReadonlySet<Quantity["category"]> = new Set(["people", "people-killed", "people-injured"]);

/** Figures at or below this count name their measure only by their counted noun (two of many things). */
const SMALL = 3;

/** Characters after a figure within which the noun it counts is looked for, when it was read without one. */
const NOUN_REACH = 40;

/**
 * What a figure counts: its unit, else the first content word after it on its line («45 شركة وهمية»,
 * "forty-five companies"), as a concept when the concept lexicon lists it, so both languages meet.
 */
function countedNoun(q: Quantity, lineText: string): string {
  const unit = unitKey(q);
  if (unit !== "") return unit;
  // a quantity's offsets are the document's: find it on its line by its text
  const at = lineText.indexOf(q.text);
  if (at < 0) return "";
  const after = at + q.text.length;
  const [next] = contentWords(lineText.slice(after, after + NOUN_REACH));
  if (!next) return "";
  const concept = conceptOf(next);
  return concept ? `${CONCEPT}${concept}` : next;
}

/** What a figure is a figure of, with its value; "" when it cannot anchor a claim. */
function anchorOf(q: Quantity, lineText: string): string {
  if (q.value === null || q.category === "events") return "";
  const unit = countedNoun(q, lineText);
  // a count of people is one measure whatever the noun («52 راكبا», "52 people"), unless it is small:
  // three employees and three suspects are likelier two groups than one
  if (PEOPLE.has(q.category) && q.value > SMALL) return `${q.category}:${q.value}`;
  return unit === "" ? "" : `${q.category}:${unit}:${q.value}`;
}

/**
 * Joins the mentions in `pool` that give one figure of one measure on two or more pages into one group:
 * the group already holding most of them, when it holds two or more from different pages, else a new one.
 */
export function addSharedFigures(
  groups: number[][],
  pool: readonly number[],
  mentions: readonly ClaimMention[],
): void {
  const byAnchor = new Map<string, number[]>();
  for (const i of pool) {
    for (const anchor of new Set(mentions[i]!.figures.map((q) => anchorOf(q, mentions[i]!.text)))) {
      if (anchor !== "") byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), i]);
    }
  }
  for (const sharing of byAnchor.values()) {
    if (new Set(sharing.map((i) => mentions[i]!.document)).size < 2) continue;
    // the same figure on different days is two events' figures (a toll on Monday, another on Friday)
    if (sharing.some((i) => sharing.some((j) => differentDays(mentions[i]!, mentions[j]!)))) continue;
    let best = -1;
    let bestHeld = 1;
    groups.forEach((g, k) => {
      const held = sharing.filter((i) => g.includes(i));
      if (held.length > bestHeld && new Set(held.map((i) => mentions[i]!.document)).size > 1) {
        best = k;
        bestHeld = held.length;
      }
    });
    if (best < 0) groups.push([...sharing]);
    else for (const i of sharing) if (!groups[best]!.includes(i)) groups[best]!.push(i);
  }
}
