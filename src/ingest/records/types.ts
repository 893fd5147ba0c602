// Shapes shared by the record readers. A container (WARC file, JSON Lines file, feed) holds many pages;
// each reader turns it into a stream of WebRecord | InputError so one bad record never stops a batch.

import type { IsnadErrorCode } from "../../core/errors.js";
import type { InputError } from "../../core/types.js";

/** One page found inside a container (archive record, JSONL line, feed item). */
export interface WebRecord {
  /** Where it came from, for error messages and the dossier: `${containerPath}#${n}` (n = 1-based record/line/item number) */
  source: string;
  kind: "warc-record" | "jsonl" | "feed-item";
  url: string | null;
  /** At most one of html / text is set; both are null for WARC records, which carry `bytes` instead. */
  html: string | null;
  text: string | null;
  title: string | null;
  outlet: string | null;
  /** As given (ISO date-time or date string); the caller normalises. */
  published: string | null;
  /** Raw payload bytes for WARC records, so the caller can decode with <meta charset> (html/text are then null). */
  bytes: Uint8Array | null;
  /** From the HTTP Content-Type header (WARC records only). */
  charset: string | null;
  /** WARC-Date: when the crawler fetched the page, which is not when it was published. Null outside WARCs. */
  crawled?: string | null;
}

/** Links a feed gave without the article itself: the caller fetches them. */
export interface FeedLink {
  source: string;
  url: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
}

export type RecordOrError = WebRecord | InputError;

/** True for the errors in a reader's stream (a WebRecord never has a `code`). */
export function isRecordError(item: RecordOrError): item is InputError {
  return "code" in item;
}

export function inputError(source: string, code: IsnadErrorCode, message: string): InputError {
  return { source, code, message };
}
