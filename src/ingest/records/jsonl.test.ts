import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMaybeGzip } from "./gzip.js";
import { looksLikeJsonl, readJsonl } from "./jsonl.js";
import { isRecordError, type RecordOrError } from "./types.js";
import { chunked } from "./warc-fixture.js";

const encoder = new TextEncoder();

// Invented articles: a flood in the made-up town of Tal al-Ward, a council vote in made-up Marrowfield.
const FLOOD = {
  url: "https://tal-alward.example/news/flood",
  outlet: "صحيفة الوادي",
  title: "سيول تغمر تل الورد",
  published: "2025-03-02",
  text: "غمرت السيول أحياء بلدة تل الورد، وقال رئيس البلدية إن أربعين عائلة نزحت.",
};
const VOTE = {
  url: "https://marrowfield.example/council",
  outlet: "Marrowfield Courier",
  title: "Council votes to close the pier",
  published: "2025-03-04T18:30:00+00:00",
  html: "<p>The council voted 7 to 4 to close the old ferry pier.</p>",
};

async function collect(items: AsyncIterable<RecordOrError>): Promise<RecordOrError[]> {
  const out: RecordOrError[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const line = (value: unknown) => JSON.stringify(value);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "isnad-jsonl-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("readJsonl", () => {
  // BOM, CRLF, blank lines, a broken line, a line without text, and a last line with no newline.
  const FILE =
    "\uFEFF" +
    [
      line(FLOOD),
      "",
      line(VOTE),
      '{"url": "https://x.example/a", "text": "unfinished',
      "   ",
      line({ url: "https://x.example/b", title: "No body" }),
      line({ url: null, text: "A line with no url still counts." }),
    ].join("\r\n");

  it("yields records and per-line errors with line numbers, across CRLF, BOM and blank lines", async () => {
    for (const size of [1, 5, 64, 100_000]) {
      const items = await collect(readJsonl(chunked(encoder.encode(FILE), size), "export.jsonl"));
      expect(items.map((item) => item.source)).toEqual([
        "export.jsonl#1",
        "export.jsonl#3",
        "export.jsonl:4",
        "export.jsonl:6",
        "export.jsonl#7",
      ]);
      expect(items[0]).toEqual({
        source: "export.jsonl#1",
        kind: "jsonl",
        url: FLOOD.url,
        html: null,
        text: FLOOD.text,
        title: FLOOD.title,
        outlet: FLOOD.outlet,
        published: FLOOD.published,
        bytes: null,
        charset: null,
        crawled: null,
      });
      expect(items[1]).toMatchObject({
        html: VOTE.html,
        text: null,
        published: VOTE.published,
        outlet: VOTE.outlet,
      });
      expect(items[2]).toMatchObject({ code: "E_FORMAT" });
      expect((items[2] as { message: string }).message).toMatch(/^line 4 is not JSON: /);
      expect(items[3]).toEqual({
        source: "export.jsonl:6",
        code: "E_FORMAT",
        message: "line 6 has neither text nor html",
      });
      expect(items[4]).toMatchObject({ url: null, title: null, text: "A line with no url still counts." });
    }
  });

  it("reports wrong field types, both bodies, empty bodies and non-objects, and goes on", async () => {
    const file = [
      line({ url: 42, text: "numbers are not urls" }),
      line({ text: "both", html: "<p>both</p>" }),
      line({ text: "   " }),
      line(["an", "array"]),
      "null",
      line({ text: "", html: "<p>only html counts</p>" }),
    ].join("\n");
    const items = await collect(readJsonl(chunked(encoder.encode(file)), "odd.jsonl"));
    expect(items.map((item) => ("code" in item ? `${item.source} ${item.code}` : item.source))).toEqual([
      "odd.jsonl:1 E_FORMAT",
      "odd.jsonl:2 E_FORMAT",
      "odd.jsonl:3 E_EMPTY",
      "odd.jsonl:4 E_FORMAT",
      "odd.jsonl:5 E_FORMAT",
      "odd.jsonl#6",
    ]);
    expect((items[0] as { message: string }).message).toMatch(/^line 1: "url" must be a string or null/);
    expect((items[1] as { message: string }).message).toBe("line 2 has both text and html; give one of them");
    expect((items[3] as { message: string }).message).toBe("line 4 is not a JSON object");
    expect(items[5]).toMatchObject({ html: "<p>only html counts</p>", text: null });
  });

  it("reports invalid UTF-8 in a line as E_ENCODING and reads the next line", async () => {
    const bytes = new Uint8Array([
      ...encoder.encode('{"text": "bad '),
      0xff,
      0xfe,
      ...encoder.encode('"}\n'),
      ...encoder.encode(line(VOTE)),
    ]);
    const items = await collect(readJsonl(chunked(bytes), "bytes.jsonl"));
    expect(items.map((item) => item.source)).toEqual(["bytes.jsonl:1", "bytes.jsonl#2"]);
    expect(items[0]).toMatchObject({ code: "E_ENCODING" });
  });

  it("reads a gzip'd export through openMaybeGzip, sniffed by content not by name", async () => {
    const path = join(dir, "export.jsonl"); // no .gz on purpose
    const plain = `${line(FLOOD)}\n${line(VOTE)}\n`;
    // Two members, as `cat a.gz b.gz` makes.
    const half = plain.indexOf("\n") + 1;
    await writeFile(path, Buffer.concat([gzipSync(plain.slice(0, half)), gzipSync(plain.slice(half))]));
    const items = await collect(readJsonl(await openMaybeGzip(path), path));
    expect(items.filter(isRecordError)).toEqual([]);
    expect(items.map((item) => (item as { title: string }).title)).toEqual([FLOOD.title, VOTE.title]);
  });

  it("reports a line over maxLineBytes as E_TOO_LARGE and reads on", async () => {
    const long = line({ url: "https://x.example/long", text: "ل".repeat(5000) });
    const file = `${line(FLOOD)}\n${long}\n${line(VOTE)}`;
    const items = await collect(
      readJsonl(chunked(encoder.encode(file), 333), "long.jsonl", { maxLineBytes: 1000 }),
    );
    expect(items.map((item) => item.source)).toEqual(["long.jsonl#1", "long.jsonl:2", "long.jsonl#3"]);
    expect(items[1]).toMatchObject({ code: "E_TOO_LARGE" });
    expect((items[1] as { message: string }).message).toBe(
      `line 2 is ${encoder.encode(long).length} bytes, over the 1000-byte limit; skipped`,
    );
  });

  it("does not buffer an overlong line while skipping it", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const used = () => {
      gc();
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    let before = 0;
    let atEnd = 0;
    async function* hugeLine(): AsyncGenerator<Uint8Array> {
      before = used();
      yield encoder.encode('{"text": "');
      for (let i = 0; i < 640; i++) yield new Uint8Array(64 * 1024).fill(0x61); // 40 MiB, fresh buffers
      atEnd = used(); // the reader is mid-line here: whatever it holds of the line is still alive
      yield encoder.encode('"}\n');
    }
    const items = await collect(readJsonl(hugeLine(), "huge.jsonl", { maxLineBytes: 1024 * 1024 }));
    expect(items).toEqual([expect.objectContaining({ code: "E_TOO_LARGE", source: "huge.jsonl:1" })]);
    expect(atEnd - before).toBeLessThan(16 * 1024 * 1024); // the line is 40 MiB
  });

  it("gives one E_EMPTY for a file of blank lines", async () => {
    const items = await collect(readJsonl(chunked(encoder.encode("\uFEFF\r\n  \n\n")), "blank.jsonl"));
    expect(items).toEqual([expect.objectContaining({ code: "E_EMPTY", source: "blank.jsonl" })]);
  });

  it("ends with one error when the gzip stream is corrupt, after the good lines", async () => {
    const good = gzipSync(`${line(FLOOD)}\n`);
    const bad = Buffer.from(gzipSync(`${line(VOTE)}\n`));
    bad[12] = bad[12]! ^ 0xff; // damage the deflate data of the second member
    bad[13] = bad[13]! ^ 0xff;
    // zlib drops the output of the write that hits the damage, so the good member comes in its own chunk.
    async function* twoChunks(): AsyncGenerator<Uint8Array> {
      yield good;
      yield bad;
    }
    const items = await collect(readJsonl(twoChunks(), "broken.jsonl.gz"));
    expect(items[0]).toMatchObject({ source: "broken.jsonl.gz#1", title: FLOOD.title });
    expect(isRecordError(items.at(-1)!)).toBe(true);
    expect(items.at(-1)!.source).toMatch(/^broken\.jsonl\.gz:/);
  });
});

