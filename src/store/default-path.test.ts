import { describe, expect, it } from "vitest";
import { defaultStorePath } from "./default-path.js";

describe("defaultStorePath", () => {
  it("honours ISNAD_DB", () => {
    expect(defaultStorePath({ ISNAD_DB: "/tmp/x.db" })).toBe("/tmp/x.db");
  });

  it("otherwise lives in the user's data folder (XDG on Linux)", () => {
    const path = defaultStorePath({ HOME: "/home/reader", XDG_DATA_HOME: "/data/reader" });
    expect(path.endsWith("isnad.db")).toBe(true);
    expect(path).toContain("isnad");
  });
});
