// Which language a document (or one line) is in: "ar", "en", "fa", "ur", or "other".
//
// 1. Script. Letters are counted by script; the largest of Arabic-script, Latin and the rest decides the
//    branch. No letters at all ("2024 - 15:30", "") is "other".
// 2. Arabic script. Arabic, Persian and Urdu share most letters, but each keyboard writes some its own way:
//      - Urdu alone: ٹ ڈ ڑ ں ے ۓ ہ ھ  («یہ ایک خبر ہے», this is a news item);
//      - Persian and Urdu: پ چ ژ گ and the yeh/kaf ی ک, where Arabic writes ي ك
//        («این خبر است», this is news, vs «هذا خبر», the same in Arabic);
//      - Arabic alone: ة ي ى ك, and the article ال opening a large share of words («الجيش», the army);
//      - Kurdish, Pashto, Sindhi, Uyghur: ڕ ڵ ۆ ێ ە ټ ډ ړ ښ ږ ځ څ ګ ڼ … → "other".
//    Function words (data/lexicons/{fa,ur}/function-words.txt) add evidence, so Persian typed on an
//    Arabic keyboard («اين يك آزمايش است», this is a test) is still Persian through «يك» (one, = «یک»)
//    and «است» (is). A word that is also an Arabic stopword («اين», = «أين», where) counts for Arabic.
//    An Arabic article that quotes one Persian name («گلپایگانی») stays Arabic: Persian/Urdu letters must
//    be more than a tenth of the Arabic-only evidence. Only a line with no evidence either way
//    («سازمان ملل متحد», United Nations in Persian) is left to eld.
// 3. Latin script. Long text (8+ words): English when at least 20% of words are English stopwords
//    (English prose runs 40–50%; French, Spanish, German and Dutch news paragraphs hit 5–10% through
//    "a", "on", "in", "is"). Short text (a headline) has too few words for that, so eld decides, with a
//    lean towards English, the Latin-script language this project reads: "Rebels seize airport" is
//    English even though eld's n-grams rank Dutch a little higher.
//    Known miss: a very short English headline that eld reads confidently as another language
//    ("UN envoy urges calm": French at twice the English score) comes out "other".
// Only the first MAX_SAMPLE characters are read: a few thousand letters settle every case.
import { eld } from "eld/small";
import { readLexiconSet } from "../core/lexicon.js";
import type { LanguageCode } from "../core/types.js";
import { isStopword } from "./stopwords.js";

/** Characters read from the start of the text; a whole article's first screens are plenty. */
const MAX_SAMPLE = 20_000;
/** Characters handed to eld (its accuracy is flat past a few sentences; its cost is not). */
const ELD_SAMPLE = 1_000;
/** Latin texts with at least this many words are judged by stopword ratio alone. */
const LONG_TEXT_WORDS = 8;
/** English stopword share above which a long Latin text is English (English prose: 0.4–0.5). */
const EN_STOPWORD_RATIO = 0.2;
/** A short Latin text is English when eld's English score is at least this share of its best score. */
const EN_ELD_SHARE = 0.8;
/** Non-ASCII Latin letters («é», «ñ», «ß») above this share mark a short text as not English. */
const FOREIGN_DIACRITIC_SHARE = 0.03;
/** Persian/Urdu letters up to this share of the Arabic-only evidence are taken for quoted names. */
const NAME_SHARE = 0.1;
/** Letters of other Arabic-script languages (Kurdish, Pashto …) above this share of letters: "other". */
const OTHER_ARABIC_SCRIPT_SHARE = 0.02;

