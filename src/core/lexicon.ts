// Lexicons are data files under data/lexicons/{lang}/NAME.{txt,tsv}: UTF-8, one entry a line,
// `#` starts a comment (a whole line or the rest of one), TSV columns separated by a tab.
// They are read once per process and cached; code never embeds word lists as literals.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IsnadError } from "./errors.js";

// src/core/lexicon.ts and dist/core/lexicon.js are both two levels below the package root.
const DATA_ROOT = fileURLToPath(new URL("../../data/", import.meta.url));

export function dataPath(relative: string): string {
  return DATA_ROOT + relative;
}

const rowCache = new Map<string, readonly (readonly string[])[]>();

/**
 * The rows of a lexicon file: comments and blank lines dropped, each row split on tabs and trimmed.
 * `relative` is relative to data/, e.g. "lexicons/ar/stopwords.txt".
 */
export function readLexiconRows(relative: string): readonly (readonly string[])[] {
  const cached = rowCache.get(relative);
  if (cached) return cached;
  let raw: string;
  try {
    raw = readFileSync(dataPath(relative), "utf8");
  } catch (cause) {
    throw new IsnadError("E_UNREADABLE", `lexicon data/${relative} could not be read`, relative, { cause });
  }
  const rows: string[][] = [];
  for (const line of raw.split(/\r?\n/)) {
    const hash = line.indexOf("#");
    const content = (hash >= 0 ? line.slice(0, hash) : line).trimEnd();
    if (!content.trim()) continue;
    rows.push(content.split("\t").map((field) => field.trim()));
  }
  rowCache.set(relative, rows);
  return rows;
}

/** The first column of every row, optionally mapped (e.g. through a matching normaliser), as a Set. */
export function readLexiconSet(relative: string, map: (entry: string) => string = (s) => s): Set<string> {
  return new Set(readLexiconRows(relative).map((row) => map(row[0] ?? "")));
}
