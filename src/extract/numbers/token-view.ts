// The tokens of a text as the number readers see them: each token's readings as a number word (cached),
// and whether two tokens are neighbours on one line or glued together.
import { readLexiconRows } from "../../core/lexicon.js";
import { normalizeArabic } from "../../text/normalize.js";
import type { Token } from "../../text/tokenize.js";
import type { NumberMention, VagueNumberMention } from "./types.js";
import { type WordNumber, wordNumbers } from "./word-token.js";

/** What a reader found at a token: a figure or a vague count (without its text), and where to go on. */
export interface Read {
  readonly number?: Omit<NumberMention, "text">;
  readonly vague?: Omit<VagueNumberMention, "text">;
  readonly next: number;
}

let weekdayNames: ReadonlySet<string> | undefined;

/**
 * «الاثنين» (with the article) is Monday far more often than "the two", and «الأحد» Sunday rather than
 * "the one": a definite weekday name is never a figure. Bare «اثنين» (two) and «أحد عشر» (eleven) stay.
 */
function isWeekday(token: Token): boolean {
  weekdayNames ??= new Set(
    readLexiconRows("lexicons/ar/weekdays.tsv")
      .map((r) => normalizeArabic(r[1] ?? ""))
      .filter((name) => name.startsWith("ال")),
  );
  const t = normalizeArabic(token.text);
  return weekdayNames.has(t) || weekdayNames.has(t.replace(/^[وف]?[بل]?/u, ""));
}

export class TokenView {
  private readonly readings: (readonly WordNumber[] | undefined)[] = [];

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {}

  /** The readings of token i as a number word, most likely first (none for a weekday name). */
  readingsOf(i: number): readonly WordNumber[] {
    let r = this.readings[i];
    if (r === undefined) {
      const token = this.tokens[i];
      r = token ? wordNumbers(token) : [];
      if (r.length > 0 && isWeekday(token!)) r = [];
      this.readings[i] = r;
    }
    return r;
  }

  /** The most likely reading of token i as a number word, or null. */
  word(i: number): WordNumber | null {
    return this.readingsOf(i)[0] ?? null;
  }

  /** Tokens i and j are neighbours on one line (only white space, no line break, between them). */
  sameLine(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return a !== undefined && b !== undefined && !this.text.slice(a.end, b.start).includes("\n");
  }

  /** Token i ends where token j starts: «و36», "25th". */
  touching(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return a !== undefined && b !== undefined && a.end === b.start;
  }
}
