// The gazetteer: the shipped files validate, every kind of problem is caught in a broken in-memory sample,
// and real entries carry the names and links the recognition stage relies on.
import { describe, expect, it } from "vitest";
import {
  buildGazetteer,
  checkGazetteer,
  entryNames,
  GAZETTEER_FILES,
  type GazetteerProblem,
  gazetteerKey,
  loadGazetteer,
  parseRows,
  validateGazetteer,
} from "./gazetteer.js";

/** Validate TSV text passed in, one string per file, without touching data/. */
function check(files: Record<string, string>, shared = "", ambiguous = ""): GazetteerProblem[] {
  return checkGazetteer({
    files: Object.entries(files).map(([file, text]) => ({ file, rows: parseRows(text) })),
    shared: { file: "shared-names.tsv", rows: parseRows(shared) },
    ambiguous: { file: "ambiguous.tsv", rows: parseRows(ambiguous) },
  });
}

const row = (...fields: string[]) => fields.join("\t");

describe("the shipped gazetteer", () => {
  it("validates with zero problems", () => {
    expect(validateGazetteer()).toEqual([]);
  });

  it("has every category file, each of a reasonable size", () => {
    const g = loadGazetteer();
    const count = (file: string) => g.entries.filter((e) => e.file === file).length;
    expect(GAZETTEER_FILES.map(count).every((n) => n > 50)).toBe(true);
    expect(count("countries.tsv")).toBeGreaterThanOrEqual(195);
    expect(count("capitals.tsv")).toBeGreaterThanOrEqual(185);
    expect(count("people.tsv")).toBeGreaterThanOrEqual(150);
    expect(loadGazetteer()).toBe(g); // read once
  });

  it("keeps each category in its file", () => {
    const g = loadGazetteer();
    const kindsIn = (file: string) => new Set(g.entries.filter((e) => e.file === file).map((e) => e.kind));
    expect(kindsIn("countries.tsv")).toEqual(new Set(["country"]));
    expect(kindsIn("capitals.tsv")).toEqual(new Set(["capital"]));
    expect(kindsIn("people.tsv")).toEqual(new Set(["person"]));
    for (const capital of g.entries.filter((e) => e.kind === "capital")) {
      expect(g.byId(capital.parent ?? "")?.kind, capital.id).toBe("country");
    }
  });
});

