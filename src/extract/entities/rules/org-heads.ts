// Rule 3: organisations named with a head word (ar/org-heads.tsv).
//   construct  «وزارة الدفاع الروسية», «قوات حوران الديمقراطية», «وحدات حماية الشعب», «تجمع ثوار اللجاة»,
//              «وكالة إنترفاكس الروسية» (the head takes the gazetteer name and its id), «قناة «روسيا اليوم»»
//   definite   «الجيش السوري», «المرصد السوري لحقوق الإنسان», «اللجنة الأمنية في درعا», «التحالف الدولي»
//   quoted     «حملة «الرقة تذبح بصمت»», «معركة «غضب الفرات»»: only a quoted name
//   part       «القيادات الكردية في قوات سوريا الديمقراطية»: a group inside a body, a name of that body
// and «وزارة دفاع بلاده» (his country's defence ministry): a reference resolved to the speaker's country.
// The name runs over the head's complement (a construct chain of at most three nouns), then nisba
// adjectives and demonyms, a «لـ» complement («لحقوق الإنسان») and, for committees and state bodies, a
// place after «في». Times and figures found in the line stop it (see `barrier`).
import type { OrgHead } from "../lexicons.js";
import { withoutArticle } from "../name-keys.js";
import type { ReferenceSpec } from "../types.js";
import {
  adjacentWord,
  hasPronounSuffix,
  isArabicStop,
  isDefinite,
  isNisba,
  isWord,
  type LineState,
  makeCandidate,
  nextWord,
  startingAt,
  surface,
} from "./candidate.js";
import { extend, quotedEnd } from "./org-extent.js";
import { closingQuote } from "./quoted.js";

export const ORG_PRIORITY = 40;
/** Longest construct chain after a head: «وحدات حماية الشعب» has two nouns, «وجهاء عشائر حوران» two. */
export const MAX_CHAIN = 3;

interface Head {
  readonly heads: readonly OrgHead[];
  readonly last: number;
  readonly definite: boolean;
  readonly base: string;
  /** The head matched as written, with what looked like a proclitic («وجهاء»). */
  readonly keepClitic: boolean;
}

export function orgHeadAt(state: LineState, i: number): Head | null {
  const toks = state.lt.tokens;
  const t = toks[i];
  if (!isWord(t) || t.script !== "ar") return null;
  const index = state.context.lexicons.arOrgHeads;
  const j = adjacentWord(state, i);
  // the word as written first: «وجهاء» (notables) is not و + «جهاء»
  for (const form of t.norm === t.stem ? [t.norm] : [t.norm, t.stem]) {
    const definite = form.startsWith("ال") && withoutArticle(form) !== form && isDefinite(t);
    const base = definite ? withoutArticle(form) : form;
    if (j >= 0) {
      const two = index.lookup(`${base} ${toks[j]!.norm}`);
      if (two.length) return { heads: two, last: j, definite, base, keepClitic: form !== t.stem };
    }
    const one = index.lookup(base);
    if (one.length) return { heads: one, last: i, definite, base, keepClitic: form !== t.stem };
  }
  return null;
}

/**
 * Whether token j may continue an organisation's name as a noun of its complement. The word right after
 * the head (`whole`) cannot carry a proclitic: «وكالة فرانس برس» is not ف + «رانس».
 */
function complementWord(
  state: LineState,
  j: number,
  barrier: (j: number) => boolean,
  whole = false,
): boolean {
  const t = state.lt.tokens[j];
  // «شبكة لتهريب الوقود» (a network for smuggling fuel) is no construct: «لـ» after a head is «for»
  const clitic = t?.prefixes.length && (!whole || t.prefixes.includes("ل"));
  if (!isWord(t) || t.script !== "ar" || clitic || barrier(j)) return false;
  const lex = state.context.lexicons;
  if (isArabicStop(t) || lex.nameBlockers.has(t.stem) || hasPronounSuffix(t)) return false;
  if (!isDefinite(t) && isNisba(t) && !startingAt(state, j).length) return false; // «قوات أميركية»
  return !lex.arTitles.matchAt(state.lt.tokens, j, false);
}

