// English and Arabic names of one actor. When the gazetteer knows both they already share its id; when
// it does not (a local armed group, a spokesman, a small town), two tests link them, each only when it
// points at exactly one Arabic actor of the batch:
//   consonants   people, places and one-word names are compared by their consonant skeleton, the letters
//                both scripts write: "Firas al-Masalma" f·r·s m·s·l·m = «فراس المسالمة», "Qahd" k·h·d =
//                «قحد», "Tafas" = «طفس»; vowels, «ع» and the article are left out, doubles are one
//   translation  organisation names word by word through en/name-translations.tsv, proper names by their
//                consonants: "Southern Observatory for Human Rights" = «المرصد الجنوبي لحقوق الإنسان»,
//                "Hawran Democratic Forces" = «قوات حوران الديمقراطية»
// A skeleton of fewer than three consonants ("Nawa" n, "Daraa" d·r) decides nothing on its own.
import { readLexiconRows } from "../../core/lexicon.js";
import { type EntityContext, heavyFold, phraseWords, withoutArticle } from "../../extract/entities/index.js";
import { stripClitics } from "../../text/clitics.js";
import { isStopword } from "../../text/stopwords.js";
import { classOf, type Placed } from "./nodes.js";
import type { UnionFind } from "./union-find.js";

/** Fewest consonants in a name for the consonant test to decide. */
export const MIN_SKELETON = 3;

