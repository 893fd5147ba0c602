// Where the store lives when --db is not given: $ISNAD_DB, else the user's data directory
// (~/.local/share/isnad/isnad.db on Linux, per XDG; the platform's equivalent elsewhere).
import { join } from "node:path";
import envPaths from "env-paths";

export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ISNAD_DB) return env.ISNAD_DB;
  return join(envPaths("isnad", { suffix: "" }).data, "isnad.db");
}
