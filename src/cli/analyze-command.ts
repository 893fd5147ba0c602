// `isnad analyze PATH... [--json FILE] [--md FILE] [--db FILE | --no-store]`
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { isIsnadError } from "../core/errors.js";
import { createFetcher } from "../ingest/index.js";
import { analyzeBatch, lineMatchKey } from "../pipeline/analyze-batch.js";
import { buildDossier, renderMarkdown } from "../report/index.js";
import { defaultStorePath, openSqliteStore, type Store } from "../store/index.js";
import { EXIT_FAILED, EXIT_OK, EXIT_PARTIAL } from "./exit-codes.js";
import { startProgress } from "./progress.js";
import { VERSION } from "./version.js";

export interface AnalyzeCommandOptions {
  readonly json?: string;
  readonly md?: string;
  readonly db?: string;
  /** commander's --no-store sets store=false. */
  readonly store: boolean;
  readonly maxSize?: number;
  /** commander's --no-fetch sets fetch=false. */
  readonly fetch?: boolean;
  readonly allowPrivate?: boolean;
  /** commander's --no-robots sets robots=false. */
  readonly robots?: boolean;
  readonly fetchInterval?: number;
}

export interface Io {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
}

export async function runAnalyze(paths: string[], options: AnalyzeCommandOptions, io: Io): Promise<number> {
  let store: Store | undefined;
  try {
    if (options.store) store = openSqliteStore(options.db ?? defaultStorePath(), lineMatchKey);
  } catch (error) {
    io.stderr.write(`isnad: ${isIsnadError(error) ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
  const progress = await startProgress(paths, io.stderr);
  const fetcher =
    options.fetch === false
      ? null
      : createFetcher({
          allowPrivateAddresses: options.allowPrivate === true,
          respectRobots: options.robots !== false,
          ...(options.fetchInterval !== undefined ? { perHostIntervalMs: options.fetchInterval } : {}),
          ...(options.maxSize ? { maxBytes: options.maxSize } : {}),
        });
  try {
    const result = await analyzeBatch({
      paths,
      fetcher,
      toolVersion: VERSION,
      ...(store ? { store } : {}),
      ...(options.maxSize ? { maxBytes: options.maxSize } : {}),
      onInput: (count, source) => progress.tick(count, source),
    });
    progress.stop();
    const dossier = buildDossier(result, VERSION);
    const toStdout = options.json === "-";
    if (toStdout) io.stdout.write(`${JSON.stringify(dossier, null, 2)}\n`);
    else if (options.json) writeAtomically(options.json, `${JSON.stringify(dossier, null, 2)}\n`);
    if (options.md) writeAtomically(options.md, renderMarkdown(dossier));

    const body = result.documents.reduce((n, d) => n + d.lines.filter((l) => l.role === "body").length, 0);
    const out: string[] = [
      `isnad ${VERSION}: analysed ${result.documents.length} document(s), rejected ${result.errors.length}; ` +
        `${body} body line(s), ${result.stories.length} stor${result.stories.length === 1 ? "y" : "ies"}.`,
    ];
    for (const doc of result.documents) {
      out.push(`  ${doc.id}  ${doc.language}  outlet: ${doc.outlet ?? "—"}  title: ${doc.title ?? "—"}`);
    }
    for (const error of result.errors) out.push(`  rejected ${error.source}: ${error.message}`);
    if (options.json && !toStdout) out.push(`dossier: ${resolve(options.json)}`);
    if (options.md) out.push(`report:  ${resolve(options.md)}`);
    if (store && result.saved) {
      out.push(
        `store:   ${resolve(store.location)} (run ${result.saved.runId}: ${result.saved.inserted} new, ` +
          `${result.saved.updated} already stored; ${store.documentCount()} document(s) in all)`,
      );
    }
    // With the dossier on stdout, the summary goes to stderr so the JSON stays clean.
    (toStdout ? io.stderr : io.stdout).write(`${out.join("\n")}\n`);

    if (result.documents.length === 0) return EXIT_FAILED;
    return result.errors.length ? EXIT_PARTIAL : EXIT_OK;
  } catch (error) {
    progress.stop();
    io.stderr.write(`isnad: ${isIsnadError(error) ? error.message : (error as Error).stack}\n`);
    return EXIT_FAILED;
  } finally {
    store?.close();
    await fetcher?.close();
  }
}

/** Write to a temporary file beside the target, then rename: a reader never sees half a dossier. */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}
