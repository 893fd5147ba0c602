// extract/: mentions found inside one document — quantities, times, entities, attributions.
// Figures come from ./quantities; times from ./times, resolved against the publication date that
// resolve/ settles over the whole batch (so the pipeline passes them in once resolved). Entities
// arrive with issue 4 and attributions with issue 5: until then those lists are empty.
import type { Document, Extraction, TimeExpression } from "../core/types.js";
import { extractQuantities } from "./quantities/index.js";
import { extractTimes } from "./times/index.js";

/** `times`: the document's times already resolved for the batch; computed here when not given. */
export function extractMentions(document: Document, times?: readonly TimeExpression[]): Extraction {
  return {
    documentId: document.id,
    quantities: extractQuantities(document),
    times: times ?? extractTimes(document),
    entities: [],
    attributions: [],
  };
}
