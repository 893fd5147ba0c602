// Claim mentions: what one headline or body line states, reports or denies, in a form that can be
// compared across documents. A line gives one mention per stance its reports take (a line that reports
// a claim and its denial — «… وهو ما نفته وحدات حماية الشعب» — gives two); a line with no report is the
// outlet's own statement. A relay («قال لافروف إن الوزارة تؤكد …») is not a claim of its own: only the
// inner report, the one whose chain runs through the outer speaker, is kept.

import { readLexiconRows } from "../core/lexicon.js";
import type { Attribution, Document, Entity, Extraction, Quantity, TimeExpression } from "../core/types.js";
import { deniesContent, reportingVerb } from "../extract/attributions/index.js";
import { dayNumber, periodOf } from "../stories/index.js";
import { contentWords, normalizeArabic, splitSentences, tokenize } from "../text/index.js";
import { withConcepts } from "./concepts.js";
import { type Condition, findConditions } from "./conditions.js";
import { type EventDays, lineDays } from "./event-days.js";
import { isOtherScope, isPartitive } from "./partitives.js";
import { findStates, type StateReading } from "./states.js";

export type Stance = "asserts" | "denies";
/** Whose voice: the outlet's own (a headline or an unattributed line), or a reported source's. */
export type Voice = "outlet" | "attributed";

export interface ClaimMention {
  readonly document: string;
  /** The page's language: reports in two languages are compared on actor, figure, day and concept tokens. */
  readonly language: string;
  /** The day the page was published, or null. */
  readonly published: number | null;
  readonly line: number;
  /** Where the line starts in the document's text: the offsets of its figures are the document's. */
  readonly lineStart: number;
  readonly role: "title" | "body";
  readonly text: string;
  readonly stance: Stance;
  readonly voice: Voice;
  /** Actor ids of the sources whose report this is (empty in the outlet's own voice). */
  readonly sources: readonly string[];
  /** Speakers as written, for the report. */
  readonly speakers: readonly string[];
  /** Content-word stems with counts: of what is reported (or of the line), plus actor, figure and day tokens. */
  readonly words: ReadonlyMap<string, number>;
  /**
   * `words` and the words the line says beside its reports (its setting: another sentence, a trailing
   * clause): what a mention is aligned into a claim on, while its discrepancies are judged on `words`.
   */
  readonly context: ReadonlyMap<string, number>;
  /** Content-word stems of the whole line: what the event classes are read from. */
  readonly lineWords: ReadonlySet<string>;
  readonly figures: readonly Quantity[];
  /** Days the line names; when it names none but reports figures, those of the line before it. */
  readonly days: readonly number[];
  /**
   * The periods the line's dates cover, [first, last] day: days, months («فبراير 2023»), years; taken
   * from the line before, like `days`, when a line with figures names none. Figures of periods that do not
   * meet are of different events.
   */
  readonly periods: readonly (readonly [number, number])[];
  /** The happenings the line dates, with their days (event-days.ts). */
  readonly eventDays: EventDays;
  /** The days the line says its reports were made on («أعلنت مساء أمس الأحد»), or none (event-days.ts). */
  readonly statedDays: readonly number[];
  readonly conditions: readonly Condition[];
  /** The states what is reported gives things (states.ts): a denial's turned to their other pole. */
  readonly states: readonly StateReading[];
  /** What the line's reports of this stance say, as written (their contents; the line when none is read). */
  readonly reported: readonly string[];
  /** Whether what is reported opens with a negation («لم يطلق …», "did not fire"): a possible denial. */
  readonly negated: boolean;
  /** For a negative statement, the words it negates (`predicateAfter`); empty otherwise. */
  readonly negatedWords: readonly string[];
}

/** Words from the start of reported content within which a negation makes it a negative statement. */
const NEGATION_REACH = 5;
interface NegationWords {
  readonly negations: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  /** First word → second words of pairs that are no negation («ما لا»). */
  readonly notNegations: ReadonlyMap<string, ReadonlySet<string>>;
  /** Words after which a negation particle negates nothing: «لا يزال» (still), «لا سيما» (especially). */
  readonly continuations: ReadonlySet<string>;
}

let negationWords: NegationWords | undefined;

