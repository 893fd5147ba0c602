import { describe, expect, it } from "vitest";
import { skeleton } from "./cross-language.js";

describe("consonant skeletons", () => {
  it.each([
    ["masalma", "المسالمه"],
    ["salloum", "السلوم"],
    ["qahd", "قحد"],
    ["tafas", "طفس"],
    ["sheikh", "الشيخ"],
    ["hawran", "حوران"],
    ["walid", "وليد"],
  ])("%s = %s", (latin, arabic) => {
    expect(skeleton(latin)).toBe(skeleton(arabic));
  });

  it("keeps different names apart", () => {
    expect(skeleton("masalma")).not.toBe(skeleton("سلمان"));
    expect(skeleton("qahd")).not.toBe(skeleton("قسد"));
  });
});
