// Rule 8: English names. A run of capitalised words (with "of", "for", "al-" inside: "Southern
// Observatory for Human Rights", "Firas al-Masalma") is typed by what it holds or what stands around it:
//   a title before it ("Maj. Gen. Maher Salloum", "its spokesman, Firas al-Masalma")  → PERSON
//   an organisation head in it ("Hawran Democratic Forces", "Ministry of Defence")     → ORG
//   capitals only ("HDF")                                                               → ORG acronym
//   a given name first (en/given-names.txt)                                             → PERSON
//   a place word around it ("the village of Sheikh Saad", "Daraa province")            → GPE
// Untyped runs are left out (sentence starts, months, adjectives such as "Syrian"); the batch may still
// learn them from another rule. Also: an alias after a name cue ("known by its Arabic acronym Qahd")
// and descriptors with a lowercase head ("Daraa's security committee", "Tribal elders").
import type { EntityType } from "../../../core/types.js";
import { isStopword } from "../../../text/stopwords.js";
import { QUOTES, type Tok } from "../line-tokens.js";
import { type Candidate, demonymOf, type LineState, makeCandidate, startingAt } from "./candidate.js";
import { GAZETTEER_PRIORITY } from "./gazetteer.js";
import { referenceRule } from "./references.js";

const CONNECTORS = new Set(["of", "for", "al", "el", "bin", "ibn", "the"]);
function isLatinWord(t: Tok | undefined): boolean {
  return !!t && t.kind === "word" && t.script === "latin";
}
const ALL_CAPS = /^[A-Z]{2,6}$/u;

/** The next Latin word of a capitalised run after token i, or -1. */
function nextRunWord(state: LineState, i: number): number {
  const toks = state.lt.tokens;
  const t = toks[i]!;
  const sep = toks[i + 1];
  if (isLatinWord(sep)) return i + 1;
  const isTitle = state.context.lexicons.enTitles.matchAt(toks, i, false);
  if (
    sep &&
    (sep.raw === "-" || (sep.raw === "." && isTitle && t.raw.length <= 5)) &&
    isLatinWord(toks[i + 2])
  )
    return i + 2;
  return -1;
}

function sentenceStart(state: LineState, i: number): boolean {
  const toks = state.lt.tokens;
  let k = i - 1;
  while (k >= 0 && QUOTES.has(toks[k]!.raw)) k--;
  if (k < 0) return true;
  return [".", "!", "?", "—", ":", "–"].includes(toks[k]!.raw);
}

interface Run {
  /** The run before titles were peeled off: "Sheikh Saad" in "the village of Sheikh Saad" is a place. */
  full: number;
  first: number;
  last: number;
  titleKind: string | null;
}

/** Capitalised runs of the line, titles peeled off their front. */
function runs(state: LineState): Run[] {
  const toks = state.lt.tokens;
  const lex = state.context.lexicons;
  const out: Run[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isLatinWord(t) || !t.cap) continue;
    let last = i;
    for (let k = nextRunWord(state, i); k >= 0; k = nextRunWord(state, last)) {
      const w = toks[k]!;
      if (w.cap) last = k;
      else if (CONNECTORS.has(w.norm)) {
        const after = nextRunWord(state, k);
        if (after < 0 || !toks[after]!.cap) break;
        last = after;
      } else break;
    }
    let first = i;
    let titleKind: string | null = null;
    while (first <= last) {
      const title = lex.enTitles.matchAt(toks, first, false);
      if (title && title.last < last) {
        titleKind = title.payloads[0]!;
        first = nextRunWord(state, title.last);
        if (first < 0) break;
        continue;
      }
      if (lex.nameBlockers.has(toks[first]!.norm) && first < last) {
        first = nextRunWord(state, first);
        if (first < 0) break;
        continue;
      }
      break;
    }
    // a run that is only a blocker ("March", "The") names nothing
    const lone = first === last && lex.nameBlockers.has(toks[first]!.norm);
    if (first >= 0 && first <= last && !lone) out.push({ full: i, first, last, titleKind });
    i = last;
  }
  return out;
}

/** A title just before token i: "its spokesman, Firas al-Masalma". */
function titleBefore(state: LineState, i: number): string | null {
  const toks = state.lt.tokens;
  let k = i - 1;
  if (k >= 0 && (toks[k]!.raw === "," || toks[k]!.raw === "،")) k--;
  for (let start = Math.max(0, k - 2); start <= k; start++) {
    const m = state.context.lexicons.enTitles.matchAt(toks, start, false);
    if (m && m.last === k) return m.payloads[0]!;
  }
  return null;
}

function placeAround(state: LineState, run: Run): boolean {
  const toks = state.lt.tokens;
  const index = state.context.lexicons.enPlaceHeads;
  for (let start = Math.max(0, run.full - 3); start < run.full; start++) {
    const m = index.matchAt(toks, start, false);
    if (m && m.last === run.full - 1 && m.payloads.some((p) => p.mode === "before")) return true;
  }
  const after = run.last + 1 < toks.length ? index.matchAt(toks, run.last + 1, false) : null;
  return !!after?.payloads.some((p) => p.mode === "after");
}

