// extract/times: temporal expressions in a document's title and body lines, and the publication date.
// (Skeleton: not built yet; returns nothing.)
import type { Document, TimeExpression } from "../../core/types.js";

export function extractTimes(_document: Document): TimeExpression[] {
  return [];
}
