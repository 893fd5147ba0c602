// compare/: aligns what the documents of a story say — claims, contradictions, figures, timeline.
// Not built yet (issue 6): each story comes out with no claims and no discrepancies.
import type { Document, Extraction, Story } from "../core/types.js";
import type { StoryGroup } from "../stories/index.js";

export function compareStories(
  groups: readonly StoryGroup[],
  documents: readonly Document[],
  _extractions: readonly Extraction[],
): Story[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return groups.map((group) => ({
    id: group.id,
    title: group.documents.map((id) => byId.get(id)?.title).find(Boolean) ?? group.id,
    documents: group.documents,
    claims: [],
    discrepancies: [],
    timeline: [],
  }));
}