function negationLexicon(): NegationWords {
  if (negationWords) return negationWords;
  const norm = (x: string) => normalizeArabic(x).toLowerCase();
  const rows = ["ar", "en"].flatMap((lang) => readLexiconRows(`lexicons/${lang}/negation-words.tsv`));
  const of = (kind: string) => new Set(rows.filter((r) => r[0] === kind && r[1]).map((r) => norm(r[1]!)));
  const notNegations = new Map<string, Set<string>>();
  for (const pair of of("not-negation")) {
    const [first = "", second = ""] = pair.split(/\s+/u);
    notNegations.set(second, new Set([...(notNegations.get(second) ?? []), first]));
  }
  negationWords = {
    negations: of("negation"),
    openers: of("opener"),
    notNegations,
    continuations: of("continuation"),
  };
  return negationWords;
}

/** Words after the negation read as what is negated («لم يطلق قذيفة», "did not fire a shell"). */
const PREDICATE_WORDS = 3;

/**
 * Where `text` opens (after أن/إنه, a quotation mark, a pronoun) with a negation word: the text's words
 * and the negation's index, or null.
 */
function openingNegation(text: string): { readonly words: readonly string[]; readonly at: number } | null {
  const { negations, openers, notNegations, continuations } = negationLexicon();
  const words = normalizeArabic(text)
    .toLowerCase()
    .replace(/[«»“”"'()]/gu, " ")
    .split(/\s+/u)
    .filter(Boolean)
    .map((w) => (w.length > 2 ? w.replace(/^[وف]/u, "") : w));
  let seen = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (openers.has(w)) continue;
    const excused =
      (notNegations.get(w)?.has(words[k - 1] ?? "") ?? false) || continuations.has(words[k + 1] ?? "");
    if (!excused && (negations.has(w) || w.endsWith("n't"))) return { words, at: k };
    if (++seen >= NEGATION_REACH) return null;
  }
  return null;
}

/** Whether `text` opens (after أن/إنه, a quotation mark, a pronoun) with a negation word. */
export function opensNegated(text: string): boolean {
  return openingNegation(text) !== null;
}

/**
 * What a negative statement negates: the content words (and their concepts) right after its opening
 * negation («لم تكفِ الصهاريج» → كفي, «received no water» → water). Empty when it opens with none.
 */
function predicateAfter(found: ReturnType<typeof openingNegation>): string[] {
  if (!found) return [];
  return withConcepts(
    contentWords(found.words.slice(found.at + 1, found.at + 1 + PREDICATE_WORDS).join(" ")),
  );
}

/** Body lines back that a line with figures but no date may take its event day from. */
const DAY_REACH = 2;

/** Reported content shorter than this many words says too little to compare: the whole line is used. */
const MIN_CONTENT_WORDS = 3;

/**
 * The words a mention is compared on: the content words of what is reported (or of the line), with every
 * named actor inside it replaced by one token for the actor, so that «قسد», «قوات سوريا الديمقراطية»
 * and «الوحدات الكردية من قوات سورية الديمقراطية» count as the same word.
 */
function wordCounts(segments: readonly string[], entities: readonly Entity[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  for (let text of segments) {
    for (const e of [...entities].sort((a, b) => b.text.length - a.text.length)) {
      if (!e.actor || !text.includes(e.text)) continue;
      text = text.split(e.text).join(" ");
      add(`@${e.actor}`);
    }
    for (const w of withConcepts(contentWords(text))) add(w);
  }
  return counts;
}

/** Fewest words of a sentence for it to be a mention of its own. */
const MIN_SENTENCE_WORDS = 5;

/**
 * The sentences of a line that reports in the outlet's own voice, each a mention of its own when two or
 * more are long enough: «انهار المبنى فجراً. وأعلنت البلدية تعويض الأسر.» states two propositions, and
 * the words of one would only blur the other's likeness to the reports that state it alone (measured:
 * claim links up on three sets, down on none). Else the whole line.
 */
function ownSentences(lineText: string): string[] {
  const sentences = splitSentences(lineText)
    .map((span) => lineText.slice(span.start, span.end))
    .filter((text) => text.split(/\s+/u).length >= MIN_SENTENCE_WORDS);
  return sentences.length >= 2 ? sentences : [lineText];
}

function reportedContents(reports: readonly Attribution[]): string[] {
  return reports.map((a) => a.content).filter((c) => c.split(/\s+/u).length >= MIN_CONTENT_WORDS);
}

function segmentsOf(reports: readonly Attribution[], lineText: string): string[] {
  const contents = reportedContents(reports);
  return contents.length > 0 ? contents : [lineText];
}

/** A mention's words with its line's setting added (`context`); the words themselves when there is none. */
function withSetting(words: Map<string, number>, setting: ReadonlyMap<string, number>): Map<string, number> {
  if (setting.size === 0) return words;
  const out = new Map(words);
  for (const [w, n] of setting) out.set(w, (out.get(w) ?? 0) + n);
  return out;
}

/** Words of a line outside its reports for them to be worth reading as the report's setting. */
const SETTING_WORDS = 5;

/**
 * What a line says beside its reports — «The blast tore through the station. Four of the dead were
 * employees, Haddad said.», "…, officials said, two days after a similar attack killed 12": the words
 * outside every report's speaker, cue and content, when there are enough of them; else "".
 */
function settingOf(lineText: string, reports: readonly Attribution[]): string {
  let rest = lineText;
  for (const a of reports)
    for (const part of [a.content, a.speaker ?? "", a.cue]) if (part) rest = rest.split(part).join(" ");
  const words = rest.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  return words.length >= SETTING_WORDS ? words.join(" ") : "";
}

/**
 * The states a mention gives things: read in what is reported, turned over when it is denied; read in
 * the whole line when the content is too short to say («نفى ذلك»), where the denial verb negates.
 */
function statesOf(reports: readonly Attribution[], lineText: string, stance: Stance): StateReading[] {
  const contents = reportedContents(reports);
  if (contents.length === 0) return findStates(lineText);
  // a report that denies by opening with a negation («أنه "لم تسجل أي حالة وفاة"») is read with that
  // negation; only a denial verb's content («نفى أن تكون المضخات متوقفة») is turned over as a whole
  return contents.flatMap((c) => findStates(c, stance === "denies" && !opensNegated(c)));
}

/** Attributions that relay another on the same line («قال لافروف إن الوزارة تؤكد …»: Lavrov's). */
function relays(onLine: readonly Attribution[]): Set<Attribution> {
  const out = new Set<Attribution>();
  for (const outer of onLine) {
    if (!outer.actor) continue;
    if (onLine.some((inner) => inner !== outer && inner.via.includes(outer.actor!))) out.add(outer);
  }
  return out;
}

/** Whether a headline denies: a denial verb («ينفون», "denies") or content that opens with a denial. */
function headlineDenies(text: string, lang: "ar" | "en"): boolean {
  for (const t of tokenize(text)) {
    if (t.kind === "word" && reportingVerb(t.text)?.polarity === "deny") return true;
  }
  const colon = text.search(/[:：]/u);
  return deniesContent(colon > 0 ? text.slice(colon + 1) : text, lang);
}

export function claimMentions(document: Document, extraction: Extraction): ClaimMention[] {
  const lang = document.language === "en" ? "en" : "ar";
  const attributionsByLine = new Map<number, Attribution[]>();
  for (const a of extraction.attributions) {
    const list = attributionsByLine.get(a.line) ?? [];
    list.push(a);
    attributionsByLine.set(a.line, list);
  }
  const periodsByLine = new Map<number, (readonly [number, number])[]>();
  for (const t of extraction.times) {
    const period = t.kind === "date" ? periodOf(t.value) : null;
    if (period) periodsByLine.set(t.line, [...(periodsByLine.get(t.line) ?? []), period]);
  }
  const daysByLine = new Map<number, number[]>();
  for (const t of extraction.times) {
    const day = t.kind === "date" ? dayNumber(t.value) : null;
    if (day === null) continue;
    const list = daysByLine.get(t.line) ?? [];
    if (!list.includes(day)) list.push(day);
    daysByLine.set(t.line, list);
  }
  const timesByLine = new Map<number, TimeExpression[]>();
  for (const t of extraction.times) timesByLine.set(t.line, [...(timesByLine.get(t.line) ?? []), t]);
  const figuresByLine = new Map<number, Quantity[]>();
  for (const q of extraction.quantities) {
    if (q.value === null) continue;
    figuresByLine.set(q.line, [...(figuresByLine.get(q.line) ?? []), q]);
  }

  const entitiesByLine = new Map<number, Entity[]>();
  for (const e of extraction.entities) entitiesByLine.set(e.line, [...(entitiesByLine.get(e.line) ?? []), e]);

  const out: ClaimMention[] = [];
  const previousBody: number[] = [];
  for (const line of document.lines) {
    if (line.role !== "title" && line.role !== "body") continue;
    const counts = figuresByLine.get(line.n) ?? [];
    // a part of a group counted elsewhere («سبعة من الفارين»), what a place holds («يتسع لـ600 محل») and
    // a running total over several events are no figures to set against an event's toll; they still say
    // what the line is about (their tokens below)
    const figures = counts.filter(
      (q) => !isPartitive(q, line.text, line.start) && !isOtherScope(q, line.text, line.start),
    );
    // a line with figures but no date takes the dates of the nearest of the lines just before it
    const fromBefore = <T>(byLine: ReadonlyMap<number, readonly T[]>): readonly T[] => {
      const own = byLine.get(line.n) ?? [];
      if (own.length > 0 || figures.length === 0) return own;
      const earlier = previousBody
        .slice(-DAY_REACH)
        .reverse()
        .find((n) => byLine.has(n));
      return earlier === undefined ? own : byLine.get(earlier)!;
    };
    const days = fromBefore(daysByLine);
    const periods = fromBefore(periodsByLine);
    if (line.role === "body") previousBody.push(line.n);
    // language-independent tokens: what a figure counts and its value, the days named; an English and
    // an Arabic report of «30 قتيلاً» on 6 March share these where they share no word
    const tokens = [...counts.map((q) => `#${q.category}:${q.value}`), ...days.map((d) => `#day:${d}`)];
    const withTokens = (counts: Map<string, number>) => {
      for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
      return counts;
    };
    const dated = lineDays(line.text, line.start, timesByLine.get(line.n) ?? []);
    const base = {
      document: document.id,
      language: document.language,
      published: dayNumber(document.published),
      line: line.n,
      lineStart: line.start,
      role: line.role,
      text: line.text,
      lineWords: new Set(contentWords(line.text)),
      figures,
      days,
      periods,
      eventDays: dated.events,
      statedDays: dated.stated,
      conditions: findConditions(line.text),
    } as const;
    const onLine = attributionsByLine.get(line.n) ?? [];
    const relayed = relays(onLine);
    const reports = onLine.filter((a) => !relayed.has(a));
    const entities = entitiesByLine.get(line.n) ?? [];
    if (reports.length === 0) {
      const framing = extraction.framing.find((f) => f.line === line.n);
      const attributed = framing?.voice === "attributed";
      const stance = line.role === "title" && headlineDenies(line.text, lang) ? "denies" : "asserts";
      for (const sentence of ownSentences(line.text)) {
        const sentenceCounts = withTokens(wordCounts([sentence], entities));
        out.push({
          ...base,
          words: sentenceCounts,
          context: sentenceCounts,
          states: findStates(sentence),
          stance,
          reported: [sentence],
          negated: false,
          negatedWords: [],
          voice: attributed ? "attributed" : "outlet",
          sources: attributed && framing?.actor ? [framing.actor] : [],
          speakers: attributed && framing?.speaker ? [framing.speaker] : [],
        });
      }
      continue;
    }
    // the line's setting beside its reports, counted once for both stances
    const setting = wordCounts([settingOf(line.text, reports)], entities);
    for (const stance of ["asserts", "denies"] as const) {
      const these = reports.filter((a) => (a.polarity === "deny" ? "denies" : "asserts") === stance);
      if (these.length === 0) continue;
      const words = withTokens(wordCounts(segmentsOf(these, line.text), entities));
      // an asserted report that opens with a negation is a negative statement, a possible denial
      const openings = stance === "asserts" ? these.map((a) => openingNegation(a.content)) : [];
      out.push({
        ...base,
        words,
        context: withSetting(words, setting),
        states: statesOf(these, line.text, stance),
        stance,
        reported: segmentsOf(these, line.text),
        negated: openings.some((o) => o !== null),
        negatedWords: openings.flatMap(predicateAfter),
        voice: "attributed",
        sources: [...new Set(these.map((a) => a.actor).filter((x): x is string => x !== null))],
        speakers: [...new Set(these.map((a) => a.speaker).filter((x): x is string => x !== null))],
      });
    }
  }
  return out;
}
