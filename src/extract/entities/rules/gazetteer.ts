// Rule 1: gazetteer names, longest first at every word («قوات سورية الديموقراطية», «وبالرقة» → «الرقة»,
// "Reuters"), and the names that refer to gazetteer entries only in context (ambiguous.tsv).
// - A name two entries share (shared-names.tsv: «الميادين», the town and the channel) is read by what
//   stands before it: a place head or a locative word makes it the place, an outlet head the outlet,
//   and otherwise a place comes first.
// - A one-word name that is also an ordinary word (ar/ambiguous-names.tsv: «الطبقة» Tabqa / the layer)
//   stays unconfirmed unless quoted, after a locative word («في الطبقة», «بالميادين») or taken by a head
//   rule («مدينة الطبقة»); unconfirmed candidates are dropped at the end.
// - A contextual name («التحالف», «وزارة الدفاع», «الميليشيات الكردية») is a reference to the entries it
//   may mean, resolved by what the document names; one that names only places («الباب», al-Bab and the
//   door) is a place name that needs the same cues as above.
import type { EntityType } from "../../../core/types.js";
import { normalizeArabic } from "../../../text/normalize.js";
import type { GazetteerName } from "../context.js";
import { phraseWords } from "../name-keys.js";
import {
  type Candidate,
  isWord,
  type LineState,
  makeCandidate,
  nextWord,
  quoteBefore,
  surface,
} from "./candidate.js";

export const GAZETTEER_PRIORITY = 50;
/** Above the head rules (40): «وزارة الدفاع» alone is the ministry of the country named nearby. */
export const CONTEXTUAL_PRIORITY = 45;

const PLACES = new Set<EntityType>(["GPE", "LOC", "FAC"]);
const KIND_ORDER = ["country", "territory", "capital", "city", "governorate", "region", "river"];

/** What the word before the name says about it. */
function cueBefore(state: LineState, first: number): "place" | "org" | null {
  const t = state.lt.tokens[first]!;
  if (t.prefixes.includes("ب")) return "place";
  for (let k = first - 1; k >= 0; k--) {
    const p = state.lt.tokens[k]!;
    if (p.kind !== "word") continue;
    if (state.context.locatives.has(p.stem)) return "place";
    const lex = state.context.lexicons;
    const head = lex.arPlaceHeads.matchAt(state.lt.tokens, k);
    if (head?.last === k && head.payloads.some((h) => h.mode !== "prefix" && h.mode !== "direction"))
      return "place";
    if (lex.arOrgHeads.lookup(p.stem).length) return "org";
    return null;
  }
  return null;
}

function pick(state: LineState, first: number, payloads: readonly GazetteerName[]): GazetteerName | null {
  const raw = state.lt.tokens[first]!.raw;
  const usable = payloads.filter((p) => !p.capitalsOnly || raw === raw.toUpperCase());
  if (usable.length <= 1) return usable[0] ?? null;
  const cue = cueBefore(state, first);
  const rank = (p: GazetteerName): number => {
    const place = PLACES.has(p.entry.type);
    const kind = KIND_ORDER.indexOf(p.entry.kind);
    return (cue === "org" ? (place ? 1 : 0) : place ? 0 : 1) * 100 + (kind < 0 ? 50 : kind);
  };
  return [...usable].sort((a, b) => rank(a) - rank(b))[0]!;
}

function confirmed(state: LineState, first: number, need: "place" | "quoted", name = ""): boolean {
  if (quoteBefore(state, first)) return true;
  return need === "place" && cueBefore(state, first) === "place" && !commonNounOnPage(state, name);
}

/**
 * The page last asked about, normalised once, and the answers for it: lines are read page by page, so
 * one page is enough, and it is keyed by its text (two batches may both have a page called «01»).
 */
let page:
  | { readonly text: string; readonly normalized: string; readonly answers: Map<string, boolean> }
  | undefined;

/**
 * Whether the page uses a place name that is also a word as that word, without the article
 * («انهيار عمارة سكنية», «بجزيرة كينديرو»): one sense per page, so its «في العمارة» is the building
 * and its «إلى الجزيرة» the island, not Amarah or the Jazira. Only for one-word names with the article.
 */
function commonNounOnPage(state: LineState, name: string): boolean {
  const norm = normalizeArabic(name);
  if (!norm.startsWith("ال") || norm.includes(" ")) return false;
  if (page?.text !== state.text) {
    page = { text: state.text, normalized: normalizeArabic(state.text), answers: new Map() };
  }
  let found = page.answers.get(norm);
  if (found === undefined) {
    // the bare word, after at most two proclitics (و ف ب ل ك), standing alone
    const word = norm.slice(2).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
    found = new RegExp(`(?:^|[\\s«"“(])[وفبلك]{0,2}${word}(?=[\\s،,.»"”):؛]|$)`, "mu").test(page.normalized);
    page.answers.set(norm, found);
  }
  return found;
}

