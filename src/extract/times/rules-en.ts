// English time rules, on the masked normalised (lower-cased) line. Month and weekday names must be
// capitalised in the raw text ("May 25", never the modal "may").
import {
  B,
  capitalised,
  date,
  dayOf,
  duration,
  group,
  groupStart,
  impliedDirection,
  keyOf,
  monthOf,
  offsetOf,
  type RuleContext,
  rule,
  type TimeRule,
  timeOfDay,
  unresolvedDate,
  wordAfter,
  wordBefore,
  yearOf,
} from "./rule-kit.js";
import type { Direction } from "./spec.js";
import { alternation, sharedPatterns, type TimeLexicon } from "./time-lexicon.js";

const cache = new WeakMap<TimeLexicon, TimeRule[]>();

export function englishRules(L: TimeLexicon): TimeRule[] {
  const cached = cache.get(L);
  if (cached) return cached;
  const { MON, HMON, WD, REL, PART, MPART, BEF, UNIT, YCUE } = sharedPatterns(L);
  const PREP = alternation(L.prepositions);
  const CUE = alternation(L.durationCues.keys());
  const QUAL = alternation(L.qualifiers.keys());
  const ADJ = alternation(L.durationAdjectives.keys());
  const DUNIT = alternation(L.durationUnits.keys());
  const DUNIT1 = alternation([...L.durationUnits].filter(([, u]) => u.count === 1).map(([k]) => k));
  const AGO = alternation(L.agoWords);
  const CBEF = alternation(L.clock.before);
  const SUF = alternation(L.clock.suffix);
  const NAMED = alternation(L.clock.named);
  const NUMWORD = alternation([...L.dayNumbers.keys(), ...L.countWords]);
  const YEAR = "(?:\\s*,?\\s*(?<year>\\d{4})(?!\\d))?";
  // The number of a length: digits (number words are digits after masking) or a vague count.
  const NUM = `(?<num>\\d+(?:[.,]\\d+)?|${alternation(L.countWords)})`;
  // "Oct." takes its dot; "October." ends a sentence.
  const abbreviations = [...L.months].filter(([k, n]) =>
    [...L.months].some(([other, m]) => m === n && other.length > k.length && other.startsWith(k)),
  );
  const MONTH = `(?<m1>${MON})(?:(?<=${B}${alternation(abbreviations.map(([k]) => k))})\\.)?`;

  const before = (text: string | undefined): Direction | null =>
    text === undefined ? null : (L.before.get(keyOf(text)) ?? null);
  const weekdayOf = (m: RegExpExecArray, context: RuleContext): number | null | undefined => {
    const name = group(m, "wd");
    if (name === undefined) return null;
    return capitalised(m, "wd", context) ? (L.weekdays.get(keyOf(name)) ?? undefined) : undefined;
  };
  const dayMonth = (m: RegExpExecArray, context: RuleContext) => {
    const month = monthOf(L, group(m, "m1"));
    const day = dayOf(group(m, "day"));
    const weekday = weekdayOf(m, context);
    if (month === null || day === null || weekday === undefined || !capitalised(m, "m1", context))
      return null;
    return date({ year: yearOf(group(m, "year")), month, day, weekday });
  };

  const rules: TimeRule[] = [
    // "March 8, 2024", "on Wednesday, March 6", "May 25th"
    rule(
      "time.en.month-day",
      `(?:on\\s+)?(?:(?<wd>${WD})\\s*,?\\s*)?${MONTH}\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)${YEAR}`,
      dayMonth,
    ),
    // "8 March 2024", "the 8th of March"
    rule(
      "time.en.day-month",
      `(?:on\\s+)?(?:(?<wd>${WD})\\s*,?\\s*)?(?:the\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}${YEAR}`,
      dayMonth,
    ),
    // "1 Ramadan 1445 AH", "Ramadan 1, 1445"
    rule(
      "time.en.hijri-date",
      `(?:(?<day>\\d{1,2})\\s+(?<hm>${HMON})|(?<hm2>${HMON})\\s+(?<day2>\\d{1,2}))\\s*,?\\s*(?<hy>\\d{3,4})(?:\\s*(?:ah|a\\.h\\.|h))?`,
      (m, c) => {
        const name = group(m, "hm") === undefined ? "hm2" : "hm";
        const month = L.hijriMonths.get(keyOf(group(m, name)));
        const day = dayOf(group(m, "day") ?? group(m, "day2"));
        if (month === undefined || day === null || day > 30 || !capitalised(m, name, c)) return null;
        return date({ calendar: "hijri", year: yearOf(group(m, "hy")), month, day });
      },
    ),
    // "last November", "early May", "mid-March", "March 2024", "in March"
    rule(
      "time.en.month",
      `(?:(?<bef>${BEF})\\s+|(?<mpart>${MPART})[\\s-]+)?${MONTH}${YEAR}`,
      (m, context) => {
        const month = monthOf(L, group(m, "m1"));
        if (month === null || !capitalised(m, "m1", context)) return null;
        const year = yearOf(group(m, "year"));
        const direction = before(group(m, "bef"));
        const part = L.monthParts.get(keyOf(group(m, "mpart"))) ?? null;
        const strong = year !== null || direction !== null || part !== null;
        const introduced = L.prepositions.has(wordBefore(context, groupStart(m, "t") ?? 0));
        if (!strong && (L.ambiguousMonths.has(keyOf(group(m, "m1"))) || !introduced)) return null;
        const implied = impliedDirection(context, groupStart(m, "t") ?? 0);
        return date({ year, month, direction: year === null ? (direction ?? implied) : null, part });
      },
    ),
    // "yesterday", "today", "last night", "yesterday morning", "the day before yesterday"
    rule(
      "time.en.relative-day",
      `(?<rel>${REL})(?:\\s+(?<part>${PART}))?(?:\\s*,\\s*(?<wd>${WD}))?`,
      (m, c) => {
        const rel = L.relativeDays.get(keyOf(group(m, "rel")));
        const weekday = weekdayOf(m, c);
        if (!rel || weekday === undefined) return null;
        // "USA Today": a capitalised "Today" after a capitalised word is a name.
        const at = groupStart(m, "rel") ?? 0;
        const raw = c.raw.slice(0, c.masked.rawStart[at]).trimEnd();
        if (/\p{Lu}/u.test(c.raw.charAt(c.masked.rawStart[at]!)) && /\p{Lu}\p{L}*$/u.test(raw)) return null;
        return date({ shift: { unit: "day", offset: rel.offset }, weekday });
      },
    ),
    // "on Wednesday evening", "last Friday", "next Sunday"
    rule(
      "time.en.weekday",
      `(?:on\\s+)?(?:(?<bef>${BEF})\\s+)?(?<wd>${WD})(?:\\s+(?<part>${PART}))?`,
      (m, c) => {
        const weekday = weekdayOf(m, c);
        if (weekday === null || weekday === undefined) return null;
        const direction = before(group(m, "bef"));
        return date({ weekday, direction: direction === "current" ? null : direction });
      },
    ),
    // "last week", "this year", "earlier this month", "late last year"
    rule("time.en.relative-period", `(?:(?<mpart>${MPART})\\s+)?(?<bef>${BEF})\\s+(?<unit>${UNIT})`, (m) => {
      const unit = L.units.get(keyOf(group(m, "unit")));
      const direction = before(group(m, "bef"));
      if (!unit || direction === null) return null;
      const part = L.monthParts.get(keyOf(group(m, "mpart"))) ?? null;
      return date({ shift: { unit, offset: offsetOf(direction) }, part: unit === "month" ? part : null });
    }),
    // "in 2018", "the 2011 uprising", "since 2011", "early 2024"
    rule(
      "time.en.year",
      `(?:(?<prep>${PREP})\\s+)?(?<year>\\d{4})(?![\\d/.-]\\d)`,
      (m, c) => {
        const year = yearOf(group(m, "year"))!;
        if (year < 1800 || year > 2200) return null;
        if (group(m, "prep") === undefined && group(m, "cue") === undefined) return null;
        // "the 2000 fighters": a count before a plural noun, not a year.
        const next = wordAfter(c, m.indices?.groups?.t?.[1] ?? 0);
        if (/^\p{L}+[^s']s$/u.test(next)) return null;
        return date({ year });
      },
      { lead: `(?<cue>${YCUE})[\\s-]+` },
    ),
    // "two days ago", "a week ago"
    rule("time.en.ago", `(?:(?<qual>${QUAL})\\s+)?${NUM}\\s+(?<unit>${DUNIT})\\s+${AGO}`, (m) => {
      const unit = L.durationUnits.get(keyOf(group(m, "unit")));
      if (!unit) return null;
      const num = group(m, "num") ?? "";
      const count = /^\d+$/u.test(num) ? Number(num) : num === "a" || num === "an" ? 1 : 0;
      if (group(m, "qual") === undefined && unit.unit === "day" && count > 0) {
        return date({ shift: { unit: "day", offset: -count } });
      }
      return unresolvedDate;
    }),
    // "for 72 hours", "within two hours", "over the past week", "in the past 24 hours", "for days"
    rule(
      "time.en.duration",
      `(?<cue>${CUE})\\s+(?:(?<qual>${QUAL})\\s+)?(?:the\\s+(?:(?<adj>${ADJ})\\s+)?)?(?:${NUM}\\s+)?(?<unit>${DUNIT})`,
      () => duration,
    ),
    // "72-hour", "three-day"
    rule("time.en.duration-compound", `(?<num>\\d+|${NUMWORD})-(?<unit>${DUNIT1})`, () => duration),
    // "three days after", "two hours later"
    rule(
      "time.en.duration-relative",
      `${NUM}\\s+(?<unit>${DUNIT})\\s+(?:after|before|later|earlier)`,
      () => duration,
    ),
    // "shortly after 7 p.m.", "at 7:30 am", "at noon"
    rule(
      "time.en.clock",
      `(?:(?<bef>${CBEF})\\s+)?(?:\\d{1,2}(?::\\d{2})?\\s*${SUF}|${NAMED})`,
      () => timeOfDay,
    ),
  ];
  cache.set(L, rules);
  return rules;
}
