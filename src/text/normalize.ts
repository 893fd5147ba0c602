// Normalisation FOR MATCHING. It never replaces the text a reader sees: extractors match lexicons and
// patterns against the normalised string, then map each hit back to an exact span of the raw text with
// `normalizeWithMap` / `rawSpan`, and quote that raw span.
//
// Why fold at all: one Arabic word reaches us in many spellings. «أعلنت وزارةُ الدفاع» (the ministry of
// defence announced), «اعلنت وزارة الدفاع» (no hamza, as many sites type it) and «أعلـــنت وزارة الدفاع»
// (tatweel stretching a headline) must all hit the lexicon entry «اعلنت وزاره الدفاع».
//
// The steps, applied to each raw character cluster (a base character and the combining marks after it):
//   1. NFKC, so presentation forms from old PDFs and Word files become letters: ﻻ → لا, ﺃ → أ, ﷲ → الله.
//   2. Letter folding: أ إ آ ٱ → ا, ؤ → و, ئ → ي, ى → ي, ة → ه; Persian-keyboard ی → ي, ک → ك, ۀ → ه.
//   3. Removal: harakat (U+064B–U+065F), dagger alef (U+0670), Quranic marks, tatweel, and invisible
//      format characters (RLM, LRM, ZWNJ, ZWJ, bidi embeddings, BOM, soft hyphen).
//   4. Digits: Eastern-Arabic ٠-٩ and Persian ۰-۹ → 0-9; Arabic decimal ٫ → ".", thousands ٬ → ",",
//      percent ٪ → "%". The Arabic comma «،», semicolon «؛» and question mark «؟» are KEPT as they are
//      (they never occur inside numbers, and patterns may want to tell them apart from Latin ones).
//   5. Quotes: double-quote forms “ ” „ ‟ « » → `"`; single-quote forms ‘ ’ ‚ ‛ ‹ › → `'`. Single forms
//      go to the apostrophe, not to `"`, because in English ’ is nearly always an apostrophe
//      ("Assad’s forces" must match "assad's forces", not `assad"s`).
//   6. Lowercase (Latin and every other cased script).
//   7. Whitespace: every run of white space (newlines, NBSP, thin spaces) → one " ", trimmed at both ends.
//
// NFKC is applied per cluster rather than to the whole string so that each output character knows which
// raw character it came from. This equals whole-string NFKC except for conjoining Hangul jamo, which
// never occur in our news.

/** A normalised string and, for each of its UTF-16 indexes, the raw index it came from. */
export interface NormalizedText {
  readonly text: string;
  /**
   * `toRaw[i]` is the raw index of the character that produced `text[i]`; `toRaw[text.length]` is the
   * raw index just after the last non-space raw character. Non-decreasing. Several normalised indexes
   * share one raw index when NFKC expands a character (ﻻ → لا).
   */
  readonly toRaw: Int32Array;
}

const TATWEEL = 0x0640;

/** Characters dropped entirely: they change how a word looks, never which word it is. */
function isRemoved(cp: number): boolean {
  if (cp >= 0x064b && cp <= 0x065f) return true; // fatha, damma, kasra, tanwin, shadda, sukun, hamza marks
  if (cp === 0x0670 || cp === TATWEEL) return true; // dagger alef «هٰذا», tatweel «الـرئيس»
  if (cp >= 0x0610 && cp <= 0x061a) return true; // honorific marks written over names
  if (cp >= 0x06d6 && cp <= 0x06dc) return true; // Quranic annotation marks (quoted verses)
  if (cp >= 0x06df && cp <= 0x06e4) return true;
  if (cp === 0x06e7 || cp === 0x06e8 || (cp >= 0x06ea && cp <= 0x06ed)) return true;
  if (cp >= 0x200b && cp <= 0x200f) return true; // ZWSP, ZWNJ, ZWJ, LRM, RLM
  if (cp >= 0x202a && cp <= 0x202e) return true; // bidi embeddings and overrides
  if (cp >= 0x2060 && cp <= 0x2069) return true; // word joiner, invisible operators, bidi isolates
  return cp === 0xfeff || cp === 0x00ad || cp === 0x061c; // BOM, soft hyphen, Arabic letter mark
}

function isSpace(cp: number): boolean {
  return (
    cp === 0x20 ||
    (cp >= 0x09 && cp <= 0x0d) ||
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

const FOLD = new Map<number, string>([
  [0x0623, "ا"], // أ  «أعلن» (he announced) → «اعلن»
  [0x0625, "ا"], // إ  «إسرائيل» → «اسرائيل»
  [0x0622, "ا"], // آ  «آلاف» (thousands) → «الاف»
  [0x0671, "ا"], // ٱ  alef wasla, in vocalised and religious text
  [0x0672, "ا"],
  [0x0673, "ا"],
  [0x0624, "و"], // ؤ  «مسؤول» (official) and «مسئول» → «مسوول» / «مسيول»: both spellings stay distinct
  [0x0626, "ي"], // ئ  «رئيس» (president) → «رييس»
  [0x0649, "ي"], // ى  «مستشفى» (hospital), often typed «مستشفي» → «مستشفي»
  [0x0629, "ه"], // ة  «وزارة» vs «وزاره» (both spellings occur) → «وزاره»
  [0x06cc, "ي"], // ی  Persian yeh, from Persian keyboards on Arabic sites
  [0x06a9, "ك"], // ک  keheh, likewise
  [0x06c0, "ه"], // ۀ
  [0x066b, "."], // ٫  Arabic decimal separator: «٢٫٥» → "2.5"
  [0x066c, ","], // ٬  Arabic thousands separator: «١٬٥٠٠» → "1,500"
  [0x066a, "%"], // ٪
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x201f, '"'],
  [0x00ab, '"'], // «
  [0x00bb, '"'], // »
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201a, "'"],
  [0x201b, "'"],
  [0x2039, "'"],
  [0x203a, "'"],
]);

