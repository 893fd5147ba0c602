// The ingest stage as the CLI sees it: paths and URLs in, decoded pages (or one error per bad input)
// out, in the order given. Every kind of input ends as the same DecodedInput:
//   text file                  → its text, line for line
//   HTML page (file or URL)    → its article's paragraphs, the headline first, with its metadata
//   feed (file or URL)         → one page per item: the item's full content, or its link fetched
//   WARC(.gz)                  → one page per HTML response, streamed
//   JSON Lines(.gz)            → one page per line, its `text` or `html`
// Kinds are told by content first (a doctype, `<rss`, `WARC/1.1`, a JSON object a line), by extension
// where content can't say. Nothing here throws for a bad input: the dossier lists it under `errors` and
// the batch goes on.

import { extname } from "node:path";
import { gunzipSync } from "node:zlib";
import { isIsnadError } from "../core/errors.js";
import type { DecodedInput, InputError, RawInput } from "../core/types.js";
import { decodeToText, textInput } from "./decode-text.js";
import type { FetchedResource, Fetcher } from "./fetch/index.js";
import { SiteBoilerplate } from "./html/site-boilerplate.js";
import {
  classifyPage,
  declaredMetaCharset,
  htmlPageInput,
  htmlTextInput,
  type PageContext,
  recordInput,
} from "./page-inputs.js";
import {
  type GzipStatus,
  isGzip,
  isRecordError,
  looksLikeJsonl,
  looksLikeWarc,
  openMaybeGzip,
  peek,
  readFeed,
  readJsonl,
  readWarc,
  type WebRecord,
} from "./records/index.js";
import { DEFAULT_MAX_BYTES, InputWalk, type StreamedFile, type WalkOptions } from "./walk-inputs.js";

export interface ReadOptions extends WalkOptions {
  /** Fetches URLs given as inputs and the links of summary-only feed items; without it they are errors. */
  readonly fetcher?: Fetcher | null;
}

const URL_INPUT = /^https?:\/\//i;

