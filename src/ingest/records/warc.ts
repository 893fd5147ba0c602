// Reads web archives (WARC 1.0/1.1, plain or gzip'd, one member per record or one for the file) with
// warcio, record by record, so multi-GB CC-NEWS files go through in constant memory. Only pages are
// kept: HTTP 200 `response` records and `resource` records whose type is HTML. Everything else
// (requests, metadata, warcinfo, redirects, images …) is skipped silently: an archive is full of them
// and they say nothing wrong about the input.

import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from "warcio";
import type { InputError } from "../../core/types.js";
import { parseContentType } from "../fetch/content-type.js";
import { type GzipStatus, gunzipIfNeeded } from "./gzip.js";
import { inputError, type RecordOrError, type WebRecord } from "./types.js";

export const DEFAULT_MAX_RECORD_BYTES = 10 * 1024 * 1024;

/**
 * warcio reads a header block up to the first blank line and a line up to the first LF, buffering as it
 * goes. On a corrupt file (no CRLF CRLF for megabytes) that would buffer the rest of the file, so header
 * parsing may pull at most this many bytes; more means the file is not (or no longer) a WARC.
 */
const MAX_HEADER_BYTES = 1024 * 1024;
/**
 * Chunks handed to warcio are between these sizes. The upper bound lets MAX_HEADER_BYTES be checked at
 * a fine grain. The lower bound works around warcio's header scan (indexOfDoubleCRLF), which misses a
 * blank line that falls in a chunk of a few bytes and then reads into the body: a stream of tiny
 * chunks (a slow socket, a test) would otherwise be misread.
 */
const MIN_CHUNK_BYTES = 16 * 1024;
const MAX_CHUNK_BYTES = 64 * 1024;

const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** Counts filled in while reading, for a progress line or the dossier. */
export interface WarcStats {
  /** Every record seen, of any type. */
  records: number;
  /** Records that came out as WebRecords. */
  kept: number;
  /** Records skipped silently (not an HTML 200 page). */
  skipped: number;
  /** Pages over maxRecordBytes, reported as E_TOO_LARGE. */
  tooLarge: number;
}

export interface ReadWarcOptions {
  /** A page payload larger than this is reported (E_TOO_LARGE) and skipped unread. Default 10 MiB. */
  maxRecordBytes?: number;
  /** Filled in as the stream is read. */
  stats?: WarcStats;
  /** When the caller gunzipped the stream already (openMaybeGzip): where it tells of a cut. */
  gzip?: GzipStatus;
}

/** "WARC/1.0" or "WARC/1.1" at the very start (of the gunzipped bytes). */
export function looksLikeWarc(firstBytes: Uint8Array): boolean {
  if (firstBytes.length < 8) return false;
  const start = String.fromCharCode(...firstBytes.subarray(0, 8));
  return start === "WARC/1.0" || start === "WARC/1.1";
}

class HeaderTooLong extends Error {}

/** Meters the bytes warcio pulls while it parses headers (see MAX_HEADER_BYTES). */
class HeaderGuard {
  armed = false;
  pulled = 0;
  /** The source has no more bytes: whatever was being read when it ran out is cut short. */
  ended = false;

  arm(): void {
    this.armed = true;
    this.pulled = 0;
  }

  async *wrap(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    let carry: Uint8Array | null = null;
    for await (const chunk of source) {
      const data: Uint8Array = carry ? concat([carry, chunk], carry.length + chunk.length) : chunk;
      carry = null;
      let offset = 0;
      while (data.length - offset >= MIN_CHUNK_BYTES) {
        const end = Math.min(offset + MAX_CHUNK_BYTES, data.length);
        yield this.meter(data.subarray(offset, end));
        offset = end;
      }
      // Kept as a copy: a source may reuse its buffer for the next chunk.
      if (offset < data.length) carry = data.slice(offset);
    }
    if (carry) yield this.meter(carry);
    this.ended = true;
  }

  private meter(piece: Uint8Array): Uint8Array {
    if (this.armed) {
      this.pulled += piece.length;
      if (this.pulled > MAX_HEADER_BYTES) throw new HeaderTooLong();
    }
    return piece;
  }
}

/** Reads the rest of a record's block without keeping it. False when the stream ended first (truncation). */
async function drain(raw: LimitReader): Promise<boolean> {
  for await (const _chunk of raw) {
    // discarded: only the position in the stream matters
  }
  return raw.limit <= 0;
}

