// The per-outlet view of a story: for each document, how it carries each claim (in its own voice, as a
// source's report, or as a denial), which claims it alone carries, and which claims most of the other
// documents carry that it leaves out (the denial an outlet did not print, say).
import type { Carriage, Claim, Document, OutletView } from "../core/types.js";

/** A claim is "omitted" by a document when more than this share of the other documents carry it. */
const MOST = 0.5;

export function outletViews(documents: readonly Document[], claims: readonly Claim[]): OutletView[] {
  const carriers = new Map<string, Set<string>>();
  for (const c of claims) carriers.set(c.id, new Set(c.mentions.map((m) => m.document)));
  return documents.map((doc) => {
    const carries: Record<string, Carriage[]> = {};
    for (const c of claims) {
      const kinds = new Set<Carriage>();
      for (const m of c.mentions) {
        if (m.document !== doc.id) continue;
        kinds.add(m.stance === "denies" ? "denying" : m.voice === "outlet" ? "asserting" : "attributing");
      }
      if (kinds.size > 0) carries[c.id] = [...kinds];
    }
    const others = documents.length - 1;
    const only = claims
      .filter((c) => others > 0 && carriers.get(c.id)!.size === 1 && carriers.get(c.id)!.has(doc.id))
      .map((c) => c.id);
    const omits = claims
      .filter((c) => {
        const set = carriers.get(c.id)!;
        return !set.has(doc.id) && set.size >= 2 && set.size > others * MOST;
      })
      .map((c) => c.id);
    return { document: doc.id, outlet: doc.outlet ?? doc.id, carries, only, omits };
  });
}
