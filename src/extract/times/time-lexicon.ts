// The time lexicons of one language, loaded once and compiled into lookup maps and regex alternations
// over the matching normalisation (src/text/normalize.ts). Files: data/lexicons/{ar,en}/months.tsv,
// weekdays.tsv, hijri-months.tsv, relative-dates.tsv, day-parts.tsv, durations.tsv, clock-words.tsv,
// day-numbers.tsv, year-markers.tsv, future-cues.txt, ambiguous-month-names.txt and (ar)
// time-blockers.tsv.

import { existsSync } from "node:fs";
import { dataPath, readLexiconRows } from "../../core/lexicon.js";
import { escapeRegExp } from "../../core/regex.js";
import { normalizeArabic } from "../../text/normalize.js";
import type { Direction, PeriodPart, ShiftUnit } from "./spec.js";

export type TimeLanguage = "ar" | "en";

export interface DurationUnit {
  readonly unit: string;
  /** 1 singular, 2 dual (the number is in the word: «ساعتين»), 0 plural. */
  readonly count: number;
}

export interface TimeLexicon {
  readonly language: TimeLanguage;
  readonly months: ReadonlyMap<string, number>;
  readonly ambiguousMonths: ReadonlySet<string>;
  readonly hijriMonths: ReadonlyMap<string, number>;
  readonly weekdays: ReadonlyMap<string, number>;
  /** «اليوم» 0, «أمس» −1 …; `night` for «الليلة الماضية». */
  readonly relativeDays: ReadonlyMap<string, { readonly offset: number; readonly night: boolean }>;
  readonly units: ReadonlyMap<string, ShiftUnit>;
  /** Modifiers written after (ar: «الماضي») and before (ar «هذا», en "last") what they modify. */
  readonly after: ReadonlyMap<string, Direction>;
  readonly before: ReadonlyMap<string, Direction>;
  readonly dayParts: ReadonlyMap<string, string>;
  readonly monthParts: ReadonlyMap<string, PeriodPart>;
  readonly durationCues: ReadonlyMap<string, string>;
  readonly qualifiers: ReadonlyMap<string, string>;
  readonly durationUnits: ReadonlyMap<string, DurationUnit>;
  readonly durationAdjectives: ReadonlyMap<string, string>;
  readonly agoWords: ReadonlySet<string>;
  /** Words after which a weekday or month named alone is the next one («من المقرر», "will"). */
  readonly futureCues: ReadonlySet<string>;
  /** Vague counts in the number slot of a length: "several", "a few". */
  readonly countWords: ReadonlySet<string>;
  readonly clock: {
    readonly hour: ReadonlySet<string>;
    readonly before: ReadonlySet<string>;
    readonly suffix: ReadonlySet<string>;
    readonly fraction: ReadonlySet<string>;
    readonly zone: ReadonlySet<string>;
    readonly named: ReadonlySet<string>;
  };
  readonly dayNumbers: ReadonlyMap<string, number>;
  readonly yearCues: ReadonlySet<string>;
  /** Words before a month or year written alone that make it a date («في 2018», "since March"). */
  readonly prepositions: ReadonlySet<string>;
  readonly gregorianEras: ReadonlySet<string>;
  readonly hijriEras: ReadonlySet<string>;
  readonly blockers: {
    readonly beforeWeekday: ReadonlySet<string>;
    readonly afterToday: ReadonlySet<string>;
  };
}

const cache = new Map<TimeLanguage, TimeLexicon>();

function rows(language: TimeLanguage, name: string): readonly (readonly string[])[] {
  const relative = `lexicons/${language}/${name}`;
  return existsSync(dataPath(relative)) ? readLexiconRows(relative) : [];
}

const key = (s: string): string => normalizeArabic(s);

function mapOf<V>(entries: Iterable<[string, V]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [k, v] of entries) if (k && !map.has(k)) map.set(k, v);
  return map;
}

function classed(language: TimeLanguage, file: string, cls: string): (readonly string[])[] {
  return rows(language, file).filter((r) => r[1] === cls);
}

const DIRECTIONS = new Set(["past", "current", "future"]);
const PARTS = new Set(["start", "middle", "late", "end"]);
const UNITS = new Set(["day", "week", "month", "year"]);

