// stories/: groups the documents of a batch into stories (the same real-world event across outlets)
// and finds wire copies, through the incremental StoryIndex. Documents are added in publication order,
// as they would arrive; each joins a story or opens one, and nothing placed is moved.
import type { Document, Extraction, WireCopy } from "../core/types.js";
import { storyInput } from "./features.js";
import { StoryIndex, type StoryIndexOptions } from "./story-index.js";

export { dayNumber, storyInput } from "./features.js";
export { fnv1a, MinHasher, mix32, seededRandom, shingleHashes } from "./hashing.js";
export {
  defaultStoryIndexOptions,
  type Placement,
  StoryIndex,
  type StoryIndexOptions,
  type StoryInput,
} from "./story-index.js";

export interface StoryGroup {
  readonly id: string;
  /** In the order they joined. */
  readonly documents: readonly string[];
  readonly copies: readonly WireCopy[];
}

export function groupStories(
  documents: readonly Document[],
  extractions: readonly Extraction[],
  options: Partial<StoryIndexOptions> = {},
): StoryGroup[] {
  const extractionOf = new Map(extractions.map((x) => [x.documentId, x]));
  const order = [...documents].sort(
    (a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.id.localeCompare(b.id),
  );
  const index = new StoryIndex(options);
  const members = new Map<number, string[]>();
  const carriers = new Map<string, string[]>();
  const articleIds: string[] = [];
  for (const document of order) {
    const extraction = extractionOf.get(document.id);
    if (!extraction) continue;
    const placement = index.add(storyInput(document, extraction));
    articleIds.push(document.id);
    const list = members.get(placement.story) ?? [];
    list.push(document.id);
    members.set(placement.story, list);
    if (placement.duplicateOf !== null) {
      const canonical = articleIds[placement.duplicateOf]!;
      carriers.set(canonical, [...(carriers.get(canonical) ?? []), document.id]);
    }
  }
  return [...members.values()].map((ids, i) => ({
    id: `s${i + 1}`,
    documents: ids,
    copies: ids
      .filter((id) => carriers.has(id))
      .map((id) => ({ canonical: id, carriers: carriers.get(id)! })),
  }));
}