const AR: Record<string, string> = {
  ب: "b",
  ت: "t",
  ث: "t",
  ج: "j",
  ح: "h",
  خ: "k",
  د: "d",
  ذ: "d",
  ر: "r",
  ز: "z",
  س: "s",
  ش: "S",
  ص: "s",
  ض: "d",
  ط: "t",
  ظ: "z",
  غ: "g",
  ف: "f",
  ق: "k",
  ك: "k",
  ل: "l",
  م: "m",
  ن: "n",
  ه: "h",
  و: "w",
  ي: "y",
};
const DIGRAPHS: [RegExp, string][] = [
  [/sh/gu, "S"],
  [/kh/gu, "k"],
  [/gh/gu, "g"],
  [/th/gu, "t"],
  [/dh/gu, "d"],
  [/ph/gu, "f"],
  [/q/gu, "k"],
  [/c/gu, "k"],
  [/x/gu, "ks"],
];
const LATIN = /^[a-z'’-]+$/u;

function collapse(s: string): string {
  return s.replace(/(.)\1+/gu, "$1");
}

/** Consonant skeleton of one normalised word, Arabic or Latin; «و»/«ي», w/y count only first. */
export function skeleton(word: string): string {
  if (LATIN.test(word)) {
    let w = word.replace(/['’-]/gu, "");
    for (const [re, to] of DIGRAPHS) w = w.replace(re, to);
    let out = "";
    for (let i = 0; i < w.length; i++) {
      const ch = w[i]!;
      if ("aeiou".includes(ch) || ((ch === "w" || ch === "y") && i > 0)) continue;
      out += ch;
    }
    return collapse(out);
  }
  let w = withoutArticle(word);
  if (w.endsWith("ه") && w.length > 2) w = w.slice(0, -1);
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    if ((ch === "و" || ch === "ي") && i > 0) continue;
    out += AR[ch] ?? "";
  }
  return collapse(out);
}

/** Name words without articles; "Abdel Hakim" joined as the Arabic «عبدالحكيم» is. */
function words(name: string): string[] {
  const out: string[] = [];
  const ws = phraseWords(name).map((w) => w.replace(/'s$/u, ""));
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    if (w === "al" || w === "el" || w === "the") continue;
    if (["abdel", "abdul", "abd", "abdal"].includes(w) && k + 1 < ws.length) {
      out.push(`abdal${ws[++k]!}`); // «عبدالحكيم» keeps the ل of its article
      continue;
    }
    out.push(w);
  }
  return out;
}

function signature(name: string): string | null {
  const sk = words(name).map(skeleton);
  const consonants = sk.join("").length;
  return consonants >= MIN_SKELETON && sk.every(Boolean) ? sk.join(" ") : null;
}

/** Arabic word as the translation table writes it: no article, no «لـ», masculine, long vowels folded. */
function arabicBare(word: string): string {
  let w = stripClitics(word, { article: true }).stem;
  if (w.endsWith("ه") && w.length > 3) w = w.slice(0, -1);
  return heavyFold(w);
}

let translations: Map<string, Set<string>> | undefined;

function translationTable(): Map<string, Set<string>> {
  if (translations) return translations;
  translations = new Map();
  for (const row of readLexiconRows("lexicons/en/name-translations.tsv")) {
    const en = (row[0] ?? "").toLowerCase();
    const ar = (row[1] ?? "").split("|").map((w) => arabicBare(phraseWords(w)[0] ?? ""));
    translations.set(en, new Set([...(translations.get(en) ?? []), ...ar]));
  }
  return translations;
}

/** Whether an English organisation name is the Arabic one, word for word in any order. */
function translates(english: string, arabic: string): boolean {
  const en = words(english).filter((w) => !isStopword(w, "en"));
  const ar = phraseWords(arabic).filter((w) => !isStopword(w, "ar"));
  if (en.length < 2 || en.length !== ar.length) return false;
  const table = translationTable();
  const used = new Array<boolean>(ar.length).fill(false);
  const match = (k: number): boolean => {
    if (k === en.length) return true;
    const t = table.get(en[k]!);
    for (let j = 0; j < ar.length; j++) {
      if (used[j]) continue;
      const ok = t
        ? t.has(arabicBare(ar[j]!))
        : skeleton(en[k]!).length >= 2 && skeleton(en[k]!) === skeleton(ar[j]!);
      if (!ok) continue;
      used[j] = true;
      if (match(k + 1)) return true;
      used[j] = false;
    }
    return false;
  };
  return match(0);
}

const ARABIC = /[\u0600-\u06ff]/u;

export function linkAcrossLanguages(all: readonly Placed[], uf: UnionFind, _context: EntityContext): void {
  // clusters by script: an English cluster has no Arabic name
  const arabicNames = new Map<string, Set<string>>();
  const latinNames = new Map<string, Set<string>>();
  const classes = new Map<string, string>();
  for (const p of all) {
    if (!p.node || p.m.kind === "reference") continue;
    const root = uf.find(p.node);
    classes.set(root, classOf(p.m.type));
    const target = ARABIC.test(p.m.text) ? arabicNames : latinNames;
    for (const form of [p.m.text, p.m.core]) {
      if (!form) continue;
      const set = target.get(root) ?? new Set<string>();
      set.add(form);
      target.set(root, set);
    }
  }
  const bySignature = new Map<string, Set<string>>();
  for (const [root, names] of arabicNames) {
    for (const name of names) {
      const sig = signature(name);
      if (!sig) continue;
      const key = `${classes.get(root)}:${sig}`;
      bySignature.set(key, new Set([...(bySignature.get(key) ?? []), root]));
    }
  }
  for (const [root, names] of latinNames) {
    if (arabicNames.has(root)) continue;
    const cls = classes.get(root);
    const hits = new Set<string>();
    for (const name of names) {
      const sig = signature(name);
      for (const r of (sig && bySignature.get(`${cls}:${sig}`)) || []) hits.add(r);
      if (cls !== "ORG") continue;
      for (const [arRoot, arNames] of arabicNames) {
        if (classes.get(arRoot) === "ORG" && [...arNames].some((a) => translates(name, a))) hits.add(arRoot);
      }
    }
    const roots = new Set([...hits].map((r) => uf.find(r)));
    if (roots.size === 1) uf.union(root, [...roots][0]!);
  }
}
