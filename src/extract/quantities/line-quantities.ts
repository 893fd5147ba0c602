// The quantities of one title or body line, in three passes over what extract/numbers found:
//   1. figures   digits and number words, with qualifier, range, noun and category, unless an
//                exclusion (exclusions.ts) reads them as dates, times, years, durations, percentages,
//                phone numbers or names
//   2. duals     a noun in the dual is a count of two: «محاولتين», «عمليتي قصف», «صاروخين»
//   3. vague     «عشرات», «مئات المدنيين», "dozens": value null, qualifier about, `conservative` set
// Rule ids: qty.figure, qty.range, qty.dual, qty.vague, each with the number rule in brackets.
import type { Document, Line, Quantity, QuantityQualifier } from "../../core/types.js";
import { stripClitics } from "../../text/clitics.js";
import { currencyCodeNouns } from "../../text/currency-codes.js";
import { isStopword } from "../../text/stopwords.js";
import { scanNumbers } from "../numbers/scan.js";
import type { NumberMention, VagueNumberMention } from "../numbers/types.js";
import { categoryOf } from "./category.js";
import { exclusionOf, looksLikeYear } from "./exclusions.js";
import { type LineContext, lineContext, tokenAt, tokenEndingAt } from "./line-context.js";
import { type QualifierHit, qualifierAfter, qualifierBefore, rangeJoin } from "./qualifiers.js";
import { type FoundUnit, lookupDual, unitAfter, unitBefore, unitPartitive } from "./units.js";

/** A quantity with the extra fields of a range (`high`) and of a vague count (`conservative`). */
export interface QuantityMention extends Quantity {
  /** For a range, the high end («بين 10 و20» → value 10, high 20). */
  readonly high?: number;
  /** For a vague count, the ACLED convention's conservative figure (tens → 10, hundreds → 100). */
  readonly conservative?: number;
}

interface Figure {
  readonly m: NumberMention;
  readonly first: number;
  readonly last: number;
}

const CURRENCY = /^\p{Sc}$/u;

/**
 * The token index of a currency sign or code right before token `first` ("$5", "$ 5", "KD3.2", "SAR 10"),
 * or null.
 */
function currencyBefore(ctx: LineContext, first: number): number | null {
  const sign = ctx.tokens[first - 1];
  const figure = ctx.tokens[first];
  if (!sign || !figure || !(CURRENCY.test(sign.text) || currencyCodeNouns().has(sign.text))) return null;
  return figure.start - sign.end <= 1 ? first - 1 : null;
}

/** The unit a currency sign or code gives its amount: the sign itself ("$"), a code's currency noun. */
function currencyUnit(sign: string): string {
  return currencyCodeNouns().get(sign) ?? sign;
}

const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  "«": "»",
  "“": "”",
  "'": "'",
  "(": ")",
  "‘": "’",
};
const ARABIC = /[\u0621-\u064A]/u;

/** Raw line offset where token k starts without its conjunction and preposition («وأكثر» → «أكثر»). */
function bareStart(ctx: LineContext, k: number): number {
  const t = ctx.tokens[k]!;
  return ARABIC.test(t.text) ? t.start + stripClitics(t.text).stemStart : t.start;
}

/** The end of a unit token, with its closing quote when it was quoted: 25 "gunmen". */
function unitEnd(ctx: LineContext, unit: FoundUnit): number {
  const open = ctx.tokens[unit.token - 1]?.text ?? "";
  const close = ctx.tokens[unit.token + 1];
  const t = ctx.tokens[unit.token]!;
  return close && CLOSERS[open] === close.text && close.start === t.end ? close.end : t.end;
}

class LineQuantities {
  readonly out: QuantityMention[] = [];
  private readonly figures: Figure[];
  private readonly used = new Set<number>();
  /** Token indexes already inside a quantity (so duals and vague counts do not repeat them). */
  private readonly covered = new Set<number>();

  constructor(
    private readonly document: Document,
    private readonly line: Line,
    private readonly ctx: LineContext,
    numbers: readonly NumberMention[],
    private readonly vague: readonly VagueNumberMention[],
  ) {
    this.figures = numbers
      .filter((m) => !m.ordinal)
      .map((m) => ({ m, first: tokenAt(ctx, m.start), last: tokenEndingAt(ctx, m.end) }));
    // Ordinals are never counts, and their tokens are not duals either («ثاني انفجار»).
    for (const m of numbers) if (m.ordinal) this.cover(tokenAt(ctx, m.start), tokenEndingAt(ctx, m.end));
  }

