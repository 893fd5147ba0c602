import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { matchKey } from "../../clean/index.js";
import { isIsnadError } from "../../core/errors.js";
import type { Document, LineRole } from "../../core/types.js";
import type { RunRecord } from "../store.js";
import { openSqliteStore } from "./sqlite-store.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempDb(): string {
  const folder = mkdtempSync(join(tmpdir(), "isnad-store-"));
  folders.push(folder);
  return join(folder, "nested", "isnad.db");
}

function doc(id: string, hash: string, lines: [string, LineRole][]): Document {
  let offset = 0;
  const text = lines.map(([t]) => t).join("\n");
  return {
    id,
    source: `corpus/${id}.txt`,
    format: "text",
    encoding: "utf-8",
    contentHash: hash,
    language: "ar",
    outlet: "صوت الساحل",
    title: null,
    byline: null,
    published: null,
    publishedFrom: null,
    text,
    lines: lines.map(([t, role], i) => {
      const line = { n: i + 1, start: offset, end: offset + t.length, text: t, role };
      offset += t.length + 1;
      return line;
    }),
  };
}

const run = (documents: Document[], errors: RunRecord["errors"] = []): RunRecord => ({
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: "2026-01-01T00:00:01.000Z",
  toolVersion: "test",
  inputs: ["corpus"],
  documents,
  errors,
});

const pageA = doc("a", "hash-a", [
  ["وافق المجلس البلدي على الخطة.", "body"],
  ["اترك رداً", "boilerplate"],
]);
const pageB = doc("b", "hash-b", [
  ["افتتحت الجامعة كلية جديدة.", "body"],
  ["اترك رداً", "boilerplate"],
]);

describe("SQLite store", () => {
  it("creates its folder and schema, and stores a run", () => {
    const store = openSqliteStore(tempDb(), matchKey);
    const saved = store.saveRun(
      run([pageA, pageB], [{ source: "x.png", code: "E_BINARY", message: "not text" }]),
    );
    expect(saved).toEqual({ runId: 1, inserted: 2, updated: 0 });
    expect(store.documentCount()).toBe(2);
    store.close();
  });

  it("is idempotent: the same content again updates, never duplicates", () => {
    const path = tempDb();
    const store = openSqliteStore(path, matchKey);
    store.saveRun(run([pageA, pageB]));
    const again = store.saveRun(run([pageA, pageB]));
    expect(again).toEqual({ runId: 2, inserted: 0, updated: 2 });
    expect(store.documentCount()).toBe(2);
    store.close();
    const db = new Database(path, { readonly: true });
    expect((db.prepare("SELECT COUNT(*) AS n FROM lines").get() as { n: number }).n).toBe(4);
    expect((db.prepare("SELECT COUNT(*) AS n FROM runs").get() as { n: number }).n).toBe(2);
    db.close();
  });

  it("writes a run all or nothing", () => {
    const path = tempDb();
    const store = openSqliteStore(path, matchKey);
    store.saveRun(run([pageA]));
    // A role the schema refuses makes the second document's line insert fail half-way through the run.
    const broken = { ...pageB, lines: [{ ...pageB.lines[0]!, role: "heading" as LineRole }] };
    const pageC = doc("c", "hash-c", [["نص جديد للمقال.", "body"]]);
    expect(() => store.saveRun(run([pageC, broken]))).toThrow(/could not write the run/u);
    expect(store.documentCount()).toBe(1);
    try {
      store.saveRun(run([broken]));
    } catch (error) {
      expect(isIsnadError(error) && error.code).toBe("E_STORE");
    }
    store.close();
  });

  it("counts a line key over stored pages, leaving out the batch's own contents", () => {
    const store = openSqliteStore(tempDb(), matchKey);
    store.saveRun(run([pageA, pageB]));
    const key = matchKey("اترك رداً");
    expect(store.countLineKeys([key], []).get(key)).toBe(2);
    expect(store.countLineKeys([key], ["hash-a"]).get(key)).toBe(1);
    expect(store.countLineKeys([matchKey("لا وجود لهذا السطر")], []).size).toBe(0);
    store.close();
  });

  it("names the path when the store cannot be opened", () => {
    // A folder that cannot exist: its parent is a regular file.
    const file = tempDb().replace(/nested.*$/u, "a-file");
    writeFileSync(file, "not a folder");
    const path = join(file, "isnad.db");
    try {
      openSqliteStore(path, matchKey);
      expect.unreachable();
    } catch (error) {
      expect(isIsnadError(error) && error.code).toBe("E_STORE");
      expect((error as Error).message).toContain(path);
    }
  });
});
