// extract/: mentions found inside one document — quantities, times, entities, attributions.
// Not built yet: figures and dates arrive with issue 3, entities with issue 4, attributions with
// issue 5. Until then the lists are empty, and the dossier says so by leaving them empty.
import type { Document, Extraction } from "../core/types.js";

export function extractMentions(document: Document): Extraction {
  return { documentId: document.id, quantities: [], times: [], entities: [], attributions: [] };
}
