// Shapes shared by the entity rules (src/extract/entities) and actor resolution (src/resolve/actors).
// An EntityMention is the dossier's Entity plus what resolution needs to place it: the gazetteer id it
// matched, whether it is a name, an acronym, a short name or a reference to be resolved in context,
// and the parts a rule saw (a title before a person, a nationality after a ministry).
import type { Entity } from "../../core/types.js";
import type { GazetteerEntry as LoadedGazetteerEntry } from "./gazetteer.js";

/**
 * What recognition needs of a gazetteer row (data/gazetteer/README.md): the loader's entry without
 * where it was read from, so that test fixtures can build entries in memory.
 */
export type GazetteerEntry = Pick<
  LoadedGazetteerEntry,
  "id" | "type" | "kind" | "label" | "ar" | "en" | "aliases" | "parent"
>;

/**
 * What a mention is, for resolution:
 * - `name`: a proper name («قوات حوران الديمقراطية», «سيرغي لافروف»);
 * - `acronym`: letters standing for a name («قحد», "HDF");
 * - `reference`: a description that points at an actor named elsewhere («الوزير الروسي», «الوزارة»,
 *   «وزارة دفاع بلاده», «الميليشيات الكردية»); see `ref`.
 */
export type MentionKind = "name" | "acronym" | "reference";

/** How a reference finds its actor (data/lexicons/{ar,en}/role-references.tsv). */
export interface ReferenceSpec {
  /**
   * - `head`: the nearest earlier actor whose name has this head («الوزارة» → «وزارة الدفاع الروسية»);
   * - `office`: the nearest earlier person holding this office («الوزير الروسي» → «سيرغي لافروف»);
   * - `candidates`: the first of the gazetteer ids named in context (data/gazetteer/ambiguous.tsv:
   *   «الميليشيات الكردية» → sdf, ypg, pkk; «وزارة الدفاع» → the ministry of the country named nearby);
   * - `own-country`: the body of the country of the nearest earlier person («وزارة دفاع بلاده»).
   */
  readonly mode: "head" | "office" | "candidates" | "own-country";
  /** Normalised head or office words; gazetteer ids for `candidates`. */
  readonly targets: readonly string[];
  /** Gazetteer id of the country a demonym named («الروسي» → russia), if any. */
  readonly country: string | null;
  /** Whether an unresolved reference still stands as an actor of its own («الحكومة», «النظام»). */
  readonly standalone: boolean;
}

export interface EntityMention extends Entity {
  readonly kind: MentionKind;
  /** Gazetteer id when the name (or its core) is a gazetteer name. */
  readonly gazetteerId: string | null;
  /**
   * The name inside a longer mention, as written: «إنترفاكس» in «وكالة إنترفاكس الروسية», «اللجنة
   * الأمنية» in «اللجنة الأمنية في درعا». Null when the mention is the name itself.
   */
  readonly core: string | null;
  /** Title or office words that preceded a person («وزير الخارجية»), normalised; empty otherwise. */
  readonly office: readonly string[];
  /** Gazetteer id of the country a demonym beside the mention named («الروسي» → russia), or null. */
  readonly country: string | null;
  /** Set for `reference` mentions. */
  readonly ref: ReferenceSpec | null;
  /** Whether other documents of the batch may learn this name (pattern-found names; not references). */
  readonly learnable: boolean;
  /**
   * For an acronym or alias defined beside the name it stands for («قوات حوران الديمقراطية» المعروفة
   * باسم «قحد»; "known by its Arabic acronym Qahd"): that name as written. Null otherwise.
   */
  readonly aliasOf: string | null;
}
