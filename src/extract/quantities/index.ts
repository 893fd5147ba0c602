// extract/quantities: counts and measures stated in a document's title and body lines.
// (Skeleton: not built yet; returns nothing.)
import type { Document, Quantity } from "../../core/types.js";

export function extractQuantities(_document: Document): Quantity[] {
  return [];
}
