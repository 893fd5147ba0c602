// Runs the whole pipeline in-process on a folder and returns its dossier, as `isnad analyze --json`
// would write it, for golden tests.
import { analyzeBatch } from "../../src/pipeline/analyze-batch.js";
import { buildDossier, type Dossier } from "../../src/report/index.js";

export async function analyzeToDossier(paths: string[]): Promise<Dossier> {
  const result = await analyzeBatch({ paths, toolVersion: "test" });
  return buildDossier(result, "test");
}

export const SHARED = new URL("../../../shared/", import.meta.url);
export const REPO = new URL("../../", import.meta.url);
