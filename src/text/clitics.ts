// Arabic proclitics glued to the front of a word: «وقسد» is و (and) + «قسد» (the SDF), «بالرقة» is
// ب (in) + «الرقة» (Raqqa), «للمرصد» is ل (to) + «المرصد» (the Observatory) with the article's alef
// dropped. Gazetteers list «قسد» and «الرقة»; they can only match after these are peeled off.
//
// The order is fixed by Arabic grammar: [و|ف] then [ب|ل|ك] then [ال], each at most once:
//   «وبالرقة» → و + ب + «الرقة»   «فللمرصد» → ف + ل + (ا)ل + «مرصد».
// Stripping is conservative, because guessing wrong turns a name into nonsense:
//   - never when what would remain has fewer than 2 letters: «لا» (no), «وفي» → «في» but «له» stays;
//   - never when what it would strip from is in data/lexicons/ar/clitic-protected.txt, alone or with one
//     pronoun suffix: «وزارة» (ministry), «بيانها» (her statement), «لبنان» (Lebanon) keep their first letter;
//   - ك (like) only before the article: «كالعادة» (as usual) → ك + «العادة», but «كركوك», «كبير»,
//     «كتائب» (brigades) are untouched, since most ك-initial words in news are not ك + noun;
//   - «لل» + X reads as ل + «الX» unless «لX» is protected: «للبنان» (to Lebanon) → ل + «لبنان».
//     «للجنة» (to the committee) therefore gives ل + «لجنة», losing the article: harmless for lookups.
// The article is kept by default («بالرقة» → «الرقة», the form gazetteers list); `{ article: true }`
// strips it as well («بالرقة» → «رقة») for matching bare forms.
// A bare clitic written with tatweel before a quotation, «لـ«داعش»» (to «ISIS»), gives ل + «داعش».
import { readLexiconSet } from "../core/lexicon.js";
import { normalizeArabic, normalizeWithMap } from "./normalize.js";

export interface StripOptions {
  /** Also strip the article ال (default false: «بالرقة» → «الرقه»; true: → «رقه»). */
  readonly article?: boolean;
}

export interface CliticSplit {
  /** The stem in normalised form (see normalize.ts): «بالرقة» → «الرقه». */
  readonly stem: string;
  /** The clitics removed, in order, normalised: «وبالرقة» with { article: true } → ["و", "ب", "ال"]. */
  readonly prefixes: readonly string[];
  /**
   * Where the stem's letters start and end in the RAW word (UTF-16 offsets), for mapping a match back to
   * the text: for «لـ«داعش»» these give «داعش». When «لل» hid the article's alef («للمرصد»), the raw slice
   * is «لمرصد» while `stem` is «المرصد».
   */
  readonly stemStart: number;
  readonly stemEnd: number;
}

let protectedWords: Set<string> | undefined;

function protectedSet(): Set<string> {
  protectedWords ??= readLexiconSet("lexicons/ar/clitic-protected.txt", normalizeArabic);
  return protectedWords;
}

/** Pronoun suffixes a protected word may carry: «وزارته» (his ministry), «بيانهم» (their statement). */
const SUFFIXES = ["هما", "هم", "هن", "ها", "كم", "كما", "نا", "ه", "ك", "ي"];
const LETTER = /\p{L}/u;
const QUOTE = /["'(]/;
const CLOSER = /["')]/;

/** Whether a normalised word keeps its first letters (clitic-protected.txt, alone or with a pronoun suffix). */
export function isCliticProtected(word: string): boolean {
  return isProtected(word);
}

function isProtected(rest: string): boolean {
  const set = protectedSet();
  if (set.has(rest)) return true;
  for (const suffix of SUFFIXES) {
    if (!rest.endsWith(suffix) || rest.length - suffix.length < 2) continue;
    const base = rest.slice(0, -suffix.length);
    if (set.has(base)) return true;
    // ta marbuta is written ت before a suffix: «وزارة» + «ها» = «وزارتها»
    if (base.endsWith("ت") && set.has(`${base.slice(0, -1)}ه`)) return true;
  }
  return false;
}

function letterCount(s: string): number {
  let n = 0;
  for (const ch of s) if (LETTER.test(ch)) n++;
  return n;
}

/**
 * Peel Arabic proclitics off `word` (one token, raw or normalised). Words in other scripts, and words
 * the rules above protect, come back whole as `{ stem: normalised word, prefixes: [] }`.
 */
export function stripClitics(word: string, options: StripOptions = {}): CliticSplit {
  const n = normalizeWithMap(word);
  const t = n.text;
  let s = 0;
  let e = t.length;
  while (s < e && QUOTE.test(t[s]!)) s++;
  while (e > s && CLOSER.test(t[e - 1]!)) e--;
  const prefixes: string[] = [];
  let restoredArticle = false;
  // After a clitic the stem may open with a quotation mark: «لـ«داعش»» normalises to `ل"داعش"`.
  const skipQuote = (i: number): number => (i < e && QUOTE.test(t[i]!) ? i + 1 : i);
  const rest = (i: number): string => t.slice(skipQuote(i), e);
  const canStrip = (i: number): boolean => {
    const after = rest(i);
    return letterCount(after) >= 2 && after !== "ال" && !isProtected(t.slice(i - 1, e));
  };

  if ((t[s] === "و" || t[s] === "ف") && canStrip(s + 1)) {
    prefixes.push(t[s]!);
    s = skipQuote(s + 1);
  }
  if (t[s] === "ل" && t[s + 1] === "ل" && !isProtected(t.slice(s, e)) && !isProtected(t.slice(s + 1, e))) {
    if (letterCount(rest(s + 2)) >= 2) {
      // «للمرصد»: ل + «المرصد» whose alef is not written
      prefixes.push("ل");
      s += 1;
      restoredArticle = true;
    }
  } else if ((t[s] === "ب" || t[s] === "ل") && canStrip(s + 1)) {
    prefixes.push(t[s]!);
    s = skipQuote(s + 1);
  } else if (t[s] === "ك" && t.startsWith("ال", s + 1) && canStrip(s + 1)) {
    prefixes.push("ك");
    s += 1;
  }

  if (restoredArticle) {
    if (options.article) {
      prefixes.push("ال");
      s += 1;
    }
  } else if (options.article && t.startsWith("ال", s) && !isProtected(t.slice(s, e))) {
    if (letterCount(t.slice(s + 2, e)) >= 2) {
      prefixes.push("ال");
      s += 2;
    }
  }

  const stem = restoredArticle && !options.article ? `ا${t.slice(s, e)}` : t.slice(s, e);
  return { stem, prefixes, stemStart: n.toRaw[s]!, stemEnd: n.toRaw[e]! };
}
