import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { claimMention } from "../../test/support/claim-mention.js";
import type { Quantity } from "../core/types.js";
import { analyzeBatch } from "../pipeline/analyze-batch.js";
import { periodOf } from "../stories/index.js";
import { contentWords } from "../text/index.js";
import { mentionSimilarity, mentionVectors, stateSimilarity } from "./align.js";
import { withConcepts } from "./concepts.js";
import { type DescribedMention, figureMismatches, findDiscrepancies } from "./discrepancies.js";
import { eventClasses } from "./frames.js";
import {
  alignMentions,
  conditionsContradict,
  figuresAgree,
  findConditions,
  headlineAssertsDenied,
  sameMeasure,
} from "./index.js";
import { type ClaimMention, claimMentions, opensNegated } from "./mentions.js";

const PAGES = fileURLToPath(new URL("../../test/fixtures/compare-pages/", import.meta.url));
const CROSSLANG = fileURLToPath(new URL("../../test/fixtures/compare-crosslang/", import.meta.url));

function figure(value: number, qualifier: Quantity["qualifier"]): Quantity {
  return {
    line: 1,
    start: 0,
    end: 1,
    text: String(value),
    value,
    qualifier,
    unit: "قتيل",
    category: "people-killed",
    rule: "t",
  };
}

describe("figures", () => {
  it("treats «at least 120» and 120 as consistent, 25 and «at least 30» as not", () => {
    expect(figuresAgree(figure(120, "at-least"), figure(120, "exact"))).toBe(true);
    expect(figuresAgree(figure(40, "more-than"), figure(45, "exact"))).toBe(true);
    expect(figuresAgree(figure(25, "exact"), figure(30, "at-least"))).toBe(false);
    expect(figuresAgree(figure(80, "more-than"), figure(80, "exact"))).toBe(false);
  });

  it("compares counts of things by their counted noun, in either language («180 محلاً», '250 shops')", () => {
    const count = (value: number, unit: string, category: Quantity["category"] = "other"): Quantity => ({
      ...figure(value, "exact"),
      unit,
      category,
    });
    expect(sameMeasure(count(180, "محل"), count(250, "shop"))).toBe(true);
    expect(sameMeasure(count(40_000_000, "درهم", "money"), count(25_000_000, "dirham", "money"))).toBe(true);
    expect(sameMeasure(count(180, "محل"), count(250, "house"))).toBe(false);
    expect(sameMeasure(count(40_000_000, "درهم", "money"), count(25_000_000, "dollar", "money"))).toBe(false);
  });

  it("gives one key to a counted noun's spellings and languages (counted-nouns.tsv): «كلم», «كيلومتر», km", () => {
    const count = (value: number, unit: string, category: Quantity["category"] = "other"): Quantity => ({
      ...figure(value, "exact"),
      unit,
      category,
    });
    expect(sameMeasure(count(60, "كلم", "distance"), count(40, "كيلومتر", "distance"))).toBe(true);
    expect(sameMeasure(count(60, "كلم", "distance"), count(40, "km", "distance"))).toBe(true);
    expect(sameMeasure(count(12, "قرية"), count(9, "village"))).toBe(true);
    expect(sameMeasure(count(3, "آلية", "vehicles"), count(4, "vehicle", "vehicles"))).toBe(true);
    // a metre is no kilometre, a village no town
    expect(sameMeasure(count(60, "متر", "distance"), count(40, "km", "distance"))).toBe(false);
    expect(sameMeasure(count(12, "قرية"), count(9, "town"))).toBe(false);
  });
});

describe("periods", () => {
  it("covers a day, a month or a year, so that «فبراير 2023» and 9 July 2024 are different events", () => {
    expect(periodOf("2024-07-09")).toEqual([19_913, 19_913]);
    const february = periodOf("2023-02")!;
    expect(february[1] - february[0]).toBe(27);
    expect(periodOf("2023")![1] - periodOf("2023")![0]).toBe(364);
    expect(periodOf(null)).toBeNull();
  });
});

