// The day a line gives each happening it reports: «أُفرج أمس الأحد عن المهندسين، بعد أسبوعين من اختطافهما في
// السادس من أكتوبر» dates the release to Sunday and the abduction to 6 October. Two reports of one event
// can then be told to date it differently (released on Sunday / freed on Saturday), even where each names
// other days as well.
//
// A happening is a concept of concepts.tsv listed in event-concepts.txt (an abduction, a release, a
// collapse); a date goes to the nearest one before it in its clause (a time adverbial follows what it
// dates, in Arabic as in English), else the nearest after it. A reporting verb takes a date as a
// happening would, so that "said on Sunday" dates no happening; so does a toll's rise ("the toll from the
// collapse rose to 17 on Monday", toll-rise-cues.txt). A date that bounds a span («حتى ظهر اليوم
// الأحد», "since Saturday afternoon": date-bounds.txt) dates nothing.
import { readLexiconRows, readLexiconSet } from "../core/lexicon.js";
import type { TimeExpression } from "../core/types.js";
import { reportingVerb } from "../extract/attributions/index.js";
import { dayNumber } from "../stories/index.js";
import { contentWords, normalizeArabic, tokenize } from "../text/index.js";
import { CONCEPT, conceptOf } from "./concepts.js";
import { isTollRiseStem } from "./figures.js";
import type { ClaimMention } from "./mentions.js";

/**
 * How many words after a date a happening may stand and be dated by it, when none stands before it: «فجر
 * اليوم الثلاثاء، إثر انهيار عمارة», but not "prosecutors on Tuesday ordered all nine suspects … held in
 * custody", whose date is the order's.
 */
const AFTER_REACH = 4;

/** Marks that end a sentence. */
const SENTENCE_END = /^[.!?؟]$/u;
/** Marks that end a clause: a date in one clause says nothing of the words of the next. */
const CLAUSE_END = /^[،,.;؛:!?؟]$/u;

/** The time lexicons whose words are a date's own: they may stand between a bound word and its date. */
const TIME_LEXICONS: readonly [file: string, column: number][] = [
  ["weekdays.tsv", 1],
  ["months.tsv", 1],
  ["day-parts.tsv", 0],
  ["relative-dates.tsv", 0],
  ["clock-words.tsv", 0],
];

let timeWords: ReadonlySet<string> | undefined;

/** Stems of the words of dates: weekdays, months, parts of the day, relative days. */
function timeWordStems(): ReadonlySet<string> {
  if (timeWords) return timeWords;
  const out = new Set<string>();
  for (const lang of ["ar", "en"])
    for (const [file, column] of TIME_LEXICONS)
      for (const row of readLexiconRows(`lexicons/${lang}/${file}`))
        for (const s of contentWords(row[column] ?? "")) out.add(s);
  timeWords = out;
  return out;
}

const wordLists = new Map<string, ReadonlySet<string>>();

/** A word list of both languages (`lexicons/{ar,en}/NAME.txt`), normalised: date-bounds, relative-pronouns. */
function wordList(name: string): ReadonlySet<string> {
  let set = wordLists.get(name);
  if (!set) {
    set = new Set(
      ["ar", "en"].flatMap((lang) => [...readLexiconSet(`lexicons/${lang}/${name}.txt`)].map(normalWord)),
    );
    wordLists.set(name, set);
  }
  return set;
}

function normalWord(word: string): string {
  return normalizeArabic(word).toLowerCase();
}

/** A normalised word as `list` knows it: as written, else without a conjunction in front («وحتى», «والذي»). */
function asListed(list: ReadonlySet<string>, written: string): string {
  return list.has(written) ? written : written.replace(/^[وف]/u, "");
}

/** How many words of the date's own (parts of the day) may stand between a bound word and its date. */
const BOUND_REACH = 2;

/**
 * Whether the date starting at `start` is a bound of a span («حتى ظهر اليوم الأحد», "since Saturday
 * afternoon"): a bound word before it, maybe with parts of the day between.
 */
function isBound(words: readonly { text: string; start: number }[], start: number): boolean {
  const before = words.filter((w) => w.start < start);
  const skip = timeWordStems();
  const bound = wordList("date-bounds");
  let k = before.length - 1;
  for (let reach = 0; k >= 0 && reach <= BOUND_REACH; reach++, k--) {
    const one = asListed(bound, normalWord(before[k]!.text));
    const two = k > 0 ? `${normalWord(before[k - 1]!.text)} ${one}` : "";
    if (bound.has(one) || bound.has(two)) return true;
    const stem = contentWords(before[k]!.text)[0];
    if (!stem || !skip.has(stem)) return false;
  }
  return false;
}

