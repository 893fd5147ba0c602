import { describe, expect, it } from "vitest";
import { norm, normForm, overlaps, sameName, stripClitic } from "./match-forms.js";

describe("norm", () => {
  it.each([
    ["قالَ", "قال"], // a fatha
    ["الـخطيب", "الخطيب"], // a tatweel
    ["أكد", "اكد"],
    ["إعلان", "اعلان"],
    ["مستشفى", "مستشفي"],
    ["مدينة", "مدينه"],
    ["مسؤول", "مسوول"],
    ["رئيس", "رييس"],
    ["١٢ شخصا", "12 شخصا"],
    ["۴۰", "40"],
    ["«الخطيب»:  قال", "الخطيب قال"],
    ["Civil-Defence", "civil defence"],
    ["", ""],
  ])("%s -> %s", (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it("reads null and undefined as empty", () => {
    expect(norm(null)).toBe("");
    expect(norm(undefined)).toBe("");
  });
});

describe("stripClitic", () => {
  it.each([
    ["والمحافظ", "المحافظ"],
    ["بالمدينة", "المدينة"],
    ["للمحافظ", "المحافظ"],
    ["فالوزارة", "الوزارة"],
    ["وقالت", "وقالت"], // no article: the و stays
    ["ليلى", "ليلى"],
  ])("%s -> %s", (input, expected) => {
    expect(stripClitic(input)).toBe(expected);
  });

  it("applies to every word in normForm", () => {
    expect(normForm("وزارة الدفاع والداخلية")).toBe("وزاره الدفاع الداخليه");
  });
});

describe("sameName", () => {
  it("matches equal forms after normalisation in both modes", () => {
    expect(sameName("والخطيب", "الخطيب", false)).toBe(true);
    expect(sameName("«الدفاع المدني»", "الدفاع المدنيّ", false)).toBe(true);
  });

  it("never matches empty forms", () => {
    expect(sameName("", "", true)).toBe(false);
    expect(sameName("«»", "", false)).toBe(false);
  });

  it("loosely matches a form one whole token longer, at either end or inside", () => {
    expect(sameName("الخطيب", "سامر الخطيب", false)).toBe(false);
    expect(sameName("الخطيب", "سامر الخطيب", true)).toBe(true);
    expect(sameName("سامر الخطيب", "المحافظ سامر الخطيب", true)).toBe(true);
    expect(sameName("الدفاع المدني", "الدفاع المدني السوري", true)).toBe(true);
  });

  it("does not loosely match two tokens more, other tokens, or a longer word", () => {
    expect(sameName("الزهرة", "بلدة تل الزهرة", true)).toBe(false);
    expect(sameName("الخطيب", "الخطيبين", true)).toBe(false);
    expect(sameName("سامر الخطيب", "سامي الخطيب", true)).toBe(false);
  });
});

describe("overlaps", () => {
  it("is substring containment either way after normForm", () => {
    expect(overlaps("صحيفة الساحل", "الساحل")).toBe(true);
    expect(overlaps("قال", "وقالت")).toBe(true);
    expect(overlaps("قالت", "قال")).toBe(true);
    expect(overlaps("الدفاع المدني", "الدفاع الجوي")).toBe(false);
  });

  it("is false when either side is empty", () => {
    expect(overlaps("", "الساحل")).toBe(false);
    expect(overlaps("الساحل", null)).toBe(false);
    expect(overlaps(undefined, undefined)).toBe(false);
  });
});
