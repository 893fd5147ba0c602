// extract/quantities: counts and measures stated in a document's title and body lines.
//
//   «قتل أكثر من ثمانين من أفراد التنظيم»  → 80, more-than, unit فرد, people-killed
//   «خسائر … تشمل أكثر من 80 إرهابيا و36 مركبة وثماني شاحنات» → 80 إرهابي people-killed,
//       36 مركبة vehicles, 8 شاحنة vehicles
//   «أحبطت محاولتين»  → 2 (a dual), unit محاولة, events
//   «مئات المدنيين»   → value null, about, conservative 100 (a vague count)
// Dates, times, years, durations, percentages, phone numbers, ordinals and numbers that name things
// («القرار 2254») are left out: see exclusions.ts. Boilerplate, metadata and ticker lines give none.
import type { Document } from "../../core/types.js";
import { lineQuantities, type QuantityMention } from "./line-quantities.js";

export { cueLexicon } from "./lexicons.js";
export type { QuantityMention } from "./line-quantities.js";

/** Every quantity on the title and body lines of `document`, in text order. */
export function extractQuantities(document: Document): QuantityMention[] {
  const out: QuantityMention[] = [];
  for (const line of document.lines) {
    if (line.role !== "title" && line.role !== "body") continue;
    out.push(...lineQuantities(document, line));
  }
  return out;
}
