// Reports that give the same figure of the same thing are reports of one claim, however differently
// they are worded: «أسسوا 45 شركة وهمية», «سجلت الشبكة 1896 عاملاً على 45 شركة» and "used forty-five
// companies" all state how many companies the ring used. Alignment on words keeps them apart (each line
// says much else); an exact figure of one measure, found on two pages, is near-certain evidence they
// are about one thing.
import type { Quantity } from "../core/types.js";
import { contentWords } from "../text/index.js";
import { differentDays } from "./align.js";
import { measureKey, nounKey, PEOPLE } from "./figures.js";
import type { ClaimMention } from "./mentions.js";

/** Counts of people at or below this name their measure only by their counted noun (two of many things). */
const SMALL = 3;

/** Characters after a figure within which the noun it counts is looked for, when it was read without one. */
const NOUN_REACH = 40;

/**
 * The key of what a figure counts: its unit's, else that of the first content word after it on its line
 * («45 شركة وهمية», "forty-five companies"), a concept when the lexicon lists it, so both languages meet.
 */
function countedNoun(q: Quantity, m: ClaimMention): string {
  if (q.unit) return nounKey(q.unit);
  const after = q.end - m.lineStart;
  const [next] = contentWords(m.text.slice(after, after + NOUN_REACH));
  return next ? nounKey(next) : "";
}

/**
 * What a figure is a figure of, with its value; "" when it cannot anchor a claim. A count of people is
 * one measure whatever its noun («52 راكبا», "52 people") unless it is small: three employees and three
 * suspects are likelier two groups than one, so those are told apart by their noun.
 */
function anchorOf(q: Quantity, m: ClaimMention): string {
  if (q.value === null) return "";
  const noun = countedNoun(q, m);
  const measure =
    PEOPLE.has(q.category) && q.value <= SMALL ? noun && `${q.category}:${noun}` : measureKey(q, noun);
  return measure === "" ? "" : `${measure}:${q.value}`;
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
    for (const anchor of new Set(mentions[i]!.figures.map((q) => anchorOf(q, mentions[i]!)))) {
      if (anchor !== "") byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), i]);
    }
  }
  for (const sharing of byAnchor.values()) {
    if (new Set(sharing.map((i) => mentions[i]!.document)).size < 2) continue;
    // the same figure on different days is two events' figures (a toll on Monday, another on Friday)
    if (sharing.some((i) => sharing.some((j) => differentDays(mentions[i]!, mentions[j]!)))) continue;
    joinAsOneClaim(groups, sharing, mentions);
  }
}

/**
 * Puts `sharing` (mentions from two or more pages found to be of one thing) into one group: the group
 * already holding most of them, when it holds two or more from different pages, else a new one.
 */
function joinAsOneClaim(
  groups: number[][],
  sharing: readonly number[],
  mentions: readonly ClaimMention[],
): void {
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
