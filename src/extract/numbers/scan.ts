// One pass over the tokens of a text that finds every figure (digits, words, digits with a scale word),
// every ordinal and every vague count, with raw offsets. findNumbers and findVagueNumbers are views of it.
import { tokenize } from "../../text/tokenize.js";
import { lookupNumberWord } from "./number-words.js";
import { readDigits } from "./read-digits.js";
import { readArabic, readEnglish, readOrdinal, readVague } from "./read-words.js";
import { type Read, TokenView } from "./token-view.js";
import type { NumberMention, VagueNumberMention } from "./types.js";

export interface ScanResult {
  readonly numbers: NumberMention[];
  readonly vague: VagueNumberMention[];
}

/** Whatever starts at token i. */
function readAt(view: TokenView, i: number): Read {
  if (view.tokens[i]!.kind === "number") return readDigits(view, i);
  const w = view.word(i);
  if (!w) return { next: i + 1 };
  const kind = w.entry.kind;
  if (kind === "ordinal" || kind === "ordinal-teen-head") return readOrdinal(view, i, w);
  if (kind === "vague" || kind === "scale-plural") return readVague(view, i, w);
  return w.lang === "ar" ? readArabic(view, i) : readEnglish(view, i);
}

/** Every figure, ordinal and vague count in `text`, in text order. */
export function scanNumbers(text: string): ScanResult {
  const view = new TokenView(text, tokenize(text));
  const numbers: NumberMention[] = [];
  const vague: VagueNumberMention[] = [];
  let i = 0;
  while (i < view.tokens.length) {
    const read = readAt(view, i);
    const m = read.number;
    if (m) {
      numbers.push({
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        value: m.value,
        form: m.form,
        ordinal: m.ordinal,
        rule: m.rule,
        definite: m.definite ?? false,
        prefix: m.prefix ?? "",
        lang: m.lang ?? null,
      });
    }
    if (read.vague) vague.push({ ...read.vague, text: text.slice(read.vague.start, read.vague.end) });
    i = read.next;
  }
  return { numbers, vague };
}

/** Whether a single word is a number word of either language (for callers that test one token). */
export function isNumberWord(word: string): boolean {
  return lookupNumberWord("ar", word) !== undefined || lookupNumberWord("en", word) !== undefined;
}
