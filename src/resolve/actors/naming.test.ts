import { describe, expect, it } from "vitest";
import { makeDocument } from "../../extract/entities/fixtures/documents.js";
import { fixtureContext } from "../../extract/entities/fixtures/load-fixture.js";
import type { AnalysisResult } from "../../pipeline/analyze-batch.js";
import { buildDossier } from "../../report/dossier.js";
import { renderMarkdown } from "../../report/markdown.js";
import { buildNaming, judgementLabels } from "./naming.js";
import { resolveActors } from "./resolve-actors.js";

function labels(text: string, name: string): string[] {
  const start = text.indexOf(name);
  return judgementLabels(text, { start, end: start + name.length, text: name });
}

describe("judgementLabels", () => {
  it.each([
    ["هاجم تنظيم داعش الإرهابي القرية", "تنظيم داعش الإرهابي", ["terrorist"]],
    ["قصفت قوات النظام الحي", "قوات النظام", ["regime"]],
    ["تبنى ما يسمى بـ«لواء الفجر» الهجوم", "لواء الفجر", ["so-called"]],
    ["اشتبكت الميليشيات الكردية مع الفصائل", "الميليشيات الكردية", ["militias"]],
    ["استهدفت الغارة إرهابيي داعش", "داعش", ["terrorists"]],
    ["the so-called Islamic State claimed it", "Islamic State", ["so-called"]],
  ])("«%s»: «%s» carries %j", (text, name, expected) => {
    expect(labels(text, name)).toEqual(expected);
  });

  it("does not carry a label across to the next name", () => {
    expect(labels("جرت محادثات بين النظام والمعارضة", "المعارضة")).toEqual([]);
    expect(labels("قالت قوات سوريا الديمقراطية إن", "قوات سوريا الديمقراطية")).toEqual([]);
  });
});

describe("buildNaming", () => {
  const documents = [
    makeDocument("p1", ["تقدمت قوات سوريا الديمقراطية نحو الرقة"], { title: false, outlet: "صوت الشرق" }),
    makeDocument("p2", ["تقدمت الميليشيات الكردية نحو الرقة وقالت قسد إنها سيطرت"], {
      title: false,
      outlet: "نبض الجزيرة",
    }),
  ];
  const empty = documents.map((d) => ({
    documentId: d.id,
    quantities: [],
    times: [],
    entities: [],
    attributions: [],
    framing: [],
  }));
  const { actors, extractions } = resolveActors(documents, empty, fixtureContext());
  const [table] = buildNaming(documents, extractions, actors, []);

  it("tabulates, for the whole batch, each outlet's names of each actor with judgements flagged", () => {
    expect(table?.story).toBeNull();
    expect(table?.outlets).toEqual(["صوت الشرق", "نبض الجزيرة"]);
    const sdf = table?.rows.find((r) => r.actor === "sdf");
    expect(sdf?.outlets).toEqual([
      { outlet: "صوت الشرق", names: [{ name: "قوات سوريا الديمقراطية", count: 1, labels: [] }] },
      {
        outlet: "نبض الجزيرة",
        names: [
          { name: "الميليشيات الكردية", count: 1, labels: ["militias"] },
          { name: "قسد", count: 1, labels: [] },
        ],
      },
    ]);
  });

  it("is shown in the Markdown report", () => {
    const result: AnalysisResult = {
      startedAt: "2026-01-01T00:00:00.000Z",
      finishedAt: "2026-01-01T00:00:01.000Z",
      documents,
      extractions,
      actors,
      stories: [],
      errors: [],
      saved: null,
    };
    const dossier = buildDossier(result, "test");
    expect(dossier.naming).toHaveLength(1);
    const markdown = renderMarkdown(dossier);
    expect(markdown).toContain("## Naming by outlet");
    expect(markdown).toContain("| actor | صوت الشرق | نبض الجزيرة |");
    expect(markdown).toContain("الميليشيات الكردية ⚑ militias");
  });
});
