// resolve/: turns entity mentions from all documents into actors (one per real-world entity) and
// anchors relative dates. Actors are not built yet (issue 4): with no entities extracted there are no
// actors. Publication dates and the reference date of each document's times: publication-dates.ts.
import type { Actor, Document, Extraction } from "../core/types.js";

export interface Resolution {
  readonly actors: readonly Actor[];
  readonly extractions: readonly Extraction[];
}

export function resolveActors(
  _documents: readonly Document[],
  extractions: readonly Extraction[],
): Resolution {
  return { actors: [], extractions };
}

export {
  type PublicationDate,
  type PublicationOptions,
  type PublishedBasis,
  resolveBatchTimes,
  resolvePublicationDates,
  withPublicationDates,
} from "./publication-dates.js";
