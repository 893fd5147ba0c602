import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DecodedInput, InputError } from "../core/types.js";
import { isInputError, readInputs } from "./read-inputs.js";

// "Ten houses were damaged by the storm, the governor said."
const ARABIC = "قال المحافظ إن العاصفة ألحقت أضراراً بعشرة منازل.\r\nوأضاف أن فرق الإنقاذ تعمل منذ الفجر.";
const ENGLISH =
  "Ten houses were damaged by the storm, the governor said.\nRescue teams have worked since dawn.\n";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "isnad-read-"));
  await mkdir(join(root, "corpus/ar"), { recursive: true });
  await writeFile(join(root, "corpus/ar/storm.txt"), ARABIC);
  await writeFile(
    join(root, "corpus/ar/storm-utf16.txt"),
    Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(ARABIC, "utf16le")]),
  );
  await writeFile(join(root, "corpus/en-storm.txt"), ENGLISH);
  await writeFile(join(root, "corpus/blank.txt"), "  \n \n");
  await writeFile(
    join(root, "corpus/photo.txt"),
    Buffer.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13),
  );
  await writeFile(join(root, "corpus/page.htm"), "<html></html>");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function collect(paths: string[]): Promise<(DecodedInput | InputError)[]> {
  const items: (DecodedInput | InputError)[] = [];
  for await (const item of readInputs(paths)) items.push(item);
  return items;
}

describe("readInputs", () => {
  it("decodes every readable page and turns every failure into an InputError, in walk order", async () => {
    const missing = join(root, "missing.txt");
    const items = await collect([join(root, "corpus"), missing, join(root, "corpus/en-storm.txt")]);
    const rows = items.map((item) =>
      isInputError(item)
        ? `${item.code} ${item.source.slice(root.length + 1)}`
        : `${item.id} ${item.encoding}`,
    );
    expect(rows).toEqual([
      "storm-utf16 utf-16le",
      "storm utf-8",
      "E_EMPTY corpus/blank.txt",
      "en-storm utf-8",
      "E_EMPTY corpus/page.htm", // an HTML page with no article in it
      "E_BINARY corpus/photo.txt",
      "E_NOT_FOUND missing.txt",
      // Given again explicitly: already read, so not repeated.
    ]);
    for (const item of items) {
      if (isInputError(item)) {
        expect(Object.keys(item).sort()).toEqual(["code", "message", "source"]);
        expect(item.message).toContain(item.source);
      }
    }
  });

  it("gives the same text and hash for the same page in two encodings, CRLF kept", async () => {
    const items = (await collect([join(root, "corpus/ar")])) as DecodedInput[];
    expect(items.map((item) => item.text)).toEqual([ARABIC, ARABIC]);
    expect(items[0]?.contentHash).toBe(items[1]?.contentHash);
    expect(items[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.skipIf(process.getuid?.() === 0)(
    "reports an unreadable file as E_UNREADABLE (skipped as root, who reads anything)",
    async () => {
      const locked = join(root, "locked.txt");
      await writeFile(locked, "secret");
      await chmod(locked, 0o000);
      try {
        const [item] = await collect([locked]);
        expect(item).toMatchObject({ code: "E_UNREADABLE", source: locked });
      } finally {
        await chmod(locked, 0o644);
      }
    },
  );
});
