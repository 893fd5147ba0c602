// clean/: decoded pages → Documents with every non-blank line's role, and the page's title, byline and
// outlet. Works on a whole batch because some evidence is cross-document (lines recurring across pages).
import type { DecodedInput, Document, Line } from "../core/types.js";
import { splitLines } from "../ingest/index.js";
import { detectLanguage } from "../text/index.js";
import { assignLineRoles, type RawLine } from "./assign-roles.js";
import { findSelfReferencedOutlet } from "./outlet-self-reference.js";
import { countLineKeys, lineFrequency } from "./recurrence.js";

export interface CleanOptions {
  /**
   * Line-key counts from pages analysed earlier (the store), not counting this batch's contents.
   * Called once with every key of the batch.
   */
  readonly earlierLineCounts?: (
    keys: readonly string[],
    batchHashes: readonly string[],
  ) => Map<string, number>;
}

/** The non-blank lines of a text, numbered as in the input file, trimmed, with offsets into the text. */
export function nonBlankLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  for (const span of splitLines(text)) {
    const raw = text.slice(span.start, span.end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    lines.push({
      n: span.n,
      start: span.start + leading,
      end: span.start + leading + trimmed.length,
      text: trimmed,
    });
  }
  return lines;
}

export function cleanDocuments(inputs: readonly DecodedInput[], options: CleanOptions = {}): Document[] {
  const pages = inputs.map((input) => ({ input, lines: nonBlankLines(input.text) }));
  const batchCounts = countLineKeys(pages.map((p) => ({ contentHash: p.input.contentHash, lines: p.lines })));
  const earlier = options.earlierLineCounts?.(
    [...batchCounts.keys()],
    pages.map((p) => p.input.contentHash),
  );
  const frequency = lineFrequency(batchCounts, earlier);

  return pages.map(({ input, lines }) => {
    const language = detectLanguage(input.text);
    const page = input.page;
    const roles = assignLineRoles(lines, { language, lineFrequency: frequency });
    const prose = roles.lines.filter((l) => l.role === "body").map((l) => l.text);
    // A page's declared metadata (HTML, feed, record) comes first; the text is read for the rest.
    const published = page?.published ?? null;
    return {
      id: input.id,
      source: input.source,
      ...(page?.url ? { url: page.url } : {}),
      format: input.format,
      encoding: input.encoding,
      contentHash: input.contentHash,
      language,
      outlet: page?.outlet ?? roles.outlet ?? findSelfReferencedOutlet(prose) ?? wireDatelineOutlet(prose[0]),
      title: page?.title ?? roles.title,
      byline: page?.byline ?? roles.byline,
      // Dates in the text are read with the figures-and-dates stage; only a declared one is taken here.
      published,
      publishedFrom: published ? "metadata" : null,
      text: input.text,
      lines: page?.title ? headlineFirst(roles.lines, page.title) : roles.lines,
    };
  });
}

/** A page whose headline is declared opens with it (page-inputs.ts puts it there): that line is the
 * title, whatever the line-role rules made of it. */
function headlineFirst(lines: readonly Line[], title: string): Line[] {
  return lines.map((line, i) =>
    i === 0 && line.text === title.trim() ? { ...line, role: "title", kind: "headline" } : line,
  );
}

// "ADEN, May 9 (Meridian Wire) - …", "بغداد (رويترز) – …": the wire that filed the story, named in the
// dateline that opens it. The weakest outlet evidence: a page's masthead, label or copyright wins.
const WIRE_DATELINE = /^[^()\n]{2,40}\(([^()\d]{2,40})\)\s*[-–—]/u;

function wireDatelineOutlet(firstParagraph: string | undefined): string | null {
  const match = firstParagraph ? WIRE_DATELINE.exec(firstParagraph) : null;
  return match?.[1]?.trim() || null;
}
