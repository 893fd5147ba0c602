// extractTimes over a whole document: which lines, which offsets, which reference.
import { describe, expect, it } from "vitest";
import { findTimeMentions } from "./find-mentions.js";
import { extractTimes, latestExplicitDate, resolveTimeMentions } from "./index.js";
import { makeDocument } from "./test-document.js";

const page = makeDocument([
  ["boilerplate", "عاجل: 21:40 الثلاثاء 5 آذار إغلاق الطريق الدولي"],
  ["title", "مقتل خمسة بقصف على بلدة الحراك أمس"],
  ["metadata", "الخميس 7 آذار 2024", "date"],
  ["body", "قُتل خمسة مدنيين مساء أمس الأربعاء بقصف مدفعي، وأصيب آخرون خلال ساعتين من القصف."],
  ["body", "وكانت البلدة قد تعرضت لغارة يوم الأحد الماضي، بعد هدوء دام منذ الشهر الماضي."],
  ["boilerplate", "© 2024 جميع الحقوق محفوظة"],
]);

describe("extractTimes", () => {
  it("reads title and body lines only, with exact offsets and line numbers", () => {
    const times = extractTimes(page, "2024-03-07");
    expect(times.map((t) => [t.line, t.text, t.kind, t.value])).toEqual([
      [2, "أمس", "date", "2024-03-06"],
      [4, "مساء أمس الأربعاء", "date", "2024-03-06"],
      [4, "خلال ساعتين", "duration", null],
      [5, "يوم الأحد الماضي", "date", "2024-03-03"],
      [5, "الشهر الماضي", "date", "2024-02"],
    ]);
    for (const t of times) expect(page.text.slice(t.start, t.end)).toBe(t.text);
    expect(times.every((t) => t.rule.startsWith("time."))).toBe(true);
  });

  it("resolves against document.published by default, and leaves relative dates null without it", () => {
    expect(extractTimes({ ...page, published: "2024-03-07" })[1]?.value).toBe("2024-03-06");
    expect(extractTimes(page).map((t) => t.value)).toEqual([null, null, null, null, null]);
    expect(extractTimes({ ...page, published: "2024-03-07" }, null).map((t) => t.value)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("resolves against a month when only the month is known", () => {
    const doc = makeDocument(["أكدت الوزارة أن العملية جرت يوم 14 الجاري، وأن المهلة تنتهي نهاية حزيران."]);
    expect(extractTimes(doc, "2023-06").map((t) => [t.text, t.value])).toEqual([
      ["يوم 14 الجاري", "2023-06-14"],
      ["نهاية حزيران", "2023-06-30"],
    ]);
  });

  it("lends the year of the text's own full dates to day-months without one when there is no reference", () => {
    const doc = makeDocument([
      "دمّرت غارة مساء الخميس السابع من تشرين الثاني/نوفمبر 2019 مخزناً للوقود.",
      "وكانت غارة سابقة قد استهدفت المنطقة يوم 30 تشرين الأول/أكتوبر، فيما تعرضت لقصف أمس.",
    ]);
    const mentions = findTimeMentions(doc);
    expect(latestExplicitDate(mentions)).toBe("2019-11-07");
    expect(resolveTimeMentions(mentions, null).map((t) => [t.text, t.value])).toEqual([
      ["مساء الخميس السابع من تشرين الثاني/نوفمبر 2019", "2019-11-07"],
      ["يوم 30 تشرين الأول/أكتوبر", "2019-10-30"],
      ["أمس", null],
    ]);
  });

  it("reads English documents with the English rules", () => {
    const doc = makeDocument(["Two people were killed on Monday and a 48-hour curfew was imposed."], {
      language: "en",
      published: "2024-03-08",
    });
    expect(extractTimes(doc).map((t) => [t.text, t.kind, t.value])).toEqual([
      ["on Monday", "date", "2024-03-04"],
      ["48-hour", "duration", null],
    ]);
  });
});
