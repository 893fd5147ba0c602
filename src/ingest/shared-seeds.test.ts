// The development pages in shared/seeds (beside the repository; not part of it) must all read as
// UTF-8 with their lines intact. The pages are third-party text: this test reads them in place and
// pins only their line counts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text.js";
import { splitLines } from "./split-lines.js";

const SEEDS = fileURLToPath(new URL("../../../shared/seeds/", import.meta.url));
const present = existsSync(SEEDS);

/** Lines per seed as split by splitLines (no seed ends with a line break, so `wc -l` + 1). */
const EXPECTED_LINES: Readonly<Record<string, number>> = {
  "000_bb71fc3e0915ad1a.txt": 15,
  "001_22ca520eae405aa2.txt": 39,
  "002_94dd1e5335ec166f.txt": 39,
  "003_7361bdbc82c0e528.txt": 23,
  "004_c72096eb67cb6f3b.txt": 26,
};

/** Line count straight from the bytes, independent of decoding: terminators + 1. */
function countLinesInBytes(bytes: Uint8Array): number {
  let terminators = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) terminators++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) terminators++;
  }
  return terminators + 1;
}

describe("shared/seeds", () => {
  it.skipIf(!present)(
    present ? "every seed decodes as UTF-8 with its line count" : "skipped: the shared folder is not present",
    () => {
      const names = readdirSync(SEEDS)
        .filter((name) => !name.startsWith("."))
        .sort();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) {
        const bytes = new Uint8Array(readFileSync(SEEDS + name));
        const decoded = decodeText({ id: name, source: `shared/seeds/${name}`, format: "text", bytes });
        expect(decoded.encoding, name).toBe("utf-8");
        const lines = splitLines(decoded.text).length;
        expect(lines, name).toBe(countLinesInBytes(bytes));
        const pinned = EXPECTED_LINES[name];
        if (pinned !== undefined) expect(lines, name).toBe(pinned);
      }
      expect(names).toEqual(expect.arrayContaining(Object.keys(EXPECTED_LINES)));
    },
  );
});
