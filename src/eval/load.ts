// Reads and validates the two inputs of `isnad eval`, synchronously (two small files, read once).
// Every failure is an IsnadError (E_USAGE: the user pointed the command at the wrong file) whose
// message names the file and, for a file that does not match its format, the offending paths:
// `documents.storm-1.quantities[0].value: Invalid input: expected number, received string`.
import { readFileSync } from "node:fs";
import type { z } from "zod";
import { IsnadError } from "../core/errors.js";
import { dossierSchema, type EvalDossier } from "./dossier-schema.js";
import { type Gold, goldSchema } from "./gold-schema.js";

/** How many schema issues a message lists before "and N more". */
const MAX_LISTED_ISSUES = 5;

type FileKind = "gold file" | "dossier";

function formatPath(path: readonly PropertyKey[]): string {
  if (!path.length) return "(top level)";
  return path
    .map((segment, i) => (typeof segment === "number" ? `[${segment}]` : `${i ? "." : ""}${String(segment)}`))
    .join("");
}

function formatIssues(error: z.ZodError): string {
  const listed = error.issues.slice(0, MAX_LISTED_ISSUES).map((i) => `${formatPath(i.path)}: ${i.message}`);
  const more = error.issues.length - listed.length;
  return listed.join("; ") + (more > 0 ? `; and ${more} more` : "");
}

function validate<T>(schema: z.ZodType<T>, value: unknown, kind: FileKind, source: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new IsnadError(
    "E_USAGE",
    `${kind} ${source} does not match the ${kind === "gold file" ? "gold" : "dossier"} format: ${formatIssues(parsed.error)}`,
    source,
    { cause: parsed.error },
  );
}

/** Validates an already parsed gold object; `source` names it in error messages. */
export function parseGold(value: unknown, source: string): Gold {
  return validate(goldSchema, value, "gold file", source);
}

/** Validates an already parsed dossier object; `source` names it in error messages. */
export function parseDossier(value: unknown, source: string): EvalDossier {
  return validate(dossierSchema, value, "dossier", source);
}

function readJson(path: string, kind: FileKind): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "does not exist"
        : code === "EISDIR"
          ? "is a folder, not a JSON file"
          : `could not be read (${code ?? String(cause)})`;
    throw new IsnadError("E_USAGE", `${kind} ${path} ${reason}`, path, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new IsnadError("E_USAGE", `${kind} ${path} is not valid JSON: ${(cause as Error).message}`, path, {
      cause,
    });
  }
}

export function loadGoldFile(path: string): Gold {
  return parseGold(readJson(path, "gold file"), path);
}

export function loadDossierFile(path: string): EvalDossier {
  return parseDossier(readJson(path, "dossier"), path);
}
