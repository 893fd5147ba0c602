// event-days.ts on invented lines, with their dates read by the real time extractor: which happening each
// date goes to, and when two reports date one happening two ways.
import { describe, expect, it } from "vitest";
import { claimMention } from "../../test/support/claim-mention.js";
import { readLexiconRows, readLexiconSet } from "../core/lexicon.js";
import type { Document } from "../core/types.js";
import { documentOf } from "../extract/quantities/document-fixture.js";
import { formatDate, fromDayNumber } from "../extract/times/calendar.js";
import { extractTimes } from "../extract/times/index.js";
import { addDatedHappenings, dateConflict, type EventDays, lineDays } from "./event-days.js";

/** The happenings a one-line page published on `published` dates, as «concept: days». */
function read(line: string, published: string): EventDays {
  const page: Document = { ...documentOf([line]), published, language: /[a-z]/iu.test(line) ? "en" : "ar" };
  return lineDays(line, 0, extractTimes(page)).events;
}

function shown(days: EventDays): Record<string, string[]> {
  return Object.fromEntries(
    [...days].map(([event, list]) => [event.slice(1), list.map((d) => formatDate(fromDayNumber(d)))]),
  );
}

/** The days a one-line page's reports say they were made on. */
function statedOn(line: string, published: string): string[] {
  const page: Document = { ...documentOf([line]), published, language: /[a-z]/iu.test(line) ? "en" : "ar" };
  return lineDays(line, 0, extractTimes(page)).stated.map((d) => formatDate(fromDayNumber(d)));
}

describe("the day a report was made on", () => {
  it("is the date a reporting verb takes, whatever day the page appeared", () => {
    expect(
      statedOn("وكانت تنسيقية الخريجين قد أعلنت مساء أمس الأحد مقتل خمسة من المعتصمين.", "2025-09-08"),
    ).toEqual(["2025-09-07"]);
    expect(statedOn("The network said on Monday that at least 64 people had died.", "2025-06-17")).toEqual([
      "2025-06-16",
    ]);
  });

  it("is not a date inside a relative clause, nor the day of a toll's rise", () => {
    // the date is the clash's: «الذي وقع»
    const clash = "أعلنت دائرة الصحة مقتل 9 أشخاص في الاشتباك الذي وقع بعد ظهر أمس الثلاثاء بين عشيرتين.";
    expect(statedOn(clash, "2024-07-10")).toEqual([]);
    const rise = "ارتفعت حصيلة القصف الذي استهدف سوق الخضار مساء الجمعة الماضي إلى 19 قتيلاً.";
    expect(statedOn(rise, "2024-04-16")).toEqual([]);
  });
});

describe("eventDays", () => {
  it("gives a date inside a relative clause to the happening the clause describes", () => {
    const line = "أعلنت البلدية انتشال جثتين من تحت أنقاض العمارة بعد انهيارها الذي وقع فجر أمس الاثنين.";
    expect(shown(read(line, "2025-02-18"))).toEqual({ collapse: ["2025-02-17"] });
  });

  it("gives each date to the happening before it: the release to Sunday, the abduction to 6 October", () => {
    const line =
      "أُفرج أمس الأحد عن المهندسين المصريين، بعد أسبوعين من اختطافهما على طريق أيورو في السادس من أكتوبر الجاري.";
    expect(shown(read(line, "2024-10-21"))).toEqual({ release: ["2024-10-20"], kidnap: ["2024-10-06"] });
    const english =
      "Two engineers kidnapped on a highway in western Niger on October 6 were freed on Saturday near Menaka.";
    expect(shown(read(english, "2024-10-21"))).toEqual({ kidnap: ["2024-10-06"], release: ["2024-10-19"] });
  });

  it("gives a date set off by commas to the nearest happening of its sentence, before it or just after", () => {
    const after = "لقي خمسة أشخاص مصرعهم، فجر اليوم الثلاثاء، إثر انهيار عمارة سكنية في مدينة الزرقاء.";
    expect(shown(read(after, "2025-02-18"))).toEqual({ collapse: ["2025-02-18"] });
    const before =
      "Seven people were killed when a building collapsed in the city of Zarqa, before dawn on Tuesday, officials said.";
    expect(shown(read(before, "2025-02-19"))).toEqual({ collapse: ["2025-02-18"] });
  });

  it("dates no happening with the day something was said, a cut-off or a starting point", () => {
    // «قال …، اليوم الأحد، إن»: Sunday is the statement's
    expect(read("قال مدير الصحة، اليوم الأحد، إن التسمم أصاب أكثر من 600 شخص.", "2025-03-09").size).toBe(0);
    expect(
      read("Egypt's foreign ministry said on Sunday that the release followed talks.", "2024-10-21").size,
    ).toBe(0);
    expect(read("ارتفع عدد المصابين بالتسمم إلى 655 حالة حتى صباح اليوم الاثنين.", "2025-03-10").size).toBe(
      0,
    );
    expect(
      read(
        "At least 412 people have been treated since Saturday afternoon after the poisoning.",
        "2025-03-09",
      ).size,
    ).toBe(0);
    // the day a toll rose, not the collapse's
    expect(
      read("The death toll from the collapse of a small dam rose to 17 on Monday.", "2024-10-07").size,
    ).toBe(0);
  });

  it("leaves a clause without a happening undated, and a happening far after a date alone", () => {
    expect(
      read("Prosecutors on Tuesday ordered all nine suspects held in custody for 21 days.", "2025-02-19")
        .size,
    ).toBe(0);
  });
});

