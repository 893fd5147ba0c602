// Line numbers are how a dossier points back into a page ("line 12 of 003.txt"), so every stage must
// count lines the way the file has them. This is the one place that does: \r\n, \n and a lone \r
// (old Mac exports) each end a line, exactly as `text.split(/\r\n|\n|\r/)` would, so a text ending in
// a line break has a last, empty line, and "" is one empty line.

export interface LineSpan {
  /** 1-based line number. */
  readonly n: number;
  /** Offset of the first character of the line in the text. */
  readonly start: number;
  /** Offset just past the last character, before the line terminator. */
  readonly end: number;
}

export function splitLines(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    lines.push({ n: lines.length + 1, start, end: i });
    // \r\n is one terminator, not two.
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    start = i + 1;
  }
  lines.push({ n: lines.length + 1, start, end: text.length });
  return lines;
}
