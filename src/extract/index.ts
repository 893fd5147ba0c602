// extract/: mentions found inside one document — quantities, times, entities, attributions.
// Figures come from ./quantities; times from ./times, resolved against the publication date that
// resolve/ settles over the whole batch (so the pipeline passes them in once resolved). Entities
// arrive with issue 4 and attributions with issue 5: until then those lists are empty.
import type { Document, Extraction, TimeExpression } from "../core/types.js";
import { extractQuantities } from "./quantities/index.js";
import { extractTimes } from "./times/index.js";

/** `times`: the document's times already resolved for the batch; computed here when not given. */
export function extractMentions(document: Document, times?: readonly TimeExpression[]): Extraction {
  const found = times ?? extractTimes(document);
  return {
    documentId: document.id,
    // A number inside a date, a clock time or a duration is part of the time («١٥ رمضان ١٤٤٥ هـ»,
    // «لمدة 72 ساعة»), never a count: the two extractors meet here and times win.
    quantities: extractQuantities(document).filter(
      (q) => !found.some((t) => q.start < t.end && t.start < q.end),
    ),
    times: found,
    entities: [],
    attributions: [],
  };
}
