// ingest/: files, folders and URLs → decoded pages with a content hash, one InputError per bad input.
// Text files as they are; HTML, feeds, WARC and JSON Lines through their readers (html/, records/,
// fetch/), each page becoming the same DecodedInput.
export { BINARY_SIGNATURES, type BinarySignature, matchBinarySignature } from "./binary-signatures.js";
export { decodeText } from "./decode-text.js";
export { createFetcher, type Fetcher, type FetchOptions } from "./fetch/index.js";
export { type ExtractedArticle, extractArticle } from "./html/extract-article.js";
export { SiteBoilerplate } from "./html/site-boilerplate.js";
export { isInputError, type ReadOptions, readInputs } from "./read-inputs.js";
export { type LineSpan, splitLines } from "./split-lines.js";
export { DEFAULT_MAX_BYTES, type WalkOptions, walkInputs } from "./walk-inputs.js";
