import { describe, expect, it } from "vitest";
import { splitLines } from "./split-lines.js";

describe("splitLines", () => {
  it("treats \\r\\n, \\n and a lone \\r each as one terminator", () => {
    const text = "one\r\ntwo\nthree\rfour";
    expect(splitLines(text)).toEqual([
      { n: 1, start: 0, end: 3 },
      { n: 2, start: 5, end: 8 },
      { n: 3, start: 9, end: 14 },
      { n: 4, start: 15, end: 19 },
    ]);
  });

  it("lists blank lines and the empty line after a final terminator", () => {
    expect(splitLines("a\n\nb\n").map((line) => [line.n, line.start, line.end])).toEqual([
      [1, 0, 1],
      [2, 2, 2],
      [3, 3, 4],
      [4, 5, 5],
    ]);
    expect(splitLines("")).toEqual([{ n: 1, start: 0, end: 0 }]);
    expect(splitLines("\r\n")).toHaveLength(2);
    expect(splitLines("\n\r")).toHaveLength(3);
  });

  it("agrees with text.split(/\\r\\n|\\n|\\r/) on line count and content", () => {
    // "The agency reported / two dead" with mixed terminators, as in pages pasted between systems.
    const samples = ["ذكرت الوكالة\r\nمقتل شخصين\n\nوإصابة ثلاثة\r", "x\r\r\ny\n\r\nz", "no terminator"];
    for (const text of samples) {
      const parts = text.split(/\r\n|\n|\r/);
      const lines = splitLines(text);
      expect(lines).toHaveLength(parts.length);
      expect(lines.map((line) => text.slice(line.start, line.end))).toEqual(parts);
    }
  });
});
