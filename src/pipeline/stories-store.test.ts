// Stories across runs: a store keeps where each document was placed, so a later run's document joins a
// story an earlier run opened, and re-running the same inputs changes nothing.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { openSqliteStore } from "../store/index.js";
import { analyzeBatch, lineMatchKey } from "./analyze-batch.js";

const page = (name: string) =>
  fileURLToPath(new URL(`../../test/fixtures/compare-pages/${name}`, import.meta.url));

describe("stories in the store", () => {
  it("lets a later document join a stored story, and is idempotent on re-runs", async () => {
    const store = openSqliteStore(":memory:", lineMatchKey);
    try {
      const first = await analyzeBatch({
        paths: [page("01_sahil.txt"), page("03_other.txt")],
        store,
        toolVersion: "t",
      });
      expect(first.stories).toHaveLength(2);
      const crossing = first.stories.find((s) => s.documents.includes("01_sahil"))!;
      expect(store.loadStoryMembers()).toHaveLength(2);

      const second = await analyzeBatch({ paths: [page("02_nabd.txt")], store, toolVersion: "t" });
      expect(second.stories).toHaveLength(1);
      expect(second.stories[0]!.key).toBe(crossing.key);
      expect(second.stories[0]!.earlier).toBe(1);
      expect(store.loadStoryMembers()).toHaveLength(3);

      const again = await analyzeBatch({
        paths: [page("01_sahil.txt"), page("02_nabd.txt"), page("03_other.txt")],
        store,
        toolVersion: "t",
      });
      expect(store.loadStoryMembers()).toHaveLength(3);
      const rejoined = again.stories.find((s) => s.documents.includes("01_sahil"))!;
      expect(rejoined.key).toBe(crossing.key);
      expect([...rejoined.documents].sort()).toEqual(["01_sahil", "02_nabd"]);
      expect(rejoined.earlier).toBe(0);
    } finally {
      store.close();
    }
  });
});
