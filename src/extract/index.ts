// extract/: mentions found inside one document — quantities, times, entities, attributions.
// Figures and dates come from ./quantities and ./times; entities arrive with issue 4 and attributions
// with issue 5: until then those lists are empty, and the dossier says so by leaving them empty.
import type { Document, Extraction } from "../core/types.js";
import { extractQuantities } from "./quantities/index.js";
import { extractTimes } from "./times/index.js";

export function extractMentions(document: Document): Extraction {
  return {
    documentId: document.id,
    quantities: extractQuantities(document),
    times: extractTimes(document),
    entities: [],
    attributions: [],
  };
}
