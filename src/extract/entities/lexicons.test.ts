import { describe, expect, it } from "vitest";
import { readLexiconRows } from "../../core/lexicon.js";
import { entityLexicons } from "./lexicons.js";
import { phraseWords } from "./name-keys.js";

/** Files of the entity stage, with the columns that make an entry unique. */
const FILES: [string, number][] = [
  ["lexicons/ar/entity-titles.tsv", 1],
  ["lexicons/en/entity-titles.tsv", 1],
  ["lexicons/ar/org-heads.tsv", 4], // a head may have two modes («وحدات»: construct and part)
  ["lexicons/en/org-heads.tsv", 1],
  ["lexicons/ar/place-heads.tsv", 3],
  ["lexicons/en/place-heads.tsv", 1],
  ["lexicons/ar/role-references.tsv", 1],
  ["lexicons/en/role-references.tsv", 1],
  ["lexicons/ar/judgement-labels.tsv", 1],
  ["lexicons/en/judgement-labels.tsv", 1],
  ["lexicons/ar/given-names.txt", 1],
  ["lexicons/en/given-names.txt", 1],
  ["lexicons/ar/name-blockers.txt", 1],
  ["lexicons/en/name-blockers.txt", 1],
  ["lexicons/ar/name-cues.txt", 1],
  ["lexicons/en/name-cues.txt", 1],
  ["lexicons/ar/ambiguous-names.tsv", 2],
  ["lexicons/ar/locative-words.txt", 1],
  ["lexicons/en/name-translations.tsv", 1],
];

describe("entity lexicons", () => {
  it.each(FILES)("%s has no entry twice after normalisation", (file, columns) => {
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const row of readLexiconRows(file)) {
      const key = [phraseWords(row[0] ?? "").join(" "), ...row.slice(1, columns)].join("\t");
      if (seen.has(key)) twice.push(row[0] ?? "");
      seen.add(key);
    }
    expect(twice).toEqual([]);
  });

  it("loads into indexes with their entries", () => {
    const lex = entityLexicons();
    expect(lex.arTitles.lookup("الناطق الرسمي باسم")).toEqual(["spokesperson"]);
    expect(lex.arTitles.lookup("اللواء")).toEqual(["rank"]);
    expect(
      lex.arOrgHeads
        .lookup("وحدات")
        .map((h) => h.mode)
        .sort(),
    ).toEqual(["construct", "part"]);
    expect(lex.arPlaceHeads.lookup("نهر")[0]).toEqual({ type: "LOC", mode: "keep" });
    expect(lex.arRoles.lookup("الوزارة")[0]).toMatchObject({ mode: "head", targets: ["وزاره"] });
    expect(lex.arJudgement.lookup("الإرهابي")[0]).toEqual({ label: "terrorist", position: "after" });
    expect(lex.enJudgement.lookup("so-called")[0]).toEqual({ label: "so-called", position: "before" });
    expect(lex.givenNames.has("سيرغي")).toBe(true);
    expect(lex.givenNames.has("فراس")).toBe(true);
    expect(lex.nameBlockers.has("اوعز")).toBe(true);
    expect(lex.enOrgHeads.get("observatory")?.type).toBe("ORG");
  });
});
