import { describe, expect, it } from "vitest";
import { makeDocument } from "./fixtures/documents.js";
import { lineTokens } from "./line-tokens.js";
import { PhraseIndex } from "./phrase-index.js";

function tokens(line: string) {
  return lineTokens(makeDocument("t", [line], { title: false }))[0]!.tokens;
}

describe("PhraseIndex", () => {
  const index = new PhraseIndex<string>();
  index.add("تنظيم الدولة", "short");
  index.add("تنظيم الدولة الإسلامية", "long");
  index.add("روسيا", "russia");
  index.add("قوات سوريا الديمقراطية", "sdf");

  it("matches the longest phrase at a word", () => {
    const t = tokens("مقاتلو تنظيم الدولة الإسلامية في المدينة");
    expect(index.matchAt(t, 1)?.payloads).toEqual(["long"]);
  });

  it("lets quotation marks stand inside a name", () => {
    const t = tokens('عناصر تنظيم "الدولة" في البادية');
    const m = index.matchAt(t, 1);
    expect(m?.payloads).toEqual(["short"]);
    expect(t[m!.last]!.raw).toBe("الدولة");
  });

  it("strips proclitics from the first word only", () => {
    const t = tokens("ولقوات سورية الديموقراطية مواقع");
    expect(index.matchAt(t, 0)).toMatchObject({ payloads: ["sdf"], viaStem: true });
  });

  it("matches a one-word phrase only as listed", () => {
    expect(index.matchAt(tokens("أسلحة روسية"), 1)).toBeNull();
    expect(index.lookup("روسيا")).toEqual(["russia"]);
  });

  it("stops a name at a comma", () => {
    expect(index.matchAt(tokens("تنظيم، الدولة"), 0)).toBeNull();
  });
});