describe("looksLikeJsonl", () => {
  it("accepts a first line that is an object with url and text or html", () => {
    expect(looksLikeJsonl(`${line(FLOOD)}\n${line(VOTE)}\n`)).toBe(true);
    expect(looksLikeJsonl(`\uFEFF\r\n  \r\n${line(VOTE)}\r\n`)).toBe(true);
    expect(looksLikeJsonl(line({ url: null, text: "no url value, but the key is there" }))).toBe(true);
  });

  it("accepts a sample that ends inside a long first line", () => {
    const sample = line({ url: FLOOD.url, text: "و".repeat(10_000) }).slice(0, 4096);
    expect(looksLikeJsonl(sample)).toBe(true);
  });

  it("rejects other JSON, text and markup", () => {
    expect(looksLikeJsonl(`${line({ title: "no url", text: "x" })}\n`)).toBe(false);
    expect(looksLikeJsonl(`${line({ url: "https://x.example/" })}\n`)).toBe(false);
    expect(looksLikeJsonl(`${line({ url: "https://x.example/", text: 5 })}\n`)).toBe(false);
    expect(looksLikeJsonl(`${line([FLOOD])}\n`)).toBe(false);
    expect(looksLikeJsonl(`{"url": "https://x.example/", "text": "broken\n`)).toBe(false);
    expect(looksLikeJsonl("The council voted 7 to 4.\n")).toBe(false);
    expect(looksLikeJsonl("<html><body>{}</body></html>")).toBe(false);
    expect(looksLikeJsonl("   \n\n")).toBe(false);
  });
});