  run(): QuantityMention[] {
    this.figures.forEach((_, i) => {
      if (!this.used.has(i)) this.figure(i);
    });
    this.duals();
    this.vagueCounts();
    return this.out.sort((a, b) => a.start - b.start);
  }

  private cover(first: number, last: number): void {
    for (let k = first; k <= last; k++) this.covered.add(k);
  }

  private push(
    start: number,
    end: number,
    fields: Omit<QuantityMention, "line" | "start" | "end" | "text">,
  ): void {
    const s = this.ctx.offset + start;
    const e = this.ctx.offset + end;
    this.out.push({ line: this.line.n, start: s, end: e, text: this.document.text.slice(s, e), ...fields });
  }

  private figureAt(token: number): number {
    return this.figures.findIndex((f, i) => f.first === token && !this.used.has(i));
  }

  /** Mark a figure (and what it was read with) as no quantity. */
  private drop(first: number, last: number): false {
    this.cover(first, last);
    return false;
  }

  /** Read figure i; whether it gave a quantity. */
  private figure(i: number): boolean {
    const { ctx } = this;
    const { m, first, last } = this.figures[i]!;
    // «صاروخين اثنين»: a «اثنين» after a dual only repeats it; the dual pass takes both words
    const before1 = ctx.forms[first - 1];
    if (m.form === "words" && m.value === 2 && before1 && lookupDual(before1)) return false;
    this.used.add(i);
    const digits = m.form !== "words";
    if (exclusionOf(ctx, first, last, digits)) return this.drop(first, last);

    // "$5 million", «$ 300»: a currency sign before the amount is its unit
    const sign = currencyBefore(ctx, first);
    const lead = sign ?? first;
    const range = this.range(i, lead);
    if (range === "score") return false;
    const { high, qualifier } = range;
    const tail = high ?? this.figures[i]!;

    // The counted noun.
    const direct = unitAfter(ctx, tail.last, tail.m.value);
    const partitive = direct ? null : unitPartitive(ctx, tail.last);
    // the noun before the figure counts only for «المعتقلين الثمانية» and «شخص واحد»
    const wordOne = m.form === "words" && m.value <= 2;
    const adjectival = direct || partitive || !(m.definite || wordOne) ? null : unitBefore(ctx, first);
    if (
      m.definite &&
      !(adjectival && ctx.forms[adjectival.token]!.stem !== ctx.forms[adjectival.token]!.bare)
    ) {
      // «الثلاثين من الشهر», «السبع بيار», «في المئة»: a definite figure is a count only as the
      // adjective of a definite noun, «المعتقلين الثمانية» (the eight detainees)
      return this.drop(first, last);
    }
    if (m.form === "words" && m.value === 1 && !direct && !adjectival) return false; // «واحد» alone, "one of them"
    if (digits && !sign && looksLikeYear(m.text, m.value) && !direct?.known) return this.drop(first, last);
    const unit: FoundUnit | null = sign
      ? { singular: currencyUnit(ctx.tokens[sign]!.text), category: "money", token: sign, known: true }
      : (direct ?? partitive ?? adjectival);

    const trailing = qualifierAfter(ctx, direct ? direct.token : tail.last);
    const q: QuantityQualifier = high ? "range" : (trailing?.qualifier ?? qualifier?.qualifier ?? "exact");
    const from = qualifier ? qualifier.first : lead;
    const category = categoryOf(unit?.category ?? null, ctx, from, direct?.token ?? tail.last);

    let start = qualifier
      ? bareStart(ctx, qualifier.first)
      : sign !== null
        ? ctx.tokens[sign]!.start
        : m.start;
    if (adjectival && m.definite) start = bareStart(ctx, adjectival.token);
    let end = Math.max(tail.m.end, trailing ? ctx.tokens[trailing.last]!.end : 0);
    if (direct) end = Math.max(end, unitEnd(ctx, direct));
    this.cover(from, Math.max(tail.last, direct?.token ?? -1, trailing?.last ?? -1));
    this.push(start, end, {
      value: m.value,
      qualifier: q,
      unit: unit?.singular ?? null,
      category,
      rule: `${high ? "qty.range" : "qty.figure"}(${m.rule})`,
      ...(high ? { high: high.m.value } : {}),
    });
    return true;
  }

