// Streaming readers for containers that hold many pages: web archives (WARC), JSON Lines exports and
// RSS/Atom feeds, plain or gzip'd. Each yields WebRecord | InputError one at a time; see README.md.

export {
  countWords,
  type FeedReadResult,
  FULL_CONTENT_MIN_WORDS,
  looksLikeFeed,
  readFeed,
} from "./feed.js";
export { type GzipStatus, gunzipIfNeeded, isGzip, openMaybeGzip, peek } from "./gzip.js";
export { DEFAULT_MAX_LINE_BYTES, looksLikeJsonl, type ReadJsonlOptions, readJsonl } from "./jsonl.js";
export { type FeedLink, isRecordError, type RecordOrError, type WebRecord } from "./types.js";
export {
  DEFAULT_MAX_RECORD_BYTES,
  looksLikeWarc,
  type ReadWarcOptions,
  readWarc,
  type WarcStats,
} from "./warc.js";