/** What a record is, once its headers are read: a page to keep, or a reason to skip it. */
function classify(record: WARCRecord): { keep: true; charset: string | null } | { keep: false } {
  let header: string | undefined;
  switch (record.warcType) {
    case "response": {
      const http = record.httpHeaders;
      if (!http || Number(http.statusCode) !== 200) return { keep: false };
      header = http.headers.get("Content-Type") ?? undefined;
      break;
    }
    case "resource":
      header = record.warcHeader("Content-Type") ?? undefined;
      break;
    default:
      return { keep: false };
  }
  const { mediaType, charset } = parseContentType(header);
  return mediaType !== null && HTML_TYPES.has(mediaType) ? { keep: true, charset } : { keep: false };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Yields one WebRecord per HTML page in the archive (bytes + charset, for the caller to decode) and
 * one InputError per page it cannot give. A structural fault (truncation, a record that does not start
 * with WARC/1.x, an unreadable gzip stream) ends the stream with a final InputError after the good
 * records before it. The stream may be gzip'd; it is sniffed and gunzipped here.
 */
export async function* readWarc(
  stream: AsyncIterable<Uint8Array>,
  containerPath: string,
  options: ReadWarcOptions = {},
): AsyncGenerator<RecordOrError> {
  const guard = new HeaderGuard();
  const gzip: GzipStatus = options.gzip ?? { cutShort: false };
  // a stream the caller gunzipped (options.gzip) is not sniffed again
  const source = guard.wrap(options.gzip ? stream : gunzipIfNeeded(stream, gzip));
  try {
    yield* readRecords(source, guard, containerPath, options, gzip);
  } finally {
    // warcio never closes its source; when the caller stops early (or reading stopped on an error)
    // this releases the file handle now rather than at garbage collection.
    await source.return(undefined);
  }
}

async function* readRecords(
  source: AsyncGenerator<Uint8Array>,
  guard: HeaderGuard,
  containerPath: string,
  options: ReadWarcOptions,
  gzip: GzipStatus,
): AsyncGenerator<RecordOrError> {
  const maxBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  const stats = options.stats ?? { records: 0, kept: 0, skipped: 0, tooLarge: 0 };
  // `null`: warcio must not try its own (pako) inflation; gunzipIfNeeded has already done it with zlib.
  const reader = new AsyncIterReader(source, null);
  const parser = new WARCParser(reader);
  let n = 0;
  /** The record being read when something throws: the next one while parsing headers, else the current. */
  let position = 1;
  const at = (k: number) => `${containerPath}#${k}`;
  const stop = (k: number, message: string): InputError => inputError(at(k), "E_FORMAT", message);

  try {
    for (;;) {
      position = n + 1;
      guard.arm();
      const record = await parser.parse();
      guard.armed = false;
      if (!record) {
        // every record read was whole, but the gzip stream was cut: a member lost after the last one
        if (gzip.cutShort) {
          yield stop(
            n + 1,
            `the archive is cut short after record ${n}: its last gzip member ends early; reading stopped`,
          );
          return;
        }
        break;
      }
      n++;
      position = n;
      stats.records++;

      const version = record.warcHeaders.statusline.trim();
      if (version !== "WARC/1.0" && version !== "WARC/1.1") {
        const found = JSON.stringify(version.slice(0, 40));
        yield stop(
          n,
          n === 1
            ? `${containerPath} is not a WARC file: it starts with ${found}, not WARC/1.0 or WARC/1.1`
            : `record ${n} starts with ${found} instead of WARC/1.x: the archive is corrupt from here on; reading stopped`,
        );
        return;
      }
      const declared = record.warcHeader("Content-Length")?.trim() ?? "";
      if (!/^\d+$/.test(declared)) {
        yield stop(
          n,
          guard.ended && declared === ""
            ? `record ${n} is cut short inside its header: the archive ends there; reading stopped`
            : `record ${n} has no valid Content-Length (${JSON.stringify(declared)}); reading stopped`,
        );
        return;
      }
      const raw = record.reader;
      if (!(raw instanceof LimitReader))
        throw new Error("warcio did not give a LimitReader for the record block");
      // An HTTP header block longer than the record means the headers ran into the next record.
      if (raw.limit < 0) {
        yield stop(n, `record ${n}: its HTTP headers run past its Content-Length; reading stopped`);
        return;
      }

      const url = record.warcTargetURI ?? null;
      const verdict = classify(record);
      const truncated = (): InputError =>
        stop(
          n,
          `record ${n}${url ? ` (${url})` : ""} is cut short: the archive ends inside it; reading stopped`,
        );

      if (!verdict.keep) {
        stats.skipped++;
        if (!(await drain(raw))) {
          yield truncated();
          return;
        }
        continue;
      }

      const tooLarge = (size: string): InputError => {
        stats.tooLarge++;
        return inputError(
          at(n),
          "E_TOO_LARGE",
          `record ${n}${url ? ` (${url})` : ""} has a page of ${size}, over the ${maxBytes}-byte limit; skipped`,
        );
      };
      // raw.limit is now the payload length as stored, so an oversized page is skipped without decoding.
      if (raw.limit > maxBytes) {
        const error = tooLarge(`${raw.limit} bytes`);
        if (!(await drain(raw))) {
          yield truncated();
          return;
        }
        yield error;
        continue;
      }

      // Decoded content (de-chunked, Content-Encoding undone) is metered too: a small gzip'd payload
      // can inflate to far more than maxBytes.
      const chunks: Uint8Array[] = [];
      let size = 0;
      let overflow = false;
      for await (const chunk of record) {
        size += chunk.length;
        if (size > maxBytes) {
          overflow = true;
          chunks.length = 0;
          break;
        }
        chunks.push(chunk);
      }
      // Decoding may stop before the block's end (a chunked trailer, or the overflow above).
      if (!(await drain(raw))) {
        yield truncated();
        return;
      }
      if (overflow) {
        yield tooLarge(`more than ${maxBytes} bytes once decoded`);
        continue;
      }

      stats.kept++;
      const page: WebRecord = {
        source: at(n),
        kind: "warc-record",
        url,
        html: null,
        text: null,
        title: null,
        outlet: null,
        published: null,
        bytes: concat(chunks, size),
        charset: verdict.charset,
        crawled: record.warcDate ?? null,
      };
      yield page;
    }
  } catch (error) {
    const reason =
      error instanceof HeaderTooLong
        ? `no end of a WARC header block within ${MAX_HEADER_BYTES} bytes: not a WARC, or corrupt`
        : error instanceof Error
          ? error.message
          : String(error);
    const after = n === 0 ? "from the start" : `after record ${n}`;
    yield inputError(
      at(position),
      "E_FORMAT",
      `${containerPath} could not be read ${after}: ${reason}; reading stopped`,
    );
    return;
  }
  if (n === 0) yield inputError(containerPath, "E_EMPTY", `${containerPath} holds no WARC records`);
}
