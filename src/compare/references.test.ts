// Reports that point back at a proposition above them on their page (references.ts, claim-references.tsv).
import { describe, expect, it } from "vitest";
import { claimMention } from "../../test/support/claim-mention.js";
import { contentWords } from "../text/index.js";
import type { ClaimMention } from "./mentions.js";
import { addReferences, referredNouns } from "./references.js";

const stem = (word: string) => contentWords(word)[0]!;

describe("referredNouns", () => {
  it("finds a demonstrative before a listed noun, with or without a clitic, in either language", () => {
    expect(referredNouns("واعتبر الوزير أن هذا الاتفاق يظهر عدم كفاءة التنسيق")).toEqual([stem("الاتفاق")]);
    expect(referredNouns("وقالت الوزارة إنها تؤكد بهذه المعلومات ما نشر")).toEqual([stem("المعلومات")]);
    expect(referredNouns("The ministry confirmed these reports on Monday")).toEqual([stem("reports")]);
  });

  it("finds nothing in a noun without a demonstrative, or a demonstrative before another word", () => {
    expect(referredNouns("توصل الطرفان إلى الاتفاق مساء أمس")).toEqual([]);
    expect(referredNouns("وقال إن هذا لن يتكرر")).toEqual([]);
    expect(referredNouns("Officials said that reports of a deal were false")).toEqual([]);
  });
});

describe("addReferences", () => {
  const mention = (document: string, line: number, text: string): ClaimMention => {
    const words = new Map(contentWords(text).map((w) => [w, 1]));
    return claimMention({ document, line, text, words, context: words, lineWords: new Set(words.keys()) });
  };

  it("adds a report to the claim of the nearest line above it on its page that names the noun", () => {
    const mentions = [
      mention("a", 2, "أعلن الوسطاء التوصل إلى اتفاق لوقف القتال بين القبيلتين"),
      mention("b", 3, "توصلت القبيلتان إلى اتفاق لوقف القتال برعاية الوسطاء"),
      mention("a", 4, "وقال شيخ القبيلة إن المفاوضات استمرت حتى الفجر"),
      mention("a", 6, "واعتبر المحافظ أن هذا الاتفاق خطوة نحو المصالحة"),
      mention("b", 8, "واعتبر المحافظ أن هذا الاتفاق خطوة نحو المصالحة"),
    ];
    const groups = [[0, 1], [2], [3, 4]];
    addReferences(groups, [0, 1, 2, 3, 4], mentions);
    expect(groups[0]).toEqual([0, 1, 3, 4]);
    // the line about the talks names no agreement: nothing points at it
    expect(groups[1]).toEqual([2]);
  });

  it("looks only above the report, on its own page", () => {
    const mentions = [
      mention("a", 5, "واعتبر المحافظ أن هذا الاتفاق خطوة نحو المصالحة"),
      mention("a", 7, "أعلن الوسطاء التوصل إلى اتفاق لوقف القتال"),
      mention("b", 2, "أعلن الوسطاء التوصل إلى اتفاق لوقف القتال"),
    ];
    const groups = [[0], [1, 2]];
    addReferences(groups, [0, 1, 2], mentions);
    expect(groups).toEqual([[0], [1, 2]]);
  });
});