/** A word in capitals beside other words in capitals: a headline set in capitals, not an acronym. */
function shouting(state: LineState, i: number): boolean {
  const caps = (t: Tok | undefined) =>
    !!t && t.kind === "word" && t.raw.length > 1 && t.raw === t.raw.toUpperCase();
  const toks = state.lt.tokens;
  let prev = i - 1;
  while (prev >= 0 && toks[prev]!.kind !== "word") prev--;
  let next = i + 1;
  while (next < toks.length && toks[next]!.kind !== "word") next++;
  return caps(toks[prev]) || caps(toks[next]);
}

function typeOf(
  state: LineState,
  run: Run,
): { type: EntityType; kind: "name" | "acronym"; office: string | null } | null {
  const toks = state.lt.tokens;
  const lex = state.context.lexicons;
  if (run.titleKind && placeAround(state, run)) {
    run.first = run.full; // "the village of Sheikh Saad"
    return { type: "GPE", kind: "name", office: null };
  }
  const title = run.titleKind ?? titleBefore(state, run.first);
  if (title) return { type: "PERSON", kind: "name", office: title };
  // an organisation head in a run of two words or more: "Hawran Democratic Forces", not "Council" alone
  for (let k = run.first; k <= run.last && run.last > run.first; k++) {
    if (lex.enOrgHeads.has(toks[k]!.norm)) return { type: "ORG", kind: "name", office: null };
  }
  if (run.first === run.last && ALL_CAPS.test(toks[run.first]!.raw) && !shouting(state, run.first))
    return { type: "ORG", kind: "acronym", office: null };
  // "in Resolution 2254" and "in Haitian waters" are no places
  const next = toks[run.last + 1];
  const adjective = run.first === run.last && !!demonymOf(state, toks[run.first]);
  if (placeAround(state, run) && next?.kind !== "number" && !adjective) {
    return { type: "GPE", kind: "name", office: null };
  }
  if (lex.givenNames.has(toks[run.first]!.norm) && run.last > run.first)
    return { type: "PERSON", kind: "name", office: null };
  return null;
}

/** "known by its Arabic acronym Qahd": the run after a cue is another name of the last organisation. */
function aliasCue(state: LineState, run: Run): Candidate | null {
  const toks = state.lt.tokens;
  const index = state.context.lexicons.enNameCues;
  for (let start = Math.max(0, run.first - 6); start < run.first; start++) {
    const m = index.matchAt(toks, start, false);
    if (!m || m.last !== run.first - 1) continue;
    const orgs = state.candidates.filter(
      (c) => c.mention.type === "ORG" && c.mention.kind === "name" && c.last < start,
    );
    return orgs.sort((a, b) => b.last - a.last)[0] ?? null;
  }
  return null;
}

/** "Daraa's security committee", "Tribal elders": a modifier and a lowercase organisation head. */
function descriptors(state: LineState): void {
  const toks = state.lt.tokens;
  const lex = state.context.lexicons;
  for (let h = 1; h < toks.length; h++) {
    const head = toks[h]!;
    if (!isLatinWord(head) || head.cap || !lex.enOrgHeads.get(head.norm)?.descriptor) continue;
    const mod = toks[h - 1]!;
    if (
      !isLatinWord(mod) ||
      lex.nameBlockers.has(mod.norm) ||
      isStopword(mod.norm, "en") ||
      /'s$/u.test(mod.norm)
    )
      continue;
    if (mod.cap && !sentenceStart(state, h - 1)) continue; // "Hawran Democratic Forces" is a run
    let first = h - 1;
    const owner = toks[h - 2];
    const place =
      owner && /'s$/u.test(owner.norm)
        ? startingAt(state, h - 2, (c) => c.mention.type === "GPE")[0]
        : undefined;
    if (place) first = h - 2;
    const core = state.text.slice(mod.start, head.end);
    state.candidates.push(
      makeCandidate(
        state,
        first,
        h,
        GAZETTEER_PRIORITY - 20,
        { type: "ORG", rule: "en:descriptor", core: place ? core : null },
        place ? [place] : undefined,
      ),
    );
  }
}

export function englishRule(state: LineState): void {
  const toks = state.lt.tokens;
  if (!toks.some((t) => t.script === "latin")) return;
  for (const run of runs(state)) {
    const covered = state.candidates.some(
      (c) => c.first <= run.first && c.last >= run.last && c.mention.kind === "name",
    );
    const alias = aliasCue(state, run);
    if (alias) {
      state.candidates.push(
        makeCandidate(state, run.first, run.last, GAZETTEER_PRIORITY + 5, {
          type: "ORG",
          rule: "en:name-cue:alias",
          gazetteerId: alias.mention.gazetteerId,
          aliasOf: alias.mention.core ?? alias.mention.text,
          learnable: true,
        }),
      );
      continue;
    }
    if (covered) continue;
    const typed = typeOf(state, run);
    if (!typed) continue;
    // "Daraa's": the possessive is not part of the name
    state.candidates.push(
      makeCandidate(state, run.first, run.last, GAZETTEER_PRIORITY - 10, {
        type: typed.type,
        rule: `en:${typed.kind === "acronym" ? "acronym" : typed.type.toLowerCase()}`,
        kind: typed.kind,
        office: typed.office ? [typed.office] : [],
        learnable: true,
      }),
    );
  }
  descriptors(state);
  referenceRule(state, "en");
}
