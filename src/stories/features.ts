// What the story index needs of a document: its content words, the shingles of its body for spotting
// copies, the actors, places and figures it names, and the days of the events it reports.
import type { Document, Extraction } from "../core/types.js";
import { daysInMonth, dayNumber as daysSinceEpoch, parsePartial } from "../extract/times/calendar.js";
import { contentWords, normalizeArabic } from "../text/index.js";
import { shingleHashes } from "./hashing.js";
import type { StoryInput } from "./story-index.js";

/** Words per shingle: four-word runs survive a changed headline or dropped sentence in a wire copy. */
const SHINGLE_WORDS = 4;
/** Body lines after the headline that count as the lead, whose dates are the story's event days. */
const LEAD_LINES = 2;
const PLACE_TYPES = new Set(["GPE", "LOC", "FAC"]);

/** Days since 1970-01-01 of a YYYY-MM-DD string, or null for anything less precise. */
export function dayNumber(value: string | null | undefined): number | null {
  const date = parsePartial(value);
  return date?.month && date.day
    ? daysSinceEpoch({ year: date.year, month: date.month, day: date.day })
    : null;
}

/**
 * The days a date covers, as [first, last] day numbers: a day itself, a month («فبراير 2023») or a year.
 * Null for anything unresolved.
 */
export function periodOf(value: string | null | undefined): readonly [number, number] | null {
  const date = parsePartial(value);
  if (!date) return null;
  const { year, month, day } = date;
  if (month && day) return [daysSinceEpoch({ year, month, day }), daysSinceEpoch({ year, month, day })];
  if (month)
    return [
      daysSinceEpoch({ year, month, day: 1 }),
      daysSinceEpoch({ year, month, day: daysInMonth(year, month) }),
    ];
  return [daysSinceEpoch({ year, month: 1, day: 1 }), daysSinceEpoch({ year, month: 12, day: 31 })];
}

export function storyInput(document: Document, extraction: Extraction): StoryInput {
  const terms = new Map<string, number>();
  const count = (text: string, weight: number) => {
    for (const word of contentWords(text)) terms.set(word, (terms.get(word) ?? 0) + weight);
  };
  const bodyWords: string[] = [];
  const leadLines = new Set<number>();
  for (const line of document.lines) {
    if (line.role === "title") {
      count(line.text, 2);
      leadLines.add(line.n);
    } else if (line.role === "body") {
      count(line.text, 1);
      if (leadLines.size < LEAD_LINES + 1) leadLines.add(line.n);
      for (const word of normalizeArabic(line.text)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u))
        if (word) bodyWords.push(word);
    }
  }
  const days: number[] = [];
  const eventDays: number[] = [];
  for (const time of extraction.times) {
    const day = time.kind === "date" ? dayNumber(time.value) : null;
    if (day === null) continue;
    if (!days.includes(day)) days.push(day);
    if (leadLines.has(time.line) && !eventDays.includes(day)) eventDays.push(day);
  }
  const actors: string[] = [];
  const places: string[] = [];
  for (const entity of extraction.entities) {
    if (!entity.actor) continue;
    (PLACE_TYPES.has(entity.type) ? places : actors).push(entity.actor);
  }
  const figures = extraction.quantities
    .filter((q) => q.value !== null && q.category !== "other")
    .map((q) => `${q.category}:${q.value}`);
  return {
    language: document.language,
    day: dayNumber(document.published),
    terms,
    shingles: shingleHashes(bodyWords, SHINGLE_WORDS),
    actors,
    places,
    figures,
    eventDays,
    days,
  };
}
