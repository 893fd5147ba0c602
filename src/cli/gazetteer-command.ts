// `isnad gazetteer check`: validates data/gazetteer/ (columns, types and kinds, unique ids, parents,
// names shared only where listed) and prints how many entries each file holds.
import { GAZETTEER_FILES, loadGazetteer, validateGazetteer } from "../extract/entities/gazetteer.js";
import type { Io } from "./analyze-command.js";
import { EXIT_FAILED, EXIT_OK } from "./exit-codes.js";

export function runGazetteerCheck(io: Io): number {
  const problems = validateGazetteer();
  for (const p of problems) io.stderr.write(`data/gazetteer/${p.file}:${p.line}: ${p.message}\n`);
  if (problems.length) {
    io.stderr.write(`gazetteer: ${problems.length} problem(s); fix them before the gazetteer is used\n`);
    return EXIT_FAILED;
  }
  const { entries } = loadGazetteer();
  const perFile = GAZETTEER_FILES.map((file) => `${file} ${entries.filter((e) => e.file === file).length}`);
  io.stdout.write(`gazetteer: ${entries.length} entries, no problems (${perFile.join(", ")})\n`);
  return EXIT_OK;
}
