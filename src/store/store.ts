// The store keeps what every run analysed: documents (by content hash), their lines and roles, and a
// log of runs with the inputs each rejected. Engines implement this interface (SQLite now; PostgreSQL
// later) so the pipeline never names one.
import type { Document, InputError } from "../core/types.js";
import type { SavedArticle } from "../stories/story-index.js";

/** Where the story index placed one document (see src/stories/). */
export interface StoryMember {
  readonly contentHash: string;
  readonly storyKey: string;
  /** The content hash of the first copy when this document is a wire copy of it. */
  readonly canonical: string | null;
  readonly saved: SavedArticle;
}

export interface RunRecord {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly toolVersion: string;
  /** Inputs as given on the command line. */
  readonly inputs: readonly string[];
  readonly documents: readonly Document[];
  readonly errors: readonly InputError[];
  /** Placements of documents the store had not placed before (earlier placements are kept). */
  readonly storyMembers?: readonly StoryMember[];
}

export interface SaveSummary {
  readonly runId: number;
  /** Documents whose content the store had not seen before. */
  readonly inserted: number;
  /** Documents already stored (same content hash): their analysis was refreshed, not duplicated. */
  readonly updated: number;
}

export interface Store {
  /** Where the store lives, for messages ("dossier written; store at …"). */
  readonly location: string;
  /**
   * For each line key, how many stored documents carry it, leaving out the given content hashes
   * (the batch being analysed counts its own). Cross-document evidence for line roles.
   */
  countLineKeys(keys: readonly string[], excludeContentHashes: readonly string[]): Map<string, number>;
  /** Saves one run and its documents in a single transaction: all of it or nothing. */
  saveRun(run: RunRecord): SaveSummary;
  documentCount(): number;
  /** Every stored placement, in the order they were made. */
  loadStoryMembers(): StoryMember[];
  close(): void;
}
