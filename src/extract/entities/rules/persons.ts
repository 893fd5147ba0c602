// Rules 4 and 5: people, after a title (ar/entity-titles.tsv) or from a given name
// (ar/given-names.txt).
//   «وزير الخارجية الروسي سيرغي لافروف»      office + complement + demonym + name
//   «المتحدث باسم «قحد» فراس المسالمة»       spokesperson + the body spoken for + name
//   «رئيس اللجنة الأمنية في درعا، اللواء ماهر السلوم»   office, complement, comma, rank, name
//   «قائد التجمع، أبو خالد المحاميد»          a kunya (أبو + name) is one unit of a name
//   «الأمير محمد بن سلمان آل سعود»            «بن X» continues a name; «آل X» (the house of) ends it
//   «ماريا زاخاروفا»                          a given name and a surname, no title
// A name has one or two units (a word, or «عبد/أبو/بن» + a word), three when an indefinite second unit
// is followed by a definite surname («بشار حافظ الأسد»). An office title with no name after it is a
// reference to a person named earlier («الوزير الروسي», the Russian minister): resolved in resolve/.
import type { TitleKind } from "../lexicons.js";
import { withoutArticle } from "../name-keys.js";
import type { ReferenceSpec } from "../types.js";
import {
  adjacentWord,
  type Candidate,
  demonymOf,
  isArabicStop,
  isDefinite,
  isWord,
  type LineState,
  makeCandidate,
  nextWord,
  startingAt,
} from "./candidate.js";
import { type ParsedName, parseName, unitAt, wholeWord } from "./person-names.js";

export const TITLE_PRIORITY = 55;
export const GIVEN_NAME_PRIORITY = 35;
/** Words an office title's complement may run over before the name: «وزير الخارجية الروسي». */
export const MAX_COMPLEMENT = 8;

interface Complement {
  readonly office: string[];
  country: string | null;
}

/** A word, the end of the line, punctuation, a function word or a verb after token i: a name may end there. */
function boundaryAfter(state: LineState, i: number): boolean {
  const t = state.lt.tokens[i + 1];
  if (!t) return true;
  if (t.kind !== "word") return t.kind === "punct";
  return isArabicStop(t) || state.context.lexicons.nameBlockers.has(t.stem);
}

/**
 * A name no listed given name vouches for, after a title. Two words are a name when the second has the
 * article («العقيد حسام العبدو») or the name ends there («الجنرال جوزيف فوتيل،»); after a rank or an
 * honorific one word may be («اللواء الحسن»), and of two unknown words running on only the first
 * («سفينة الأدميرال غريغورفيتش صواريخ كاليبر»: … missiles). After an office or a spokesperson's title,
 * one word is the portfolio («وزير المالية صرف تعويضات»: the finance minister paid out compensation).
 */
function acceptPlain(
  state: LineState,
  k: number,
  name: ParsedName,
  kind: TitleKind,
  barrier: (j: number) => boolean,
): ParsedName | null {
  const toks = state.lt.tokens;
  const closed = isDefinite(toks[name.last]!) || boundaryAfter(state, name.last);
  if (name.units >= 2 && !isDefinite(toks[k]!) && closed) return name;
  if (kind === "office" || kind === "spokesperson") return null;
  if (name.units === 1) return isDefinite(toks[k]!) || boundaryAfter(state, name.last) ? name : null;
  const first = unitAt(state, k, true, barrier);
  return first >= 0 && !isDefinite(toks[k]!) ? { last: first, units: 1, given: false } : null;
}

/** Whether a name parsed at k has a listed given name after its first word: «قحد فراس المسالمة». */
function givenInside(state: LineState, k: number, last: number): boolean {
  for (let j = k + 1; j <= last; j++)
    if (state.context.lexicons.givenNames.has(state.lt.tokens[j]!.norm)) return true;
  return false;
}

