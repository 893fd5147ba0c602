// Reads JSON Lines exports (one article per line, as scrapers and news APIs dump them), line by line
// from a byte stream so a multi-GB export never sits in memory. Each line is checked on its own: a
// broken line becomes an InputError naming `path:line` and the rest of the file goes on.

import { z } from "zod";
import type { IsnadErrorCode } from "../../core/errors.js";
import { type GzipStatus, gunzipIfNeeded } from "./gzip.js";
import { inputError, type RecordOrError, type WebRecord } from "./types.js";

export const DEFAULT_MAX_LINE_BYTES = 10 * 1024 * 1024;

export interface ReadJsonlOptions {
  /** A longer line is reported (E_TOO_LARGE) and skipped without being buffered. Default 10 MiB. */
  maxLineBytes?: number;
  /** When the caller gunzipped the stream already (openMaybeGzip): where it tells of a cut. */
  gzip?: GzipStatus;
}

const optionalString = z.string().nullable().optional();

/** Every field is optional; text/html are checked by hand below so the message can say which is missing. */
const LineSchema = z.object({
  url: optionalString,
  outlet: optionalString,
  title: optionalString,
  published: optionalString,
  text: optionalString,
  html: optionalString,
});

const LF = 0x0a;
// fatal: a line with invalid UTF-8 is reported, not silently filled with U+FFFD. The default
// (ignoreBOM: false) drops a leading BOM, which only the first line can carry.
const decoder = new TextDecoder("utf-8", { fatal: true });

function concat(pieces: Uint8Array[], size: number): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}

function nonBlank(value: string | null | undefined): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/** Turns one complete line into a record, an error, or null for a blank line. */
function parseLine(bytes: Uint8Array, n: number, containerPath: string): RecordOrError | null {
  const fail = (code: IsnadErrorCode, message: string) => inputError(`${containerPath}:${n}`, code, message);
  let line: string;
  try {
    line = decoder.decode(bytes);
  } catch {
    return fail("E_ENCODING", `line ${n} is not valid UTF-8`);
  }
  if (line.endsWith("\r")) line = line.slice(0, -1);
  if (line.trim() === "") return null;

  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(
      "E_FORMAT",
      `line ${n} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return fail("E_FORMAT", `line ${n} is not a JSON object`);
  }
  const parsed = LineSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".");
    return fail("E_FORMAT", `line ${n}: "${field}" must be a string or null (${issue.message})`);
  }
  const { url, outlet, title, published, text, html } = parsed.data;
  const hasText = nonBlank(text);
  const hasHtml = nonBlank(html);
  if (hasText && hasHtml) return fail("E_FORMAT", `line ${n} has both text and html; give one of them`);
  if (!hasText && !hasHtml) {
    // A present-but-blank field is an empty article (E_EMPTY); a missing one is a malformed line.
    if (typeof text === "string" || typeof html === "string") {
      return fail("E_EMPTY", `line ${n} has an empty ${typeof html === "string" ? "html" : "text"}`);
    }
    return fail("E_FORMAT", `line ${n} has neither text nor html`);
  }
  const record: WebRecord = {
    source: `${containerPath}#${n}`,
    kind: "jsonl",
    url: url ?? null,
    html: hasHtml ? html : null,
    text: hasText ? text : null,
    title: title ?? null,
    outlet: outlet ?? null,
    published: published ?? null,
    bytes: null,
    charset: null,
    crawled: null,
  };
  return record;
}

/**
 * Yields one WebRecord per good line and one InputError per bad line (source `path:line`). Blank lines
 * are skipped but counted, so line numbers match an editor's. CRLF, a UTF-8 BOM and a last line without
 * a newline are handled; the stream may be gzip'd. A file with no lines at all gives one E_EMPTY.
 */
export async function* readJsonl(
  stream: AsyncIterable<Uint8Array>,
  containerPath: string,
  options: ReadJsonlOptions = {},
): AsyncGenerator<RecordOrError> {
  const maxBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let n = 0;
  let sawLine = false;
  // The current line so far; once it passes maxBytes only its length is kept (`overflow`).
  let pieces: Uint8Array[] = [];
  let size = 0;
  let overflow = false;

  const endLine = (): RecordOrError | null => {
    n++;
    let item: RecordOrError | null;
    if (overflow) {
      item = inputError(
        `${containerPath}:${n}`,
        "E_TOO_LARGE",
        `line ${n} is ${size} bytes, over the ${maxBytes}-byte limit; skipped`,
      );
    } else {
      item = parseLine(concat(pieces, size), n, containerPath);
    }
    if (item) sawLine = true;
    pieces = [];
    size = 0;
    overflow = false;
    return item;
  };

  const gzip: GzipStatus = options.gzip ?? { cutShort: false };
  try {
    // a stream the caller gunzipped (options.gzip) is not sniffed again
    for await (const chunk of options.gzip ? stream : gunzipIfNeeded(stream, gzip)) {
      let start = 0;
      while (start < chunk.length) {
        const newline = chunk.indexOf(LF, start);
        const end = newline < 0 ? chunk.length : newline;
        size += end - start;
        if (!overflow && size > maxBytes) {
          overflow = true;
          pieces = [];
        }
        if (!overflow && end > start) pieces.push(chunk.subarray(start, end));
        if (newline < 0) break;
        const item = endLine();
        if (item) yield item;
        start = newline + 1;
      }
    }
    if (gzip.cutShort) {
      // the last line, if any, is a fragment: reported as cut, not as broken JSON
      yield inputError(
        `${containerPath}:${n + 1}`,
        "E_FORMAT",
        size > 0 || overflow
          ? `line ${n + 1} is cut short: the file's gzip stream ends inside it; reading stopped`
          : `${containerPath} is cut short after line ${n}: its last gzip member ends early; reading stopped`,
      );
      return;
    }
    if (size > 0 || overflow) {
      const item = endLine();
      if (item) yield item;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    yield inputError(
      `${containerPath}:${n + 1}`,
      "E_FORMAT",
      `${containerPath} could not be read after line ${n}: ${reason}; reading stopped`,
    );
    return;
  }
  if (!sawLine) yield inputError(containerPath, "E_EMPTY", `${containerPath} has no JSON lines`);
}

/** Strips a BOM and returns the first non-blank line, and whether it is complete (ends with a newline). */
function firstLine(textStart: string): { line: string; complete: boolean } | null {
  const text = textStart.startsWith("\uFEFF") ? textStart.slice(1) : textStart;
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).trim();
    if (line !== "") return { line, complete: newline >= 0 };
    if (newline < 0) break;
    start = newline + 1;
  }
  return null;
}

/**
 * True when the first non-blank line is a JSON object with `url` and a `text` or `html` string. When the
 * sample ends inside that line (articles make long lines), the start of the object is checked instead:
 * `{` and the keys `"url"` and `"text"`/`"html"` within the sample.
 */
export function looksLikeJsonl(textStart: string): boolean {
  const first = firstLine(textStart);
  if (!first?.line.startsWith("{")) return false;
  try {
    const value: unknown = JSON.parse(first.line);
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    return "url" in record && (typeof record.text === "string" || typeof record.html === "string");
  } catch {
    if (first.complete) return false;
    return /"url"\s*:/.test(first.line) && /"(?:text|html)"\s*:\s*"/.test(first.line);
  }
}
