import { describe, expect, it } from "vitest";
import { publicationDateFromLines } from "./date-lines.js";
import { makeDocument, type TestLine } from "./test-document.js";

const dated = (line: string, language: "ar" | "en" = "ar", kind = "date") =>
  publicationDateFromLines(
    makeDocument(
      [
        ["title", "عنوان الخبر"],
        ["metadata", line, kind],
        ["body", "نص الخبر."],
      ],
      { language },
    ),
  )?.date ?? null;

describe("publicationDateFromLines", () => {
  it.each([
    ["الثلاثاء 12 آذار 2024 | 09:15", "2024-03-12"],
    ["نشر في: 2024/3/12 - 09:15 ص", "2024-03-12"],
    ["آخر تحديث: 12-03-2024", "2024-03-12"],
    ["الأحد 21 رمضان 1445 هـ - 31 مارس 2024م", "2024-03-31"],
    ["الاثنين 22 رمضان 1445 هـ", "2024-04-01"],
    ["١٢/٣/٢٠٢٤", "2024-03-12"],
    ["كاتب الموضوع: أبو سالم | المشاركات: ٣٤١٢ | بتاريخ: ١٢-٠٣-٢٠٢٤ ١١:٠٥ ص", "2024-03-12"],
    ["الرئيسية / أخبار المحافظات / الثلاثاء 12 آذار 2024", "2024-03-12"],
    ["12 تشرين الأول 2023", "2023-10-12"],
  ])("%s", (line, date) => {
    expect(dated(line)).toBe(date);
  });

  it("reads English date lines, US order with slashes", () => {
    expect(dated("Published March 12, 2024 at 9:15 a.m.", "en")).toBe("2024-03-12");
    expect(dated("Updated 12 March 2024", "en")).toBe("2024-03-12");
    expect(dated("Posted 3/12/2024", "en")).toBe("2024-03-12");
  });

  it("accepts a two-digit year on a date line", () => {
    expect(dated("12-03-24, 08:47 PM")).toBe("2024-03-12");
  });

  it("gives nothing for a relative date line or a month without a day", () => {
    expect(dated("منذ 3 ساعات")).toBeNull();
    expect(dated("تاريخ التسجيل: Jun 2013")).toBeNull();
  });

  it("takes the first date line, then other metadata lines", () => {
    const lines: TestLine[] = [
      ["metadata", "بقلم: سامر الأحمد - 4 شباط 2024", "byline"],
      ["metadata", "نشر في 5 شباط 2024 - آخر تحديث 6 شباط 2024", "date"],
      ["body", "وقعت الحادثة في 1 شباط 2024."],
    ];
    expect(publicationDateFromLines(makeDocument(lines))).toMatchObject({ date: "2024-02-05", line: 2 });
    expect(publicationDateFromLines(makeDocument([lines[0]!, lines[2]!]))).toMatchObject({
      date: "2024-02-04",
      line: 1,
    });
    expect(publicationDateFromLines(makeDocument([lines[2]!]))).toBeNull();
  });
});
