// The tokens of one title or body line with their matching forms and sentence boundaries: what every
// quantity rule looks at. Offsets in `tokens` are into the line text; `offset` turns them into offsets
// into Document.text.
import { type Token, tokenize } from "../../text/tokenize.js";
import { type TokenForms, tokenForms } from "./phrases.js";

export interface LineContext {
  readonly text: string;
  /** Offset of the line in Document.text. */
  readonly offset: number;
  readonly tokens: readonly Token[];
  readonly forms: readonly TokenForms[];
  /** For each token, the index of the first token of its sentence. */
  readonly sentence: readonly number[];
}

/** Punctuation that ends a sentence for the purpose of finding a verb for a figure. */
const SENTENCE_END = /^(?:\.+|[!?؟;؛])$/u;

export function lineContext(text: string, offset: number): LineContext {
  const tokens = tokenize(text);
  const forms = tokens.map(tokenForms);
  const sentence: number[] = [];
  let first = 0;
  tokens.forEach((t, i) => {
    sentence.push(first);
    if (t.kind === "punct" && SENTENCE_END.test(t.text)) first = i + 1;
  });
  return { text, offset, tokens, forms, sentence };
}

/** Index of the token that contains line offset `at` (or the first one after it). */
export function tokenAt(ctx: LineContext, at: number): number {
  const i = ctx.tokens.findIndex((t) => t.end > at);
  return i < 0 ? ctx.tokens.length : i;
}

/** Index of the last token that ends at or before line offset `at`. */
export function tokenEndingAt(ctx: LineContext, at: number): number {
  let k = -1;
  ctx.tokens.forEach((t, i) => {
    if (t.end <= at) k = i;
  });
  return k;
}

export function touching(ctx: LineContext, i: number, j: number): boolean {
  const a = ctx.tokens[i];
  const b = ctx.tokens[j];
  return a !== undefined && b !== undefined && a.end === b.start;
}
