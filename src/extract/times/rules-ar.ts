// Arabic time rules, on the masked normalised line (alef forms folded, ة → ه, tanwin dropped, number
// words as digits). Each rule has an id and example phrases. Where matches overlap the finder keeps
// dates before durations and times of day, and the longest match among equals (find-mentions.ts).
import { isStopword } from "../../text/stopwords.js";
import {
  charAfter,
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
  type RuleHit,
  rawWordAfter,
  rule,
  type TimeRule,
  timeOfDay,
  unresolvedDate,
  wordAfter,
  wordBefore,
  yearOf,
} from "./rule-kit.js";
import type { Direction, PeriodPart, TimeSpec } from "./spec.js";
import { alternation, sharedPatterns, type TimeLexicon } from "./time-lexicon.js";

const cache = new WeakMap<TimeLexicon, TimeRule[]>();

export function arabicRules(L: TimeLexicon): TimeRule[] {
  const cached = cache.get(L);
  if (cached) return cached;

  const { MON, HMON, WD, REL, PART, MPART, BEF, UNIT, YCUE } = sharedPatterns(L);
  const AFT = alternation(L.after.keys());
  const GERA = alternation(L.gregorianEras);
  const HERA = alternation(L.hijriEras);
  const units = [...L.durationUnits.entries()];
  const DUNIT = alternation(units.filter(([k]) => !k.startsWith("ال")).map(([k]) => k));
  // With the article only plurals and duals are lengths («خلال اليومين الماضيين»); a singular with the
  // article and a modifier is a date («الشهر الماضي»), except the listed «الليل» (the night).
  const ARTUNIT = alternation(
    units.flatMap(([k, u]) => (k.startsWith("ال") ? [k] : u.count !== 1 ? [`ال${k}`] : [])),
  );
  const CUE = alternation(L.durationCues.keys());
  const QUAL = alternation(L.qualifiers.keys());
  const ADJ = alternation(L.durationAdjectives.keys());
  const HOUR = alternation(L.clock.hour);
  const CBEF = alternation(L.clock.before);
  const SUF = alternation(L.clock.suffix);
  const FRAC = alternation(L.clock.fraction);
  const ZONE = alternation(L.clock.zone);

  const DAY = "(?:ال\\s?)?(?<day>\\d{1,2})(?!\\d)";
  const MONS = `(?<m1>${MON})(?:\\s*[/\\\\|(-]\\s*(?<m2>${MON})\\s*\\)?)?`;
  // «2017», «2015م», «عام 2017», «من عام 2017» — or «من العام الماضي», «من هذا العام».
  const YEARTAIL =
    `(?:\\s*[,،]?\\s*(?:(?:من\\s+)?${YCUE}\\s+)?(?<year>\\d{4})(?!\\d)(?:\\s*(?<era>${GERA})(?!\\p{L}))?` +
    `|\\s+(?:من|في)\\s+(?:(?<ybef>${BEF})\\s+)?(?<yunit>${UNIT})(?:\\s+(?<ymod>${AFT}))?)`;

  const direction = (text: string | undefined): Direction | null =>
    text === undefined ? null : (L.after.get(keyOf(text)) ?? L.before.get(keyOf(text)) ?? null);

  /** Year, or a relative year («من العام الماضي»), from YEARTAIL's groups. */
  const yearParts = (m: RegExpExecArray): Partial<TimeSpec> | null => {
    const year = yearOf(group(m, "year"));
    if (year !== null) return { year };
    const unit = group(m, "yunit");
    if (unit === undefined) return {};
    if (L.units.get(keyOf(unit)) !== "year") return null;
    const d = direction(group(m, "ymod")) ?? direction(group(m, "ybef"));
    return d ? { shift: { unit: "year", offset: offsetOf(d) } } : {};
  };

  const weekdayOf = (text: string | undefined): number | null =>
    text === undefined ? null : (L.weekdays.get(keyOf(text)) ?? null);

  const rules: TimeRule[] = [
    // «الاثنين 18 شوال 1436 هـ», «١٧/١٠/١٤٣٦هـ» is a numeric rule; «17 من شهر رمضان»
    rule(
      "time.ar.hijri-date",
      `(?:(?<wd>${WD})\\s*[,،]?\\s*)?${DAY}\\s*(?:من\\s+)?(?:شهر\\s+)?(?<hm>${HMON})` +
        `(?:\\s*[,،]?\\s*(?:(?:من\\s+)?${YCUE}\\s+)?(?<hy>\\d{3,4})(?!\\d))?(?:\\s*(?<hera>${HERA})(?!\\p{L}))?`,
      (m) => {
        const day = dayOf(group(m, "day"));
        const month = L.hijriMonths.get(keyOf(group(m, "hm")));
        if (day === null || month === undefined || day > 30) return null;
        const year = yearOf(group(m, "hy"));
        return date({ calendar: "hijri", year, month, day, weekday: weekdayOf(group(m, "wd")) });
      },
      { clitics: true },
    ),

    // «يوم 25 مايو/أيار الماضي», «الـ25 من آيار / مايو المنصرم», «مساء الأربعاء السادس من آذار/مارس
    // 2024», «الأحد 3 آذار», «يوم 2 آذار 2017», «أمس الأربعاء 6 آذار»
    rule(
      "time.ar.day-month",
      `(?:(?<part>${PART})\\s+)?(?:(?<rel>${REL})\\s*[,،]?\\s*)?(?:يوم\\s+)?(?:(?<wd>${WD})\\s*[,،]?\\s*)?` +
        `(?:يوم\\s+)?${DAY}\\s*(?:من\\s+)?(?:شهر\\s+)?${MONS}(?:${YEARTAIL})?(?:\\s+(?<mod>${AFT}))?`,
      (m, context) => {
        const day = dayOf(group(m, "day"));
        const month = monthOf(L, group(m, "m1"), group(m, "m2"));
        const year = yearParts(m);
        if (day === null || month === null || year === null) return null;
        const rel = L.relativeDays.get(keyOf(group(m, "rel")));
        return date({
          ...year,
          month,
          day,
          weekday: weekdayOf(group(m, "wd")),
          direction:
            year.year === undefined && !year.shift
              ? (direction(group(m, "mod")) ?? impliedDirection(context, groupStart(m, "t") ?? 0))
              : null,
          ...(rel && !year.shift ? { shift: { unit: "day", offset: rel.offset } } : {}),
        });
      },
      { clitics: true },
    ),

    // «شهر آيار الماضي», «نوفمبر/تشرين الثاني الماضي», «تشرين الثاني من العام الماضي», «نهاية مايو»,
    // «مطلع أيار الجاري», «آذار 2024»
    rule(
      "time.ar.month",
      `(?:(?<mpart>${MPART})\\s+)?(?:(?<shahr>شهر)\\s+)?${MONS}(?:${YEARTAIL})?(?:\\s+(?<mod>${AFT}))?`,
      (m, context) => {
        const month = monthOf(L, group(m, "m1"), group(m, "m2"));
        const year = yearParts(m);
        if (month === null || year === null) return null;
        const mod = direction(group(m, "mod"));
        const part = (L.monthParts.get(keyOf(group(m, "mpart"))) ?? null) as PeriodPart | null;
        const strong =
          part !== null ||
          group(m, "shahr") !== undefined ||
          group(m, "m2") !== undefined ||
          mod !== null ||
          year.year !== undefined ||
          year.shift !== undefined;
        const ambiguous = L.ambiguousMonths.has(keyOf(group(m, "m1")));
        const introduced = L.prepositions.has(wordBefore(context, groupStart(m, "t") ?? 0));
        if (!strong && (ambiguous || !introduced)) return null;
        const implied = impliedDirection(context, groupStart(m, "t") ?? 0);
        return date({
          ...year,
          month,
          part,
          direction: year.year === undefined && !year.shift ? (mod ?? implied) : null,
        });
      },
      { clitics: true },
    ),

    // «ليل الثلاثين من الشهر الماضي», «قبل 31 من الشهر الفائت», «يوم 25 الجاري», «العاشر من الشهر المقبل»
    rule(
      "time.ar.day-of-relative-month",
      `(?:(?<part>${PART})\\s+)?(?:يوم\\s+)?${DAY}\\s+(?:من\\s+)?` +
        `(?:(?:(?<bef>${BEF})\\s+)?(?<unit>${UNIT})(?:\\s+(?<mod>${AFT}))?|(?<mod2>${AFT}))`,
      (m, context) => {
        const day = dayOf(group(m, "day"));
        if (day === null) return null;
        // «الأيام الثلاثة الماضية» (the past three days) is a length, not the 3rd of last month.
        if (isDurationUnit(L, wordBefore(context, groupStart(m, "t") ?? 0))) return null;
        const unit = group(m, "unit");
        if (unit !== undefined && L.units.get(keyOf(unit)) !== "month") return null;
        const d = direction(group(m, "mod")) ?? direction(group(m, "bef")) ?? direction(group(m, "mod2"));
        return date({ day, shift: { unit: "month", offset: offsetOf(d) } });
      },
      { clitics: true },
    ),

    // «الشهر الماضي», «العام الماضي», «هذا العام», «الأسبوع المنصرم», «مطلع الشهر», «نهاية العام الجاري»
    rule(
      "time.ar.relative-period",
      `(?:(?<mpart>${MPART})\\s+)?(?:(?<bef>${BEF})\\s+)?(?<unit>${UNIT})(?:\\s+(?<mod>${AFT}))?`,
      (m) => {
        const unit = L.units.get(keyOf(group(m, "unit")));
        const part = L.monthParts.get(keyOf(group(m, "mpart"))) ?? null;
        const d = direction(group(m, "mod")) ?? direction(group(m, "bef"));
        if (!unit || (d === null && part === null)) return null;
        return date({ shift: { unit, offset: offsetOf(d) }, part: unit === "month" ? part : null });
      },
      { clitics: true },
    ),

    // «عام 2018», «العام 2024», «2015م», «في 2018»
    rule(
      "time.ar.year",
      `(?:(?<cue>${YCUE})\\s+)?(?<year>\\d{4})(?![\\d/.-]\\d)(?:\\s*(?<era>${GERA}|${HERA})(?!\\p{L}))?`,
      (m, context) => {
        const year = yearOf(group(m, "year"))!;
        const era = keyOf(group(m, "era"));
        // «هذا العام 1800 طن» (this year, 1800 tonnes): «العام» belongs to «هذا».
        const cueAt = groupStart(m, "cue");
        if (cueAt !== undefined && L.before.has(wordBefore(context, cueAt))) return null;
        if (L.hijriEras.has(era)) return year >= 1 ? date({ calendar: "hijri", year }) : null;
        const introduced =
          group(m, "cue") !== undefined ||
          era !== "" ||
          L.prepositions.has(wordBefore(context, groupStart(m, "t") ?? 0));
        return introduced && year >= 1800 && year <= 2200 ? date({ year }) : null;
      },
      { clitics: true },
    ),

    // «مساء أمس الأربعاء», «فجر اليوم», «صباح اليوم الجمعة», «أول أمس الخميس», «الليلة قبل الماضية»
    rule(
      "time.ar.relative-day",
      `(?:(?<part>${PART})\\s+)?(?:يوم\\s+)?(?<rel>${REL})(?:\\s*[,،]?\\s*(?<wd>${WD}))?`,
      (m, context) => {
        const rel = L.relativeDays.get(keyOf(group(m, "rel")));
        if (!rel) return null;
        const weekday = weekdayOf(group(m, "wd"));
        if (keyOf(group(m, "rel")) === "اليوم" && weekday === null && !isToday(m, context)) return null;
        return date({ shift: { unit: "day", offset: rel.offset }, weekday });
      },
      { clitics: true },
    ),

    // «يوم الأحد الماضي», «مساء الأربعاء», «ليلة الأربعاء-الخميس», «الأحد المقبل»
    rule(
      "time.ar.weekday",
      `(?:(?<part>${PART})\\s+)?(?:(?<yawm>يوم)\\s+)?(?<wd>${WD})(?:\\s*[-–—/]\\s*(?<wd2>${WD}))?(?:\\s+(?<mod>${AFT}))?`,
      (m, context) => {
        const name = keyOf(group(m, "wd"));
        const weekday = weekdayOf(name);
        if (weekday === null) return null;
        // A weekday without the article is a date only after «يوم»: «أحد» alone is "one, anyone".
        if (!name.startsWith("ال") && group(m, "yawm") === undefined) return null;
        if (L.blockers.beforeWeekday.has(wordBefore(context, groupStart(m, "t") ?? 0))) return null;
        const d = direction(group(m, "mod")) ?? impliedDirection(context, groupStart(m, "t") ?? 0);
        return date({ weekday, direction: d === "current" ? null : d });
      },
      { clitics: true },
    ),

    // «خلال أسبوع», «لمدة 72 ساعة», «منذ أكثر من ثلاثة أشهر», «قرابة عشرين دقيقة», «لمدة أسبوع إضافي»,
    // «قبل يومين» (two days ago: a date)
    rule(
      "time.ar.duration",
      `(?<cue>${CUE})\\s+(?:(?<qual>${QUAL})\\s+)?(?:(?<num>(?:ال\\s?)?\\d+(?:[.,]\\d+)?|\\p{L}+)\\s+)?(?<unit>${DUNIT})` +
        `(?:\\s+(?<adj>${ADJ}))?`,
      (m, context) => durationHit(L, m, context),
      { clitics: true },
    ),

    // «خلال اليومين الماضيين», «خلال الساعات الـ24 الماضية», «خلال الليل»
    rule(
      "time.ar.duration-article",
      `(?<cue>${CUE})\\s+(?:(?<qual>${QUAL})\\s+)?(?<unit>${ARTUNIT})(?:\\s+(?:ال\\s?)?\\d+)?(?:\\s+(?<adj>${ADJ}))?`,
      () => duration,
      { clitics: true },
    ),

    // «الأيام الثلاثة الماضية», «الساعات الـ24 الأخيرة»: a counted length without a cue
    rule(
      "time.ar.duration-counted",
      `(?<unit>${ARTUNIT})\\s+(?:ال\\s?)?\\d+\\s+(?<adj>${ADJ})`,
      () => duration,
      { clitics: true },
    ),

    // «نحو الساعة السابعة مساءً», «الساعة 10:30 بتوقيت دمشق», «الساعة الثامنة والنصف»
    rule(
      "time.ar.clock",
      `(?:(?<bef>${CBEF})\\s+)?${HOUR}\\s+(?:\\d{1,2}(?::\\d{2})?|\\p{L}+(?:\\s+و\\p{L}+)?)` +
        `(?:\\s+${FRAC})?(?:\\s+${SUF}(?!\\p{L}))?(?:\\s+${ZONE}\\s+\\p{L}+)?`,
      () => timeOfDay,
      { clitics: true },
    ),
  ];
  cache.set(L, rules);
  return rules;

  function isToday(m: RegExpExecArray, context: RuleContext): boolean {
    const end = m.indices?.groups?.t?.[1] ?? 0;
    // «قناة «روسيا اليوم»»: a closing quote right after it ends a name (a channel, an outlet).
    if (charAfter(context, end) === '"') return false;
    const next = rawWordAfter(context, end);
    if (L.blockers.afterToday.has(next)) return false;
    // «اليوم التالي» (the next day), «اليوم الأول» (the first day): an adjective with the article —
    // but not a function word («فجر اليوم إلى …», at dawn today to …).
    return !(next.startsWith("ال") && !L.weekdays.has(next) && !isStopword(next, "ar"));
  }
}

