// "© 2024 The Levant Ledger. All rights reserved.", "جميع الحقوق محفوظة لموقع حوران بوست © 2024": a
// copyright notice names the site that published the page. Take away the notice's own words, the
// years and the symbols, and what is left is the outlet.

import { readLexiconRows } from "../core/lexicon.js";
import { escapeRegExp } from "../core/regex.js";
import { cleanName } from "./metadata-lines.js";

let noticeWords: RegExp | undefined;

function noticePattern(): RegExp {
  if (noticeWords) return noticeWords;
  const phrases = ["lexicons/ar/boilerplate.tsv", "lexicons/en/boilerplate.tsv"]
    .flatMap((file) => readLexiconRows(file))
    .filter(([, kind]) => kind === "copyright")
    .map(([phrase = ""]) => escapeRegExp(phrase))
    .sort((a, b) => b.length - a.length);
  noticeWords = new RegExp(`(?:${phrases.join("|")})`, "giu");
  return noticeWords;
}

// An outlet name has one to six words; a longer remainder is a sentence, not a name.
export const OUTLET_NAME_MAX_WORDS = 6;

export function outletFromCopyright(text: string): string | null {
  const stripped = text
    .replace(noticePattern(), "|")
    .replace(/©|\(c\)|\bcopyright\b/giu, "|")
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b/gu, "|");
  const parts = stripped
    .split(/[|.,،\-–—]+/u)
    // "لموقع حوران بوست" (to the site Hawran Post): the preposition is not part of the name.
    .map((part) => cleanName(part.trim().replace(/^لـ?\s*(?=\p{L})/u, "")))
    .filter((part) => part && /\p{L}/u.test(part));
  const name = parts.sort((a, b) => b.length - a.length)[0];
  if (!name || name.split(/\s+/u).length > OUTLET_NAME_MAX_WORDS) return null;
  return name;
}
