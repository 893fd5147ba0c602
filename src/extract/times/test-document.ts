// A Document built from lines, for tests of the time stages (here and in src/resolve/).
import type { Document, LanguageCode, LineRole } from "../../core/types.js";

/** A line: its text (a body line), or [role, text] or [role, text, kind]. */
export type TestLine = string | readonly [LineRole, string] | readonly [LineRole, string, string];

export function makeDocument(
  lines: readonly TestLine[],
  options: {
    readonly id?: string;
    readonly language?: LanguageCode;
    readonly published?: string | null;
    readonly publishedFrom?: "metadata" | "text" | null;
  } = {},
): Document {
  let text = "";
  const built = lines.map((entry, i) => {
    const [role, body, kind] = typeof entry === "string" ? (["body", entry] as const) : entry;
    if (i > 0) text += "\n";
    const start = text.length;
    text += body;
    return { n: i + 1, start, end: text.length, text: body, role, ...(kind ? { kind } : {}) };
  });
  return {
    id: options.id ?? "doc",
    source: `${options.id ?? "doc"}.txt`,
    format: "text",
    encoding: "utf-8",
    contentHash: options.id ?? "doc",
    language: options.language ?? "ar",
    outlet: null,
    title: null,
    byline: null,
    published: options.published ?? null,
    publishedFrom: options.publishedFrom ?? null,
    text,
    lines: built,
  };
}
