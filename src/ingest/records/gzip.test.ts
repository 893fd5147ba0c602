import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gunzipIfNeeded, isGzip, openMaybeGzip } from "./gzip.js";
import { chunked } from "./warc-fixture.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const TEXT = "غمرت السيول بلدة تل الورد.\nThe Marrowfield council voted to close the pier.\n";

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of stream) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "isnad-gzip-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("openMaybeGzip", () => {
  it("passes a plain file through unchanged", async () => {
    const path = join(dir, "plain.gz"); // a misleading name: content decides
    await writeFile(path, TEXT);
    expect(decoder.decode(await readAll(await openMaybeGzip(path)))).toBe(TEXT);
  });

  it("gunzips by content, whatever the name, including concatenated members", async () => {
    const path = join(dir, "members.txt");
    const lines = TEXT.split("\n").filter(Boolean);
    await writeFile(path, Buffer.concat(lines.map((line) => gzipSync(`${line}\n`))));
    expect(decoder.decode(await readAll(await openMaybeGzip(path)))).toBe(TEXT);
  });

  it("gives an empty stream for an empty file", async () => {
    const path = join(dir, "empty");
    await writeFile(path, "");
    expect((await readAll(await openMaybeGzip(path))).length).toBe(0);
  });

  it("rejects a missing path with E_NOT_FOUND and a folder with E_UNREADABLE", async () => {
    await expect(openMaybeGzip(join(dir, "nope.warc.gz"))).rejects.toMatchObject({ code: "E_NOT_FOUND" });
    await mkdir(join(dir, "folder"));
    await expect(openMaybeGzip(join(dir, "folder"))).rejects.toMatchObject({ code: "E_UNREADABLE" });
  });
});

describe("gunzipIfNeeded", () => {
  it("sniffs the magic even when it is split across chunks", async () => {
    const out = await readAll(gunzipIfNeeded(chunked(new Uint8Array(gzipSync(TEXT)), 1)));
    expect(decoder.decode(out)).toBe(TEXT);
  });

  it("does not take a lone 1f byte, or 1f followed by something else, for gzip", async () => {
    expect(Array.from(await readAll(gunzipIfNeeded(chunked(Uint8Array.of(0x1f)))))).toEqual([0x1f]);
    expect(Array.from(await readAll(gunzipIfNeeded(chunked(Uint8Array.of(0x1f, 0x8c, 0x01)))))).toEqual([
      0x1f, 0x8c, 0x01,
    ]);
    expect(isGzip(Uint8Array.of(0x1f, 0x8b))).toBe(true);
    expect(isGzip(Uint8Array.of(0x8b, 0x1f))).toBe(false);
  });

  it("gives what a truncated gzip holds instead of failing, and says it was cut", async () => {
    const zipped = new Uint8Array(gzipSync(TEXT.repeat(50)));
    const status = { cutShort: false };
    const out = decoder.decode(
      await readAll(gunzipIfNeeded(chunked(zipped.subarray(0, zipped.length - 12), 64), status)),
    );
    expect(out.length).toBeGreaterThan(0);
    expect(TEXT.repeat(50).startsWith(out)).toBe(true);
    expect(status.cutShort).toBe(true);
  });

  it("says a stream was cut when its last member is cut within its first bytes, and not when it is whole", async () => {
    const members = Buffer.concat([gzipSync(TEXT), gzipSync(TEXT)]);
    const third = gzipSync(TEXT);
    const cut = { cutShort: false };
    const out = decoder.decode(
      await readAll(gunzipIfNeeded(chunked(Buffer.concat([members, third.subarray(0, 12)]), 64), cut)),
    );
    expect(out).toBe(TEXT + TEXT);
    expect(cut.cutShort).toBe(true);
    const whole = { cutShort: false };
    expect(decoder.decode(await readAll(gunzipIfNeeded(chunked(members, 64), whole)))).toBe(TEXT + TEXT);
    expect(whole.cutShort).toBe(false);
  });

  it("hands out the good members before failing on a damaged one, even to a slow consumer", async () => {
    const good = gzipSync(TEXT.repeat(3000));
    const bad = Buffer.from(gzipSync(TEXT));
    bad[12] = bad[12]! ^ 0xff;
    bad[13] = bad[13]! ^ 0xff;
    async function* source(): AsyncGenerator<Uint8Array> {
      yield good;
      yield bad;
    }
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of gunzipIfNeeded(source())) {
          seen.push(decoder.decode(chunk, { stream: true }));
          await sleep(2); // output waits in buffers while the damaged member is reached
        }
      })(),
    ).rejects.toThrow();
    expect(seen.join("")).toBe(TEXT.repeat(3000));
  });

  it("closes the source when the consumer stops early, plain or gzip'd", async () => {
    for (const bytes of [encoder.encode(TEXT.repeat(100)), new Uint8Array(gzipSync(TEXT.repeat(100)))]) {
      let closed = false;
      async function* source(): AsyncGenerator<Uint8Array> {
        try {
          yield* chunked(bytes, 16);
        } finally {
          closed = true;
        }
      }
      for await (const _chunk of gunzipIfNeeded(source())) break;
      expect(closed).toBe(true);
    }
  });

  it("reads no further ahead than a bounded buffer when the consumer is slow", async () => {
    const zipped = new Uint8Array(gzipSync(randomBytes(6 * 1024 * 1024))); // incompressible: ~6 MiB in
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let offset = 0; offset < zipped.length; offset += 64 * 1024) {
        const chunk = zipped.subarray(offset, offset + 64 * 1024);
        pulled += chunk.length;
        yield chunk;
      }
    }
    const stream = gunzipIfNeeded(source());
    await stream.next();
    await sleep(200);
    expect(pulled).toBeLessThan(1024 * 1024);
    let total = 0;
    for await (const chunk of stream) total += chunk.length;
    expect(pulled).toBe(zipped.length);
    expect(total).toBeGreaterThan(5 * 1024 * 1024);
  });
});