/** The happenings a line dates: event concept token (~kidnap, ~release) → the days the line gives it. */
export type EventDays = ReadonlyMap<string, readonly number[]>;

const NO_EVENT_DAYS: EventDays = new Map();

/**
 * What a line's dates go to: the happenings it dates, and the days its reports were made on («أعلنت
 * مساء أمس الأحد مقتل خمسة»: said on Sunday, whatever day the page appeared). A count stands as of the day
 * it was given.
 */
export interface LineDays {
  readonly events: EventDays;
  readonly stated: readonly number[];
}

const NO_LINE_DAYS: LineDays = { events: NO_EVENT_DAYS, stated: [] };

interface Item {
  readonly index: number;
  readonly sentence: number;
  readonly clause: number;
  readonly kind: "date" | "event" | "report" | "relative";
  /** An event's concept token; "said" for a reporting verb (a toll's rise has none). */
  readonly key: string;
  readonly day: number;
}

/**
 * The day each happening of a line is given: a date goes to the nearest happening (an event concept,
 * event-concepts.txt) or reporting verb before it in its clause, else one just after it; a date set off by
 * commas on its own («…، فجر اليوم الثلاثاء، إثر انهيار عمارة») looks likewise through its sentence. A date
 * that goes to a reporting verb («قال …، اليوم الأحد، إن», "said on Sunday") dates no happening: it is the
 * day the report was made (`stated`). A date inside a relative clause goes to the happening the clause
 * describes, or to nothing. `times` are the document's time expressions on this line; `lineStart` is the line's offset in the text.
 */
export function lineDays(lineText: string, lineStart: number, times: readonly TimeExpression[]): LineDays {
  // most lines name no day: they are not tokenized again
  const days = times.flatMap((t) => {
    const day = t.kind === "date" ? dayNumber(t.value) : null;
    return day === null ? [] : [{ start: t.start - lineStart, end: t.end - lineStart, day }];
  });
  if (days.length === 0) return NO_LINE_DAYS;
  const tokens = tokenize(lineText);
  const words = tokens.filter((t) => t.kind === "word");
  // a cut-off or a starting point is no day on which something happened
  const dated = days.filter((d) => !isBound(words, d.start));
  if (dated.length === 0) return NO_LINE_DAYS;
  const items: Item[] = [];
  /** Clauses with words of their own beside their dates. */
  const worded = new Set<number>();
  let clause = 0;
  let sentence = 0;
  let index = 0;
  let clauseHasWords = false;
  for (const token of tokens) {
    if (token.kind !== "word") {
      if (CLAUSE_END.test(token.text) && clauseHasWords) {
        clause++;
        clauseHasWords = false;
      }
      if (SENTENCE_END.test(token.text)) sentence++;
      continue;
    }
    clauseHasWords = true;
    index++;
    const at = (kind: Item["kind"], key: string, day = 0) =>
      items.push({ index, sentence, clause, kind, key, day });
    const time = dated.find((t) => token.start >= t.start && token.start < t.end);
    if (time) {
      if (!items.some((x) => x.kind === "date" && x.day === time.day && x.clause === clause))
        at("date", "", time.day);
      continue;
    }
    const stem = contentWords(token.text)[0];
    // a clause of a date and its own words («before dawn on Tuesday») is a date set off on its own
    if (stem && !timeWordStems().has(stem)) worded.add(clause);
    // what was said, and a toll's rise, take their own dates
    if (reportingVerb(token.text)) {
      at("report", "said");
      continue;
    }
    if (stem !== undefined && isTollRiseStem(stem)) {
      at("report", "");
      continue;
    }
    if (isRelativePronoun(token.text)) {
      at("relative", "");
      continue;
    }
    const concept = stem ? conceptOf(stem) : undefined;
    if (concept && isEventConcept(`${CONCEPT}${concept}`)) at("event", `${CONCEPT}${concept}`);
  }
  const events = new Map<string, number[]>();
  const stated: number[] = [];
  for (const date of items.filter((x) => x.kind === "date")) {
    // a date set off on its own reaches into the clauses of its sentence
    const alone = !worded.has(date.clause);
    const pool = items.filter(
      (x) => x.kind !== "date" && (x.clause === date.clause || (alone && x.sentence === date.sentence)),
    );
    const before = pool.filter((x) => x.index < date.index);
    const nearest =
      before.length > 0
        ? before[before.length - 1]
        : pool.find((x) => x.index > date.index && x.index - date.index <= AFTER_REACH);
    const anchor = nearest?.kind === "relative" ? relativeHead(pool, nearest) : nearest;
    // a toll's rise is no statement: «ارتفعت حصيلة القصف الذي استهدف السوق مساء الجمعة» dates the strike
    if (anchor?.kind === "report") {
      if (anchor.key === "said" && !stated.includes(date.day)) stated.push(date.day);
      continue;
    }
    if (anchor?.kind !== "event") continue;
    const list = events.get(anchor.key) ?? [];
    if (!list.includes(date.day)) list.push(date.day);
    events.set(anchor.key, list);
  }
  return { events: events.size === 0 ? NO_EVENT_DAYS : events, stated };
}