describe("conditions", () => {
  it("finds the affirmed and the negated condition of the same matter and calls them contradictory", () => {
    const [yes] = findConditions("اتفاق يمنح عناصر التنظيم ممراً آمناً بشرط أن يتوجهوا باتجاه تدمر");
    const [no] = findConditions("اتفاق يمنح عناصر التنظيم ممراً آمناً شريطة عدم توجههم إلى منطقة تدمر");
    expect(yes?.negated).toBe(false);
    expect(no?.negated).toBe(true);
    expect(conditionsContradict(yes!, no!)).toBe(true);
  });

  it("meets a condition in the other script by the consonants of the place it names", () => {
    const [yes] = findConditions("على أن يتوجهوا إلى معسكر الشرفات جنوب البلدة");
    const [no] = findConditions("on condition that they do not head to the Shurfat camp");
    expect(conditionsContradict(yes!, no!)).toBe(true);
    const [elsewhere] = findConditions("on condition that they do not head to the Bir Hamra barracks");
    expect(conditionsContradict(yes!, elsewhere!)).toBe(false);
  });

  it("does not oppose conditions on different matters, nor two affirmed ones", () => {
    const [a] = findConditions("on condition that they hand over the crossing");
    const [b] = findConditions("without any condition, provided that the prisoners are released");
    const [c] = findConditions("provided that they hand over the crossing");
    expect(conditionsContradict(a!, b!)).toBe(false);
    expect(conditionsContradict(a!, c!)).toBe(false);
  });

  it("reads «لن يفتح إلا بشرط …» (only on condition) as affirmed, and a refusal of any condition as blanket", () => {
    const [only] = findConditions("وقال إن المعبر «لن يفتح إلا بشرط أن يتلقى ضمانات واضحة»");
    expect(only).toMatchObject({ negated: false });
    const [none] = findConditions("وقال إن المعبر سيفتح «من دون أي شروط»، مشيراً إلى اتصالات جارية");
    expect(none).toMatchObject({ negated: true, blanket: true });
    const [quoted] = findConditions('the men were released "without any condition" and were in good health');
    expect(quoted).toMatchObject({ negated: true, blanket: true });
    // a blanket refusal names no matter: it contradicts an affirmed condition only of the same proposition
    expect(conditionsContradict(only!, none!)).toBe(false);
    expect(conditionsContradict(only!, none!, true)).toBe(true);
    expect(conditionsContradict(none!, quoted!, true)).toBe(false);
  });
});

describe("negative statements and event classes", () => {
  it("reads a negation at the head of reported content, not a figure's «ما لا يقل»", () => {
    expect(opensNegated("أن اللواء «لم يطلق قذيفة واحدة على السوق»")).toBe(true);
    expect(opensNegated('"There is no agreement. We signed nothing,"')).toBe(true);
    expect(opensNegated("قتل ما لا يقل عن 30 شخصاً")).toBe(false);
    // «لا يزال» (still) and «لا سيما» (especially) negate nothing; «لم يعد» (no longer) does
    expect(opensNegated("إن البحث لا يزال جاريا عن 15 مفقودا")).toBe(false);
    expect(opensNegated("أن المنطقة لا سيما أحياءها الشرقية تعرضت للقصف")).toBe(false);
    expect(opensNegated("إن البحث لم يعد جاريا")).toBe(true);
    expect(opensNegated("موسكو لن تسمح بتطبيق هذا الاتفاق")).toBe(false);
  });

  it("classes a line by the actions it reports, whatever their inflection", () => {
    const classes = eventClasses(
      new Set(contentWords("غارات استهدفت رتلاً خرج من المدينة باتفاق مع الأكراد")),
    );
    expect(classes).toEqual(expect.arrayContaining(["strike", "agreement"]));
    expect(eventClasses(new Set(contentWords("افتتاح مستشفى جديد")))).toEqual(["other"]);
  });
});

