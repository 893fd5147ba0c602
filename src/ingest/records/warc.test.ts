import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMaybeGzip } from "./gzip.js";
import { isRecordError, type RecordOrError, type WebRecord } from "./types.js";
import { looksLikeWarc, readWarc, type WarcStats } from "./warc.js";
import { buildWarc, chunked, type WarcFixtureEntry, warcRecordBytes } from "./warc-fixture.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Invented: floods in a made-up town, a council vote in a made-up city.
const ARABIC_PAGE =
  '<html lang="ar"><head><meta charset="utf-8"><title>سيول في تل الورد</title></head>' +
  "<body><p>غمرت السيول صباح الأحد أحياء بلدة تل الورد، وقال رئيس البلدية إن أربعين عائلة نزحت.</p></body></html>";
const ENGLISH_PAGE =
  "<html><head><title>Marrowfield council vote</title></head>" +
  "<body><p>The Marrowfield council voted 7 to 4 on Tuesday to close the old ferry pier.</p></body></html>";
// "سيل" in windows-1256: the bytes must come out untouched for the caller to decode.
const CP1256_BODY = Uint8Array.of(0x3c, 0x70, 0x3e, 0xd3, 0xed, 0xe1, 0x3c, 0x2f, 0x70, 0x3e);

const MIXED: WarcFixtureEntry[] = [
  { type: "warcinfo", url: "", contentType: "", body: "software: isnad-fixture\r\nformat: WARC 1.1\r\n" },
  { type: "request", url: "https://tal-alward.example/news/1", contentType: "", body: "" },
  {
    url: "https://tal-alward.example/news/1",
    contentType: "text/html; charset=UTF-8",
    body: ARABIC_PAGE,
    date: "2025-03-02T06:15:00Z",
  },
  {
    url: "https://tal-alward.example/missing",
    status: 404,
    contentType: "text/html",
    body: "<p>not found</p>",
  },
  {
    url: "https://tal-alward.example/logo.png",
    contentType: "image/png",
    body: Uint8Array.of(0x89, 0x50, 0x4e),
  },
  { url: "https://marrowfield.example/council", contentType: "application/xhtml+xml", body: ENGLISH_PAGE },
  { url: "https://old.example/page", contentType: 'text/html; charset="windows-1256"', body: CP1256_BODY },
  { type: "resource", url: "file:///saved/page.html", contentType: "text/html", body: "<p>saved page</p>" },
  { type: "resource", url: "file:///saved/notes.txt", contentType: "text/plain", body: "plain notes" },
];

