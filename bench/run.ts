// `npm run bench`: speed of the pipeline's text stages on the bundled and fixture corpora, reported
// as ratios against a baseline measured in the same run on the same machine (never absolute targets):
//   baseline — split every decoded page into trimmed non-blank lines and normalise each once
//              (the least any line classifier must do);
//   clean    — the whole line-role stage (evidence, body region, head, outlet, recurrence);
//   analyze  — ingest → clean → extract → resolve → stories → compare → report, in process.
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Bench } from "tinybench";
import { cleanDocuments, nonBlankLines } from "../src/clean/index.js";
import type { DecodedInput } from "../src/core/types.js";
import { isInputError, readInputs } from "../src/ingest/index.js";
import { analyzeBatch } from "../src/pipeline/analyze-batch.js";
import { buildDossier } from "../src/report/index.js";
import { normalizeArabic } from "../src/text/index.js";

const root = new URL("../", import.meta.url);
const folders = [
  "examples/corpus",
  ...readdirSync(new URL("test/fixtures/", root)).map((f) => `test/fixtures/${f}/pages`),
]
  .map((f) => fileURLToPath(new URL(f, root)))
  .filter((f) => {
    try {
      return readdirSync(f).length > 0;
    } catch {
      return false;
    }
  });

const pages: DecodedInput[] = [];
for await (const item of readInputs(folders)) if (!isInputError(item)) pages.push(item);
const lineCount = pages.reduce((n, p) => n + nonBlankLines(p.text).length, 0);

const bench = new Bench({ time: 2000, warmupTime: 300 });
bench
  .add("baseline: lines + normalise", () => {
    for (const page of pages) for (const line of nonBlankLines(page.text)) normalizeArabic(line.text);
  })
  .add("clean: line roles", () => {
    cleanDocuments(pages);
  })
  .add("analyze: whole pipeline", async () => {
    buildDossier(await analyzeBatch({ paths: folders, toolVersion: "bench" }), "bench");
  });
await bench.run();

const mean = (name: string) => {
  const result = bench.tasks.find((t) => t.name === name)?.result;
  return result && "latency" in result ? result.latency.mean : Number.NaN;
};
const base = mean("baseline: lines + normalise");
console.log(`corpus: ${pages.length} pages, ${lineCount} non-blank lines (${folders.length} folders)`);
console.log("task                         ms/batch   pages/s   × baseline");
for (const task of bench.tasks) {
  const ms = mean(task.name);
  console.log(
    `${task.name.padEnd(28)} ${ms.toFixed(2).padStart(8)} ${((pages.length / ms) * 1000).toFixed(0).padStart(9)}   ${(ms / base).toFixed(1).padStart(6)}×`,
  );
}
