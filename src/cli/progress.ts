// A progress bar on a terminal, nothing when stderr is not one (CI logs, pipes): cli-progress in
// noTTYOutput=false mode would still print, so the bar is simply not created there.
import { readdir, stat } from "node:fs/promises";
import { basename } from "node:path";
import cliProgress from "cli-progress";

export interface Progress {
  tick(count: number, source: string): void;
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

export async function startProgress(paths: readonly string[], stream: NodeJS.WriteStream): Promise<Progress> {
  if (!stream.isTTY) return SILENT;
  const total = await countFiles(paths);
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "reading |{bar}| {value}/{total} {file}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0, { file: "" });
  return {
    tick(count, source) {
      if (count > bar.getTotal()) bar.setTotal(count);
      bar.update(count, { file: basename(source) });
    },
    stop() {
      bar.stop();
    },
  };
}

/** How many files the paths name (folders recursively, hidden entries left out): the bar's total. */
async function countFiles(paths: readonly string[]): Promise<number> {
  let total = 0;
  for (const path of paths) {
    const stats = await stat(path).catch(() => null);
    if (!stats) total++;
    else if (stats.isDirectory()) {
      const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => []);
      total += entries.filter(
        (e) =>
          e.isFile() &&
          !`${e.parentPath}/${e.name}`.split("/").some((p) => p.startsWith(".") && p !== "." && p !== ".."),
      ).length;
    } else total++;
  }
  return total;
}