function ownCountry(state: LineState, j: number): boolean {
  const m = state.context.lexicons.arRoles.matchAt(state.lt.tokens, j, false);
  return !!m && m.last === j && m.payloads.some((p) => p.mode === "own-country");
}

function construct(
  state: LineState,
  i: number,
  h: Head,
  head: OrgHead,
  barrier: (j: number) => boolean,
): void {
  const toks = state.lt.tokens;
  const open = toks[h.last + 1];
  const quoted = open && ["«", '"', "“", "("].includes(open.raw) ? closingQuote(state, h.last + 1) : -1;
  let specLast: number;
  let gazetteerId: string | null = null;
  let core: string | null = null;
  let priority = ORG_PRIORITY;
  let definiteEnd = false;
  if (quoted > h.last + 2) {
    // «قناة «روسيا اليوم»» names RT; `تنظيم "الدولة"` is the gazetteer's «تنظيم الدولة».
    const inner = startingAt(state, h.last + 2, (c) => c.last === quoted - 1 && c.mention.kind === "name")[0];
    const whole = startingAt(state, i, (c) => c.last >= quoted - 1 && !!c.mention.gazetteerId)[0];
    if (inner?.mention.type === "ORG" || inner?.mention.type === "OTHER")
      gazetteerId = inner.mention.gazetteerId;
    if (whole?.mention.type === "ORG") gazetteerId = whole.mention.gazetteerId;
    core = surface(state, h.last + 2, quoted - 1).text;
    specLast = quoted;
    priority = ORG_PRIORITY + 20;
  } else {
    const j = nextWord(state, h.last);
    if (j < 0) return;
    if (ownCountry(state, j) && !isDefinite(toks[j]!)) return;
    const known = startingAt(state, j, (c) => c.mention.kind === "name" && c.mention.type !== "PERSON")[0];
    if (head.mode === "quoted" && known?.mention.type !== "ORG") return;
    if (known) {
      specLast = known.last;
      // «وكالة إنترفاكس الروسية» names Interfax, «إنترفاكس»
      if (known.mention.type === "ORG") {
        gazetteerId = known.mention.gazetteerId;
        core = known.mention.text;
        priority = ORG_PRIORITY + 20;
      }
    } else {
      const p = adjacentWord(state, j);
      if (p >= 0 && !isDefinite(toks[j]!) && !toks[j]!.prefixes.length && ownCountry(state, p)) {
        // «وزارة دفاع بلاده»: the ministry of defence of the speaker's country.
        const ref: ReferenceSpec = {
          mode: "own-country",
          targets: [h.base, toks[j]!.stem],
          country: null,
          standalone: false,
        };
        state.candidates.push(
          makeCandidate(state, i, p, ORG_PRIORITY, {
            type: "ORG",
            rule: "org-head:own-country",
            kind: "reference",
            ref,
          }),
        );
        return;
      }
      if (!complementWord(state, j, barrier, j === h.last + 1)) return;
      specLast = j;
      // A construct chain ends in a definite noun or a name: «وحدات حماية الشعب», «وجهاء عشائر حوران»;
      // «لجنة تحقيق تقدم تقريرها» (a committee of inquiry submits its report) stops at «تحقيق».
      for (let n = 1; n < MAX_CHAIN && !isDefinite(toks[specLast]!); n++) {
        const k = adjacentWord(state, specLast);
        if (k < 0) break;
        const name = startingAt(state, k, (c) => c.mention.kind === "name" && c.mention.type !== "PERSON")[0];
        if (name) {
          specLast = name.last;
          break;
        }
        if (!complementWord(state, k, barrier) || isNisba(toks[k]!) || !isDefinite(toks[k]!)) break;
        specLast = k;
      }
      definiteEnd = true;
    }
  }
  emit(state, i, specLast, head, barrier, {
    gazetteerId,
    core,
    priority,
    keepClitic: h.keepClitic,
    definiteEnd,
  });
}

