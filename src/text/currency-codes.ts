// Currency codes written before an amount ("KD3.2 million", "SAR 10m"), data/lexicons/en/currency-codes.tsv:
// the tokenizer splits a code glued to its amount, and the quantity reader takes the code for the amount's
// unit, given as the currency's noun. One loader for both.
import { readLexiconRows } from "../core/lexicon.js";

let codes: ReadonlyMap<string, string> | undefined;

/** Currency codes as written ("KD", "SAR") → the currency's noun ("dinar", "riyal"). */
export function currencyCodeNouns(): ReadonlyMap<string, string> {
  codes ??= new Map(
    readLexiconRows("lexicons/en/currency-codes.tsv").map(([code = "", noun = ""]) => [code, noun] as const),
  );
  return codes;
}
