// Whether reported content denies: «قال إنه لا يوجد أي اتفاق» (he said there is no agreement at all)
// is a denial though «قال» is not. Only the head of the content counts — the words right after أن/إنه
// or the opening quotation mark — so a negation further in («… ولا وجود أساساً لمقاتلينا في الجنوب»,
// and we have no fighters in the south at all) is a statement, not the denial of a claim.
import { normalizeArabic } from "../../text/normalize.js";
import { cueLexicon } from "./cue-lexicon.js";

/**
 * How many words from the start of the content a denial may begin within: past «أنه»/«بأن», an opening
 * «هناك» or "that there was", up to the negation itself («إنه لا صحة», "there was no truth").
 */
const HEAD_WORDS = 12;

function words(text: string, lang: "ar" | "en"): string[] {
  const norm = lang === "ar" ? normalizeArabic(text) : text.toLowerCase();
  return norm
    .replace(/["'«»“”()[\]:،,.!?؟]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean);
}

export function deniesContent(text: string, lang: "ar" | "en"): boolean {
  const lex = cueLexicon();
  const all = words(text, lang);
  const phrases = lang === "ar" ? lex.arDenials : lex.enDenials;
  // a denial must begin within the head; it may end past it («… عن التوصل إلى اتفاق "عارية عن الصحة"»)
  for (let k = 0; k < Math.min(all.length, HEAD_WORDS); k++) {
    for (const p of phrases) {
      if (k + p.length <= all.length && p.every((w, j) => w === "*" || all[k + j] === w)) return true;
    }
  }
  return false;
}
