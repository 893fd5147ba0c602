// ingest/: files and folders → decoded text with a content hash, one InputError per bad input.
export { BINARY_SIGNATURES, type BinarySignature, matchBinarySignature } from "./binary-signatures.js";
export { decodeText } from "./decode-text.js";
export { isInputError, type ReadOptions, readInputs } from "./read-inputs.js";
export { type LineSpan, splitLines } from "./split-lines.js";
export { DEFAULT_MAX_BYTES, type WalkOptions, walkInputs } from "./walk-inputs.js";
