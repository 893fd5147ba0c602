// Surface-form matching for every metric that compares text written by a person with text written by
// Isnad: outlet and byline names, attribution cues and speakers, actor names, null-valued times.
// The definitions are those of the reference scorer (shared/eval/score.mjs) character for character,
// so that scores computed here and there can be compared.

// Harakat (U+064B..U+065F), superscript alef (U+0670) and tatweel (U+0640): "قالَ" ~ "قال".
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;
// Hamza carriers and alef variants fold to bare alef: "أكد" ~ "اكد".
const ALEF_VARIANTS = /[إأآٱ]/g;
const ARABIC_INDIC_DIGITS = /[٠-٩]/g;
const PERSIAN_DIGITS = /[۰-۹]/g;
// Quotes, brackets and punctuation become spaces: "«الخطيب»" ~ "الخطيب".
const PUNCTUATION = /[«»"“”‘’'()[\]{}<>:؛;،,.!?؟\-–—_/\\|*]/g;
const WHITESPACE_RUN = /\s+/g;

// A conjunction or preposition glued to the article: "والمحافظ" (and the governor) -> "المحافظ".
const CLITIC_BEFORE_ARTICLE = /^[وفبلك](?=ال)/;
// Fused forms where the article's alef is dropped: "للمحافظ" (for the governor) -> "المحافظ".
const FUSED_ARTICLE = /^(وال|فال|بال|كال|لل)/;

/** Folds spelling variation that carries no meaning for matching; the result is lower-case. */
export function norm(s: string | null | undefined): string {
  return String(s ?? "")
    .normalize("NFKC")
    .replace(DIACRITICS, "")
    .replace(ALEF_VARIANTS, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .replace(ARABIC_INDIC_DIGITS, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGITS, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(PUNCTUATION, " ")
    .replace(WHITESPACE_RUN, " ")
    .trim()
    .toLowerCase();
}

/** Drops a leading conjunction or preposition attached to the article of one word. */
export function stripClitic(word: string): string {
  return word.replace(CLITIC_BEFORE_ARTICLE, "").replace(FUSED_ARTICLE, "ال");
}

/** `norm` plus clitic stripping on every word: the form that names are compared in. */
export function normForm(s: string | null | undefined): string {
  return norm(s).split(" ").map(stripClitic).join(" ");
}

function formTokens(s: string): string[] {
  return normForm(s).split(" ").filter(Boolean);
}

/**
 * Whether two surface forms name the same mention: equal after `normForm`; or, when `loose`, one is the
 * other plus exactly one whole token on either side (a first name, a title, an adjective):
 * "الخطيب" ~ "سامر الخطيب" (al-Khatib ~ Samer al-Khatib), but "الزهرة" is not "بلدة تل الزهرة"
 * (two tokens more) and "الخطيب" never matches "الخطيبين" (tokens, not characters).
 */
export function sameName(a: string, b: string, loose: boolean): boolean {
  const x = formTokens(a);
  const y = formTokens(b);
  if (x.join(" ") === y.join(" ")) return x.length > 0;
  if (!loose) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === 0 || long.length - short.length > 1) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((token, k) => token === long[i + k])) return true;
  }
  return false;
}

/**
 * Whether one form contains the other as a substring after `normForm` (characters, not tokens), both
 * non-empty: "الساحل" overlaps "صحيفة الساحل"; the cue "قال" overlaps "وقالت".
 */
export function overlaps(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = normForm(a);
  const y = normForm(b);
  return Boolean(x) && Boolean(y) && (x.includes(y) || y.includes(x));
}