/**
 * How many words a relative pronoun may stand after the happening it describes: «انهيار العمارة الذي»,
 * «اختطاف المهندسين الأربعة الذين».
 */
const RELATIVE_HEAD_REACH = 3;

/**
 * What a date inside a relative clause dates: the happening the clause describes, when one stands just
 * before the pronoun; otherwise nothing (the clause's own verb is no listed happening, and the report
 * before it was not made on that day).
 */
function relativeHead(pool: readonly Item[], relative: Item): Item | undefined {
  const head = pool.filter((x) => x.index < relative.index && x.kind !== "relative").at(-1);
  return head?.kind === "event" && relative.index - head.index <= RELATIVE_HEAD_REACH ? head : undefined;
}

/** Whether a word is a relative pronoun (relative-pronouns.txt of both languages). */
function isRelativePronoun(word: string): boolean {
  const relatives = wordList("relative-pronouns");
  return relatives.has(asListed(relatives, normalWord(word)));
}

let eventConcepts: ReadonlySet<string> | undefined;

/** Whether a dated word is the token of a concept naming a happening (event-concepts.txt). */
function isEventConcept(word: string): boolean {
  eventConcepts ??= new Set([...readLexiconSet("lexicons/event-concepts.txt")].map((c) => `${CONCEPT}${c}`));
  return eventConcepts.has(word);
}

/** A happening two reports both date, to days a day apart and none in common: one event dated two ways. */
export interface DateConflict {
  /** The happening's concept token (~kidnap). */
  readonly event: string;
  readonly days: readonly [readonly number[], readonly number[]];
}

/**
 * The first happening both reports date where their days differ by one day and share none, or null. Days
 * further apart are two events (the 25 May strike and the 30 May one). Places are not compared: reports
 * name one place at different grains (Tillabéri, Niger), and a story's happenings of one kind a day apart
 * in two places are rare beside one happening dated two ways (measured on nine sets: no false alarm).
 */
export function dateConflict(a: EventDays, b: EventDays): DateConflict | null {
  for (const [event, x] of a) {
    const y = b.get(event);
    if (!y || x.some((d) => y.includes(d))) continue;
    if (x.some((d) => y.some((e) => Math.abs(d - e) === 1))) return { event, days: [x, y] };
  }
  return null;
}

/**
 * Makes the mentions in `pool` that date one happening to days within a day of one another, on two or
 * more pages, a claim of their own: «خطف … صباح أمس الأحد», «خطف … فجر السبت الماضي» and "kidnapped … on
 * October 6" all report when the abduction happened, however else they differ. Each line stays in the
 * claim alignment put it in too (joining them into that claim instead joined more than one thing:
 * measured, claim links fell on two sets). A happening dated a week apart is two happenings.
 */
export function addDatedHappenings(
  groups: number[][],
  pool: readonly number[],
  mentions: readonly ClaimMention[],
): void {
  const byEvent = new Map<string, number[]>();
  for (const i of pool)
    for (const event of mentions[i]!.eventDays.keys()) byEvent.set(event, [...(byEvent.get(event) ?? []), i]);
  for (const [event, dating] of byEvent) {
    // reports dating it within a day of one another, as connected sets
    const near = (i: number, j: number) => {
      const [x, y] = [mentions[i]!.eventDays.get(event)!, mentions[j]!.eventDays.get(event)!];
      return x.some((d) => y.some((e) => Math.abs(d - e) <= 1));
    };
    const seen = new Set<number>();
    for (const start of dating) {
      if (seen.has(start)) continue;
      const set = [start];
      seen.add(start);
      for (let k = 0; k < set.length; k++) {
        for (const j of dating) {
          if (seen.has(j) || !near(set[k]!, j)) continue;
          seen.add(j);
          set.push(j);
        }
      }
      if (new Set(set.map((i) => mentions[i]!.document)).size < 2) continue;
      if (!groups.some((g) => set.every((i) => g.includes(i)))) groups.push(set);
    }
  }
}
