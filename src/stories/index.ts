// stories/: groups documents that report the same event. Not built yet (issue 6): no grouping is
// claimed, so the list is empty rather than one story per document or everything in one story.
import type { Document, Extraction } from "../core/types.js";

export interface StoryGroup {
  readonly id: string;
  readonly documents: readonly string[];
}

export function groupStories(
  _documents: readonly Document[],
  _extractions: readonly Extraction[],
): StoryGroup[] {
  return [];
}
