// extract/: mentions found inside one document — quantities, times, entities, attributions.
// Figures come from ./quantities; times from ./times, resolved against the publication date that
// resolve/ settles over the whole batch (so the pipeline passes them in once resolved). Entities come
// from ./entities (names stop at the times and figures found here); attributions are read after actors
// are resolved (resolve/attributions, with the reporting acts of ./attributions).
import type { Document, Extraction, TimeExpression } from "../core/types.js";
import { defaultEntityContext, extractEntities } from "./entities/index.js";
import { extractQuantities } from "./quantities/index.js";
import { extractTimes } from "./times/index.js";

/** `times`: the document's times already resolved for the batch; computed here when not given. */
export function extractMentions(document: Document, times?: readonly TimeExpression[]): Extraction {
  const found = times ?? extractTimes(document);
  // A number inside a date, a clock time or a duration is part of the time («١٥ رمضان ١٤٤٥ هـ»,
  // «لمدة 72 ساعة»), never a count: the two extractors meet here and times win.
  const quantities = extractQuantities(document).filter(
    (q) => !found.some((t) => q.start < t.end && t.start < q.end),
  );
  return {
    documentId: document.id,
    quantities,
    times: found,
    entities: extractEntities(document, defaultEntityContext(), { barriers: [...found, ...quantities] }),
    attributions: [],
    framing: [],
  };
}
