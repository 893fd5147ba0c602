// The whole pipeline for one batch of inputs, stage by stage, data flowing one way:
// ingest → clean → extract → resolve → stories → compare → store. report/ turns the result into
// the dossier. Bad inputs become InputErrors and the batch goes on without them.
import { cleanDocuments, matchKey } from "../clean/index.js";
import { compareStories } from "../compare/index.js";
import type { Actor, DecodedInput, Document, Extraction, InputError, Story } from "../core/types.js";
import { extractMentions } from "../extract/index.js";
import { type Fetcher, isInputError, readInputs } from "../ingest/index.js";
import { resolveActors, resolveAttributions, resolveBatchTimes } from "../resolve/index.js";
import type { SaveSummary, Store } from "../store/index.js";
import { groupStories } from "../stories/index.js";

export interface AnalyzeOptions {
  readonly paths: readonly string[];
  readonly store?: Store;
  readonly maxBytes?: number;
  /** Fetches URL inputs and summary-only feed items; null or absent: URLs are reported, not fetched. */
  readonly fetcher?: Fetcher | null;
  readonly toolVersion: string;
  /** Called as each input is read: how many so far, and the input's source. */
  readonly onInput?: (count: number, source: string) => void;
  readonly now?: () => Date;
}

export interface AnalysisResult {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly documents: readonly Document[];
  readonly extractions: readonly Extraction[];
  readonly actors: readonly Actor[];
  readonly stories: readonly Story[];
  readonly errors: readonly InputError[];
  readonly saved: SaveSummary | null;
}

export async function analyzeBatch(options: AnalyzeOptions): Promise<AnalysisResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now().toISOString();
  const decoded: DecodedInput[] = [];
  const errors: InputError[] = [];
  let count = 0;
  for await (const item of readInputs([...options.paths], {
    maxBytes: options.maxBytes,
    fetcher: options.fetcher ?? null,
  })) {
    count++;
    if (isInputError(item)) errors.push(item);
    else decoded.push(item);
    options.onInput?.(count, item.source);
  }

  const store = options.store;
  const cleaned = cleanDocuments(decoded, {
    earlierLineCounts: store ? (keys, hashes) => store.countLineKeys(keys, hashes) : undefined,
  });
  // Publication dates are settled over the batch (a page may borrow the date of another that shares
  // its explicit dates), then every page's times are resolved against its own reference.
  const { documents, times } = resolveBatchTimes(cleaned);
  const extracted = documents.map((doc, i) => extractMentions(doc, times[i]));
  const resolved = resolveActors(documents, extracted);
  const { actors } = resolved;
  // who said what, through whom: needs the actors, so it follows their resolution
  const extractions = resolveAttributions(documents, resolved.extractions);
  // the store's earlier placements are restored, so the batch joins the stories already there
  const { groups, newMembers } = groupStories(documents, extractions, {
    ...(store ? { stored: store.loadStoryMembers() } : {}),
  });
  const stories = compareStories(groups, documents, extractions);
  const finishedAt = now().toISOString();

  const saved = store
    ? store.saveRun({
        startedAt,
        finishedAt,
        toolVersion: options.toolVersion,
        inputs: options.paths,
        documents,
        errors,
        storyMembers: newMembers,
      })
    : null;
  return { startedAt, finishedAt, documents, extractions, actors, stories, errors, saved };
}

export { matchKey as lineMatchKey };