/** The folded form of one code point ("" when removed); whitespace is handled by the caller. */
function computeFold(cp: number): string {
  if (cp < 0x80) {
    return cp >= 0x41 && cp <= 0x5a ? String.fromCharCode(cp + 32) : String.fromCharCode(cp);
  }
  if (isRemoved(cp)) return "";
  if (cp >= 0x0660 && cp <= 0x0669) return String.fromCharCode(cp - 0x0660 + 0x30); // ٠-٩
  if (cp >= 0x06f0 && cp <= 0x06f9) return String.fromCharCode(cp - 0x06f0 + 0x30); // ۰-۹
  const folded = FOLD.get(cp);
  if (folded !== undefined) return folded;
  const ch = String.fromCodePoint(cp);
  if (cp >= 0x0600 && cp <= 0x06ff) return ch; // Arabic has no case: skip toLowerCase
  return ch.toLowerCase();
}

/** computeFold, memoised for the Basic Multilingual Plane (news text is almost all in it). */
const foldCache: (string | undefined)[] = [];

function foldCodePoint(cp: number): string {
  if (cp > 0xffff) return computeFold(cp);
  let folded = foldCache[cp];
  if (folded === undefined) {
    folded = computeFold(cp);
    foldCache[cp] = folded;
  }
  return folded;
}

const MARK = /^\p{M}$/u;

function isMark(cp: number): boolean {
  if (cp < 0x0300) return false;
  if (cp >= 0x064b && cp <= 0x065f) return true;
  if (cp >= 0x0621 && cp <= 0x064a) return false;
  return MARK.test(String.fromCodePoint(cp));
}

/** Single code points that NFKC leaves alone, so the common case skips `String.normalize`. */
function isNfkcStable(cp: number): boolean {
  return cp < 0xa0 || (cp >= 0x0600 && cp <= 0x06ff && !(cp >= 0x0675 && cp <= 0x0678));
}

/** The one normalisation loop; `map` collects the raw index of every output code unit when given. */
function run(raw: string, map: number[] | null): { text: string; end: number } {
  let out = "";
  let pendingSpaceAt = -1; // raw index of the first white space of a run not yet written
  let end = 0; // raw index after the last raw cluster that was not white space
  let i = 0;
  while (i < raw.length) {
    const start = i;
    const first = raw.codePointAt(i)!;
    i += first > 0xffff ? 2 : 1;
    let stable = isNfkcStable(first);
    // The cluster also takes the removed characters after its base, so that «z», RLM, U+0301 composes
    // to «ź» now rather than on a second pass (normalisation must be idempotent).
    let kept = isRemoved(first) ? "" : String.fromCodePoint(first);
    while (i < raw.length) {
      const next = raw.codePointAt(i)!;
      const removed = isRemoved(next);
      if (!removed && !isMark(next)) break;
      stable = false;
      if (!removed) kept += String.fromCodePoint(next);
      i += next > 0xffff ? 2 : 1;
    }
    const cluster = stable ? null : kept.normalize("NFKC");
    let sawContent = false;
    // Walk the code points of the cluster's NFKC form, or just `first` when it needed none.
    let k = 0;
    for (;;) {
      let cp: number;
      if (cluster === null) {
        if (k > 0) break;
        cp = first;
        k = 1;
      } else {
        if (k >= cluster.length) break;
        cp = cluster.codePointAt(k)!;
        k += cp > 0xffff ? 2 : 1;
      }
      if (isSpace(cp)) {
        if (out.length > 0 && pendingSpaceAt < 0) pendingSpaceAt = start;
        continue;
      }
      sawContent = true;
      const folded = foldCodePoint(cp);
      if (folded.length === 0) continue;
      if (pendingSpaceAt >= 0) {
        out += " ";
        map?.push(pendingSpaceAt);
        pendingSpaceAt = -1;
      }
      out += folded;
      if (map) for (let u = 0; u < folded.length; u++) map.push(start);
    }
    if (sawContent) end = i;
  }
  return { text: out, end };
}

/** Normalise for matching (see the file comment). Idempotent: normalizeArabic(normalizeArabic(s)) === normalizeArabic(s). */
export function normalizeArabic(s: string): string {
  return run(s, null).text;
}

/** The same normalisation as `normalizeArabic`, plus the map from normalised indexes to raw ones. */
export function normalizeWithMap(s: string): NormalizedText {
  const map: number[] = [];
  const { text, end } = run(s, map);
  map.push(end);
  return { text, toRaw: Int32Array.from(map) };
}

/**
 * The raw span `[start, end)` of the normalised span `[from, to)`. A span that begins or ends inside an
 * expansion widens to the whole raw character: a match on the «ل» of «ﻻ» (one raw char, "لا" normalised)
 * gives the raw span of «ﻻ». Removed characters right after the match (its own harakat, tatweel, an RLM)
 * are inside the raw span; white space after it is not.
 */
export function rawSpan(n: NormalizedText, from: number, to: number): { start: number; end: number } {
  const length = n.text.length;
  if (from < 0 || to > length || from > to) {
    throw new RangeError(`rawSpan: [${from}, ${to}) is not inside [0, ${length}]`);
  }
  const start = n.toRaw[from]!;
  if (to === from) return { start, end: start };
  const lastSource = n.toRaw[to - 1]!;
  let k = to;
  while (k < length && n.toRaw[k] === lastSource) k++;
  return { start, end: n.toRaw[k]! };
}