const URDU_LETTERS = new Set([..."ٹڈڑںےۓہھ"]);
const PERSIAN_URDU_LETTERS = new Set([..."پچژگکیۀ"]);
const ARABIC_ONLY_LETTERS = new Set([..."ةيىك"]);
const OTHER_ARABIC_SCRIPT_LETTERS = new Set([..."ڕڵۆێەټډړښږځڅګڼۍېۇۈۋڤڭ"]);

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const LATIN_SCRIPT = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;
const WORD_SPLIT = /[^\p{L}\p{M}'’]+/u;
const MARKS = /[\p{M}\u0640]/gu;

const detector = eld.newInstance();

let persianWords: Set<string> | undefined;
let urduWords: Set<string> | undefined;

function functionWords(lang: "fa" | "ur"): Set<string> {
  if (lang === "fa") persianWords ??= readLexiconSet("lexicons/fa/function-words.txt");
  else urduWords ??= readLexiconSet("lexicons/ur/function-words.txt");
  return (lang === "fa" ? persianWords : urduWords)!;
}

/** eld's best language among `allowed`, or null when it has no opinion. */
function eldPick(text: string, allowed: readonly string[]): string | null {
  const scores = detector.detect(text.slice(0, ELD_SAMPLE)).getScores();
  let best: string | null = null;
  let bestScore = 0;
  for (const lang of allowed) {
    const score = scores[lang] ?? 0;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}

/** Persian as typed on an Arabic keyboard writes ي ك for ی ک: «يك» (one) is «یک». */
function toPersianKeyboard(word: string): string {
  return word.replace(/ي/g, "ی").replace(/ك/g, "ک");
}

function arabicScript(text: string): LanguageCode {
  let letters = 0;
  let urdu = 0;
  let persianUrdu = 0;
  let arabicOnly = 0;
  let otherScript = 0;
  for (const ch of text) {
    if (!ARABIC_SCRIPT.test(ch) || !LETTER.test(ch)) continue;
    letters++;
    if (URDU_LETTERS.has(ch)) urdu++;
    else if (PERSIAN_URDU_LETTERS.has(ch)) persianUrdu++;
    else if (ARABIC_ONLY_LETTERS.has(ch)) arabicOnly++;
    else if (OTHER_ARABIC_SCRIPT_LETTERS.has(ch)) otherScript++;
  }
  if (otherScript > OTHER_ARABIC_SCRIPT_SHARE * letters && otherScript > urdu) return "other";

  let faHits = 0;
  let urHits = 0;
  let arHits = 0;
  const fa = functionWords("fa");
  const ur = functionWords("ur");
  for (const raw of text.split(WORD_SPLIT)) {
    const word = raw.replace(MARKS, "");
    if (!word || !ARABIC_SCRIPT.test(word)) continue;
    if (ur.has(word)) urHits++;
    else if (fa.has(word)) faHits++;
    else if (fa.has(toPersianKeyboard(word)) && !isStopword(word, "ar")) faHits++;
    // «الجيش» (the army): the article opens a fifth of Arabic words and almost no Persian or Urdu ones
    else if (word.startsWith("ال") && word.length >= 4) arHits++;
    else if (isStopword(word, "ar")) arHits++;
  }
  const arabicEvidence = arabicOnly + 2 * arHits;
  const persianEvidence = persianUrdu + urdu + 2 * (faHits + urHits);
  if (persianEvidence === 0) {
    return arabicEvidence > 0 ? "ar" : ((eldPick(text, ["ar", "fa", "ur"]) as LanguageCode | null) ?? "ar");
  }
  if (faHits + urHits === 0 && persianUrdu + urdu <= NAME_SHARE * arabicEvidence) return "ar";
  if (arabicEvidence > 2 * persianEvidence) return "ar";
  // Urdu writes ہ ے ں ٹ where Persian has none; one stray letter in a Persian page is outvoted.
  return urdu + 2 * urHits > 2 * faHits ? "ur" : "fa";
}

function latinScript(text: string): LanguageCode {
  const words = text.split(WORD_SPLIT).filter((w) => LATIN_SCRIPT.test(w));
  if (words.length === 0) return "other";
  const hits = words.filter((w) => isStopword(w, "en")).length;
  const ratio = hits / words.length;
  if (words.length >= LONG_TEXT_WORDS) return ratio >= EN_STOPWORD_RATIO ? "en" : "other";

  let latinLetters = 0;
  let nonAscii = 0;
  for (const ch of words.join("")) {
    if (!LETTER.test(ch)) continue;
    latinLetters++;
    if (ch.charCodeAt(0) > 0x7f) nonAscii++;
  }
  const foreignDiacritics = nonAscii > FOREIGN_DIACRITIC_SHARE * latinLetters;
  const result = detector.detect(text.slice(0, ELD_SAMPLE));
  if (result.language === "en") return "en";
  if (foreignDiacritics) return "other";
  const scores = result.getScores();
  const top = Math.max(0, ...Object.values(scores));
  const en = scores.en ?? 0;
  return top > 0 && en >= EN_ELD_SHARE * top ? "en" : "other";
}

/** The language of `text`: a single line or a whole article. */
export function detectLanguage(text: string): LanguageCode {
  const sample = text.length > MAX_SAMPLE ? text.slice(0, MAX_SAMPLE) : text;
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (const ch of sample) {
    if (!LETTER.test(ch)) continue;
    if (ARABIC_SCRIPT.test(ch)) arabic++;
    else if (LATIN_SCRIPT.test(ch)) latin++;
    else other++;
  }
  if (arabic + latin + other === 0) return "other";
  if (arabic >= latin && arabic >= other) return arabicScript(sample);
  if (latin > other) return latinScript(sample);
  return "other";
}
