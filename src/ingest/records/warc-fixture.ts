// Builds WARC 1.1 bytes by hand for tests (here and elsewhere), so fixtures are invented text generated
// on the fly rather than real crawls checked into the repository. The layout follows the WARC 1.1 spec:
// a header block, CRLF, a block of exactly Content-Length bytes, then CRLF CRLF.

import { gzipSync } from "node:zlib";

export interface WarcFixtureEntry {
  url: string;
  /** HTTP status of a response record (default 200). */
  status?: number;
  /** HTTP Content-Type for response records; the WARC Content-Type for resource records. */
  contentType: string;
  body: string | Uint8Array;
  type?: "response" | "request" | "resource" | "warcinfo";
  /** WARC-Date (default 2025-03-01T08:00:00Z). */
  date?: string;
  /** Extra HTTP headers for a response record, e.g. { "Content-Encoding": "gzip" }. */
  httpHeaders?: Record<string, string>;
}

export interface WarcFixtureOptions {
  /** Compress each record as its own gzip member, as CC-NEWS does. */
  gzipPerRecord?: boolean;
}

const encoder = new TextEncoder();
const CRLF = "\r\n";

const REASONS: Record<number, string> = {
  200: "OK",
  301: "Moved Permanently",
  302: "Found",
  404: "Not Found",
  500: "Internal Server Error",
};

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function toBytes(body: string | Uint8Array): Uint8Array {
  return typeof body === "string" ? encoder.encode(body) : body;
}

/** The block (what Content-Length counts) and the WARC Content-Type of one record. */
function recordBlock(entry: WarcFixtureEntry): { block: Uint8Array; warcContentType: string } {
  const type = entry.type ?? "response";
  const body = toBytes(entry.body);
  switch (type) {
    case "response": {
      const status = entry.status ?? 200;
      const headers: Record<string, string> = {
        "Content-Type": entry.contentType,
        "Content-Length": String(body.length),
        ...entry.httpHeaders,
      };
      const head = [`HTTP/1.1 ${status} ${REASONS[status] ?? "Status"}`]
        .concat(Object.entries(headers).map(([name, value]) => `${name}: ${value}`))
        .join(CRLF);
      return {
        block: concat([encoder.encode(head + CRLF + CRLF), body]),
        warcContentType: "application/http; msgtype=response",
      };
    }
    case "request": {
      const target = new URL(entry.url);
      const head = `GET ${target.pathname}${target.search} HTTP/1.1${CRLF}Host: ${target.host}${CRLF}User-Agent: isnad-fixture${CRLF}${CRLF}`;
      return {
        block: concat([encoder.encode(head), body]),
        warcContentType: "application/http; msgtype=request",
      };
    }
    case "resource":
      return { block: body, warcContentType: entry.contentType };
    case "warcinfo":
      return { block: body, warcContentType: "application/warc-fields" };
  }
}

/** One record's bytes (gzip-compressed as its own member when asked). `index` makes the record id unique. */
export function warcRecordBytes(
  entry: WarcFixtureEntry,
  index = 0,
  options: WarcFixtureOptions = {},
): Uint8Array {
  const type = entry.type ?? "response";
  const { block, warcContentType } = recordBlock(entry);
  const id = `<urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, "0")}>`;
  const headers = [
    "WARC/1.1",
    `WARC-Type: ${type}`,
    `WARC-Record-ID: ${id}`,
    `WARC-Date: ${entry.date ?? "2025-03-01T08:00:00Z"}`,
  ];
  if (type !== "warcinfo") headers.push(`WARC-Target-URI: ${entry.url}`);
  headers.push(`Content-Type: ${warcContentType}`, `Content-Length: ${block.length}`);
  const record = concat([
    encoder.encode(headers.join(CRLF) + CRLF + CRLF),
    block,
    encoder.encode(CRLF + CRLF),
  ]);
  return options.gzipPerRecord ? new Uint8Array(gzipSync(record)) : record;
}

/** A whole WARC file: the records one after another (each its own gzip member when asked). */
export function buildWarc(
  entries: readonly WarcFixtureEntry[],
  options: WarcFixtureOptions = {},
): Uint8Array {
  return concat(entries.map((entry, index) => warcRecordBytes(entry, index, options)));
}

/** Feeds bytes to a reader in fixed-size chunks, to exercise records split across chunk boundaries. */
export async function* chunked(bytes: Uint8Array, size = 4096): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}
