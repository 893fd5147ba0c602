// The lexicons of reporting acts (data/lexicons/{ar,en}/…, documented there and in
// data/lexicons/README.md), read once and indexed by normalised form.
import { readLexiconRows } from "../../core/lexicon.js";
import { normalizeArabic } from "../../text/normalize.js";

export type CueKind = "verb" | "relay" | "circ";
export type Gender = "m" | "f" | "p";
export type Polarity = "assert" | "deny";

/** One inflected form of a reporting verb. */
export interface VerbForm {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly polarity: Polarity;
  /** Whether the act needs its content introduced (أن/إن, a quotation, a colon) to count. */
  readonly marked: boolean;
  readonly gender: Gender | null;
}

export type NounKind = "statement" | "deny-noun" | "say-noun" | "info" | "source";
export type SpeakerNounKind = "source" | "reference" | "group" | "title";

/** A noun heading a speaker; `refers` says what a reference points back at. */
export interface SpeakerNoun {
  readonly kind: SpeakerNounKind;
  readonly plural: boolean;
  readonly refers: "source" | "document" | "speaker" | null;
}

/** Roles of the function words in data/lexicons/{ar,en}/attribution-words.tsv. */
export type ArWordRole = "adverbial" | "document" | "same" | "comment";
export type EnWordRole =
  | "determiner"
  | "auxiliary"
  | "boundary"
  | "stop"
  | "negative"
  | "aside"
  | "adverbial";

export interface CueLexicon {
  /** Arabic verb forms by normalised form. */
  readonly arVerbs: ReadonlyMap<string, VerbForm>;
  /** Arabic noun cues and source phrases by normalised phrase (words joined by one space). */
  readonly arNouns: ReadonlyMap<string, { readonly kind: NounKind; readonly polarity: Polarity }>;
  /** Longest Arabic noun phrase, in words. */
  readonly arNounMaxWords: number;
  /** Words opening reported content: that | to-that | about. */
  readonly arMarkers: ReadonlyMap<string, string>;
  readonly arSpeakerNouns: ReadonlyMap<string, SpeakerNoun>;
  /** Arabic function words by role (attribution-words.tsv). */
  readonly arWords: Readonly<Record<ArWordRole, ReadonlySet<string>>>;
  /** Normalised denial phrases, as word arrays. */
  readonly arDenials: readonly (readonly string[])[];
  readonly arImpersonal: readonly (readonly string[])[];
  /** First words of titles and offices («وزير», «العقيد», «المتحدث»), normalised. */
  readonly arTitleHeads: ReadonlySet<string>;
  readonly arClauseOpeners: ReadonlySet<string>;
  /** Heads of organisations' names, without the article («مؤسسة», «هيئة», «تنسيقية»). */
  readonly arOrgHeads: ReadonlySet<string>;
  /** English forms, lowercase; `source` entries may be two words ("according to"). */
  readonly enVerbs: ReadonlyMap<string, VerbForm | { readonly kind: "source"; readonly polarity: Polarity }>;
  readonly enDenials: readonly (readonly string[])[];
  readonly enSpeakerNouns: ReadonlyMap<string, SpeakerNoun>;
  readonly enTitleHeads: ReadonlySet<string>;
  readonly enWords: Readonly<Record<EnWordRole, ReadonlySet<string>>>;
  /** English pronouns and the gender they give their antecedent (null for "it"). */
  readonly enPronouns: ReadonlyMap<string, Gender | null>;
}

const words = (s: string) => s.split(/\s+/u).filter(Boolean);

function speakerNouns(path: string, fold: (s: string) => string): Map<string, SpeakerNoun> {
  const out = new Map<string, SpeakerNoun>();
  for (const [noun, kind, number, refers] of readLexiconRows(path)) {
    if (!noun || !kind) continue;
    out.set(fold(noun), {
      kind: kind as SpeakerNounKind,
      plural: number === "p",
      refers: (refers as SpeakerNoun["refers"]) || null,
    });
  }
  return out;
}

function wordRoles<R extends string>(path: string, roles: readonly R[], fold: (s: string) => string) {
  const out = Object.fromEntries(roles.map((r) => [r, new Set<string>()])) as Record<R, Set<string>>;
  for (const [word, role] of readLexiconRows(path)) {
    if (word && role && role in out) out[role as R].add(fold(word));
  }
  return out;
}

/**
 * A speaker noun written with two neighbouring letters swapped, as pages often do («الوزراة» for
 * «الوزارة»): words of five letters or more only, so short words never meet by accident, and only when
 * one noun alone is that close.
 */
export function speakerNounTypo(
  word: string,
  nouns: ReadonlyMap<string, SpeakerNoun>,
): SpeakerNoun | undefined {
  if (word.length < 5 || nouns.has(word)) return undefined;
  const hits = new Set<SpeakerNoun>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const hit = nouns.get(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    if (hit) hits.add(hit);
  }
  // «المصرد» could be «المصدر» (the source) or «المرصد» (the observatory): no guess
  return hits.size === 1 ? [...hits][0] : undefined;
}

