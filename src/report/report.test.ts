import { describe, expect, it } from "vitest";
import type { AnalysisResult } from "../pipeline/analyze-batch.js";
import { buildDossier } from "./dossier.js";
import { renderMarkdown } from "./markdown.js";

const result: AnalysisResult = {
  startedAt: "2026-01-02T03:04:05.000Z",
  finishedAt: "2026-01-02T03:04:06.000Z",
  documents: [
    {
      id: "page-1",
      source: "in/page-1.txt",
      format: "text",
      encoding: "windows-1256",
      contentHash: "abc",
      language: "ar",
      outlet: "صوت الساحل",
      title: "عنوان | مع فاصل",
      byline: null,
      published: null,
      publishedFrom: null,
      text: "صوت الساحل:\nنص المقال.\nاترك رداً",
      lines: [
        { n: 1, start: 0, end: 11, text: "صوت الساحل:", role: "metadata", kind: "outlet-label" },
        { n: 2, start: 12, end: 22, text: "نص المقال.", role: "body" },
        { n: 3, start: 23, end: 32, text: "اترك رداً", role: "boilerplate", kind: "comment-prompt" },
      ],
    },
  ],
  extractions: [
    { documentId: "page-1", quantities: [], times: [], entities: [], attributions: [], framing: [] },
  ],
  actors: [],
  stories: [],
  errors: [{ source: "in/logo.txt", code: "E_BINARY", message: "not text: binary content (PNG image)" }],
  saved: null,
};

describe("buildDossier", () => {
  const dossier = buildDossier(result, "9.9.9");

  it("follows the contract's shape for a text input", () => {
    expect(dossier.schema).toBe("isnad.dossier/1");
    expect(dossier.generatedAt).toBe("2026-01-02T03:04:06.000Z");
    const doc = dossier.documents[0]!;
    expect(doc.lines).toEqual([
      { n: 1, role: "metadata", kind: "outlet-label" },
      { n: 2, role: "body" },
      { n: 3, role: "boilerplate", kind: "comment-prompt" },
    ]);
    expect(doc.quantities).toEqual([]);
    expect(dossier.errors).toEqual([
      { source: "in/logo.txt", code: "E_BINARY", message: "not text: binary content (PNG image)" },
    ]);
  });

  it("writes null, not a guess, for a language it does not know", () => {
    const other = buildDossier(
      { ...result, documents: [{ ...result.documents[0]!, language: "other" }] },
      "x",
    );
    expect(other.documents[0]!.language).toBeNull();
  });
});

describe("renderMarkdown", () => {
  const markdown = renderMarkdown(buildDossier(result, "9.9.9"));

  it("lists documents with escaped table cells and the lines that are not article text", () => {
    expect(markdown).toContain("| page-1 | صوت الساحل | عنوان \\| مع فاصل | — | ar | 1 | 1 |");
    expect(markdown).toContain("- boilerplate (comment-prompt): line 3");
  });

  it("says plainly what is not computed yet and lists rejected inputs", () => {
    expect(markdown).toContain("not computed by this version yet");
    expect(markdown).toContain("- `in/logo.txt` (E_BINARY): not text: binary content (PNG image)");
  });
});
