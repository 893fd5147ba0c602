// ingest/fetch/: URL → bytes, politely (robots.txt, one request at a time per host) and safely (no
// private addresses, capped size and time, only the content types the pipeline reads).
export {
  createFetcher,
  DEFAULT_ACCEPTED_CONTENT_TYPES,
  DEFAULT_USER_AGENT,
  type FetchedResource,
  type Fetcher,
  type FetchOptions,
} from "./fetcher.js";
