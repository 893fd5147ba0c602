// Function words for Arabic and English, from data/lexicons/{ar,en}/stopwords.txt, normalised on load with
// the matching normaliser so raw spellings match: «إلى», «الى» and «إلَى» (to) are one entry.
//
// An Arabic function word often arrives with a conjunction or preposition glued on: «وفي» (and in),
// «والذي» (and which), «فإن» (for indeed). Those forms are not listed; isStopword strips the clitics
// and looks the stem up, so «والذي» is a stopword while «وزارة» (ministry, protected) is not.
import { readLexiconSet } from "../core/lexicon.js";
import { stripClitics } from "./clitics.js";
import { normalizeArabic } from "./normalize.js";

export type StopwordLanguage = "ar" | "en";

const cache = new Map<StopwordLanguage, ReadonlySet<string>>();

/** The stopword set of `lang`, in normalised form. */
export function stopwords(lang: StopwordLanguage): ReadonlySet<string> {
  let set = cache.get(lang);
  if (!set) {
    set = readLexiconSet(`lexicons/${lang}/stopwords.txt`, normalizeArabic);
    cache.set(lang, set);
  }
  return set;
}

/** Whether `word` (one token, raw or normalised) is a function word of `lang`. */
export function isStopword(word: string, lang: StopwordLanguage): boolean {
  const set = stopwords(lang);
  const normalised = normalizeArabic(word);
  if (set.has(normalised)) return true;
  if (lang !== "ar") return false;
  const split = stripClitics(word);
  return split.prefixes.length > 0 && set.has(split.stem);
}
