import { describe, expect, it } from "vitest";
import { BoundedMap } from "./bounded-map.js";

describe("BoundedMap", () => {
  it("drops the least recently used entry past its cap", () => {
    const map = new BoundedMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1);
    map.set("c", 3);
    expect(map.size).toBe(2);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
  });

  it("keeps entries that may not be evicted, even past the cap", () => {
    const map = new BoundedMap<string, { busy: boolean }>(1, (value) => !value.busy);
    map.set("busy", { busy: true });
    map.set("idle", { busy: false });
    map.set("new", { busy: false });
    expect(map.get("busy")).toEqual({ busy: true });
    expect(map.get("idle")).toBeUndefined();
    expect(map.get("new")).toEqual({ busy: false });
  });
});