  /**
   * The qualifier before figure i (whose first token, with a currency sign, is `lead`) and, for a range
   * («بين 10 و20», «من 10 إلى 20», «10-20», "between $10 and $20"), its high end. "score" for two
   * figures joined by a dash that do not rise («5–4», "6-2"): a score or a tally, no quantity.
   */
  private range(i: number, lead: number): { high: Figure | null; qualifier: QualifierHit | null } | "score" {
    const { ctx } = this;
    const { m, first, last } = this.figures[i]!;
    const before = qualifierBefore(ctx, lead);
    const opener = before?.entry.position === "range-start" ? before : null;
    const gluedAnd = (token: number): boolean => {
      const j = this.figureAt(token);
      return j >= 0 && this.figures[j]!.m.prefix === "و";
    };
    let highAt = rangeJoin(ctx, last, opener?.entry ?? null, gluedAnd);
    if (highAt !== null && currencyBefore(ctx, highAt + 1) === highAt) highAt++;
    const j = highAt === null ? -1 : this.figureAt(highAt);
    const other = this.figures[j];
    if (!other) return { high: null, qualifier: opener ? null : before };
    if (!opener && other.m.value <= m.value) {
      this.used.add(j);
      this.drop(first, other.last);
      return "score";
    }
    if (other.m.value <= m.value) return { high: null, qualifier: null };
    this.used.add(j);
    if (exclusionOf(ctx, other.first, other.last, other.m.form !== "words")) {
      // «من 10 إلى 20 عاماً»: a range of durations is a time
      this.drop(first, other.last);
      return "score";
    }
    return { high: other, qualifier: opener };
  }

  /** «محاولتين», «الغارتين», «عمليتي قصف», «بصاروخين»: a dual noun counts two. */
  private duals(): void {
    const { ctx } = this;
    ctx.tokens.forEach((token, k) => {
      if (this.covered.has(k) || token.kind !== "word") return;
      const entry = lookupDual(ctx.forms[k]!);
      if (!entry) return;
      const qualifier = qualifierBefore(ctx, k);
      const q = qualifier && qualifier.entry.position !== "range-start" ? qualifier : null;
      let end = token.end;
      let last = k;
      // «صاروخين اثنين»: the number word only repeats the dual
      const two = this.figureAt(k + 1);
      if (two >= 0 && this.figures[two]!.m.value === 2 && this.figures[two]!.m.form === "words") {
        this.used.add(two);
        last = this.figures[two]!.last;
        end = this.figures[two]!.m.end;
      } else if (/ت[اي]$/u.test(ctx.forms[k]!.norm)) {
        // construct state, «عمليتي قصف» (two bombing operations): the next noun belongs to it
        const next = ctx.tokens[k + 1];
        if (next && next.kind === "word" && !isStopword(next.text, "ar")) {
          last = k + 1;
          end = next.end;
        }
      }
      this.cover(q ? q.first : k, last);
      this.push(q ? bareStart(ctx, q.first) : bareStart(ctx, k), end, {
        value: 2,
        qualifier: q?.qualifier ?? "exact",
        unit: entry.singular,
        category: categoryOf(entry.category, ctx, q ? q.first : k, k),
        rule: "qty.dual",
      });
    });
  }

  /** «عشرات المصابين», «مئات من أهالي نوى», «العشرات», "dozens of people". */
  private vagueCounts(): void {
    const { ctx } = this;
    for (const v of this.vague) {
      const first = tokenAt(ctx, v.start);
      const last = tokenEndingAt(ctx, v.end);
      if (this.covered.has(first) || exclusionOf(ctx, first, last, false)) continue;
      const unit = unitAfter(ctx, last, 0) ?? unitPartitive(ctx, last);
      const end = unit && unit.token === last + 1 ? ctx.tokens[unit.token]!.end : v.end;
      this.cover(first, unit?.token ?? last);
      this.push(v.start, end, {
        value: null,
        qualifier: "about",
        unit: unit?.singular ?? null,
        category: categoryOf(unit?.category ?? null, ctx, first, unit?.token ?? last),
        rule: `qty.vague(${v.rule})`,
        conservative: v.conservative,
      });
    }
  }
}

/** The quantities of one line of `document` (call only for title and body lines). */
export function lineQuantities(document: Document, line: Line): QuantityMention[] {
  const text = document.text.slice(line.start, line.end);
  const ctx = lineContext(text, line.start);
  const { numbers, vague } = scanNumbers(text);
  return new LineQuantities(document, line, ctx, numbers, vague).run();
}
