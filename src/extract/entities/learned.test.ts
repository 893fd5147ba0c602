import { describe, expect, it } from "vitest";
import { extractEntities } from "./extract-entities.js";
import { makeDocument } from "./fixtures/documents.js";
import { fixtureContext } from "./fixtures/load-fixture.js";
import { learnNames } from "./learned.js";

const context = fixtureContext();

function pass(lines: readonly string[][]) {
  const docs = lines.map((l, i) => makeDocument(`d${i}`, l, { title: false }));
  const first = docs.map((d) => ({ documentId: d.id, mentions: extractEntities(d, context) }));
  const learned = learnNames(first, context);
  return docs.map((d) => extractEntities(d, context, { learned }).map((e) => [e.text, e.type, e.rule]));
}

describe("names learnt from the batch", () => {
  it("finds in one page a place another page named after a head", () => {
    const [, second] = pass([
      ["وصلت التعزيزات إلى بلدة المسعودية فجراً"],
      ["عادت الحياة إلى المسعودية تدريجياً"],
    ]);
    expect(second).toContainEqual(["المسعودية", "GPE", "learned"]);
  });

  it("finds an acronym defined elsewhere, and a surname of a full name", () => {
    const [, second] = pass([
      ["أعلنت قوات الدفاع الوطني (قدو) أن المتحدث باسمها سامر الأحمد سيعقد مؤتمراً"],
      ["وقالت قدو إن الأحمد غادر المدينة"],
    ]);
    expect(second).toContainEqual(["قدو", "ORG", "learned"]);
    expect(second).toContainEqual(["الأحمد", "PERSON", "learned:surname"]);
  });

  it("finds a long surname written with a long vowel less, in the page of the full name", () => {
    const [first, second] = pass([
      ["قال وزير الخارجية الروسي نيكولاي بوغدانوفيتش إن", "وأكد بوغدنوفيتش أن"],
      ["وأكد بوغدنوفيتش أن"],
    ]);
    expect(first).toContainEqual(["بوغدنوفيتش", "PERSON", "learned:surname"]);
    expect(second).toEqual([]); // a surname without the article is a name only beside its full name
  });

  it("finds a one-word definite place only after a place cue", () => {
    const [, second] = pass([
      ["اشتباكات في حي الوحدة ليلاً"],
      ["دعا إلى الوحدة الوطنية", "وصلت دورية إلى حي الوحدة"],
    ]);
    expect(second).toEqual([["الوحدة", "LOC", "place-head:drop"]]);
  });

  it("learns no surname from a title before two unknown words", () => {
    const [, second] = pass([
      ["أبحرت سفينة الأدميرال كوزنيتسوف صواريخ نحو الساحل"],
      ["سقطت صواريخ على المدينة"],
    ]);
    expect(second!.filter(([, type]) => type === "PERSON")).toEqual([]);
  });
});
