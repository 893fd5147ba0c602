// resolve/: turns entity mentions from all documents into actors (one per real-world entity) and
// anchors relative dates. Not built yet (issue 4): with no entities extracted there are no actors.
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
