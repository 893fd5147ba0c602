// resolve/attributions: the reporting acts of each document (extract/attributions) become the
// dossier's attributions — speakers resolved to actors, chains through agencies and nested reports,
// one per speaker and polarity in a paragraph — and each headline's voice is read (framing.ts).
import type { Document, Extraction } from "../../core/types.js";
import { findReportingActs } from "../../extract/attributions/index.js";
import { defaultEntityContext, type EntityContext } from "../../extract/entities/index.js";
import { readHeadlineVoices } from "./framing.js";
import { mediaTest } from "./media.js";
import { resolveDocumentAttributions } from "./resolve-attributions.js";

export { readHeadlineVoices } from "./framing.js";
export { mediaTest } from "./media.js";
export { resolveDocumentAttributions } from "./resolve-attributions.js";

/** Fill `attributions` and `framing` of every extraction (entities must already carry actor ids). */
export function resolveAttributions(
  documents: readonly Document[],
  extractions: readonly Extraction[],
  context: EntityContext = defaultEntityContext(),
): Extraction[] {
  const isMedia = mediaTest(context);
  const byId = new Map(extractions.map((x) => [x.documentId, x]));
  const withActs = documents.map((doc, i) => {
    const x = byId.get(doc.id) ?? extractions[i]!;
    const acts = findReportingActs(doc, { entities: x.entities, times: x.times, isMedia });
    return { ...x, attributions: resolveDocumentAttributions(acts, isMedia) };
  });
  return readHeadlineVoices(documents, withActs);
}
