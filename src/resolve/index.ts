// resolve/: turns entity mentions from all documents into actors (one per real-world entity) and
// anchors relative dates. Actors: ./actors (learnt names, linking, references in context); publication
// dates and the reference date of each document's times: publication-dates.ts.

export { MIN_SKELETON, skeleton } from "./actors/cross-language.js";
export {
  type ActorResolution as Resolution,
  buildNaming,
  type NamingName,
  type NamingTable,
  resolveActors,
} from "./actors/index.js";
export { mediaTest, resolveAttributions } from "./attributions/index.js";
export {
  type PublicationDate,
  type PublicationOptions,
  type PublishedBasis,
  resolveBatchTimes,
  resolvePublicationDates,
  withPublicationDates,
} from "./publication-dates.js";
