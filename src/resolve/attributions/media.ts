// Which entities carry other people's words (agencies, channels, papers, sites): those go into an
// attribution's chain (`via`) rather than being taken as its speaker. Known by the gazetteer's kind
// (agency, outlet) or, for names the gazetteer lacks, by the name's head («وكالة …», «قناة …», "… news
// agency"): data/lexicons/{ar,en}/media-heads.txt.
import { readLexiconSet } from "../../core/lexicon.js";
import type { Entity } from "../../core/types.js";
import type { EntityContext } from "../../extract/entities/index.js";
import { normalizeArabic } from "../../text/normalize.js";

const MEDIA_KINDS = new Set(["agency", "outlet"]);

export function mediaTest(context: EntityContext): (entity: Entity) => boolean {
  const arHeads = readLexiconSet("lexicons/ar/media-heads.txt", normalizeArabic);
  const enHeads = readLexiconSet("lexicons/en/media-heads.txt", (s) => s.toLowerCase());
  return (entity) => {
    if (entity.type !== "ORG") return false;
    const kind = entity.actor ? context.byId(entity.actor)?.kind : undefined;
    if (kind) return MEDIA_KINDS.has(kind);
    const words = normalizeArabic(entity.text)
      .replace(/["«»“”()]/gu, " ")
      .split(/\s+/u)
      .filter(Boolean);
    const first = (words[0] ?? "").replace(/^ال/u, "");
    return arHeads.has(first) || words.some((w) => enHeads.has(w));
  };
}
