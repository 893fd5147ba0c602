// Whether reported content denies: «قال إنه لا يوجد أي اتفاق» (he said there is no agreement at all)
// is a denial though «قال» is not. Only the head of the content counts — the words right after أن/إنه
// or the opening quotation mark — so a negation further in («… ولا وجود أساساً لمقاتلينا في الجنوب»,
// and we have no fighters in the south at all) is a statement, not the denial of a claim.
import { normalizeArabic } from "../../text/normalize.js";
import { cueLexicon } from "./cue-lexicon.js";

/** Words of the content head that may come before the denial itself. */
const LEAD_AR = new Set([
  "ان",
  "انه",
  "انها",
  "انهم",
  "بان",
  "بانه",
  "بانها",
  "هناك",
  "فانه",
  "قطعيا",
  "تماما",
]);
const LEAD_EN = new Set(["that", "there", "it", "the", "was", "is"]);
const HEAD_WORDS = 9;

function words(text: string, lang: "ar" | "en"): string[] {
  const norm = lang === "ar" ? normalizeArabic(text) : text.toLowerCase();
  return norm
    .replace(/["'«»“”()[\]:،,.!?؟]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
}

export function deniesContent(text: string, lang: "ar" | "en"): boolean {
  const lex = cueLexicon();
  const ws = words(text, lang);
  const lead = lang === "ar" ? LEAD_AR : LEAD_EN;
  let s = 0;
  while (s < ws.length && s < 3 && lead.has(ws[s]!)) s++;
  const head = ws.slice(s, s + HEAD_WORDS);
  const phrases = lang === "ar" ? lex.arDenials : lex.enDenials;
  for (let k = 0; k < head.length; k++) {
    for (const p of phrases) {
      if (k + p.length <= head.length && p.every((w, j) => w === "*" || head[k + j] === w)) return true;
    }
  }
  return false;
}