describe("real entries", () => {
  const g = loadGazetteer();
  const names = (id: string) => entryNames(g.byId(id)!).map(gazetteerKey);
  const has = (id: string, name: string) => expect(names(id)).toContain(gazetteerKey(name));

  it("armed groups carry the names outlets use", () => {
    for (const name of ["قسد", "قوات سوريا الديمقراطية", "قوات سورية الديموقراطية", "SDF"]) has("sdf", name);
    for (const name of ["داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "ISIL"]) has("isis", name);
    has("ypg", "وحدات حماية الشعب");
    has("houthis", "أنصار الله");
    has("houthis", "الحوثيين");
    has("rsf", "الدعم السريع");
    has("hts", "هيئة تحرير الشام");
    has("nusra", "جبهة النصرة");
  });

  it("state bodies, places and people are linked by parent", () => {
    expect(g.byId("ru-mod")?.parent).toBe("russia");
    expect(g.byId("raqqa")?.parent).toBe("syria");
    expect(g.byId("ypg")?.parent).toBe("sdf");
    expect(g.byId("qassam-brigades")?.parent).toBe("hamas");
    expect(g.byId("lavrov")?.parent).toBe("ru-mfa");
    has("ru-mod", "وزارة الدفاع الروسي");
    has("ru-mod", "وزارة الدفاع الروسية");
    has("pentagon", "البنتاغون");
    has("pentagon", "وزارة الدفاع الأمريكية");
    has("us-coalition", "التحالف الدولي بقيادة واشنطن");
    has("lavrov", "لافروف");
    has("zakharova", "زاخروفا");
    has("qamishli", "قامشلو");
    has("euphrates", "نهر الفرات");
    has("syria", "سورية");
    has("usa", "أميركا");
  });

  it("does not merge distinct actors", () => {
    expect(g.byName("الأكراد")).toEqual([]); // the Kurds are a people, not the SDF
    expect(g.ambiguous.find((a) => a.name === "الأكراد")?.ids).toContain("sdf");
    expect(g.byName("وزارة الخارجية الروسية").map((e) => e.id)).toEqual(["ru-mfa"]);
    expect(g.byName("الجيش السوري").map((e) => e.id)).toEqual(["syrian-army"]);
    expect(g.byName("الحكومة السورية").map((e) => e.id)).toEqual(["syrian-gov"]);
    expect(g.byId("syrian-army")?.parent).toBe("syrian-mod");
    expect(g.byName("جبهة النصرة").map((e) => e.id)).toEqual(["nusra"]);
  });

  it("finds names through the matching normalisation, and shared names give every candidate", () => {
    expect(g.byName("ادلب").map((e) => e.id)).toEqual(["idlib"]); // «إدلب» typed without hamza
    expect(g.byName("sdf").map((e) => e.id)).toEqual(["sdf"]);
    expect(g.byName("الجزائر").map((e) => e.id)).toEqual(["algeria", "algiers"]);
    expect(
      g
        .byName("طرابلس")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["tripoli-lebanon", "tripoli-libya"]);
    expect(g.shared.find((s) => s.name === "الميادين")?.ids).toEqual(["mayadin", "al-mayadeen"]);
  });
});

describe("validation of a broken sample", () => {
  const good = [
    row("syria", "GPE", "country", "Syria", "سوريا,سورية", "Syria"),
    row("raqqa", "GPE", "city", "Raqqa", "الرقة", "Raqqa", "", "syria"),
  ].join("\n");

  it("accepts a good sample", () => {
    expect(check({ "a.tsv": good })).toEqual([]);
  });

  it("reports each kind of problem with its file and line", () => {
    const broken = [
      "# a comment line",
      row("short", "GPE", "city"), // 2: too few columns
      row("x", "TOWN", "city", "X", "إكس", "X"), // 3: unknown type
      row("y", "GPE", "village", "Y", "واي", "Y"), // 4: unknown kind
      row("Bad_Id", "GPE", "city", "B", "بي", "B"), // 5: id not kebab-case
      row("z", "GPE", "city", "Z", "حلب,,حماة", "Z"), // 6: empty name
      row("w", "GPE", "city", "W", "زد", "", "ZZ"), // 7: no English name
      row("v", "GPE", "city", "V", "ـتدمر", "Assad’s"), // 8: tatweel, curly apostrophe
      row("u", "GPE", "city", "U", "Aleppo", "حلب"), // 9: scripts swapped
      row("t", "GPE", "city", "T", "تي", "T", "", "nowhere"), // 10: missing parent
      row("loop-a", "GPE", "city", "A", "اا", "A", "", "loop-b"), // 11: parent loop
      row("loop-b", "GPE", "city", "B", "بب", "B", "", "loop-a"), // 12
      row("s", "GPE", "city", "S", "سوريا", "Raqqa"), // 13: names of syria and raqqa
      row("q", "GPE", "city", "Q", "قو", "Q", "", "", "extra"), // 14: too many columns
    ].join("\n");
    const shared = [row("سورية", "syria,s", "stale: not a name of s"), row("غزة", "syria", "one id")].join(
      "\n",
    );
    const ambiguous = [row("الرقة", "raqqa", "an entry name"), row("الأكراد", "kurds", "no such id")].join(
      "\n",
    );
    const problems = check(
      { "a.tsv": good, "b.tsv": `${broken}\n${row("raqqa", "GPE", "city", "R", "ر", "R")}` },
      shared,
      ambiguous,
    );
    const at = (file: string, line: number) =>
      problems.filter((p) => p.file === file && p.line === line).map((p) => p.message);
    expect(at("b.tsv", 2).join()).toMatch(/expected 6 to 8 columns/);
    expect(at("b.tsv", 3).join()).toMatch(/unknown type «TOWN»/);
    expect(at("b.tsv", 4).join()).toMatch(/unknown kind «village» for GPE/);
    expect(at("b.tsv", 5).join()).toMatch(/not kebab-case/);
    expect(at("b.tsv", 6).join()).toMatch(/empty name in ar/);
    expect(at("b.tsv", 7).join()).toMatch(/no en name/);
    expect(at("b.tsv", 8)).toHaveLength(2);
    expect(at("b.tsv", 8).join()).toMatch(/character outside Arabic\/Latin/);
    expect(at("b.tsv", 9).join()).toMatch(
      /ar name «Aleppo» has no Arabic letter.*en name «حلب» has Arabic letters/,
    );
    expect(at("b.tsv", 10).join()).toMatch(/parent «nowhere» is not an id/);
    expect(at("b.tsv", 11).join()).toMatch(/loops through/);
    expect(at("b.tsv", 13).join()).toMatch(/«سوريا» is also a name of «syria» \(a\.tsv:1\)/);
    expect(at("b.tsv", 13).join()).toMatch(/«Raqqa» is also a name of «raqqa»/);
    expect(at("b.tsv", 14).join()).toMatch(/found 9/);
    expect(at("b.tsv", 15).join()).toMatch(/id «raqqa» is already used at a\.tsv:2/);
    expect(at("shared-names.tsv", 1).join()).toMatch(/«سورية» is not a name of «s»/);
    expect(at("shared-names.tsv", 2).join()).toMatch(/two or more ids/);
    expect(at("ambiguous.tsv", 1).join()).toMatch(/is a name of «raqqa»/);
    expect(at("ambiguous.tsv", 2).join()).toMatch(/«kurds» is not an id/);
  });

  it("allows a shared name only when shared-names.tsv lists both entries", () => {
    const files = {
      "a.tsv": [
        row("algeria", "GPE", "country", "Algeria", "الجزائر", "Algeria"),
        row("algiers", "GPE", "capital", "Algiers", "الجزائر,الجزائر العاصمة", "Algiers", "", "algeria"),
      ].join("\n"),
    };
    expect(check(files).map((p) => p.message)).toEqual([
      "name «الجزائر» is also a name of «algeria» (a.tsv:1); if both are meant, list it in shared-names.tsv",
    ]);
    expect(check(files, row("الجزائر", "algeria,algiers", "the state and its capital"))).toEqual([]);
  });
});

describe("buildGazetteer", () => {
  it("indexes ids and name keys; a repeated id keeps its first entry", () => {
    const text = [
      row("sdf", "ORG", "armed-group", "Syrian Democratic Forces", "قوات سوريا الديمقراطية", "SDF", "قسد"),
      row("sdf", "ORG", "armed-group", "Duplicate", "مكرر", "Duplicate"),
      row("broken", "ORG"),
    ].join("\n");
    const g = buildGazetteer({ files: [{ file: "x.tsv", rows: parseRows(text) }] });
    expect(g.entries.map((e) => e.id)).toEqual(["sdf"]);
    expect(g.byId("sdf")).toMatchObject({
      label: "Syrian Democratic Forces",
      aliases: ["قسد"],
      parent: null,
    });
    expect(g.byName("Sdf")[0]?.id).toBe("sdf");
    expect(g.byName("مكرر")).toEqual([]);
  });
});
