// `isnad eval GOLD DOSSIER [--detail] [--json]`: scores a dossier against a gold file with the same
// metrics as the reference scorer, so numbers are comparable across the project and its users.
import { isIsnadError } from "../core/errors.js";
import { formatReport, loadDossierFile, loadGoldFile, score } from "../eval/index.js";
import type { Io } from "./analyze-command.js";
import { EXIT_OK, EXIT_USAGE } from "./exit-codes.js";

export function runEval(
  goldPath: string,
  dossierPath: string,
  options: { detail?: boolean; json?: boolean },
  io: Io,
) {
  try {
    const result = score(loadGoldFile(goldPath), loadDossierFile(dossierPath), {
      detail: options.detail ?? false,
    });
    io.stdout.write(options.json ? `${JSON.stringify(result, null, 1)}\n` : formatReport(result));
    return EXIT_OK;
  } catch (error) {
    if (!isIsnadError(error)) throw error;
    io.stderr.write(`isnad eval: ${error.message}\n`);
    return EXIT_USAGE;
  }
}
