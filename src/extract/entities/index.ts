// extract/entities: named entities found without a model (the gazetteer, title/head/quote patterns and
// names the batch teaches itself). `extractEntities` reads one document; `learnNames` and the
// `learned` option give the second pass that resolve/actors runs over the whole batch.

import { createEntityContext, type EntityContext } from "./context.js";
import { loadGazetteer } from "./gazetteer.js";

export {
  type ContextualName,
  countryOf,
  createEntityContext,
  demonymCountry,
  type EntityContext,
  type GazetteerName,
} from "./context.js";
export { type ExtractEntitiesOptions, extractEntities, type Span } from "./extract-entities.js";
export { type LearnedName, type LearnedNames, learnNames, type PageMentions } from "./learned.js";
export { type EntityLexicons, entityLexicons } from "./lexicons.js";
export { heavyFold, lightFold, nameKey, phraseWords, withoutArticle } from "./name-keys.js";
export type { EntityMention, GazetteerEntry, MentionKind, ReferenceSpec } from "./types.js";

let cached: EntityContext | undefined;

/** The context built from the shipped gazetteer (data/gazetteer/) and lexicons, once per process. */
export function defaultEntityContext(): EntityContext {
  const gazetteer = loadGazetteer();
  cached ??= createEntityContext(gazetteer.entries, gazetteer.ambiguous);
  return cached;
}
