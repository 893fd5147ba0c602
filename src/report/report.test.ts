import { describe, expect, it } from "vitest";
import type { Story } from "../core/types.js";
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

  it("lists rejected inputs", () => {
    expect(markdown).toContain("- `in/logo.txt` (E_BINARY): not text: binary content (PNG image)");
  });
});

describe("renderMarkdown: a story", () => {
  const second = {
    ...result.documents[0]!,
    id: "page-2",
    source: "in/page-2.txt",
    outlet: "نبض المدينة",
    title: "الحركة تنفي",
  };
  const story: Story = {
    id: "s1",
    key: "st-abc",
    earlier: 0,
    title: "عنوان القصة",
    documents: ["page-1", "page-2"],
    claims: [
      {
        id: "c1",
        label: "الاتفاق موجود",
        mentions: [{ document: "page-1", line: 2, stance: "asserts", voice: "outlet", who: "صوت الساحل" }],
        dates: ["2024-03-06"],
      },
      {
        id: "c2",
        label: "لا يوجد أي اتفاق",
        negates: "c1",
        mentions: [{ document: "page-2", line: 2, stance: "denies", voice: "attributed", who: "المتحدث" }],
        dates: [],
      },
    ],
    discrepancies: [
      {
        kind: "contradiction",
        description: "صوت الساحل asserts that الاتفاق موجود; المتحدث denies it.",
        between: [
          { document: "page-1", line: 2 },
          { document: "page-2", line: 2 },
        ],
        claims: ["c1", "c2"],
      },
    ],
    timeline: [{ date: "2024-03-06", claims: ["c1"], sources: ["page-1"] }],
    copies: [{ canonical: "page-1", carriers: ["page-2"] }],
    outlets: [
      { document: "page-1", outlet: "صوت الساحل", carries: { c1: ["asserting"] }, only: ["c1"], omits: [] },
      { document: "page-2", outlet: "نبض المدينة", carries: { c2: ["denying"] }, only: ["c2"], omits: [] },
    ],
  };
  const markdown = renderMarkdown(
    buildDossier(
      {
        ...result,
        documents: [result.documents[0]!, second],
        extractions: [...result.extractions, { ...result.extractions[0]!, documentId: "page-2" }],
        stories: [story],
      },
      "9.9.9",
    ),
  );

  it("shows the claims matrix with each outlet's carriage, the denial linked to its claim", () => {
    expect(markdown).toContain("## Story s1: عنوان القصة");
    expect(markdown).toContain("| claim | صوت الساحل | نبض المدينة |");
    expect(markdown).toContain("| **c1** الاتفاق موجود | ● |  |");
    expect(markdown).toContain("| **c2** (denial of c1) لا يوجد أي اتفاق |  | ✗ |");
  });

  it("explains the discrepancy, lists the timeline, wire copies and what each outlet alone carries", () => {
    expect(markdown).toContain(
      "- **contradiction** (c1,c2): صوت الساحل asserts that الاتفاق موجود; المتحدث denies it.",
    );
    expect(markdown).toContain("صوت الساحل page-1:2 vs نبض المدينة page-2:2");
    expect(markdown).toContain("- **2024-03-06** — c1: الاتفاق موجود (sources: page-1)");
    expect(markdown).toContain("wire copy: the text of `page-1` is carried again by `page-2` (نبض المدينة)");
    expect(markdown).toContain("- نبض المدينة (`page-2`): alone reports c2.");
    expect(markdown).toContain("### Attribution graph: عنوان القصة");
  });
});