async function collect(items: AsyncIterable<RecordOrError>): Promise<RecordOrError[]> {
  const out: RecordOrError[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function pages(items: RecordOrError[]): WebRecord[] {
  return items.filter((item): item is WebRecord => !isRecordError(item));
}

function expectMixedPages(items: RecordOrError[], path: string): void {
  expect(items.filter(isRecordError)).toEqual([]);
  expect(items.map((item) => item.source)).toEqual([`${path}#3`, `${path}#6`, `${path}#7`, `${path}#8`]);
  const [arabic, english, legacy, resource] = pages(items);
  expect(arabic).toMatchObject({
    kind: "warc-record",
    url: "https://tal-alward.example/news/1",
    charset: "utf-8",
    html: null,
    text: null,
    published: null,
    crawled: "2025-03-02T06:15:00Z",
  });
  expect(decoder.decode(arabic!.bytes!)).toBe(ARABIC_PAGE);
  expect(english).toMatchObject({ url: "https://marrowfield.example/council", charset: null });
  expect(decoder.decode(english!.bytes!)).toBe(ENGLISH_PAGE);
  expect(legacy!.charset).toBe("windows-1256");
  expect(Array.from(legacy!.bytes!)).toEqual(Array.from(CP1256_BODY));
  expect(resource).toMatchObject({ url: "file:///saved/page.html", charset: null });
  expect(decoder.decode(resource!.bytes!)).toBe("<p>saved page</p>");
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "isnad-warc-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readWarc", () => {
  it("keeps only HTML 200 responses and HTML resources, with url, charset and raw bytes", async () => {
    const stats: WarcStats = { records: 0, kept: 0, skipped: 0, tooLarge: 0 };
    const items = await collect(readWarc(chunked(buildWarc(MIXED)), "crawl.warc", { stats }));
    expectMixedPages(items, "crawl.warc");
    expect(stats).toEqual({ records: 9, kept: 4, skipped: 5, tooLarge: 0 });
  });

  it("reads the same records whatever the chunk boundaries", async () => {
    const bytes = buildWarc(MIXED);
    for (const size of [1, 7, 1000, bytes.length]) {
      expectMixedPages(await collect(readWarc(chunked(bytes, size), "crawl.warc")), "crawl.warc");
    }
  });

  it("reads a gzip-per-record file (multi-member gzip) through openMaybeGzip", async () => {
    const bytes = buildWarc(MIXED, { gzipPerRecord: true });
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const path = join(dir, "cc-news.warc.gz");
    await writeFile(path, bytes);
    expectMixedPages(await collect(readWarc(await openMaybeGzip(path), path)), path);
  });

  it("reads a whole-file gzip named without .gz, sniffed by content", async () => {
    const path = join(dir, "crawl.bin");
    await writeFile(path, gzipSync(buildWarc(MIXED)));
    expectMixedPages(await collect(readWarc(await openMaybeGzip(path), path)), path);
  });

  it("gunzips a gzip'd stream handed to it directly", async () => {
    const bytes = buildWarc(MIXED, { gzipPerRecord: true });
    expectMixedPages(await collect(readWarc(chunked(bytes, 333), "direct.warc.gz")), "direct.warc.gz");
  });

  it("undoes chunked transfer encoding and gzip content encoding, and reads on after them", async () => {
    const chunkedBody = "10\r\n<p>chunked page \r\n5\r\nbody.\r\n0\r\n\r\n";
    const entries: WarcFixtureEntry[] = [
      {
        url: "https://marrowfield.example/chunked",
        contentType: "text/html",
        body: chunkedBody,
        httpHeaders: { "Transfer-Encoding": "chunked" },
      },
      {
        url: "https://marrowfield.example/gzipped",
        contentType: "text/html",
        body: new Uint8Array(gzipSync(ENGLISH_PAGE)),
        httpHeaders: { "Content-Encoding": "gzip" },
      },
      { url: "https://marrowfield.example/after", contentType: "text/html", body: "<p>after</p>" },
    ];
    const items = pages(await collect(readWarc(chunked(buildWarc(entries), 50), "enc.warc")));
    expect(items.map((item) => decoder.decode(item.bytes!))).toEqual([
      "<p>chunked page body.",
      ENGLISH_PAGE,
      "<p>after</p>",
    ]);
  });

  it("reports a page over maxRecordBytes as E_TOO_LARGE with its record number and URL, then reads on", async () => {
    const big = `<p>${"و".repeat(3000)}</p>`;
    const bomb = new Uint8Array(gzipSync(`<p>${" ".repeat(200_000)}</p>`));
    const entries: WarcFixtureEntry[] = [
      { url: "https://tal-alward.example/big", contentType: "text/html", body: big },
      {
        url: "https://tal-alward.example/bomb",
        contentType: "text/html",
        body: bomb,
        httpHeaders: { "Content-Encoding": "gzip" },
      },
      { url: "https://tal-alward.example/small", contentType: "text/html", body: "<p>صغير</p>" },
    ];
    const stats: WarcStats = { records: 0, kept: 0, skipped: 0, tooLarge: 0 };
    const items = await collect(
      readWarc(chunked(buildWarc(entries), 256), "big.warc", { maxRecordBytes: 4096, stats }),
    );
    expect(items).toHaveLength(3);
    expect(items[0]).toMatchObject({ source: "big.warc#1", code: "E_TOO_LARGE" });
    expect((items[0] as { message: string }).message).toContain("https://tal-alward.example/big");
    expect(items[1]).toMatchObject({ source: "big.warc#2", code: "E_TOO_LARGE" });
    expect(items[2]).toMatchObject({ source: "big.warc#3", url: "https://tal-alward.example/small" });
    expect(stats.tooLarge).toBe(2);
  });

  it("gives the good records of a truncated file, then one E_FORMAT naming the cut record", async () => {
    const bytes = buildWarc(MIXED);
    const cut = bytes.subarray(0, bytes.length - 30); // inside the last record's block
    const items = await collect(readWarc(chunked(cut, 100), "cut.warc"));
    expect(items.map((item) => item.source)).toEqual([
      "cut.warc#3",
      "cut.warc#6",
      "cut.warc#7",
      "cut.warc#8",
      "cut.warc#9",
    ]);
    expect(items.at(-1)).toMatchObject({ code: "E_FORMAT", source: "cut.warc#9" });
    expect(items.filter(isRecordError)).toHaveLength(1);
  });

  it("says a record is cut short when the archive ends inside its header", async () => {
    const whole = buildWarc(MIXED.slice(2, 4));
    const text = new TextDecoder().decode(whole);
    const second = text.indexOf("WARC/1.", 10);
    const cutAt = text.indexOf("WARC-Target-URI", second) + 10;
    const items = await collect(readWarc(chunked(whole.subarray(0, cutAt)), "cut-header.warc"));
    expect(pages(items).map((item) => item.source)).toEqual(["cut-header.warc#1"]);
    expect(items.at(-1)).toMatchObject({ code: "E_FORMAT", source: "cut-header.warc#2" });
    expect((items.at(-1) as { message: string }).message).toContain(
      "record 2 is cut short inside its header",
    );
  });

  it("stops at a truncated gzip member with the good records first", async () => {
    const bytes = buildWarc(MIXED, { gzipPerRecord: true });
    const items = await collect(readWarc(chunked(bytes.subarray(0, bytes.length - 20), 512), "cut.warc.gz"));
    expect(pages(items).map((item) => item.source)).toEqual([
      "cut.warc.gz#3",
      "cut.warc.gz#6",
      "cut.warc.gz#7",
      "cut.warc.gz#8",
    ]);
    expect(items.filter(isRecordError)).toEqual([expect.objectContaining({ code: "E_FORMAT" })]);
    expect(isRecordError(items.at(-1)!)).toBe(true);
  });

  it("stops with one E_FORMAT when a record in the middle does not start with WARC/1.x", async () => {
    const good = buildWarc(MIXED.slice(2, 3));
    const broken = encoder.encode("GARBAGE LINE\r\nnot: a warc\r\n\r\n");
    const after = buildWarc(MIXED.slice(5, 6));
    const bytes = new Uint8Array([...good, ...broken, ...after]);
    const items = await collect(readWarc(chunked(bytes), "corrupt.warc"));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ source: "corrupt.warc#1", url: "https://tal-alward.example/news/1" });
    expect(items[1]).toMatchObject({ source: "corrupt.warc#2", code: "E_FORMAT" });
  });

  it("does not buffer megabytes of garbage looking for the end of a header block", async () => {
    async function* garbage(): AsyncGenerator<Uint8Array> {
      yield buildWarc(MIXED.slice(2, 3));
      yield encoder.encode("WARC/1.1\r\n");
      for (let i = 0; i < 64; i++) yield new Uint8Array(64 * 1024).fill(0x41); // 4 MiB, no CRLF
    }
    const items = await collect(readWarc(garbage(), "garbage.warc"));
    expect(items).toHaveLength(2);
    expect(items[1]).toMatchObject({ code: "E_FORMAT", source: "garbage.warc#2" });
    expect((items[1] as { message: string }).message).toMatch(/header block/);
  });

  it("reports a file that is not a WARC with one E_FORMAT", async () => {
    const items = await collect(readWarc(chunked(encoder.encode(`${ENGLISH_PAGE}\r\n\r\n`)), "page.html"));
    expect(items).toEqual([expect.objectContaining({ code: "E_FORMAT", source: "page.html#1" })]);
    expect((items[0] as { message: string }).message).toMatch(/not a WARC/);
  });

  it("reports an empty stream as E_EMPTY", async () => {
    const items = await collect(readWarc(chunked(new Uint8Array(0)), "empty.warc"));
    expect(items).toEqual([expect.objectContaining({ code: "E_EMPTY", source: "empty.warc" })]);
  });

  it("closes its source when the caller stops early", async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        // ~500 KB, far more than the reader pulls before its first page comes out
        const many = Array.from({ length: 50 }, (_, i) => ({
          url: `https://marrowfield.example/${i}`,
          contentType: "text/html",
          body: `<p>${"pier ".repeat(2000)}</p>`,
        }));
        yield* chunked(buildWarc(many), 4096);
      } finally {
        closed = true;
      }
    }
    for await (const _item of readWarc(source(), "early.warc")) break;
    expect(closed).toBe(true);
  });

  it("yields nothing (and no error) for an archive without pages", async () => {
    const items = await collect(
      readWarc(chunked(buildWarc([MIXED[0]!, MIXED[1]!, MIXED[4]!])), "images.warc"),
    );
    expect(items).toEqual([]);
  });
});

