// The entity lexicons (data/lexicons/{ar,en}/, described in data/lexicons/README.md), read once per
// process and compiled into phrase indexes and sets.

import { readLexiconRows } from "../../core/lexicon.js";
import type { EntityType } from "../../core/types.js";
import { normalizeArabic } from "../../text/normalize.js";
import { phraseWords } from "./name-keys.js";
import { PhraseIndex } from "./phrase-index.js";

export type TitleKind = "office" | "spokesperson" | "rank" | "honorific";
export type OrgHeadMode = "construct" | "definite" | "both" | "part" | "quoted";
export type PlaceHeadMode = "drop" | "known" | "dual" | "keep" | "prefix" | "direction" | "before" | "after";
export type RoleMode = "office" | "head" | "own-country" | "group";

export interface OrgHead {
  readonly type: EntityType;
  readonly kind: string;
  readonly mode: OrgHeadMode;
  /** English: a lowercase head after a modifier describes a local body ("the security committee"). */
  readonly descriptor?: boolean;
}

export interface PlaceHead {
  readonly type: EntityType;
  readonly mode: PlaceHeadMode;
}

export interface RoleEntry {
  readonly phrase: string;
  readonly type: EntityType;
  readonly mode: RoleMode;
  /** Normalised target words: the office or the head. */
  readonly targets: readonly string[];
  readonly standalone: boolean;
}

/** A judgement label and where it may stand besides inside a name (ar/judgement-labels.tsv). */
export interface JudgementLabel {
  readonly label: string;
  readonly position: "before" | "after" | "-";
}

export interface EntityLexicons {
  readonly arTitles: PhraseIndex<TitleKind>;
  readonly enTitles: PhraseIndex<TitleKind>;
  readonly arOrgHeads: PhraseIndex<OrgHead>;
  readonly enOrgHeads: ReadonlyMap<string, OrgHead>;
  readonly arPlaceHeads: PhraseIndex<PlaceHead>;
  readonly enPlaceHeads: PhraseIndex<PlaceHead>;
  readonly arRoles: PhraseIndex<RoleEntry>;
  readonly enRoles: PhraseIndex<RoleEntry>;
  readonly arNameCues: PhraseIndex<true>;
  readonly enNameCues: PhraseIndex<true>;
  readonly arJudgement: PhraseIndex<JudgementLabel>;
  readonly enJudgement: PhraseIndex<JudgementLabel>;
  /** Normalised given names («عبد» compounds joined), Arabic and English. */
  readonly givenNames: ReadonlySet<string>;
  readonly nameBlockers: ReadonlySet<string>;
}

const TYPES = new Set<EntityType>(["PERSON", "ORG", "GPE", "LOC", "FAC", "OTHER"]);

function entityType(value: string | undefined, file: string): EntityType {
  if (value && TYPES.has(value as EntityType)) return value as EntityType;
  throw new Error(`[E_LEXICON] ${file}: unknown entity type "${value}"`);
}

function index<T>(file: string, payload: (row: readonly string[]) => T): PhraseIndex<T> {
  const out = new PhraseIndex<T>();
  for (const row of readLexiconRows(file)) out.add(row[0] ?? "", payload(row));
  return out;
}

const TITLE_KINDS = new Set(["office", "spokesperson", "rank", "honorific"]);
const ORG_MODES = new Set(["construct", "definite", "both", "part", "quoted"]);
const PLACE_MODES = new Set(["drop", "known", "dual", "keep", "prefix", "direction", "before", "after"]);
const ROLE_MODES = new Set(["office", "head", "own-country", "group"]);

function checked<T extends string>(value: string | undefined, allowed: ReadonlySet<string>, file: string): T {
  if (value && allowed.has(value)) return value as T;
  throw new Error(`[E_LEXICON] ${file}: unknown value "${value}"`);
}

function titles(lang: "ar" | "en"): PhraseIndex<TitleKind> {
  const file = `lexicons/${lang}/entity-titles.tsv`;
  return index(file, (row) => checked<TitleKind>(row[1], TITLE_KINDS, file));
}

function orgHeads(): PhraseIndex<OrgHead> {
  const file = "lexicons/ar/org-heads.tsv";
  return index(file, (row) => ({
    type: entityType(row[1], file),
    kind: row[2] ?? "",
    mode: checked<OrgHeadMode>(row[3], ORG_MODES, file),
  }));
}

function enOrgHeads(): Map<string, OrgHead> {
  const file = "lexicons/en/org-heads.tsv";
  const out = new Map<string, OrgHead>();
  for (const row of readLexiconRows(file)) {
    const head: OrgHead = {
      type: entityType(row[1], file),
      kind: row[2] ?? "",
      mode: "both",
      descriptor: row[3] === "yes",
    };
    out.set((row[0] ?? "").toLowerCase(), head);
  }
  return out;
}

function placeHeads(lang: "ar" | "en"): PhraseIndex<PlaceHead> {
  const file = `lexicons/${lang}/place-heads.tsv`;
  return index(file, (row) => ({
    type: entityType(row[1], file),
    mode: checked<PlaceHeadMode>(row[2], PLACE_MODES, file),
  }));
}

function roles(lang: "ar" | "en"): PhraseIndex<RoleEntry> {
  const file = `lexicons/${lang}/role-references.tsv`;
  return index(file, (row) => {
    const mode = checked<RoleMode>(row[2], ROLE_MODES, file);
    const targets = (row[3] ?? "")
      .split("|")
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => normalizeArabic(t));
    return {
      phrase: row[0] ?? "",
      type: entityType(row[1], file),
      mode,
      targets,
      standalone: row[4] === "yes",
    };
  });
}

const POSITIONS = new Set(["before", "after", "-"]);

function judgement(lang: "ar" | "en"): PhraseIndex<JudgementLabel> {
  const file = `lexicons/${lang}/judgement-labels.tsv`;
  return index(file, (row) => ({
    label: row[1] ?? "",
    position: checked<JudgementLabel["position"]>(row[2], POSITIONS, file),
  }));
}

function words(file: string): Set<string> {
  const out = new Set<string>();
  for (const row of readLexiconRows(file)) out.add(phraseWords(row[0] ?? "").join(" "));
  return out;
}

let cached: EntityLexicons | undefined;

/** The entity lexicons, loaded on first use. */
export function entityLexicons(): EntityLexicons {
  cached ??= {
    arTitles: titles("ar"),
    enTitles: titles("en"),
    arOrgHeads: orgHeads(),
    enOrgHeads: enOrgHeads(),
    arPlaceHeads: placeHeads("ar"),
    enPlaceHeads: placeHeads("en"),
    arRoles: roles("ar"),
    enRoles: roles("en"),
    arNameCues: index("lexicons/ar/name-cues.txt", () => true as const),
    enNameCues: index("lexicons/en/name-cues.txt", () => true as const),
    arJudgement: judgement("ar"),
    enJudgement: judgement("en"),
    givenNames: new Set([...words("lexicons/ar/given-names.txt"), ...words("lexicons/en/given-names.txt")]),
    nameBlockers: new Set([
      ...words("lexicons/ar/name-blockers.txt"),
      ...words("lexicons/en/name-blockers.txt"),
    ]),
  };
  return cached;
}