/** The story holding `document` in an analysed folder, and its discrepancy pairs of one kind as «a b». */
async function storyOf(folder: string, document: string) {
  const result = await analyzeBatch({ paths: [folder], toolVersion: "test" });
  const story = result.stories.find((s) => s.documents.includes(document))!;
  const pairs = (kind: string) =>
    story.discrepancies
      .filter((d) => d.kind === kind)
      .map((d) =>
        d.between
          .map((b) => `${b.document}:${b.line}`)
          .sort()
          .join(" "),
      );
  return { result, story, pairs };
}

describe("compareStory on invented pages", async () => {
  const { result, story, pairs: between } = await storyOf(PAGES, "01_sahil");

  it("lists the most alike pair first: the condition each page gives, before pairs that only share a claim", () => {
    expect(story.discrepancies[0]!.between.map((b) => `${b.document}:${b.line}`).sort()).toEqual([
      "01_sahil:6",
      "02_nabd:8",
    ]);
  });

  it("puts the two reports of the crossing in one story and the hospital page in another", () => {
    expect([...story.documents].sort()).toEqual(["01_sahil", "02_nabd"]);
    expect(result.stories).toHaveLength(2);
  });

  it("aligns the agreement across outlets and links the denial to it", () => {
    const agreement = story.claims.find((c) =>
      c.mentions.some((m) => m.document === "01_sahil" && m.line === 6),
    )!;
    expect(agreement.mentions.some((m) => m.document === "02_nabd")).toBe(true);
    const denial = story.claims.find((c) => c.negates === agreement.id)!;
    expect(denial.mentions).toContainEqual(
      expect.objectContaining({ document: "02_nabd", line: 6, stance: "denies" }),
    );
    expect(between("contradiction")).toContain("01_sahil:6 02_nabd:6");
  });

  it("finds the affirmed versus negated condition with a one-sentence explanation", () => {
    const condition = story.discrepancies.find((d) => d.description.startsWith("The condition differs"));
    expect(condition?.between.map((b) => `${b.document}:${b.line}`).sort()).toEqual([
      "01_sahil:6",
      "02_nabd:8",
    ]);
  });

  it("flags no figure pair: «at least 120» agrees with 120, and 14 killed on 30 May is another event", () => {
    expect(between("figure-mismatch")).toEqual([]);
  });

  it("gives a timeline in date order and a per-outlet view", () => {
    const dates = story.timeline.map((t) => t.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toContain("2024-06-02");
    expect(story.outlets.map((o) => o.document).sort()).toEqual(["01_sahil", "02_nabd"]);
  });
});

describe("compareStory across languages (test/fixtures/compare-crosslang)", async () => {
  const { story, pairs } = await storyOf(CROSSLANG, "01_wadi");
  const claimsOf = (document: string, line: number) =>
    story.claims.filter((c) => c.mentions.some((m) => m.document === document && m.line === line));

  it("puts the Arabic and English reports of the escape in one story and one claim", () => {
    expect([...story.documents].sort()).toEqual(["01_wadi", "02_courier", "03_sawt"]);
    const escapeClaims = claimsOf("01_wadi", 6).map((c) => c.id);
    expect(claimsOf("02_courier", 6).some((c) => escapeClaims.includes(c.id))).toBe(true);
  });

  it("links the English denial to the Arabic accusation it denies, and to nothing else", () => {
    const accusation = claimsOf("01_wadi", 8)[0]!;
    const denial = story.claims.find((c) => c.negates === accusation.id)!;
    expect(denial.mentions).toContainEqual(expect.objectContaining({ document: "02_courier", line: 8 }));
    expect(pairs("contradiction")).toEqual(["01_wadi:8 02_courier:8"]);
  });

  it("flags rival counts of one day's event, not a part of it, nor a later larger toll", () => {
    const figures = pairs("figure-mismatch");
    // 3 injured guards (Arabic) vs 5 (English), both on Monday
    expect(figures).toContain("01_wadi:10 02_courier:10");
    // 16 escaped vs 19
    expect(figures).toContain("01_wadi:6 03_sawt:8");
    // «سبعة من السجناء الفارين» are seven of the escapees, not a rival count
    expect(figures.filter((p) => p.includes("03_sawt:6") || p.includes("03_sawt:4"))).toEqual([]);
    // five injured reported the next day updates Monday's three
    expect(figures).not.toContain("01_wadi:10 03_sawt:10");
    // one discrepancy per pair, however many claims share it
    expect(new Set(figures).size).toBe(figures.length);
  });
});

describe("findDiscrepancies", () => {
  const mention = (line: number, stance: "asserts" | "denies"): ClaimMention =>
    claimMention({
      line,
      stance,
      text: "نفى صاحب المحطة أن يكون قد خزن وقوداً مهرباً، مؤكداً أن المحطة مرخصة",
      words: new Map([["خزن", 1]]),
      context: new Map([["خزن", 1]]),
      lineWords: new Set(["خزن"]),
    });

  it("takes a later, smaller count that says it has fallen for an update, not a rival figure", () => {
    const missing = (value: number): Quantity => ({
      ...figure(value, "exact"),
      category: "people",
      unit: "person",
    });
    const report = (document: string, published: number, text: string, value: number): DescribedMention => ({
      mention: { ...mention(8, "asserts"), document, published, text, figures: [missing(value)] },
      who: document,
    });
    const sunday = report("p1", 20_000, "ولا يزال ثمانية أشخاص في عداد المفقودين", 8);
    const fell = report("p2", 20_001, "Three people are still missing, down from eight on Sunday.", 3);
    const plain = report("p2", 20_001, "Three people are still missing.", 3);
    expect(figureMismatches(sunday, fell, () => 1, 0)).toEqual([]);
    expect(figureMismatches(sunday, plain, () => 1, 0)).toHaveLength(1);
  });

  it("reads a headline that states in its own voice the phrase a denial opens with as what is denied", () => {
    const headline = claimMention({
      document: "p1",
      role: "title",
      voice: "outlet",
      text: "قوات الأمن تطلق الرصاص الحي على المحتجين أمام مصفاة الشمال",
    });
    const denial = (content: string) =>
      claimMention({
        document: "p2",
        stance: "denies",
        text: `ونفى المتحدث ${content}`,
        reported: [content],
      });
    expect(headlineAssertsDenied(headline, denial("استخدام الرصاص الحي في تفريق الاعتصام"))).toBe(true);
    // a phrase far into what is denied is its setting, not its object
    expect(
      headlineAssertsDenied(
        headline,
        denial("أن يكون سكان الحي قد تلقوا أي إنذار قبل أن تطلق قوات الأمن الرصاص الحي"),
      ),
    ).toBe(false);
    // an attributed line is no headline in the outlet's voice
    expect(
      headlineAssertsDenied({ ...headline, voice: "attributed" }, denial("استخدام الرصاص الحي في التفريق")),
    ).toBe(false);
  });

  it("compares reports worded apart when they give one measure for the same day", () => {
    const report = (document: string, days: number[], value: number): DescribedMention => ({
      mention: {
        ...mention(8, "asserts"),
        document,
        days,
        text: "مقتل معتصمين",
        figures: [figure(value, "exact")],
      },
      who: document,
    });
    const three = report("p1", [20_000], 3);
    const five = report("p2", [20_000], 5);
    const undated = report("p2", [], 5);
    // likeness 0.06: below what two reports need, enough for two that name the same day
    expect(figureMismatches(three, five, () => 0.06, 0.08)).toHaveLength(1);
    expect(figureMismatches(three, undated, () => 0.06, 0.08)).toEqual([]);
  });

  it("compares a larger toll printed a day later by the day it was given, not the day it was printed", () => {
    const report = (document: string, published: number, statedDays: number[], value: number) => ({
      mention: {
        ...mention(8, "asserts"),
        document,
        published,
        statedDays,
        text: "مقتل معتصمين",
        figures: [figure(value, "exact")],
      },
      who: document,
    });
    const sunday = report("p1", 20_000, [], 3);
    // «وكانت التنسيقية قد أعلنت مساء أمس الأحد مقتل خمسة», on Monday's page: Sunday's rival count
    const givenSunday = report("p2", 20_001, [20_000], 5);
    // the same figure given on Monday: a later count, which tolls allow for
    const givenMonday = report("p2", 20_001, [], 5);
    expect(figureMismatches(sunday, givenSunday, () => 1, 0)).toHaveLength(1);
    expect(figureMismatches(sunday, givenMonday, () => 1, 0)).toEqual([]);
  });

  it("takes a later, larger toll that disputes an earlier one for a rival figure, not an update", () => {
    const report = (document: string, published: number, text: string, value: number): DescribedMention => ({
      mention: { ...mention(8, "asserts"), document, published, text, figures: [figure(value, "exact")] },
      who: document,
    });
    const army = report("p1", 20_000, "أعلن الجيش مقتل ستة من جنوده في الهجوم", 6);
    const update = report("p2", 20_001, "ارتفعت حصيلة قتلى الهجوم إلى 23 جندياً", 23);
    const rival = report(
      "p2",
      20_001,
      "قال النائب إن 23 جندياً قتلوا في الهجوم، معتبراً أن الأرقام التي أعلنها الجيش بعيدة عن الواقع",
      23,
    );
    expect(figureMismatches(army, update, () => 1, 0)).toEqual([]);
    expect(figureMismatches(army, rival, () => 1, 0)).toHaveLength(1);
    // a report that disputes a count is compared even when it shares few words with the other
    const english = report(
      "p3",
      20_000,
      "At least 20 soldiers were killed, a far heavier toll than the army's.",
      20,
    );
    expect(figureMismatches(army, english, () => 0.06, 0.15)).toHaveLength(1);
    expect(
      figureMismatches(
        army,
        { ...english, mention: { ...english.mention, text: "20 soldiers were killed." } },
        () => 0.06,
        0.15,
      ),
    ).toEqual([]);
  });

  it("takes the state of things on two pages' own days for two moments of the story, not rivals", () => {
    const report = (document: string, day: number, value: number, days = [day]): DescribedMention => ({
      mention: {
        ...mention(8, "asserts"),
        document,
        published: day,
        days,
        text: `قال إن البحث جار عن ${value} مفقودا`,
        figures: [{ ...figure(value, "exact"), unit: "مفقود", category: "people" }],
      },
      who: document,
    });
    // Monday's page on Monday's missing, Tuesday's page on Tuesday's: the search went on between
    expect(figureMismatches(report("p1", 20_000, 15), report("p2", 20_001, 9), () => 1, 0)).toEqual([]);
    // Tuesday's page on Monday (yesterday) against Monday's page on Monday: one moment, two counts
    expect(
      figureMismatches(report("p1", 20_000, 15), report("p2", 20_001, 9, [20_000]), () => 1, 0),
    ).toHaveLength(1);
  });

  it("judges two reports of a thing's state alike on their concepts too, where their wording differs", () => {
    const report = (document: string, text: string): ClaimMention => {
      const words = new Map<string, number>();
      for (const w of withConcepts(contentWords(text))) words.set(w, (words.get(w) ?? 0) + 1);
      return { ...mention(8, "asserts"), document, text, words, context: words };
    };
    const licensed = report("a", "المبنى مرخّص بالكامل منذ بنائه");
    const unlicensed = report("b", "الطابق الرابع أضيف من دون أي ترخيص");
    const market = report("c", "افتتاح سوق جديد للخضار في وسط المدينة");
    const v = mentionVectors([licensed, unlicensed, market]);
    expect(mentionSimilarity(licensed, v[0]!, unlicensed, v[1]!)).toBe(0);
    expect(stateSimilarity(licensed, v[0]!, unlicensed, v[1]!)).toBeGreaterThan(0.1);
    expect(stateSimilarity(licensed, v[0]!, market, v[2]!)).toBe(0);
  });

  it("lets a report naming no listed action join the claim it is like, and keeps an unlike one apart", () => {
    const report = (document: string, text: string): ClaimMention => {
      const words = new Map(contentWords(text).map((w) => [w, 1]));
      return {
        ...mention(8, "asserts"),
        document,
        text,
        words,
        context: words,
        lineWords: new Set(words.keys()),
      };
    };
    const reports = [
      report("a", "أكثر من 600 مصاب بالتسمم راجعوا مستشفيات قضاء الرميثة منذ عصر أمس"),
      report("b", "ارتفع عدد المصابين بالتسمم في مستشفيات قضاء الرميثة إلى 600"),
      report("c", "استقبلت مستشفيات قضاء الرميثة حتى ظهر اليوم 412 حالة تسمم"),
      report("d", "افتتاح معرض الكتاب الدولي في العاصمة بمشاركة مئتي دار نشر"),
    ];
    const classes = reports.map((r) => eventClasses(r.lineWords));
    expect(classes[2]).toEqual(["other"]);
    expect(classes[0]).not.toEqual(["other"]);
    const groups = alignMentions(reports, classes).map((g) => g.map((i) => reports[i]!.document).sort());
    expect(groups).toContainEqual(["a", "b", "c"]);
    expect(groups).toContainEqual(["d"]);
  });

  it("never sets a line against itself, whoever each half is given to", () => {
    const found = findDiscrepancies(
      [
        { mention: mention(12, "asserts"), who: "قناة الوادي" },
        { mention: mention(12, "denies"), who: "صاحب المحطة" },
        { mention: mention(10, "asserts"), who: "مصدر أمني" },
      ],
      "the station stored smuggled fuel",
      () => 1,
    );
    expect(found.map((d) => d.between.map((b) => b.line).sort())).toEqual([[10, 12]]);
  });

  it("does not set a denier's own account on the same page against the denial", () => {
    const by = (line: number, stance: "asserts" | "denies", source: string, document = "p1") => ({
      mention: { ...mention(line, stance), document, sources: [source] },
      who: source,
    });
    const found = findDiscrepancies(
      [by(19, "denies", "a-mayor"), by(21, "asserts", "a-mayor"), by(19, "asserts", "a-resident", "p2")],
      "residents filed a complaint",
      () => 1,
    );
    expect(found.map((d) => d.between.map((b) => `${b.document}:${b.line}`).sort())).toEqual([
      ["p1:19", "p2:19"],
    ]);
  });
});

describe("claimMentions", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("gives each long sentence of a line in the outlet's own voice a mention of its own", async () => {
    const dir = mkdtempSync(join(tmpdir(), "isnad-mentions-"));
    dirs.push(dir);
    const twoSentences =
      "انهار مبنى سكني من أربعة طوابق في حي النخيل فجر الثلاثاء. وقررت البلدية صرف تعويضات عاجلة للأسر المتضررة.";
    const oneSentence = "وتواصل فرق الدفاع المدني البحث تحت الأنقاض عن مفقودين محتملين في الحي.";
    const short = "انهار المبنى فجراً. لا ضحايا.";
    writeFileSync(
      join(dir, "p1.txt"),
      `موقع الساحل\n\nانهيار مبنى سكني في حي النخيل\n\n${twoSentences}\n\n${oneSentence}\n\n${short}\n`,
    );
    const result = await analyzeBatch({ paths: [dir], toolVersion: "test" });
    const [document] = result.documents;
    const mentions = claimMentions(document!, result.extractions[0]!);
    const onLine = (text: string) => {
      const line = document!.lines.find((l) => l.text === text)!;
      return mentions.filter((m) => m.line === line.n);
    };
    const split = onLine(twoSentences);
    expect(split).toHaveLength(2);
    const [municipality] = contentWords("البلدية");
    expect(split[0]!.words.has(municipality!)).toBe(false);
    expect(split[1]!.words.has(municipality!)).toBe(true);
    expect(onLine(oneSentence)).toHaveLength(1);
    // a sentence too short to state a proposition stays with the line
    expect(onLine(short)).toHaveLength(1);
  });
});
