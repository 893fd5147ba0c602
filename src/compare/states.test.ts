// Opposed states (states.ts, data/lexicons/{ar,en}/opposed-states.tsv): reading a state and its pole
// through negation and denial, and flagging two reports that give one thing opposite poles.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readLexiconRows } from "../core/lexicon.js";
import { analyzeBatch } from "../pipeline/analyze-batch.js";
import { lightStem, normalizeArabic, stripClitics } from "../text/index.js";
import { findStates, isStoryWide, opposedReadings, statePoles } from "./states.js";

const FIXTURE = fileURLToPath(new URL("../../test/fixtures/compare-states/", import.meta.url));

const poleOf = (text: string, state: string, denied = false) =>
  findStates(text, denied)
    .filter((r) => r.state === state)
    .map((r) => r.pole);

describe("data/lexicons/{ar,en}/opposed-states.tsv", () => {
  const rows = ["ar", "en"].flatMap((lang) => readLexiconRows(`lexicons/${lang}/opposed-states.tsv`));

  it("gives every state exactly two poles, and every row a known kind", () => {
    for (const [state, poles] of statePoles()) expect(poles, state).toHaveLength(2);
    for (const [kind] of rows) expect(kind, kind).toMatch(/^([a-z-]+\/[a-z-]+|negator|filler|story-wide)$/u);
    for (const [kind, state] of rows) if (kind === "story-wide") expect(statePoles().has(state!)).toBe(true);
  });

  it("never puts one form (as the stemmer reads it) in both poles of a state", () => {
    const key = (phrase: string) =>
      phrase
        .split(/\s+/u)
        .map((w) => lightStem(stripClitics(normalizeArabic(w).toLowerCase(), { article: true }).stem))
        .join(" ");
    const poleByForm = new Map<string, string>();
    const clashes: string[] = [];
    for (const [kind, phrase] of rows) {
      if (!kind?.includes("/") || !phrase) continue;
      const [state] = kind.split("/");
      const at = `${state}|${key(phrase)}`;
      const held = poleByForm.get(at);
      if (held && held !== kind) clashes.push(`${phrase}: ${held} and ${kind}`);
      poleByForm.set(at, kind);
    }
    expect(clashes).toEqual([]);
  });
});

describe("findStates", () => {
  it("reads a pole form as written, in either language", () => {
    expect(poleOf("قال إن المضخات متوقفة منذ أيام", "operation")).toEqual(["stopped"]);
    expect(poleOf("the pumps had been running normally all week", "operation")).toEqual(["running"]);
    expect(poleOf("يعمل بترخيص ساري المفعول", "validity")).toContain("valid");
    // a road closed by a verb, against one that stayed open
    expect(poleOf("وأغلقت القوات الأمنية الطريق الدولي بين المدينتين", "access")).toEqual(["closed"]);
    expect(poleOf("the main highway remained open to traffic on Tuesday", "access")).toEqual(["open"]);
  });

  it("turns a negated form to the other pole, within its clause only", () => {
    expect(poleOf("الحافلة لم تكن تحمل شهادة فحص فني سارية", "validity")).toEqual(["invalid"]);
    expect(poleOf("«لم تُسجَّل أي حالة وفاة حتى الآن»", "life")).toEqual(["alive"]);
    expect(poleOf("the weather was clear, ruling out rain as a factor", "surface")).toEqual(["dry", "dry"]);
    // «من دون» is one negation, not «من دون» and «دون» (which would cancel out)
    expect(poleOf("ظلت المضخات من دون أن تعمل طوال الأسبوع", "operation")).toEqual(["stopped"]);
    // a form that begins inside a negator («من دون ترخيص»: the form «دون ترخيص») is not negated by it
    expect(poleOf("المحطة تعمل من دون ترخيص منذ عامين", "validity")).toEqual(["invalid"]);
    // the negation belongs to the first clause; the pumps are stopped
    expect(poleOf("لم يصل الفريق الفني، والمضخات متوقفة", "operation")).toEqual(["stopped"]);
  });

  it("turns what a source denies to the other pole, and marks the reading negated", () => {
    const [reading] = findStates("المضخات متوقفة عن العمل", true);
    expect(reading).toMatchObject({ state: "operation", pole: "running", negated: true });
  });

  it("sets two lists against each other only on one state's two poles, never a list that holds both", () => {
    const stopped = findStates("المضخات متوقفة");
    const running = findStates("the pumps are running");
    expect(opposedReadings(stopped, running)?.map((r) => r.pole)).toEqual(["stopped", "running"]);
    expect(opposedReadings(stopped, findStates("المضخات متوقفة منذ أمس"))).toBeNull();
    const both = findStates("الخط الأول يعمل، والمضخة الثانية متوقفة");
    expect(opposedReadings(both, running)).toBeNull();
    expect(isStoryWide("surface")).toBe(true);
    expect(isStoryWide("operation")).toBe(false);
  });
});

describe("opposed states in a story (test/fixtures/compare-states)", async () => {
  const result = await analyzeBatch({ paths: [FIXTURE], toolVersion: "test" });
  const story = result.stories.find((s) => s.documents.includes("01_janoub"))!;
  const pairs = story.discrepancies.map((d) =>
    d.between
      .map((b) => `${b.document}:${b.line}`)
      .sort()
      .join(" "),
  );

  it("sets the mayor's stopped pumps against the director's running ones, across languages", () => {
    expect(story.documents).toEqual(expect.arrayContaining(["01_janoub", "02_herald", "03_sahel"]));
    expect(pairs).toContain("01_janoub:6 02_herald:6");
    const d = story.discrepancies.find((x) => x.description.startsWith("Opposite states (operation)"))!;
    expect(d.description).toMatch(/stopped/u);
    expect(d.description).toMatch(/running/u);
  });

  it("sets an expired licence against a valid one", () => {
    expect(pairs).toContain("01_janoub:10 02_herald:8");
  });

  it("takes residents' «no water» for what it is: no denial of the water cut", () => {
    expect(pairs.filter((p) => p.includes("02_herald:10") || p.includes("03_sahel:8"))).toEqual([]);
    expect(pairs.filter((p) => p.includes("01_janoub:8"))).toEqual([]);
  });
});