function contextualRule(state: LineState, i: number): Candidate | null {
  const m = state.context.contextual.matchAt(state.lt.tokens, i);
  if (!m) return null;
  const named = m.payloads[0]!;
  const entries = named.ids.map((id) => state.context.byId(id)).filter((e) => !!e);
  if (!entries.length) return null;
  const need = state.context.ambiguous.get(phraseWords(named.name).join(" "));
  if (entries.every((e) => PLACES.has(e.type)) || need) {
    const entry = entries[0]!;
    const candidate = makeCandidate(state, i, m.last, GAZETTEER_PRIORITY, {
      type: entry.type,
      rule: "gazetteer:contextual",
      gazetteerId: entry.id,
      keepClitic: !m.viaStem,
    });
    return confirmed(state, i, need ?? "place", named.name) ? candidate : { ...candidate, unconfirmed: true };
  }
  return makeCandidate(state, i, m.last, CONTEXTUAL_PRIORITY, {
    type: entries[0]!.type,
    rule: "gazetteer:contextual",
    kind: "reference",
    ref: { mode: "candidates", targets: entries.map((e) => e.id), country: null, standalone: false },
    keepClitic: !m.viaStem,
  });
}

/**
 * The bare name inside a gazetteer name that carries its head or title: «مدينة الرقة» → «الرقة»,
 * «الأمير محمد بن سلمان» → «محمد بن سلمان», «محمد بن سلمان آل سعود» → «محمد بن سلمان».
 */
function bareCore(state: LineState, first: number, last: number, hit: GazetteerName): string | null {
  const toks = state.lt.tokens;
  const lex = state.context.lexicons;
  const type = hit.entry.type;
  let a = first;
  let b = last;
  const head = lex.arPlaceHeads.matchAt(toks, a);
  if (
    head &&
    PLACES.has(type) &&
    head.last < b &&
    head.payloads.some((p) => p.mode === "drop" || p.mode === "known")
  ) {
    // only when the bare name is the entry's own: «مدينة الرقة» → «الرقة», but «محافظة الرقة» (the
    // governorate) is not «الرقة» (the city), nor «ريف دمشق» (the countryside) «دمشق»
    const bare = nextWord(state, head.last);
    const own = state.context.gazetteer.matchAt(toks, bare);
    if (own && own.last === b && own.payloads.some((p) => p.entry.id === hit.entry.id)) a = bare;
  }
  const title = type === "PERSON" ? lex.arTitles.matchAt(toks, a) : null;
  if (title && title.last < b) a = nextWord(state, title.last);
  if (type === "PERSON") {
    for (let k = a + 1; k < b; k++)
      if (toks[k]!.norm === "ال" && toks[k]!.kind === "word") b = previousWord(state, k);
  }
  if (a < 0 || b < a || (a === first && b === last)) return null;
  return surface(state, a, b, true).text;
}

/**
 * «ريف درعا» (the Daraa countryside, an entry of its own) also names Daraa: the place after a head,
 * when it is another entry, is a mention kept inside the longer one.
 */
function innerPlace(state: LineState, first: number, last: number, hit: GazetteerName): Candidate | null {
  if (!PLACES.has(hit.entry.type)) return null;
  const toks = state.lt.tokens;
  const head = state.context.lexicons.arPlaceHeads.matchAt(toks, first);
  if (!head || head.last >= last || !head.payloads.some((p) => p.mode === "drop" || p.mode === "known"))
    return null;
  const bare = nextWord(state, head.last);
  const m = bare >= 0 ? state.context.gazetteer.matchAt(toks, bare) : null;
  const other =
    m?.last === last
      ? pick(
          state,
          bare,
          m.payloads.filter((p) => p.entry.id !== hit.entry.id),
        )
      : null;
  if (!other || !PLACES.has(other.entry.type)) return null;
  return makeCandidate(state, bare, last, GAZETTEER_PRIORITY, {
    type: other.entry.type,
    rule: "gazetteer:inner",
    gazetteerId: other.entry.id,
    keepClitic: true,
  });
}

function previousWord(state: LineState, k: number): number {
  for (let j = k - 1; j >= 0; j--) if (state.lt.tokens[j]!.kind === "word") return j;
  return -1;
}

export function gazetteerRule(state: LineState): void {
  const toks = state.lt.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i])) continue;
    const contextual = contextualRule(state, i);
    if (contextual) state.candidates.push(contextual);
    const m = state.context.gazetteer.matchAt(toks, i);
    if (!m) continue;
    const hit = pick(state, i, m.payloads);
    if (!hit) continue;
    const need = state.context.ambiguous.get(phraseWords(hit.name).join(" "));
    const inner = innerPlace(state, i, m.last, hit);
    const candidate: Candidate = makeCandidate(
      state,
      i,
      m.last,
      GAZETTEER_PRIORITY,
      {
        type: hit.entry.type,
        rule: "gazetteer",
        gazetteerId: hit.entry.id,
        core: inner ? null : bareCore(state, i, m.last, hit),
        keepClitic: !m.viaStem, // «فرانس برس» matched as written is not ف + «رانس برس»
      },
      inner ? [inner] : undefined,
    );
    state.candidates.push(
      need && !confirmed(state, i, need) ? { ...candidate, unconfirmed: true } : candidate,
    );
  }
}
