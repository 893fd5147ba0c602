import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { IsnadError } from "../core/errors.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadDossierFile, loadGoldFile, parseDossier } from "./load.js";

const MINI_GOLD = fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "isnad-eval-load-"));
const write = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
};

function usageError(load: () => unknown): IsnadError {
  let error: unknown;
  try {
    load();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(IsnadError);
  expect((error as IsnadError).code).toBe("E_USAGE");
  return error as IsnadError;
}

describe("loadGoldFile", () => {
  it("loads and validates a gold file", () => {
    const gold = loadGoldFile(MINI_GOLD);
    expect(Object.keys(gold.documents)).toEqual(["storm-1", "storm-2", "fair-1"]);
    expect(gold.claims[1]?.optional).toEqual([{ document: "storm-1", line: 5 }]);
  });

  it("names a missing file", () => {
    const path = join(dir, "nope.gold.json");
    const error = usageError(() => loadGoldFile(path));
    expect(error.message).toBe(`gold file ${path} does not exist`);
    expect(error.source).toBe(path);
  });

  it("names a folder given as a file", () => {
    expect(usageError(() => loadGoldFile(dir)).message).toContain("is a folder");
  });

  it("names a file that is not JSON", () => {
    const path = write("broken.gold.json", '{"version": 1,');
    expect(usageError(() => loadGoldFile(path)).message).toMatch(
      new RegExp(`^gold file ${path} is not valid JSON: `),
    );
  });

  it("names the offending paths of a file that does not match the format", () => {
    const gold = JSON.parse(JSON.stringify(loadGoldFile(MINI_GOLD)));
    gold.documents["storm-1"].quantities[0].value = "12";
    gold.documents["storm-2"].lines["0"] = "body";
    delete gold.claims;
    const message = usageError(() => loadGoldFile(write("bad.gold.json", gold))).message;
    expect(message).toContain(`gold file ${dir}`);
    expect(message).toContain("does not match the gold format");
    expect(message).toContain(
      "documents.storm-1.quantities[0].value: Invalid input: expected number, received string",
    );
    expect(message).toContain("documents.storm-2.lines.0");
    expect(message).toContain("claims: ");
  });
});

describe("loadDossierFile", () => {
  it("loads a dossier and keeps fields the scorer does not read", () => {
    const gold = loadGoldFile(MINI_GOLD);
    const dossier = { ...goldToDossier(gold), generatedAt: "2030-03-06T10:00:00Z", errors: [] };
    dossier.documents![0]!.quantities![0]!.unit = "شخص";
    const loaded = loadDossierFile(write("ok.dossier.json", dossier));
    expect(loaded).toEqual(dossier);
  });

  it("accepts an empty object (nothing found)", () => {
    expect(parseDossier({}, "inline")).toEqual({});
  });

  it("names the offending paths, and lists at most five", () => {
    const dossier = {
      documents: [
        {
          id: "d",
          lines: [{ n: 1, role: "heading" }],
          quantities: [{ line: "3", value: "12" }],
          attributions: [{ line: 2, polarity: "denies" }],
          times: [{ line: 1.5 }],
        },
      ],
      stories: [{ id: 7 }],
      actors: [{ id: "a", names: { d: "الخطيب" } }],
    };
    const path = write("bad.dossier.json", dossier);
    const message = usageError(() => loadDossierFile(path)).message;
    expect(message).toMatch(new RegExp(`^dossier ${path} does not match the dossier format: `));
    expect(message).toContain("documents[0].lines[0].role: ");
    expect(message).toContain("documents[0].quantities[0].line: ");
    expect(message).toMatch(/; and 2 more$/);
  });

  it("rejects a top level that is not an object", () => {
    expect(() => parseDossier([], "inline")).toThrow(
      /^dossier inline does not match the dossier format: \(top level\): /,
    );
  });
});