/** After a title ending at `at`: skip its complement and find the name. */
function findName(
  state: LineState,
  at: number,
  kind: TitleKind,
  complement: Complement,
  barrier: (j: number) => boolean,
  afterComma = false,
): (ParsedName & { first: number; gazetteerId?: string | null; core?: string | null }) | null {
  const toks = state.lt.tokens;
  let k = nextWord(state, at);
  for (let steps = 0; k >= 0 && steps < MAX_COMPLEMENT; steps++) {
    const person = startingAt(state, k, (c) => c.mention.type === "PERSON" && c.mention.kind === "name")[0];
    if (person) {
      const { gazetteerId, core } = person.mention;
      return { first: k, last: person.last, units: 2, given: true, gazetteerId, core };
    }
    const name = parseName(state, k, barrier);
    if (name?.given) return { first: k, ...name };
    const plain =
      name && !afterComma && !givenInside(state, k, name.last)
        ? acceptPlain(state, k, name, kind, barrier)
        : null;
    if (plain) return { first: k, ...plain };
    if (afterComma) return null;
    if (kind === "rank" || kind === "honorific") {
      const d = demonymOf(state, toks[k]);
      if (!d) return null;
      complement.country ??= d;
      k = nextWord(state, k);
      continue;
    }
    const body = startingAt(state, k, (c) => c.mention.kind === "name" && c.mention.type !== "PERSON")[0];
    const t = toks[k]!;
    if (body) {
      complement.country ??=
        demonymOf(state, toks[body.last]) ?? body.mention.country ?? countryOfMention(state, body);
      k = body.last;
    } else if (demonymOf(state, t)) {
      complement.country ??= demonymOf(state, t);
    } else if (isDefinite(t) || t.norm === "باسم" || (kind === "spokesperson" && name)) {
      // «وزير الخارجية»; «المتحدث باسم قحد» names the body spoken for, known or not
      if (isDefinite(t)) {
        complement.office.push(withoutArticle(t.stem));
        state.portfolio.add(k);
      }
    } else {
      return null;
    }
    // a comma, then a title or a name that is surely one: «…في درعا، اللواء ماهر السلوم»
    const comma = k + 1 < toks.length && (toks[k + 1]!.raw === "،" || toks[k + 1]!.raw === ",");
    const next = nextWord(state, comma ? k + 1 : k);
    if (next >= 0) {
      const title = state.context.lexicons.arTitles.matchAt(toks, next);
      if (title && (title.payloads[0] === "rank" || title.payloads[0] === "honorific")) {
        return findName(state, title.last, title.payloads[0], complement, barrier);
      }
      if (comma) return findName(state, k + 1, kind, complement, barrier, true);
    }
    k = next;
  }
  return null;
}

function countryOfMention(state: LineState, c: Candidate): string | null {
  const id = c.mention.gazetteerId;
  if (!id) return null;
  const seen = new Set<string>();
  let at = state.context.byId(id);
  while (at && !seen.has(at.id)) {
    if (at.kind === "country") return at.id;
    seen.add(at.id);
    at = at.parent ? state.context.byId(at.parent) : undefined;
  }
  return null;
}

export function titleRule(state: LineState, barrier: (j: number) => boolean): void {
  const toks = state.lt.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (!isWord(toks[i]) || toks[i]!.script !== "ar") continue;
    const m = state.context.lexicons.arTitles.matchAt(toks, i);
    if (!m) continue;
    const kind = m.payloads[0]!;
    const titleWords: string[] = [];
    for (let k = i; k <= m.last; k++)
      if (toks[k]!.kind === "word") titleWords.push(withoutArticle(toks[k]!.stem));
    const complement: Complement = { office: [...titleWords], country: null };
    const name = findName(state, m.last, kind, complement, barrier);
    if (name) {
      state.candidates.push(
        makeCandidate(state, name.first, name.last, TITLE_PRIORITY, {
          type: "PERSON",
          keepClitic: wholeWord(state, toks[name.first]!),
          rule: `title:${kind}`,
          gazetteerId: name.gazetteerId ?? null,
          core: name.core ?? null,
          office: kind === "office" || kind === "spokesperson" ? complement.office : [],
          country: complement.country,
          learnable: true,
        }),
      );
      i = name.last;
      continue;
    }
    if (kind !== "office" || !isDefinite(toks[i]!)) continue;
    // «الوزير الروسي» (the Russian minister): a reference to a person named earlier.
    let last = m.last;
    const d = adjacentWord(state, last);
    const country = d >= 0 ? demonymOf(state, toks[d]) : null;
    if (country) last = d;
    const ref: ReferenceSpec = {
      mode: "office",
      targets: titleWords.slice(0, 1),
      country,
      standalone: false,
    };
    state.candidates.push(
      makeCandidate(state, i, last, TITLE_PRIORITY - 30, {
        type: "PERSON",
        rule: "title:reference",
        kind: "reference",
        ref,
        country,
      }),
    );
  }
}

export function givenNameRule(state: LineState, barrier: (j: number) => boolean): void {
  const toks = state.lt.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || t.script !== "ar") continue;
    const name = parseName(state, i, barrier);
    if (!name?.given || name.units < 2) continue;
    state.candidates.push(
      makeCandidate(state, i, name.last, GIVEN_NAME_PRIORITY, {
        type: "PERSON",
        rule: "given-name",
        learnable: true,
        keepClitic: wholeWord(state, t),
      }),
    );
    i = name.last;
  }
}
