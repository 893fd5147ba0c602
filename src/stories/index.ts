// stories/: groups the documents of a batch into stories (the same real-world event across outlets)
// and finds wire copies, through the incremental StoryIndex. With a store, the placements of earlier
// runs are restored first (replayed, not clustered again), so a new document joins a story an earlier
// run opened; a document the store already placed keeps its story, which makes re-running idempotent.
// Documents are added in publication order, as they would arrive; nothing placed is moved.
import type { Document, Extraction, WireCopy } from "../core/types.js";
import type { StoryMember } from "../store/index.js";
import { storyInput } from "./features.js";
import { StoryIndex, type StoryIndexOptions } from "./story-index.js";

export { dayNumber, periodOf, storyInput } from "./features.js";
export { fnv1a, MinHasher, mix32, seededRandom, shingleHashes } from "./hashing.js";
export {
  defaultStoryIndexOptions,
  type Placement,
  type SavedArticle,
  StoryIndex,
  type StoryIndexOptions,
  type StoryInput,
} from "./story-index.js";

export interface StoryGroup {
  readonly id: string;
  /** The story's key in the store: stable across runs. */
  readonly key: string;
  /** The batch's documents in the story, in the order they joined. */
  readonly documents: readonly string[];
  /** Documents of earlier runs (in the store) that belong to the story too. */
  readonly earlier: number;
  readonly copies: readonly WireCopy[];
}

export interface Grouping {
  readonly groups: StoryGroup[];
  /** Placements of the batch's documents the store did not have, to be saved with the run. */
  readonly newMembers: StoryMember[];
}

export function groupStories(
  documents: readonly Document[],
  extractions: readonly Extraction[],
  options: Partial<StoryIndexOptions> & { readonly stored?: readonly StoryMember[] } = {},
): Grouping {
  const extractionOf = new Map(extractions.map((x) => [x.documentId, x]));
  const index = new StoryIndex(options);
  const keyOf = new Map<number, string>();
  const storyOfKey = new Map<string, number>();
  const articleOfHash = new Map<string, number>();
  const storyOfHash = new Map<string, number>();
  // documents of earlier runs per story, leaving out those this batch brings again
  const batchHashes = new Set(documents.map((d) => d.contentHash));
  const earlier = new Map<number, number>();
  for (const m of options.stored ?? []) {
    const canonical = m.canonical ? (articleOfHash.get(m.canonical) ?? null) : null;
    const story = index.restore(m.saved, storyOfKey.get(m.storyKey) ?? null, canonical);
    keyOf.set(story, m.storyKey);
    storyOfKey.set(m.storyKey, story);
    articleOfHash.set(m.contentHash, index.articleCount - 1);
    storyOfHash.set(m.contentHash, story);
    if (!batchHashes.has(m.contentHash)) earlier.set(story, (earlier.get(story) ?? 0) + 1);
  }

  const order = [...documents].sort(
    (a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.id.localeCompare(b.id),
  );
  const members = new Map<number, string[]>();
  const carriers = new Map<string, string[]>();
  const idOfHash = new Map(documents.map((d) => [d.contentHash, d.id]));
  const hashOfArticle = new Map<number, string>([...articleOfHash].map(([h, a]) => [a, h]));
  const newMembers: StoryMember[] = [];
  for (const document of order) {
    const extraction = extractionOf.get(document.id);
    if (!extraction) continue;
    let story = storyOfHash.get(document.contentHash);
    if (story === undefined) {
      const placement = index.add(storyInput(document, extraction));
      story = placement.story;
      hashOfArticle.set(placement.article, document.contentHash);
      storyOfHash.set(document.contentHash, story);
      if (!keyOf.has(story)) keyOf.set(story, `st-${document.contentHash.slice(0, 12)}`);
      const canonical =
        placement.duplicateOf === null ? null : (hashOfArticle.get(placement.duplicateOf) ?? null);
      newMembers.push({
        contentHash: document.contentHash,
        storyKey: keyOf.get(story)!,
        canonical,
        saved: placement.saved(),
      });
      if (canonical) {
        const shown = idOfHash.get(canonical) ?? `stored:${canonical.slice(0, 12)}`;
        carriers.set(shown, [...(carriers.get(shown) ?? []), document.id]);
      }
    }
    if (!members.has(story)) members.set(story, []);
    members.get(story)!.push(document.id);
  }
  const groups = [...members].map(([story, ids], i) => {
    const inGroup = new Set(ids);
    return {
      id: `s${i + 1}`,
      key: keyOf.get(story)!,
      documents: ids,
      earlier: earlier.get(story) ?? 0,
      copies: [...carriers]
        .filter(([canonical, list]) => inGroup.has(canonical) || list.some((c) => inGroup.has(c)))
        .map(([canonical, list]) => ({ canonical, carriers: list })),
    };
  });
  return { groups, newMembers };
}
