// What the entity rules and actor resolution read besides the text: the gazetteer compiled into a
// phrase index, the demonyms derived from its countries («روسيا» → «الروسي»/«الروسية», Russia → Russian),
// and the lexicons. Built once per process (`defaultEntityContext`) or from a given gazetteer in tests.
import { readLexiconRows } from "../../core/lexicon.js";
import { normalizeArabic } from "../../text/normalize.js";
import { type EntityLexicons, entityLexicons } from "./lexicons.js";
import { phraseWords, withoutArticle } from "./name-keys.js";
import { PhraseIndex } from "./phrase-index.js";
import type { GazetteerEntry } from "./types.js";

export interface GazetteerName {
  readonly entry: GazetteerEntry;
  /** The name as the gazetteer writes it. */
  readonly name: string;
  /** A short Latin acronym ("US", "RT", "SDF") matches only in capitals: "us" is a pronoun. */
  readonly capitalsOnly: boolean;
}

/** A name that refers to gazetteer entries only in context (data/gazetteer/ambiguous.tsv). */
export interface ContextualName {
  readonly name: string;
  readonly ids: readonly string[];
}

export interface EntityContext {
  readonly entries: readonly GazetteerEntry[];
  readonly gazetteer: PhraseIndex<GazetteerName>;
  /**
   * Names that are not entry names but may refer to entries in context: «التحالف» (which coalition?),
   * «وزارة الدفاع» (which country's?), «الباب» (al-Bab, and the door).
   */
  readonly contextual: PhraseIndex<ContextualName>;
  readonly byId: (id: string) => GazetteerEntry | undefined;
  /** Masculine singular demonym stem, normalised and without article («روسي», "russian") → country id. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Normalised names that need a cue to be names (ar/ambiguous-names.tsv) → which cue. */
  readonly ambiguous: ReadonlyMap<string, "place" | "quoted">;
  readonly locatives: ReadonlySet<string>;
  readonly lexicons: EntityLexicons;
}

const LATIN_ACRONYM = /^[A-Z][A-Z.]{0,4}$/u;

/** Demonym stems of one country name: «روسيا» → «روسي», «العراق» → «عراقي», "Syria" → "syrian". */
function demonymStems(name: string): string[] {
  const words = phraseWords(name);
  if (words.length !== 1) return [];
  const w = words[0]!;
  if (/^[a-z]+$/u.test(w)) {
    if (w.endsWith("a")) return [`${w}n`];
    if (w.endsWith("q") || w.endsWith("l")) return [`${w}i`];
    return [`${w}ian`];
  }
  const out: string[] = [];
  for (const base of new Set([w, withoutArticle(w)])) {
    let stem = base;
    if (stem.endsWith("يا") || stem.endsWith("يه")) stem = stem.slice(0, -2);
    else if (stem.endsWith("ا")) stem = stem.slice(0, -1);
    if (stem.length >= 2) out.push(`${stem}ي`);
  }
  return out;
}

/**
 * Compile a gazetteer (the entries of data/gazetteer/*.tsv and the names of its ambiguous.tsv) and the
 * lexicons into a context.
 */
export function createEntityContext(
  entries: readonly GazetteerEntry[],
  contextualNames: readonly ContextualName[] = [],
): EntityContext {
  const gazetteer = new PhraseIndex<GazetteerName>();
  const contextual = new PhraseIndex<ContextualName>();
  for (const c of contextualNames) if (c.ids.length) contextual.add(c.name, c);
  const ids = new Map<string, GazetteerEntry>();
  const demonyms = new Map<string, string>();
  for (const entry of entries) {
    ids.set(entry.id, entry);
    for (const name of [...entry.ar, ...entry.en, ...entry.aliases]) {
      if (!name.trim()) continue;
      gazetteer.add(name, { entry, name, capitalsOnly: LATIN_ACRONYM.test(name.trim()) });
      if (entry.kind === "country") for (const stem of demonymStems(name)) demonyms.set(stem, entry.id);
    }
  }
  const ambiguous = new Map<string, "place" | "quoted">();
  for (const row of readLexiconRows("lexicons/ar/ambiguous-names.tsv")) {
    ambiguous.set(phraseWords(row[0] ?? "").join(" "), row[1] === "place" ? "place" : "quoted");
  }
  const locatives = new Set(
    readLexiconRows("lexicons/ar/locative-words.txt").map((r) => normalizeArabic(r[0] ?? "")),
  );
  return {
    entries,
    gazetteer,
    contextual,
    byId: (id) => ids.get(id),
    demonyms,
    ambiguous,
    locatives,
    lexicons: entityLexicons(),
  };
}

/**
 * The country a demonym names: «الروسية», «روسي», «الروسيين» → russia; "Russian" → russia. Input is a
 * normalised word without proclitics.
 */
export function demonymCountry(context: EntityContext, word: string): string | null {
  let w = withoutArticle(word);
  if (w.endsWith("يين") || w.endsWith("يون")) w = w.slice(0, -2);
  else if (w.endsWith("يه")) w = w.slice(0, -1);
  return context.demonyms.get(w) ?? null;
}

/** The country an actor belongs to, following gazetteer parents («lavrov» → «ru-mfa» → «russia»). */
export function countryOf(context: EntityContext, id: string | null): string | null {
  const seen = new Set<string>();
  let at = id ? context.byId(id) : undefined;
  while (at && !seen.has(at.id)) {
    if (at.kind === "country") return at.id;
    seen.add(at.id);
    at = at.parent ? context.byId(at.parent) : undefined;
  }
  return null;
}
