// The `isnad` command as a user runs it: exit statuses, the dossier on disk or on stdout, errors
// for bad inputs with the batch going on, the store, and `isnad eval`.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseDossier } from "../src/eval/index.js";

const repo = fileURLToPath(new URL("../", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "isnad-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function isnad(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(repo, "src/cli/main.ts"), ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, ISNAD_DB: join(work, "default.db") },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const PAGE = `صوت الساحل:
أكدت بلدية المدينة أن أعمال تأهيل الكورنيش ستنتهي قبل نهاية الصيف الحالي وفق الجدول الزمني المعلن.
وأوضحت البلدية أن كلفة المشروع تجاوزت التقديرات الأولية بسبب ارتفاع أسعار مواد البناء.
`;
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

function folder(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  return dir;
}

describe("isnad analyze", () => {
  it("exits 0 and writes a valid dossier and report when every input is analysed", () => {
    const json = join(work, "ok.json");
    const md = join(work, "ok.md");
    const run = isnad("analyze", "examples/corpus", "--json", json, "--md", md, "--no-store");
    expect(run.status).toBe(0);
    const dossier = parseDossier(JSON.parse(readFileSync(json, "utf8")), json);
    expect(dossier.documents).toHaveLength(8);
    expect(dossier.errors).toEqual([]);
    expect(run.stdout).toContain("analysed 8 document(s), rejected 0");
    expect(run.stdout).toContain(`dossier: ${json}`);
    expect(readFileSync(md, "utf8")).toContain("# Isnad dossier");
  });

  it("exits 3 when some inputs are rejected, names them, and still analyses the rest", () => {
    const dir = folder("mixed", { "a-page.txt": PAGE, "b-image.txt": PNG, "c-empty.txt": "  \n" });
    const json = join(work, "mixed.json");
    const run = isnad("analyze", dir, "--json", json, "--no-store");
    expect(run.status).toBe(3);
    const dossier = JSON.parse(readFileSync(json, "utf8"));
    expect(dossier.documents.map((d: { id: string }) => d.id)).toEqual(["a-page"]);
    expect(dossier.documents[0].outlet).toBe("صوت الساحل");
    expect(dossier.errors).toHaveLength(2);
    expect(dossier.errors[0].source).toContain("b-image.txt");
    expect(dossier.errors[0].message).toContain("PNG image");
    expect(dossier.errors[1].code).toBe("E_EMPTY");
    expect(run.stdout).toContain("rejected");
  });

  it("exits 1 when nothing could be analysed", () => {
    const dir = folder("all-bad", { "x.txt": PNG });
    const run = isnad(
      "analyze",
      dir,
      join(work, "does-not-exist.txt"),
      "--no-store",
      "--json",
      join(work, "bad.json"),
    );
    expect(run.status).toBe(1);
    const dossier = JSON.parse(readFileSync(join(work, "bad.json"), "utf8"));
    expect(dossier.errors.map((e: { code: string }) => e.code).sort()).toEqual(["E_BINARY", "E_NOT_FOUND"]);
  });

  it("exits 2 on a usage error", () => {
    expect(isnad("analyze").status).toBe(2);
    expect(isnad("analyze", "examples/corpus", "--no-such-flag").status).toBe(2);
    expect(isnad("analyse-typo", "examples").status).toBe(2);
    expect(isnad("analyze", "x", "--max-size", "lots").status).toBe(2);
    for (const interval of ["abc", "-5"]) {
      const run = isnad("analyze", "examples/corpus", "--no-store", "--fetch-interval", interval);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("give a whole number of milliseconds");
    }
  });

  it("documents every command and the exit statuses in --help", () => {
    const top = isnad("--help");
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/analyze[\s\S]*eval/u);
    const sub = isnad("analyze", "--help");
    expect(sub.stdout).toContain("--json <file>");
    expect(sub.stdout).toContain("--db <file>");
    expect(sub.stdout).toMatch(/3 +some inputs were rejected/u);
  });

  it("writes the dossier to stdout with --json - and the summary to stderr", () => {
    const dir = folder("stdout", { "page.txt": PAGE });
    const run = isnad("analyze", dir, "--json", "-", "--no-store");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).schema).toBe("isnad.dossier/1");
    expect(run.stderr).toContain("analysed 1 document(s)");
  });

  it("rejects inputs over --max-size and goes on", () => {
    const dir = folder("sizes", {
      "big.txt": `${PAGE}${"نص إضافي طويل جداً. ".repeat(200)}`,
      "small.txt": PAGE,
    });
    const run = isnad("analyze", dir, "--max-size", "2k", "--no-store", "--json", "-");
    expect(run.status).toBe(3);
    const dossier = JSON.parse(run.stdout);
    expect(dossier.errors[0].code).toBe("E_TOO_LARGE");
    expect(dossier.documents.map((d: { id: string }) => d.id)).toEqual(["small"]);
  });

  it("records runs in the store without duplicating documents", () => {
    const db = join(work, "runs.db");
    const dir = folder("store", { "page.txt": PAGE });
    copyFileSync(join(repo, "examples/corpus/08_levant-ledger.txt"), join(dir, "ledger.txt"));
    const first = isnad("analyze", dir, "--db", db);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/run 1: 2 new, 0 already stored; 2 document\(s\) in all/u);
    const second = isnad("analyze", dir, "--db", db);
    expect(second.stdout).toMatch(/run 2: 0 new, 2 already stored; 2 document\(s\) in all/u);
  });

  it("uses $ISNAD_DB when --db is not given", () => {
    const run = isnad("analyze", folder("default-db", { "page.txt": PAGE }));
    expect(run.stdout).toContain(join(work, "default.db"));
  });
});

describe("isnad eval", () => {
  it("scores a dossier against a gold file, the overall score last", () => {
    const json = join(work, "for-eval.json");
    isnad("analyze", "examples/corpus", "--json", json, "--no-store");
    const run = isnad("eval", "examples/gold.json", json);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^bodyLines +p=1 r=1 f=1/mu);
    expect(run.stdout.trim().split("\n").at(-1)).toMatch(/^score: \d\.\d{3}$/u);
  });

  it("exits 2 with a message naming the file when the gold is not a gold file", () => {
    const run = isnad("eval", "package.json", "examples/gold.json");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("package.json");
  });
});

describe("isnad gazetteer check", () => {
  it("validates the shipped gazetteer and counts its entries per file", () => {
    const run = isnad("gazetteer", "check");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^gazetteer: \d+ entries, no problems \(countries\.tsv \d+/u);
  });
});
