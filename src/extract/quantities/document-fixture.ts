// A Document built from lines, for tests: each entry is a line's text, or [role, text]; lines are joined
// with "\n" and numbered from 1, so offsets and line numbers are those of a real text input.
import type { Document, Line, LineRole } from "../../core/types.js";

export function documentOf(entries: readonly (string | readonly [LineRole, string])[]): Document {
  const lines: Line[] = [];
  let text = "";
  entries.forEach((entry, i) => {
    const [role, body] = typeof entry === "string" ? (["body", entry] as const) : entry;
    if (i > 0) text += "\n";
    lines.push({ n: i + 1, start: text.length, end: text.length + body.length, text: body, role });
    text += body;
  });
  return {
    id: "fixture",
    source: "fixture.txt",
    format: "text",
    encoding: "utf-8",
    contentHash: "",
    language: "ar",
    outlet: null,
    title: null,
    byline: null,
    published: null,
    publishedFrom: null,
    text,
    lines,
  };
}