function titleHeads(path: string, fold: (s: string) => string): Set<string> {
  const out = new Set<string>();
  for (const [phrase] of readLexiconRows(path)) {
    const first = phrase ? words(phrase)[0] : undefined;
    if (first) out.add(fold(first).replace(/\.$/u, ""));
  }
  return out;
}

let cached: CueLexicon | undefined;

export function cueLexicon(): CueLexicon {
  if (cached) return cached;
  const ar = normalizeArabic;
  const lower = (s: string) => s.toLowerCase();

  const arVerbs = new Map<string, VerbForm>();
  for (const [lemma, kind, polarity, content, ...genders] of readLexiconRows(
    "lexicons/ar/reporting-verbs.tsv",
  )) {
    if (!lemma || !kind || !polarity) continue;
    (["m", "f", "p"] as const).forEach((gender, k) => {
      for (const form of (genders[k] ?? "").split("|").filter(Boolean)) {
        arVerbs.set(ar(form), {
          lemma,
          kind: kind as CueKind,
          polarity: polarity as Polarity,
          marked: content === "marked",
          gender,
        });
      }
    });
  }

  const arNouns = new Map<string, { kind: NounKind; polarity: Polarity }>();
  let arNounMaxWords = 1;
  for (const [phrase, kind, polarity] of readLexiconRows("lexicons/ar/reporting-nouns.tsv")) {
    if (!phrase || !kind) continue;
    const key = words(ar(phrase)).join(" ");
    arNounMaxWords = Math.max(arNounMaxWords, words(key).length);
    arNouns.set(key, { kind: kind as NounKind, polarity: (polarity ?? "assert") as Polarity });
  }

  const arMarkers = new Map<string, string>();
  for (const [word, kind] of readLexiconRows("lexicons/ar/content-markers.tsv"))
    if (word && kind) arMarkers.set(ar(word), kind);

  const phrases = (path: string, fold: (s: string) => string) =>
    readLexiconRows(path)
      .map(([p]) => words(fold(p ?? "")))
      .filter((w) => w.length > 0);

  const enVerbs = new Map<string, VerbForm | { kind: "source"; polarity: Polarity }>();
  for (const [form, kind, polarity] of readLexiconRows("lexicons/en/reporting-verbs.tsv")) {
    if (!form || !kind) continue;
    const pol = (polarity ?? "assert") as Polarity;
    enVerbs.set(
      lower(form),
      kind === "source"
        ? { kind: "source", polarity: pol }
        : { lemma: lower(form), kind: kind as CueKind, polarity: pol, marked: false, gender: null },
    );
  }

  cached = {
    arVerbs,
    arNouns,
    arNounMaxWords,
    arMarkers,
    arSpeakerNouns: speakerNouns("lexicons/ar/speaker-nouns.tsv", ar),
    arWords: wordRoles("lexicons/ar/attribution-words.tsv", ["adverbial", "document", "same", "comment"], ar),
    arDenials: phrases("lexicons/ar/denial-phrases.tsv", ar),
    arImpersonal: phrases("lexicons/ar/impersonal-cues.tsv", ar),
    arTitleHeads: titleHeads("lexicons/ar/entity-titles.tsv", ar),
    arOrgHeads: new Set(readLexiconRows("lexicons/ar/org-heads.tsv").map(([w]) => ar(w ?? ""))),
    arClauseOpeners: new Set(readLexiconRows("lexicons/ar/clause-openers.txt").map(([w]) => ar(w ?? ""))),
    enVerbs,
    enDenials: phrases("lexicons/en/denial-phrases.tsv", lower),
    enSpeakerNouns: speakerNouns("lexicons/en/speaker-nouns.tsv", lower),
    enTitleHeads: titleHeads("lexicons/en/entity-titles.tsv", lower),
    enWords: wordRoles(
      "lexicons/en/attribution-words.tsv",
      ["determiner", "auxiliary", "boundary", "stop", "negative", "aside", "adverbial"],
      lower,
    ),
    enPronouns: new Map(
      readLexiconRows("lexicons/en/attribution-words.tsv")
        .filter(([, role]) => role === "m" || role === "f" || role === "p" || role === "it")
        .map(([word, role]) => [lower(word ?? ""), role === "it" ? null : (role as Gender)] as const),
    ),
  };
  return cached;
}

/**
 * The reporting verb a written word is, in either language: Arabic as written (normalised), then without a
 * leading و/ف («وقالت» → «قالت»); English lowercased (a "source" phrase like "according" too).
 */
export function reportingVerb(
  word: string,
): VerbForm | { readonly kind: "source"; readonly polarity: Polarity } | undefined {
  const lex = cueLexicon();
  const n = normalizeArabic(word);
  return (
    lex.arVerbs.get(n) ?? lex.arVerbs.get(n.replace(/^[وف]/u, "")) ?? lex.enVerbs.get(word.toLowerCase())
  );
}