export function timeLexicon(language: TimeLanguage): TimeLexicon {
  const cached = cache.get(language);
  if (cached) return cached;
  const numbered = (file: string): Map<string, number> =>
    mapOf(rows(language, file).map(([n = "", name = ""]) => [key(name), Number(n)] as [string, number]));
  const set = (file: string, cls: string): Set<string> =>
    new Set(classed(language, file, cls).map(([p = ""]) => key(p)));
  const direction = (cls: string): Map<string, Direction> =>
    mapOf(
      classed(language, "relative-dates.tsv", cls)
        .filter((r) => DIRECTIONS.has(r[2] ?? ""))
        .map(([p = "", , v = ""]) => [key(p), v as Direction]),
    );
  const lexicon: TimeLexicon = {
    language,
    months: numbered("months.tsv"),
    ambiguousMonths: new Set(rows(language, "ambiguous-month-names.txt").map(([w = ""]) => key(w))),
    hijriMonths: numbered("hijri-months.tsv"),
    weekdays: numbered("weekdays.tsv"),
    relativeDays: mapOf(
      rows(language, "relative-dates.tsv")
        .filter((r) => r[1] === "day" || r[1] === "night")
        .map(([p = "", cls, v = "0"]) => [key(p), { offset: Number(v), night: cls === "night" }]),
    ),
    units: mapOf(
      classed(language, "relative-dates.tsv", "unit")
        .filter((r) => UNITS.has(r[2] ?? ""))
        .map(([p = "", , v = ""]) => [key(p), v as ShiftUnit]),
    ),
    after: direction("after"),
    before: direction("before"),
    dayParts: mapOf(classed(language, "day-parts.tsv", "day").map(([p = "", , v = ""]) => [key(p), v])),
    monthParts: mapOf(
      classed(language, "day-parts.tsv", "month")
        .filter((r) => PARTS.has(r[2] ?? ""))
        .map(([p = "", , v = ""]) => [key(p), v as PeriodPart]),
    ),
    durationCues: mapOf(classed(language, "durations.tsv", "cue").map(([p = "", , v = ""]) => [key(p), v])),
    qualifiers: mapOf(
      classed(language, "durations.tsv", "qualifier").map(([p = "", , v = ""]) => [key(p), v]),
    ),
    durationUnits: mapOf(
      classed(language, "durations.tsv", "unit").map(([p = "", , unit = "", count = "1"]) => [
        key(p),
        { unit, count: count === "n" ? 0 : Number(count) },
      ]),
    ),
    durationAdjectives: mapOf(
      classed(language, "durations.tsv", "adjective").map(([p = "", , v = ""]) => [key(p), v]),
    ),
    agoWords: set("durations.tsv", "ago"),
    countWords: set("durations.tsv", "count"),
    futureCues: new Set(rows(language, "future-cues.txt").map(([w = ""]) => key(w))),
    clock: {
      hour: set("clock-words.tsv", "hour"),
      before: set("clock-words.tsv", "before"),
      suffix: set("clock-words.tsv", "suffix"),
      fraction: set("clock-words.tsv", "fraction"),
      zone: set("clock-words.tsv", "zone"),
      named: set("clock-words.tsv", "named"),
    },
    dayNumbers: numbered("day-numbers.tsv"),
    yearCues: set("year-markers.tsv", "cue"),
    prepositions: set("year-markers.tsv", "preposition"),
    gregorianEras: set("year-markers.tsv", "gregorian"),
    hijriEras: set("year-markers.tsv", "hijri"),
    blockers: {
      beforeWeekday: new Set(
        rows(language, "time-blockers.tsv")
          .filter((r) => r[1] === "before" && r[2] === "weekday")
          .map(([p = ""]) => key(p)),
      ),
      afterToday: new Set(
        rows(language, "time-blockers.tsv")
          .filter((r) => r[1] === "after" && r[2] === "today")
          .map(([p = ""]) => key(p)),
      ),
    },
  };
  cache.set(language, lexicon);
  return lexicon;
}

/** A lexicon phrase as a pattern: its characters literal, its spaces any run of white space. */
function phrasePattern(s: string): string {
  return escapeRegExp(s).replace(/ /gu, "\\s+");
}

/** A regex alternation of the keys, longest first so that «تشرين الثاني» wins over a shorter key. */
/** The alternations both languages' rules are written with: months, weekdays, relative days, … */
export interface SharedPatterns {
  readonly MON: string;
  readonly HMON: string;
  readonly WD: string;
  readonly REL: string;
  readonly PART: string;
  readonly MPART: string;
  readonly BEF: string;
  readonly UNIT: string;
  readonly YCUE: string;
}

export function sharedPatterns(L: TimeLexicon): SharedPatterns {
  return {
    MON: alternation(L.months.keys()),
    HMON: alternation(L.hijriMonths.keys()),
    WD: alternation(L.weekdays.keys()),
    REL: alternation(L.relativeDays.keys()),
    PART: alternation(L.dayParts.keys()),
    MPART: alternation(L.monthParts.keys()),
    BEF: alternation(L.before.keys()),
    UNIT: alternation(L.units.keys()),
    YCUE: alternation(L.yearCues),
  };
}

export function alternation(keys: Iterable<string>): string {
  const list = [...new Set(keys)].filter(Boolean).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return list.length ? `(?:${list.map(phrasePattern).join("|")})` : "(?!)";
}