describe("readWarc memory", () => {
  // A forced GC makes heap readings mean "retained", not "garbage not yet collected".
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const used = () => {
    gc();
    const usage = process.memoryUsage();
    return usage.heapUsed + usage.arrayBuffers;
  };
  const RECORDS = 3000;
  const MB = 1024 * 1024;

  async function* generatedWarc(): AsyncGenerator<Uint8Array> {
    const filler = "<p>The Marrowfield council debated the ferry pier until late at night.</p>\n".repeat(270);
    for (let i = 0; i < RECORDS; i++) {
      const body = `<html><body><h1>Item ${i}</h1>${filler}</body></html>`;
      yield warcRecordBytes(
        { url: `https://marrowfield.example/a/${i}`, contentType: "text/html", body },
        i,
        {
          gzipPerRecord: true,
        },
      );
    }
  }

  async function growthAfter500(keep: boolean): Promise<{ count: number; bytes: number; growth: number }> {
    const kept: WebRecord[] = [];
    let count = 0;
    let bytes = 0;
    let at500 = 0;
    for await (const item of readWarc(generatedWarc(), "generated.warc")) {
      if (isRecordError(item)) throw new Error(item.message);
      count++;
      bytes += item.bytes!.length;
      if (keep) kept.push(item);
      if (count === 500) at500 = used();
    }
    const growth = used() - at500;
    expect(kept.length).toBe(keep ? RECORDS : 0);
    return { count, bytes, growth };
  }

  it("streams ~60 MB of records without accumulating them", async () => {
    const { count, bytes, growth } = await growthAfter500(false);
    expect(count).toBe(RECORDS);
    expect(bytes).toBeGreaterThan(55 * MB);
    // ~0 when streaming; keeping the 2,500 records after the 500th would hold ~50 MB
    expect(growth).toBeLessThan(20 * MB);
  });

  it("would notice accumulation: retaining the records grows memory past the bound", async () => {
    const { growth } = await growthAfter500(true);
    expect(growth).toBeGreaterThan(30 * MB);
  });
});

describe("looksLikeWarc", () => {
  it("accepts WARC/1.0 and WARC/1.1 at the start", () => {
    expect(looksLikeWarc(encoder.encode("WARC/1.0\r\nWARC-Type: warcinfo"))).toBe(true);
    expect(looksLikeWarc(buildWarc(MIXED.slice(0, 1)))).toBe(true);
  });

  it("rejects other versions, gzip bytes, offsets and short input", () => {
    expect(looksLikeWarc(encoder.encode("WARC/0.9\r\n"))).toBe(false);
    expect(looksLikeWarc(buildWarc(MIXED.slice(0, 1), { gzipPerRecord: true }))).toBe(false);
    expect(looksLikeWarc(encoder.encode("\r\nWARC/1.1\r\n"))).toBe(false);
    expect(looksLikeWarc(encoder.encode("WARC/1"))).toBe(false);
    expect(looksLikeWarc(encoder.encode("<html>WARC/1.1"))).toBe(false);
  });
});
