import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InputError, RawInput } from "../core/types.js";
import { type StreamedFile, walkInputs } from "./walk-inputs.js";

type Walked = RawInput | StreamedFile | InputError;

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "isnad-walk-"));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Create files under root: { "a/b.txt": "text" }. */
async function files(tree: Record<string, string | Uint8Array>): Promise<void> {
  for (const [path, content] of Object.entries(tree)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

async function collect(paths: string[], options?: { maxBytes?: number }): Promise<Walked[]> {
  const items: Walked[] = [];
  for await (const item of walkInputs(paths, options)) items.push(item);
  return items;
}

/** One line per item: "id <- relative source" or "CODE relative source". */
function summary(items: Walked[]): string[] {
  return items.map((item) => {
    const source = item.source.startsWith(root) ? item.source.slice(root.length + 1) : item.source;
    if ("streamed" in item) return `${item.id} <~ ${source}`;
    return "bytes" in item ? `${item.id} <- ${source}` : `${item.code} ${source}`;
  });
}

describe("walkInputs", () => {
  it("walks nested folders in relative-path order, skipping hidden entries", async () => {
    await files({
      "b.txt": "second",
      "a/z.txt": "nested z",
      "a-b.txt": "dash sorts before slash",
      "a/b/c.txt": "deeper",
      "A.txt": "upper case sorts first",
      ".hidden.txt": "skipped",
      ".git/config": "skipped",
      "a/.cache/page.txt": "skipped",
    });
    const items = await collect([root]);
    expect(summary(items)).toEqual([
      "A <- A.txt",
      "a-b <- a-b.txt",
      "c <- a/b/c.txt",
      "z <- a/z.txt",
      "b <- b.txt",
    ]);
    const first = items[0] as RawInput;
    expect(first.format).toBe("text");
    expect(new TextDecoder().decode(first.bytes)).toBe("upper case sorts first");
    expect(first.source).toBe(join(root, "A.txt"));
  });

  it("keeps the folder as given in the source (trailing slash and all)", async () => {
    await files({ "page.txt": "x" });
    const [item] = await collect([`${root}/`]);
    expect(item?.source).toBe(`${root}/page.txt`);
  });

  it("reads a hidden file when it is given explicitly", async () => {
    await files({ ".notes.txt": "asked for" });
    expect(summary(await collect([join(root, ".notes.txt")]))).toEqual([".notes <- .notes.txt"]);
  });

  it("reports unsupported extensions without reading them, streams containers, reads the rest", async () => {
    await files({
      "page.html": "<p>x</p>",
      "feed.RSS": "<rss/>",
      "dump.warc.gz": "x",
      "items.jsonl": "{}",
      "report.pdf": "%PDF-1.4",
      "notes.md": "# x",
      README: "x",
    });
    const items = await collect([root]);
    expect(summary(items)).toEqual([
      "README <- README",
      "dump <~ dump.warc.gz",
      "feed <- feed.RSS",
      "items <~ items.jsonl",
      "notes <- notes.md",
      "page <- page.html",
      "E_UNSUPPORTED report.pdf",
    ]);
    const pdf = items.find((item) => item.source.endsWith("report.pdf")) as InputError;
    expect(pdf.message).toContain(pdf.source);
    expect(pdf.message).toContain("PDF");
    expect(pdf.message).toContain("HTML pages, feeds");
  });

  it("reports a missing path and goes on with the next ones", async () => {
    await files({ "one.txt": "1", "two.txt": "2" });
    const missing = join(root, "no-such-folder");
    const items = await collect([join(root, "one.txt"), missing, join(root, "two.txt")]);
    expect(summary(items)).toEqual(["one <- one.txt", "E_NOT_FOUND no-such-folder", "two <- two.txt"]);
    const error = items[1] as InputError;
    expect(error.source).toBe(missing);
    expect(error.message).toContain(missing);
    expect(error.message).toContain("does not exist");
  });

  it("gives duplicate base names distinct ids, in walk order", async () => {
    await files({ "a/report.txt": "a", "b/report.txt": "b", "report.md": "c", "report~2.txt": "d" });
    const items = await collect([root]);
    expect(summary(items)).toEqual([
      "report <- a/report.txt",
      "report~2 <- b/report.txt",
      "report~3 <- report.md",
      // The literal name "report~2" is taken already, so this one moves on too.
      "report~2~2 <- report~2.txt",
    ]);
  });

  it("reports files over maxBytes without reading them, and reads the rest", async () => {
    await files({ "big.txt": "x".repeat(2000), "small.txt": "y".repeat(100) });
    const items = await collect([root], { maxBytes: 1000 });
    expect(summary(items)).toEqual(["E_TOO_LARGE big.txt", "small <- small.txt"]);
    expect((items[0] as InputError).message).toMatch(/big\.txt is 2000 bytes, over the 1000 bytes limit/);
  });

  it("survives symlink loops and visits a file reached twice only once", async () => {
    await files({ "pages/one.txt": "1", "pages/sub/two.txt": "2" });
    await symlink(join(root, "pages"), join(root, "pages/sub/back-to-pages"));
    await symlink(join(root, "pages/self"), join(root, "pages/self"));
    await symlink(join(root, "pages/one.txt"), join(root, "pages/sub/alias.txt"));
    await symlink(join(root, "pages/nowhere.txt"), join(root, "pages/dangling.txt"));
    const items = await collect([join(root, "pages"), join(root, "pages/one.txt")]);
    expect(summary(items)).toEqual([
      "E_NOT_FOUND pages/dangling.txt",
      "one <- pages/one.txt",
      "two <- pages/sub/two.txt",
    ]);
    expect((items[0] as InputError).message).toContain("symbolic link to a missing file");
  });

  it("follows a symlink to a folder and sorts it as a folder", async () => {
    await files({ "real/page.txt": "x", "corpus/a-first.txt": "y" });
    await symlink(join(root, "real"), join(root, "corpus/a"));
    expect(summary(await collect([join(root, "corpus")]))).toEqual([
      "a-first <- corpus/a-first.txt",
      "page <- corpus/a/page.txt",
    ]);
  });

  it("reports a named pipe as E_UNREADABLE instead of blocking on it", async () => {
    await files({ "page.txt": "x" });
    execFileSync("mkfifo", [join(root, "pipe.txt")]);
    const items = await collect([root]);
    expect(summary(items)).toEqual(["page <- page.txt", "E_UNREADABLE pipe.txt"]);
    expect((items[1] as InputError).message).toContain("not a regular file");
  });

  it("yields nothing for an empty folder", async () => {
    await mkdir(join(root, "empty"));
    expect(await collect([join(root, "empty")])).toEqual([]);
  });
});
