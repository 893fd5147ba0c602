// Dates and clock times written in digits, the same in every language: «2017/5/15», «15/5/2017»,
// «15-05-2017», «١٧/١٠/١٤٣٦هـ» (Hijri: the era mark or a year between 1300 and 1600), "2024-03-08",
// «12:30», «11:05 ص», and in English "3/8/2024" (month first, as US pages write it).
import { isValidDate } from "./calendar.js";
import { date, group, type RuleHit, rule, type TimeRule, timeOfDay } from "./rule-kit.js";
import { alternation, type TimeLexicon } from "./time-lexicon.js";

const cache = new WeakMap<TimeLexicon, TimeRule[]>();

/** Years in this range without an era mark are Hijri: «1436/10/17». */
const HIJRI_YEARS = { min: 1300, max: 1600 };

export function numericRules(L: TimeLexicon): TimeRule[] {
  const cached = cache.get(L);
  if (cached) return cached;
  const ERA = `(?:\\s*(?<era>${alternation([...L.gregorianEras, ...L.hijriEras])})(?!\\p{L}))?`;
  const SUF = alternation(L.clock.suffix);
  const rules: TimeRule[] = [
    rule(
      "time.numeric.ymd",
      `(?<![\\d/.-])(?<y>\\d{4})(?<s>[/.-])(?<m>\\d{1,2})\\k<s>(?<d>\\d{1,2})${ERA}`,
      (m) =>
        numericDate(L, Number(group(m, "y")), Number(group(m, "m")), Number(group(m, "d")), group(m, "era")),
    ),
    rule(
      "time.numeric.dmy",
      `(?<![\\d/.-])(?<d>\\d{1,2})(?<s>[/.-])(?<m>\\d{1,2})\\k<s>(?<y>\\d{4}|\\d{2})(?![\\d/.-]\\d)${ERA}`,
      (m, c) => {
        const y = group(m, "y")!;
        if (y.length === 2 && !c.dateLine) return null;
        const year = y.length === 2 ? 2000 + Number(y) : Number(y);
        let first = Number(group(m, "d"));
        let second = Number(group(m, "m"));
        // Day first, as Arabic and European pages write it, unless that is impossible; an English page
        // writing "3/8/2024" with a slash means March 8.
        const usOrder = L.language === "en" && group(m, "s") === "/" && first <= 12;
        if (usOrder || (second > 12 && first <= 12)) [first, second] = [second, first];
        return numericDate(L, year, second, first, group(m, "era"));
      },
    ),
    rule(
      "time.numeric.clock",
      `(?<![\\d:.,/])(?<h>\\d{1,2}):(?<min>\\d{2})(?::\\d{2})?(?![\\d:])(?:\\s*(?:${SUF})(?!\\p{L}))?`,
      (m) => (Number(group(m, "h")) <= 24 && Number(group(m, "min")) < 60 ? timeOfDay : null),
    ),
  ];
  cache.set(L, rules);
  return rules;
}

function numericDate(
  L: TimeLexicon,
  year: number,
  month: number,
  day: number,
  era: string | undefined,
): RuleHit | null {
  const hijri =
    (era !== undefined && L.hijriEras.has(era)) ||
    (era === undefined && year >= HIJRI_YEARS.min && year <= HIJRI_YEARS.max);
  if (hijri) {
    if (month < 1 || month > 12 || day < 1 || day > 30) return null;
    return date({ calendar: "hijri", year, month, day });
  }
  if (year < 1800 || year > 2200 || !isValidDate(year, month, day)) return null;
  return date({ year, month, day });
}
