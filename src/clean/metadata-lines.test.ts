import { describe, expect, it } from "vitest";
import { measureLine } from "./line-shape.js";
import { detectByline, detectDateLine, detectHeadDateline, detectOutletLabel } from "./metadata-lines.js";
import { outletFromCopyright } from "./outlet-from-copyright.js";
import { findSelfReferencedOutlet } from "./outlet-self-reference.js";

const at =
  <T>(fn: (text: string, shape: ReturnType<typeof measureLine>) => T) =>
  (text: string) =>
    fn(text, measureLine(text));

describe("detectByline", () => {
  const byline = at(detectByline);
  it.each([
    ["كتب: سامي خليل", "سامي خليل"],
    ["بقلم نور حداد", "نور حداد"],
    ["بقلم: ريم الحلقي", "ريم الحلقي"],
    ["By Jane Doe", "Jane Doe"],
    ["Editing: محمد سعيد |", "محمد سعيد"],
  ])("%s → %s", (text, name) => {
    expect(byline(text)).toEqual({ kind: "byline", value: name });
  });

  it.each([
    "كتب الوزير في تغريدة على حسابه أن الاجتماع كان مثمراً.",
    "بقلم الرصاص رسم الطفل خريطة قريته التي هجرها قبل عشر سنوات",
    "By the end of the week the river had risen again.",
  ])("leaves prose alone: %s", (text) => {
    expect(byline(text)).toBeNull();
  });

  it("knows a source credit is metadata but names no author", () => {
    expect(byline("المصدر: وكالات")).toEqual({ kind: "credit", value: null });
  });
});

describe("detectDateLine", () => {
  const date = at(detectDateLine);
  it.each([
    "الثلاثاء 12 آذار 2024",
    "نشر في: 2024/3/7 - 11:05 ص",
    "الخميس 7 مارس 2024 | 10:32",
    "Published March 8, 2024",
    "آخر تحديث: منذ 3 ساعات",
  ])("%s is a date line", (text) => {
    expect(date(text)).toEqual({ kind: "date", value: null });
  });

  it.each(["قتل 30 شخصاً في الغارة", "الطريق رقم 5 مغلق", "3 قتلى"])("%s is not", (text) => {
    expect(date(text)).toBeNull();
  });
});

describe("head datelines and outlet labels", () => {
  it("splits a dateline at its dash and keeps the side that is not a known city", () => {
    expect(at(detectHeadDateline)("شبكة المدى – حلب")).toEqual({ kind: "dateline", value: "شبكة المدى" });
    expect(at(detectHeadDateline)("بيروت - وكالة النجم")).toEqual({ kind: "dateline", value: "وكالة النجم" });
    expect(at(detectHeadDateline)("BEIRUT (Reuters)")).toEqual({ kind: "dateline", value: "Reuters" });
    expect(at(detectHeadDateline)("غارات على الطريق – 12 قتيلاً")).toBeNull();
  });

  it("takes 'name:' as an outlet label unless the name is a place", () => {
    expect(at(detectOutletLabel)("صوت الساحل:")).toEqual({ kind: "outlet-label", value: "صوت الساحل" });
    expect(at(detectOutletLabel)("دمشق:")).toEqual({ kind: "dateline", value: null });
    expect(at(detectOutletLabel)("قال المتحدث باسم الوزارة في بيان صدر اليوم:")).toBeNull();
  });
});

describe("outletFromCopyright", () => {
  it.each([
    ["© 2024 The Harbour Gazette. All rights reserved.", "The Harbour Gazette"],
    ["جميع الحقوق محفوظة لموقع النهر الجديد © 2023", "موقع النهر الجديد"],
    ["© صحيفة الميناء 2022 - جميع الحقوق محفوظة", "صحيفة الميناء"],
    ["Copyright 2019-2024 Valley Times", "Valley Times"],
  ])("%s → %s", (text, outlet) => {
    expect(outletFromCopyright(text)).toBe(outlet);
  });

  it("gives nothing when only the notice is there", () => {
    expect(outletFromCopyright("© 2024 جميع الحقوق محفوظة")).toBeNull();
  });
});

describe("findSelfReferencedOutlet", () => {
  it("finds an outlet naming itself in quotation marks before a contact verb", () => {
    const body = ["وتحاول «نبض المدينة» التواصل مع المكتب الإعلامي للحصول على تعليق، دون رد حتى الآن."];
    expect(findSelfReferencedOutlet(body)).toBe("نبض المدينة");
  });

  it("does not mistake an armed group that 'tried to advance' for the outlet", () => {
    expect(findSelfReferencedOutlet(["وحاولت «كتائب الجبل» التقدم نحو القرية ليلاً."])).toBeNull();
  });

  it("takes a quoted name a source speaks to (لـ«…») as the outlet, but not a wire agency", () => {
    expect(findSelfReferencedOutlet(["وقال مصدر عسكري لـ«عنب بلدي» إن القصف توقف."])).toBe("عنب بلدي");
    expect(findSelfReferencedOutlet(['وقالت مصادر محلية لـ"صوت المدينة" إن الطريق أغلق.'])).toBe(
      "صوت المدينة",
    );
    expect(findSelfReferencedOutlet(["وقال مسؤول لـ«رويترز» إن المفاوضات مستمرة."])).toBeNull();
    expect(findSelfReferencedOutlet(["وقال عنب بلدي إن القصف توقف."])).toBeNull();
  });
});
