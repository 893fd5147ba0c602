import { describe, expect, it } from "vitest";
import type { Actor } from "../../core/types.js";
import { makeDocument } from "../../extract/entities/fixtures/documents.js";
import { fixtureContext } from "../../extract/entities/fixtures/load-fixture.js";
import { resolveActors } from "./resolve-actors.js";

const context = fixtureContext();

function resolve(pages: readonly (readonly string[])[], outlets: readonly (string | null)[] = []) {
  const documents = pages.map((lines, i) =>
    makeDocument(`p${i + 1}`, lines, {
      title: false,
      outlet: outlets[i] ?? null,
      language: /[a-z]/iu.test(lines[0]!) ? "en" : "ar",
    }),
  );
  const empty = documents.map((d) => ({
    documentId: d.id,
    quantities: [],
    times: [],
    entities: [],
    attributions: [],
    framing: [],
  }));
  return resolveActors(documents, empty, context);
}

/** The actor whose names in `doc` include `form`. */
function actorOf(actors: readonly Actor[], doc: string, form: string): Actor | undefined {
  return actors.find((a) => a.names[doc]?.includes(form));
}

describe("resolveActors", () => {
  it("makes one actor of the spelling variants and the acronym, with the gazetteer's id", () => {
    const { actors } = resolve([
      ["تقدمت قوات سوريا الديمقراطية نحو السد"],
      ["وقالت قوات سورية الديموقراطية إن وقسد لن تنسحب"],
    ]);
    const sdf = actorOf(actors, "p1", "قوات سوريا الديمقراطية");
    expect(sdf?.id).toBe("sdf");
    expect(sdf?.names.p2).toEqual(expect.arrayContaining(["قوات سورية الديموقراطية", "قسد"]));
  });

  it("links a body the gazetteer lacks, its acronym and its variants across pages", () => {
    const { actors } = resolve([
      ["أعلنت قوات درع الساحل (قدس) سيطرتها على التلة، ورحبت جبهة الساحل الديمقراطية بذلك"],
      ["وقالت «قدس» إن قوات درع الساحل صدت الهجوم، فيما نفت جبهة الساحل الديموقراطية"],
    ]);
    const a = actorOf(actors, "p1", "قوات درع الساحل");
    expect(a?.id).toMatch(/^a-/u);
    expect(a?.names.p1).toContain("قدس");
    expect(a?.names.p2).toEqual(expect.arrayContaining(["قدس", "قوات درع الساحل"]));
    const front = actorOf(actors, "p1", "جبهة الساحل الديمقراطية");
    expect(front?.names.p2).toContain("جبهة الساحل الديموقراطية");
    expect(front).not.toBe(a);
  });

  it("links a surname to the full name, and a reference to the person it points at", () => {
    const { actors } = resolve([
      [
        "قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات بناءة.",
        "وأضاف الوزير الروسي أن لافروف سيزور المنطقة.",
      ],
    ]);
    expect(actorOf(actors, "p1", "الوزير الروسي")?.id).toBe("lavrov");
    expect(actorOf(actors, "p1", "لافروف")?.id).toBe("lavrov");
  });

  it("resolves «الوزارة» and «وزارة دفاع بلاده» in context", () => {
    const { actors } = resolve([
      [
        "قال وزير الخارجية الروسي سيرغي لافروف إن وزارة دفاع بلاده رصدت القافلة.",
        "وأصدرت وزارة الزراعة السورية بياناً، وقالت الوزارة إن المحاصيل تضررت.",
      ],
    ]);
    expect(actorOf(actors, "p1", "وزارة دفاع بلاده")?.id).toBe("ru-mod");
    expect(actorOf(actors, "p1", "الوزارة")).toBe(actorOf(actors, "p1", "وزارة الزراعة السورية"));
  });

  it("never merges two bodies that share words", () => {
    const { actors } = resolve([
      [
        "أكدت وزارة الدفاع الروسية الخبر ونفته وزارة الخارجية الروسية",
        "وطالب الأكراد بالمشاركة بينما تقدمت قوات سوريا الديمقراطية",
      ],
    ]);
    expect(actorOf(actors, "p1", "وزارة الدفاع الروسية")?.id).toBe("ru-mod");
    expect(actorOf(actors, "p1", "وزارة الخارجية الروسية")?.id).toBe("ru-mfa");
    expect(actorOf(actors, "p1", "الأكراد")?.id).not.toBe("sdf");
  });

  it("reads «وزارة الدفاع» as the one the page names, and a contextual name by the entries named", () => {
    const { actors } = resolve([
      [
        "نشرت وزارة الدفاع الروسية صوراً للغارة",
        "وقالت وزارة الدفاع إن الطائرات عادت",
        "وتتهم الميليشيات الكردية بالتنسيق مع قسد",
      ],
    ]);
    expect(actorOf(actors, "p1", "وزارة الدفاع")?.id).toBe("ru-mod");
    expect(actorOf(actors, "p1", "الميليشيات الكردية")?.id).toBe("sdf");
  });

  it("links English and Arabic names the gazetteer knows, and by consonants those it does not", () => {
    const { actors } = resolve([
      ["قال المتحدث باسم الفصيل سامر الأحمد إن مدينة الرقة هادئة"],
      ["Samer al-Ahmad, a spokesman, said Raqqa was calm"],
    ]);
    expect(actorOf(actors, "p2", "Raqqa")?.id).toBe("raqqa");
    const samer = actorOf(actors, "p1", "سامر الأحمد");
    expect(samer?.names.p2).toContain("Samer al-Ahmad");
  });

  it("gives stable ids and entities with actors", () => {
    const pages = [["أعلنت قوات درع الساحل سيطرتها على قرية الحمرا"]];
    const one = resolve(pages);
    const two = resolve(pages);
    expect(one.actors.map((a) => a.id)).toEqual(two.actors.map((a) => a.id));
    const entity = one.extractions[0]!.entities.find((e) => e.text === "قوات درع الساحل");
    expect(entity?.actor).toBe(actorOf(one.actors, "p1", "قوات درع الساحل")?.id);
    expect(Object.keys(entity ?? {}).sort()).toEqual([
      "actor",
      "end",
      "line",
      "rule",
      "start",
      "text",
      "type",
    ]);
  });

  it("recognises the batch's outlets when another page cites them", () => {
    const { actors } = resolve(
      [["نص من الموقع"], ["وقال شاهد لـ«صدى الجبل» إن القصف استمر"]],
      ["صدى الجبل", null],
    );
    expect(actorOf(actors, "p2", "صدى الجبل")?.type).toBe("ORG");
  });
});
