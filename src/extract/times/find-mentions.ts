// The pattern stage: every temporal expression in a text or in a document's title and body lines, as
// unresolved TimeMentions. Overlaps are settled here: dates first (longest first), then durations and
// times of day where no date is; a relative date followed by the explicit date it stands for («نهاية هذا
// الشهر 2017/5/31», the end of this month, 2017/5/31) becomes one mention with the explicit date.
import type { Document, LanguageCode } from "../../core/types.js";
import { maskLine } from "./masked-line.js";
import type { RuleContext, TimeRule } from "./rule-kit.js";
import { arabicRules } from "./rules-ar.js";
import { englishRules } from "./rules-en.js";
import { numericRules } from "./rules-numeric.js";
import {
  isExplicitDayMonth,
  isExplicitFullDate,
  type TimeKind,
  type TimeMention,
  type TimeSpec,
} from "./spec.js";
import { type TimeLanguage, timeLexicon } from "./time-lexicon.js";

/** A mention inside one text; offsets are into that text. */
export interface TextMention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TimeKind;
  readonly spec: TimeSpec | null;
  readonly rule: string;
}

export function timeLanguage(language: LanguageCode): TimeLanguage {
  return language === "en" ? "en" : "ar";
}

function rulesFor(language: TimeLanguage): TimeRule[] {
  const lexicon = timeLexicon(language);
  const own = language === "en" ? englishRules(lexicon) : arabicRules(lexicon);
  return [...numericRules(lexicon), ...own];
}

interface Candidate extends TextMention {
  readonly order: number;
}

/** Every time expression in `raw`, in reading order, without overlaps. */
export function findTimesInText(
  raw: string,
  language: TimeLanguage,
  options: { readonly dateLine?: boolean } = {},
): TextMention[] {
  const lexicon = timeLexicon(language);
  const masked = maskLine(raw, lexicon);
  if (!masked.hasTimeWord && !/\d/u.test(masked.text)) return [];
  const context: RuleContext = { masked, raw, lexicon, dateLine: options.dateLine ?? false };
  const candidates: Candidate[] = [];
  let order = 0;
  for (const r of rulesFor(language)) {
    const re = r.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(masked.text); m; m = re.exec(masked.text)) {
      const hit = r.build(m, context);
      const span = m.indices?.groups?.t;
      if (!hit || !span || span[1] <= span[0]) {
        // A rejected match may hide a good one that starts inside it: try again one character on.
        re.lastIndex = m.index + 1;
        continue;
      }
      const start = masked.rawStart[span[0]]!;
      const end = masked.rawEnd[span[1] - 1]!;
      candidates.push({ start, end, text: raw.slice(start, end), ...hit, rule: r.id, order: order++ });
    }
  }
  return mergeAppositions(select(candidates), raw);
}

const isDate = (c: TextMention): boolean => c.kind === "date";

/** Dates win over durations and times of day; among equals the longer span, then the earlier rule. */
function select(candidates: Candidate[]): TextMention[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      Number(isDate(b)) - Number(isDate(a)) ||
      Number(b.spec !== null) - Number(a.spec !== null) ||
      b.end - b.start - (a.end - a.start) ||
      a.order - b.order,
  );
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start).map(({ order: _order, ...mention }) => mention);
}

/** Between a relative date and the explicit date that restates it: spaces, a comma, a dash, "(". */
const APPOSITION_GAP = /^[\s,،\-–—(]*$/u;

/**
 * Does `next` restate `previous` with explicit parts? A relative date then a full date («نهاية هذا الشهر
 * 2017/5/31»), or a relative day then its day and month («أمس الثلاثاء (30 أيار)»).
 */
function restates(previous: TextMention, next: TextMention): boolean {
  if (previous.kind !== "date" || next.kind !== "date" || !previous.spec || !next.spec) return false;
  if (isExplicitFullDate(previous.spec)) return false;
  if (isExplicitFullDate(next.spec)) return true;
  return (
    previous.spec.shift?.unit === "day" &&
    previous.spec.month === null &&
    isExplicitDayMonth(next.spec) &&
    next.spec.shift === null
  );
}

function mergeAppositions(mentions: TextMention[], raw: string): TextMention[] {
  const out: TextMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    if (
      previous &&
      restates(previous, mention) &&
      APPOSITION_GAP.test(raw.slice(previous.end, mention.start))
    ) {
      const end =
        mention.end + (raw.charAt(mention.end) === ")" && raw.charAt(mention.start - 1) === "(" ? 1 : 0);
      const p = previous.spec!;
      const dayShift = p.shift?.unit === "day" ? p.shift : null;
      out[out.length - 1] = {
        start: previous.start,
        end,
        text: raw.slice(previous.start, end),
        kind: "date",
        spec: { ...mention.spec!, shift: dayShift, weekday: mention.spec!.weekday ?? p.weekday },
        rule: `${mention.rule}+apposition`,
      };
      continue;
    }
    out.push(mention);
  }
  return out;
}

/** The lines whose times the dossier lists: the headline and the article's own text. */
export function isTimeLine(role: string): boolean {
  return role === "title" || role === "body";
}

/** Every temporal expression in the document's title and body lines, unresolved. */
export function findTimeMentions(document: Document): TimeMention[] {
  const language = timeLanguage(document.language);
  const mentions: TimeMention[] = [];
  for (const line of document.lines) {
    if (!isTimeLine(line.role)) continue;
    const raw = document.text.slice(line.start, line.end);
    for (const m of findTimesInText(raw, language)) {
      mentions.push({ ...m, line: line.n, start: line.start + m.start, end: line.start + m.end });
    }
  }
  return mentions;
}