export async function* readInputs(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncGenerator<DecodedInput | InputError> {
  const session = new ReadSession(options);
  // URLs and files keep their relative order: each run of files is walked in turn.
  let pendingFiles: string[] = [];
  for (const path of paths) {
    if (!URL_INPUT.test(path)) {
      pendingFiles.push(path);
      continue;
    }
    if (pendingFiles.length) yield* session.readFiles(pendingFiles);
    pendingFiles = [];
    yield* session.readUrl(path);
  }
  if (pendingFiles.length) yield* session.readFiles(pendingFiles);
}

/** An IsnadError about one input as that input's InputError; any other error is a bug and is thrown. */
function inputErrorOf(source: string, error: unknown, prefix = ""): InputError {
  if (!isIsnadError(error)) throw error;
  return { source, code: error.code, message: prefix + error.message };
}

/** Tells the two kinds of item apart: an InputError has a code and no text. */
export function isInputError(item: DecodedInput | InputError): item is InputError {
  return "code" in item && !("text" in item);
}

class ReadSession {
  private readonly context: PageContext = { siteBoilerplate: new SiteBoilerplate() };
  /** One walk for the whole batch: files, URLs and records take their ids from the same set. */
  private readonly files: InputWalk;

  private readonly maxBytes: number;

  constructor(private readonly options: ReadOptions) {
    this.files = new InputWalk({ maxBytes: options.maxBytes });
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /** A size cap the user gave (--max-size) holds for each page inside a container too; without one,
   * the readers keep their own per-record default. */
  private recordCap(kind: "warc" | "jsonl"): { maxRecordBytes?: number; maxLineBytes?: number } {
    const cap = this.options.maxBytes;
    if (cap === undefined) return {};
    return kind === "warc" ? { maxRecordBytes: cap } : { maxLineBytes: cap };
  }

  async *readFiles(paths: string[]): AsyncGenerator<DecodedInput | InputError> {
    for await (const item of this.files.walk(paths)) {
      if ("code" in item) yield item;
      else if ("streamed" in item) yield* this.readStreamed(item);
      else yield* this.readBytes(item, extname(item.source).toLowerCase(), null, null);
    }
  }

  async *readUrl(url: string): AsyncGenerator<DecodedInput | InputError> {
    const fetcher = this.options.fetcher;
    if (!fetcher) {
      yield {
        source: url,
        code: "E_USAGE",
        message: `${url} is a URL, and fetching is off for this run; save the page to a file or allow fetching`,
      };
      return;
    }
    const fetched = await fetchOrError(fetcher, url, url);
    if ("code" in fetched) {
      yield fetched;
      return;
    }
    const raw: RawInput = {
      id: this.takeId(urlId(fetched.url)),
      source: url,
      format: "html",
      bytes: fetched.bytes,
    };
    yield* this.readBytes(
      raw,
      extname(new URL(fetched.url).pathname).toLowerCase(),
      fetched.charset,
      fetched.url,
    );
  }

  /** A file or fetched body held in memory: gzip and WARC by their bytes, the rest by their text. */
  private async *readBytes(
    raw: RawInput,
    extension: string,
    charset: string | null,
    url: string | null,
  ): AsyncGenerator<DecodedInput | InputError> {
    if (isGzip(raw.bytes)) {
      let inner: Uint8Array;
      try {
        inner = gunzipSync(raw.bytes, { maxOutputLength: this.maxBytes });
      } catch (error) {
        yield {
          source: raw.source,
          code: "E_FORMAT",
          message: `${raw.source} is gzip-compressed but could not be decompressed within the size limit (${String((error as Error).message)}); check the file`,
        };
        return;
      }
      yield* this.readBytes({ ...raw, bytes: inner }, extension, charset, url);
      return;
    }
    if (looksLikeWarc(raw.bytes)) {
      yield* this.readRecords(readWarc(once(raw.bytes), raw.source, this.recordCap("warc")), raw.id);
      return;
    }
    let decoded: { encoding: string; text: string };
    try {
      decoded = decodeToText(raw, charset ?? declaredMetaCharset(raw.bytes));
    } catch (error) {
      yield inputErrorOf(raw.source, error);
      return;
    }
    const kind = classifyPage(decoded.text, extension);
    if (kind === "feed") {
      yield* this.readFeed(decoded.text, url, raw);
      return;
    }
    if (kind === "jsonl") {
      yield* this.readRecords(readJsonl(once(raw.bytes), raw.source, this.recordCap("jsonl")), raw.id);
      return;
    }
    if (kind === "html") {
      // decoded once: the text that told it was HTML is the HTML
      yield this.guard(raw.source, () =>
        htmlTextInput({ ...raw, format: "html" }, decoded.text, decoded.encoding, {
          given: { url },
          context: this.context,
        }),
      );
      return;
    }
    // a text page: its identity is its decoded text
    yield { ...textInput(raw, decoded), format: "text" };
  }

  /** A container read as a stream: WARC or JSON Lines, gzip or not; anything else is read whole. */
  private async *readStreamed(file: StreamedFile): AsyncGenerator<DecodedInput | InputError> {
    let stream: AsyncIterable<Uint8Array>;
    const gzip: GzipStatus = { cutShort: false };
    try {
      stream = await openMaybeGzip(file.path, gzip);
    } catch (error) {
      yield inputErrorOf(file.source, error);
      return;
    }
    const peeked = await peek(stream, 64 * 1024);
    if (peeked.first.length === 0) {
      yield {
        source: file.source,
        code: "E_EMPTY",
        message: `${file.source} is empty; remove it or give pages`,
      };
      return;
    }
    const start = new TextDecoder().decode(peeked.first.subarray(0, 8192));
    if (looksLikeWarc(peeked.first)) {
      yield* this.readRecords(
        readWarc(peeked.stream, file.source, { ...this.recordCap("warc"), gzip }),
        file.id,
      );
    } else if (/\.warc(\.gz)?$/i.test(file.path)) {
      // named as a web archive but not one: say so, rather than judge it as a text page
      const gz = /\.gz$/i.test(file.path) && !gzip.compressed ? ", nor gzip data though named .gz" : "";
      yield {
        source: file.source,
        code: "E_FORMAT",
        message: `${file.source} is named as a web archive but is not one: it does not start with WARC/1.0 or WARC/1.1${gz}`,
      };
    } else if (looksLikeJsonl(start) || /\.(jsonl|ndjson)(\.gz)?$/i.test(file.path)) {
      yield* this.readRecords(
        readJsonl(peeked.stream, file.source, { ...this.recordCap("jsonl"), gzip }),
        file.id,
      );
    } else {
      // a single page compressed (page.html.gz, feed.xml.gz): read whole, within the size cap
      const cap = this.maxBytes;
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of peeked.stream) {
        size += chunk.length;
        if (size > cap) {
          yield {
            source: file.source,
            code: "E_TOO_LARGE",
            message: `${file.source} decompresses to more than ${Math.round(cap / 1048576)} MiB and is neither a web archive nor JSON Lines; split it into pages`,
          };
          return;
        }
        chunks.push(chunk);
      }
      if (gzip.cutShort) {
        yield {
          source: file.source,
          code: "E_FORMAT",
          message: `${file.source} is cut short: its gzip stream ends inside a compressed member; download it again`,
        };
        return;
      }
      const bytes = new Uint8Array(Buffer.concat(chunks));
      const inner = file.path.replace(/\.gz$/i, "");
      yield* this.readBytes(
        { id: file.id, source: file.source, format: "text", bytes },
        extname(inner).toLowerCase(),
        null,
        null,
      );
    }
  }

  private async *readRecords(
    records: AsyncIterable<WebRecord | InputError>,
    containerId: string,
  ): AsyncGenerator<DecodedInput | InputError> {
    let n = 0;
    for await (const record of records) {
      n++;
      if (isRecordError(record)) {
        yield record;
        continue;
      }
      yield this.guard(record.source, () =>
        recordInput(record, this.takeId(`${containerId}-${n}`), this.context),
      );
    }
  }

  private async *readFeed(
    xml: string,
    url: string | null,
    raw: RawInput,
  ): AsyncGenerator<DecodedInput | InputError> {
    const feed = readFeed(xml, url, raw.source);
    yield* feed.errors;
    let n = 0;
    for (const record of feed.records) {
      n++;
      yield this.guard(record.source, () => recordInput(record, this.takeId(`${raw.id}-${n}`), this.context));
    }
    for (const link of feed.needsFetch) {
      n++;
      const fetcher = this.options.fetcher;
      if (!fetcher) {
        yield {
          source: link.source,
          code: "E_USAGE",
          message: `${link.source} is a feed item with only a summary; its article at ${link.url} needs fetching, which is off for this run`,
        };
        continue;
      }
      const fetched = await fetchOrError(fetcher, link.url, link.source);
      if ("code" in fetched) {
        yield fetched;
        continue;
      }
      const id = this.takeId(`${raw.id}-${n}`);
      yield this.guard(link.source, () =>
        htmlPageInput(
          { id, source: link.source, format: "feed-item", bytes: fetched.bytes },
          {
            charset: fetched.charset,
            given: { url: fetched.url, title: link.title, outlet: link.outlet, published: link.published },
            context: this.context,
          },
        ),
      );
    }
  }

  /** Runs one page's conversion; its IsnadError becomes that page's InputError. */
  private guard(source: string, read: () => DecodedInput): DecodedInput | InputError {
    try {
      return read();
    } catch (error) {
      return inputErrorOf(source, error);
    }
  }

  private takeId(base: string): string {
    return this.files.ids.take(base);
  }
}

/** A readable id for a URL: host and last path segment, e.g. "gazette.example-flood-closes-bridge". */
function urlId(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split("/").filter(Boolean).pop() ?? "";
    const slug = decodeURIComponent(last)
      .replace(/\.[a-z0-9]+$/i, "")
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60);
    return [u.hostname.replace(/^www\./, ""), slug].filter(Boolean).join("-");
  } catch {
    return "url";
  }
}

/** The fetched body, or the fetch's failure as the InputError of `source` (naming it when it is not
 * the URL itself: a feed item). */
async function fetchOrError(
  fetcher: Fetcher,
  url: string,
  source: string,
): Promise<FetchedResource | InputError> {
  try {
    return await fetcher.fetch(url);
  } catch (error) {
    return inputErrorOf(source, error, source === url ? "" : `${source}: `);
  }
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}