/** «أيام», «الساعات», «اليومين»: a unit of length, with or without the article. */
function isDurationUnit(L: TimeLexicon, word: string): boolean {
  return L.durationUnits.has(word) || (word.startsWith("ال") && L.durationUnits.has(word.slice(2)));
}

function durationHit(L: TimeLexicon, m: RegExpExecArray, context: RuleContext): RuleHit | null {
  const unit = L.durationUnits.get(keyOf(group(m, "unit")));
  if (!unit) return null;
  const cue = L.durationCues.get(keyOf(group(m, "cue")));
  const num = group(m, "num")?.replace(/^ال\s?(?=\d)/u, "");
  // A word in the number slot must not be a time word of its own («بعد ظهر يوم …»).
  if (num !== undefined && /\p{L}/u.test(num) && (L.dayParts.has(num) || L.prepositions.has(num))) {
    return null;
  }
  const end = m.indices?.groups?.t?.[1] ?? 0;
  // «قبل يومين» is two days ago; «قبل لحظات من الانفجار» is counted from another event: a length.
  if (
    cue === "before" &&
    (unit.unit === "day" || unit.unit === "night") &&
    wordAfter(context, end) !== "من"
  ) {
    const count = num !== undefined && /^\d+$/u.test(num) ? Number(num) : num === undefined ? unit.count : 0;
    if (count > 0) return date({ shift: { unit: "day", offset: -count } });
    return unresolvedDate;
  }
  return duration;
}