function emit(
  state: LineState,
  i: number,
  nameLast: number,
  head: OrgHead,
  barrier: (j: number) => boolean,
  found: {
    gazetteerId: string | null;
    core: string | null;
    priority: number;
    keepClitic: boolean;
    /** Only a name that ends in a definite word or a known name: not «فرقة أجلت» (a team evacuated). */
    definiteEnd?: boolean;
  },
): void {
  const end = quotedEnd(state, i, nameLast);
  const ext = extend(state, end, head, barrier);
  const toks = state.lt.tokens;
  const known = state.candidates.some(
    (c) => c.mention.kind === "name" && c.first > i && c.last <= ext.coreLast,
  );
  if (found.definiteEnd && end === nameLast && !known && !isDefinite(toks[ext.coreLast]!)) return;
  const core = ext.child ? surface(state, i, ext.coreLast, found.keepClitic).text : found.core;
  state.candidates.push(
    makeCandidate(
      state,
      i,
      ext.last,
      found.priority,
      {
        type: head.type,
        rule: `org-head:${head.mode}`,
        gazetteerId: found.gazetteerId,
        core,
        country: ext.country,
        learnable: !found.gazetteerId,
        keepClitic: found.keepClitic,
      },
      ext.child ? [ext.child] : undefined,
    ),
  );
}

function definite(
  state: LineState,
  i: number,
  h: Head,
  head: OrgHead,
  barrier: (j: number) => boolean,
): void {
  const k = adjacentWord(state, h.last);
  const t = k >= 0 ? state.lt.tokens[k] : undefined;
  if (!t || t.prefixes.length || barrier(k) || !isDefinite(t) || !isNisba(t)) return;
  emit(state, i, h.last, head, barrier, {
    gazetteerId: null,
    core: null,
    priority: ORG_PRIORITY,
    keepClitic: h.keepClitic,
  });
}

/** «القيادات الكردية في قوات سوريا الديمقراطية»: run after the other org candidates exist. */
function part(state: LineState, i: number, h: Head): void {
  const toks = state.lt.tokens;
  let at = h.last;
  let adjectives = 0;
  for (
    let k = adjacentWord(state, at);
    k >= 0 && isDefinite(toks[k]!) && isNisba(toks[k]!);
    k = adjacentWord(state, at)
  ) {
    at = k;
    adjectives++;
  }
  const prep = adjacentWord(state, at);
  if (!adjectives || prep < 0 || !["في", "من"].includes(toks[prep]!.norm)) return;
  const j = nextWord(state, prep);
  const body =
    j >= 0
      ? startingAt(state, j, (c) => c.mention.type === "ORG" && c.mention.kind === "name")[0]
      : undefined;
  if (!body) return;
  state.candidates.push(
    makeCandidate(
      state,
      i,
      body.last,
      ORG_PRIORITY + 30,
      {
        type: "ORG",
        rule: "org-head:part",
        gazetteerId: body.mention.gazetteerId,
        core: body.mention.core ?? body.mention.text,
      },
      [body],
    ),
  );
}

export function orgHeadRule(state: LineState, barrier: (j: number) => boolean): void {
  const toks = state.lt.tokens;
  const parts: [number, Head][] = [];
  for (let i = 0; i < toks.length; i++) {
    const h = orgHeadAt(state, i);
    if (!h) continue;
    for (const head of h.heads) {
      if (head.mode === "part") {
        if (h.definite) parts.push([i, h]);
      } else if (!h.definite && head.mode !== "definite") construct(state, i, h, head, barrier);
      else if (h.definite && (head.mode === "definite" || head.mode === "both"))
        definite(state, i, h, head, barrier);
    }
  }
  for (const [i, h] of parts) part(state, i, h);
}
