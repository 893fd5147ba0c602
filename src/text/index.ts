// The text core: matching normalisation with an offset map back to the raw text, tokens, sentences,
// Arabic clitics, stopwords and language identification. Every offset is a UTF-16 index into the raw
// text the caller passed in; nothing here returns a modified copy of the text for display.
//
// Importing this barrel loads eld's n-gram tables (~0.5 s, ~150 MB) for detectLanguage; a module that
// only needs normalisation or tokens can import "./normalize.js" or "./tokenize.js" directly.
export { type CliticSplit, isCliticProtected, type StripOptions, stripClitics } from "./clitics.js";
export { contentWordSlots, contentWords, lightStem } from "./content-words.js";
export { currencyCodeNouns } from "./currency-codes.js";
export { asciiDigits } from "./digits.js";
export { detectLanguage } from "./language.js";
export { type NormalizedText, normalizeArabic, normalizeWithMap, rawSpan } from "./normalize.js";
export { type Span, splitSentences } from "./sentences.js";
export { isStopword, type StopwordLanguage, stopwords } from "./stopwords.js";
export { type Token, type TokenKind, tokenize } from "./tokenize.js";