describe("dateConflict", () => {
  it("finds one happening dated a day apart, with no day in common", () => {
    const sunday = read("خطف مسلحون مجهولون صباح أمس الأحد مهندسين مصريين على طريق أيورو.", "2024-10-07");
    const saturday = read(
      "أعلنت جماعة مسلحة مسؤوليتها عن خطف مهندسين مصريين فجر السبت الماضي.",
      "2024-10-08",
    );
    expect(dateConflict(sunday, saturday)?.event).toBe("~kidnap");
  });

  it("does not take two days further apart, or reports that share a day, for one happening dated two ways", () => {
    const first = read("خطف مسلحون مهندسين صباح أمس الأحد.", "2024-10-07");
    const weekLater = read("خطف مسلحون سائقاً فجر الأحد 13 أكتوبر.", "2024-10-14");
    expect(dateConflict(first, weekLater)).toBeNull();
    const both = read(
      "Gunmen kidnapped two engineers on Saturday or early on Sunday, October 6.",
      "2024-10-07",
    );
    expect(dateConflict(first, both)).toBeNull();
  });
});

describe("data/lexicons/event-concepts.txt", () => {
  it("lists only concepts of concepts.tsv", () => {
    const ids = new Set(readLexiconRows("lexicons/concepts.tsv").map((r) => r[0]));
    const listed = [...readLexiconSet("lexicons/event-concepts.txt")];
    expect(listed.length).toBeGreaterThan(50);
    expect(listed.filter((c) => !ids.has(c))).toEqual([]);
  });
});

describe("addDatedHappenings", () => {
  const dated = (document: string, line: number, days: number[]) =>
    claimMention({ document, line, eventDays: new Map([["~kidnap", days]]) });

  it("makes the reports of one happening, dated within a day on two pages, a claim of their own", () => {
    const mentions = [dated("a", 7, [20_002]), dated("b", 7, [20_001]), dated("c", 5, [20_009])];
    const groups = [[0], [1], [2]];
    addDatedHappenings(groups, [0, 1, 2], mentions);
    // the abduction a week later is another happening
    expect(groups).toEqual([[0], [1], [2], [0, 1]]);
  });

  it("adds nothing for one page, or when a claim already holds them all", () => {
    const onePage = [dated("a", 7, [20_002]), dated("a", 9, [20_001])];
    const groups = [[0], [1]];
    addDatedHappenings(groups, [0, 1], onePage);
    expect(groups).toEqual([[0], [1]]);
    const held = [[0, 1]];
    addDatedHappenings(held, [0, 1], [dated("a", 7, [20_002]), dated("b", 7, [20_001])]);
    expect(held).toEqual([[0, 1]]);
  });
});
