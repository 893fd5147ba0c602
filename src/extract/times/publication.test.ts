import { describe, expect, it } from "vitest";
import { findTimeMentions } from "./find-mentions.js";
import { inferPublicationDate } from "./publication.js";
import { makeDocument, type TestLine } from "./test-document.js";

function infer(lines: TestLine[], options: Parameters<typeof makeDocument>[1] = {}) {
  const doc = makeDocument(lines, options);
  return inferPublicationDate(doc, findTimeMentions(doc));
}

describe("inferPublicationDate", () => {
  it("prefers metadata, then a date line", () => {
    const lines: TestLine[] = [["metadata", "السبت 9 آذار 2024", "date"], "قُتل شخصان أمس الجمعة."];
    expect(infer(lines)).toMatchObject({ published: "2024-03-09", basis: "date-line" });
    expect(infer(lines, { published: "2024-03-10", publishedFrom: "metadata" })).toMatchObject({
      published: "2024-03-10",
      basis: "metadata",
    });
  });

  it("combines a weekday cue with the latest full date of the text", () => {
    // 2019/8/14 was a Wednesday; «اليوم الخميس» makes today Thursday 15 August 2019.
    const lines = [
      "أعلنت الإدارة المحلية اليوم الخميس تمديد حظر التجول.",
      "وكان القرار الأول قد صدر بتاريخ 2019/8/1 ومُدّد حتى 2019/8/14.",
    ];
    expect(infer(lines)).toMatchObject({ published: "2019-08-15", basis: "text" });
    // «أمس الثلاثاء» makes today a Wednesday: the day of the latest full date itself.
    expect(infer(["قالت اللجنة أمس الثلاثاء إن الطريق فُتح.", "وكان مغلقاً منذ 2019/8/14."])).toMatchObject({
      published: "2019-08-14",
    });
  });

  it("takes a relative day stated with its full date", () => {
    expect(infer(["عقد المجلس أمس الأحد 10 آذار 2024 جلسة طارئة."])).toMatchObject({
      published: "2024-03-11",
      basis: "text",
    });
  });

  it("does not invent a date", () => {
    // A full date alone: the page may have been written any time after it.
    expect(infer(["وقعت الغارة مساء الأربعاء 6 آذار 2024 على المستودع."]).published).toBeNull();
    // A weekday cue alone: which Thursday?
    expect(infer(["أعلنت الوزارة اليوم الخميس إغلاق المعبر."]).published).toBeNull();
    // Two cues that disagree.
    expect(
      infer(["قال المتحدث اليوم الخميس إن القصف توقف.", "وكان القصف قد اشتد أمس الأحد.", "منذ 2019/8/14."])
        .published,
    ).toBeNull();
  });
});
