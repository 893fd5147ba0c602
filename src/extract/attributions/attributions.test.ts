// Reporting acts read through the whole pipeline (analyzeBatch, no store) on invented pages: who says
// what (speaker, actor, cue), through whom (via), asserting or denying (polarity), and how headlines
// frame what the body attributes. Each page is an outlet line, a headline, then body paragraphs.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Attribution, Document, Extraction } from "../../core/types.js";
import { type AnalysisResult, analyzeBatch } from "../../pipeline/analyze-batch.js";
import { mediaTest } from "../../resolve/attributions/index.js";
import { defaultEntityContext } from "../entities/index.js";
import { findReportingActs } from "./index.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes each page (its lines, one paragraph each) to a fresh folder and analyses the folder. */
async function analyze(...pages: (readonly string[])[]): Promise<AnalysisResult> {
  const dir = mkdtempSync(join(tmpdir(), "isnad-attributions-"));
  dirs.push(dir);
  pages.forEach((lines, i) => {
    writeFileSync(join(dir, `p${i + 1}.txt`), `${lines.join("\n\n")}\n`);
  });
  const result = await analyzeBatch({ paths: [dir], toolVersion: "test" });
  expect(result.documents).toHaveLength(pages.length);
  return result;
}

/** An Arabic page: a dateline naming the outlet, a headline, then the body. */
const arPage = (headline: string, body: readonly string[], outlet = "موقع الساحل – عدن") => [
  outlet,
  headline,
  ...body,
];

/** An English page: a masthead, a headline, a byline, then the body. */
const enPage = (headline: string, body: readonly string[]) => [
  "The Gulf Courier",
  headline,
  "By Sara Malik",
  ...body,
];

interface Page {
  readonly doc: Document;
  readonly x: Extraction;
  /** The number of the line holding `fragment` (which must be there). */
  readonly line: (fragment: string) => number;
  /** The attributions of the body line holding `fragment` (which must be there). */
  readonly on: (fragment: string) => Attribution[];
}

function page(result: AnalysisResult, index = 0): Page {
  const doc = result.documents[index]!;
  const x = result.extractions.find((e) => e.documentId === doc.id)!;
  const find = (fragment: string, body: boolean) => {
    const hit = doc.lines.find((l) => l.text.includes(fragment) && (!body || l.role === "body"));
    const roles = doc.lines.map((l) => `${l.n}:${l.role}`).join(" ");
    expect(hit, `no ${body ? "body " : ""}line holds «${fragment}» (${roles})`).toBeDefined();
    return hit!.n;
  };
  const line = (fragment: string) => find(fragment, false);
  const on = (fragment: string) => {
    const n = find(fragment, true);
    return x.attributions.filter((a) => a.line === n);
  };
  return { doc, x, line, on };
}

describe("Arabic speakers: VSO, SVO and implicit continuation", () => {
  it("reads «وقالت وزارة الصحة اليمنية إن …» with the ministry as speaker", async () => {
    const p = page(
      await analyze(
        arPage("توقف مستشفيات عن العمل في عدن", [
          "وقالت وزارة الصحة اليمنية إن ثلاثة مستشفيات في عدن توقفت عن العمل بسبب نقص الوقود.",
        ]),
      ),
    );
    const [a, ...rest] = p.on("ثلاثة مستشفيات");
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ cue: "وقالت", polarity: "assert", speakerType: "named", rule: "vso" });
    expect(a!.speaker).toContain("وزارة الصحة اليمنية");
    expect(a!.actor).not.toBeNull();
    expect(a!.content).toBe("ثلاثة مستشفيات في عدن توقفت عن العمل بسبب نقص الوقود");
  });

  it("takes the subject before the verb after «لكن» and in «وكانت … قد أعلنت»", async () => {
    const p = page(
      await analyze(
        arPage("اشتباكات عند أطراف مدينة مأرب", [
          "لكن الناطق باسم الجيش اليمني قال إن القوات صدت هجوماً على مواقعها شرق مأرب.",
          "وكانت وزارة الدفاع اليمنية قد أعلنت أن وحداتها استعادت السيطرة على تلة قرب مأرب.",
        ]),
      ),
    );
    expect(p.on("صدت هجوماً")).toMatchObject([
      {
        speaker: "الناطق باسم الجيش اليمني",
        actor: "yemeni-army",
        cue: "قال",
        rule: "svo",
        polarity: "assert",
        content: "القوات صدت هجوماً على مواقعها شرق مأرب",
      },
    ]);
    const [announced] = p.on("استعادت السيطرة");
    expect(announced).toMatchObject({ cue: "أعلنت", rule: "svo", speakerType: "named" });
    expect(announced!.speaker).toContain("وزارة الدفاع اليمنية");
    expect(announced!.content).toContain("وحداتها استعادت السيطرة");
  });

  it("reads a definite group as a speaker, with its adjectives and without the verb's object", async () => {
    const p = page(
      await analyze(
        arPage("السلطات تغلق سوق الماشية بعد الهجوم", [
          "وقال السكان إن السوق ظل مغلقاً منذ صباح أمس.",
          "وتتهم السلطات المحلية قوات سند الوطن بإطلاق المسيرتين على السوق.",
        ]),
      ),
    );
    expect(p.on("ظل مغلقاً")[0]).toMatchObject({ speaker: "السكان", speakerType: "group" });
    const [accusation] = p.on("بإطلاق المسيرتين");
    expect(accusation!.speaker).toBe("السلطات المحلية");
    expect(accusation!.content).toContain("بإطلاق المسيرتين");
  });

  it("starts what is announced after a time set off by commas, not at a later «ب…» inside it", async () => {
    const p = page(
      await analyze(
        arPage("مقتل ستة جنود في هجوم على موقع عسكري", [
          "أعلن الجيش، اليوم الاثنين، مقتل ستة من جنوده في هجوم على موقع عسكري في جزيرة نائية بإقليم الوادي الشرقي.",
          "وأعلنت وزارة الزراعة إغلاق سوق الماشية لمدة أسبوع، ونقل نشاطه إلى ساحة مفتوحة شرقي المدينة.",
        ]),
      ),
    );
    const [army] = p.on("مقتل ستة من جنوده");
    expect(army!.content.startsWith("مقتل ستة من جنوده")).toBe(true);
    expect(army!.content).toContain("بإقليم الوادي الشرقي");
    // a time inside what is announced («لمدة أسبوع،») does not move its start
    const [closure] = p.on("سوق الماشية");
    expect(closure!.content).toContain("إغلاق سوق الماشية");
  });

  it("opens what is documented at its object, not at an «عن» of another verb after the object's clause", async () => {
    const p = page(
      await analyze(
        arPage("اعتقالات بعد فض الاعتصام", [
          "كما وثّق المرصد اعتقال أكثر من ٣٠ شخصاً، بينهم قاصر، أُفرج عن سبعة منهم صباح الثلاثاء.",
          "وتنفي الكتيبة نفياً قاطعاً ما روّجته وزارة الداخلية عن اقتحام عناصرها المعبر الحدودي.",
        ]),
      ),
    );
    const [documented] = p.on("اعتقال أكثر من");
    expect(documented!.content.startsWith("اعتقال أكثر من ٣٠ شخصاً")).toBe(true);
    // with no clause between, a later «عن» still opens what is denied: «ما روّجته الوزارة عن …»
    const [denied] = p.on("اقتحام عناصرها");
    expect(denied!.content.startsWith("اقتحام عناصرها")).toBe(true);
  });

  it("reads «والي …» as an office (not و + «إلى») and leaves a coordinated «وأن» to the outer report", async () => {
    const p = page(
      await analyze(
        arPage("الحركة توافق على مرور قافلة الإغاثة", [
          "وقال والي الولاية الشمالية بشير عثمان الطيب إن الحركة وافقت على مرور القافلة.",
          "وكان الوالي قد أعلن أمس أن الحركة أبلغت الوسطاء موافقتها على مرور القافلة، وأن الشاحنات ستتحرك خلال ساعات.",
        ]),
      ),
    );
    const [governor] = p.on("وافقت على مرور");
    expect(governor).toMatchObject({ cue: "وقال", rule: "vso", content: "الحركة وافقت على مرور القافلة" });
    expect(governor!.speaker).toContain("بشير عثمان الطيب");
    // «أبلغت» reports its object («موافقتها …»), not the governor's second clause
    const acts = p.on("الشاحنات ستتحرك");
    expect(acts.map((a) => a.content)).not.toContain("الشاحنات ستتحرك خلال ساعات");
    expect(acts.find((a) => a.cue === "أعلن")?.content).toContain("موافقتها على مرور القافلة");
  });
  it("continues the earlier speaker for «وأضاف أن …», with no speaker of its own", async () => {
    const p = page(
      await analyze(
        arPage("الحوثيون يرفضون فتح الطرق المؤدية إلى تعز", [
          "وقال وزير الإعلام اليمني معمر الإرياني إن الحوثيين يرفضون فتح الطرق المؤدية إلى تعز.",
          "وأضاف أن الحكومة قدمت مقترحات عديدة لإنهاء الحصار.",
        ]),
      ),
    );
    const [said] = p.on("يرفضون فتح الطرق");
    expect(said!.speaker).toContain("معمر الإرياني");
    expect(said!.actor).not.toBeNull();
    expect(p.on("مقترحات عديدة")).toMatchObject([
      {
        speaker: null,
        actor: said!.actor,
        cue: "وأضاف",
        speakerType: "implicit",
        content: "الحكومة قدمت مقترحات عديدة لإنهاء الحصار",
      },
    ]);
  });

  it("continues a feminine speaker for «وأكدت أن …», past a masculine one named in between", async () => {
    const p = page(
      await analyze(
        arPage("مقتل مدنيين في قصف على أطراف مأرب", [
          "وقالت وزارة الصحة اليمنية إن القصف على أطراف مأرب أدى إلى مقتل أربعة مدنيين.",
          "وقال العقيد سالم الحارثي إن القوات الحكومية ردت على مصادر النيران.",
          "وأكدت أن فرقها الطبية نقلت الجرحى إلى مستشفى المدينة.",
        ]),
      ),
    );
    const [ministry] = p.on("أربعة مدنيين");
    const [colonel] = p.on("مصادر النيران");
    expect(colonel!.speaker).toContain("سالم الحارثي");
    expect(colonel!.actor).not.toBe(ministry!.actor);
    const [confirmed] = p.on("فرقها الطبية");
    expect(confirmed).toMatchObject({ cue: "وأكدت", speaker: null, speakerType: "implicit" });
    expect(confirmed!.actor).toBe(ministry!.actor);
  });
});

describe("Arabic anonymous sources and references", () => {
  it("resolves «المصدر» to the actor of the «مصدر في …» before it", async () => {
    const p = page(
      await analyze(
        arPage("اعتقال مشتبه بهم قرب ميناء الحديدة", [
          "وقال مصدر في وزارة الداخلية اليمنية إن قوات الأمن اعتقلت خمسة مشتبه بهم قرب ميناء الحديدة.",
          "وأوضح المصدر أن المعتقلين نقلوا إلى مقر الشرطة في المدينة.",
        ]),
      ),
    );
    const [source] = p.on("خمسة مشتبه بهم");
    expect(source).toMatchObject({ speaker: "مصدر في وزارة الداخلية اليمنية", speakerType: "anonymous" });
    expect(source!.actor).not.toBeNull();
    expect(p.on("المعتقلين نقلوا")).toMatchObject([
      { speaker: "المصدر", speakerType: "reference", cue: "وأوضح", actor: source!.actor },
    ]);
  });

  it("types unnamed sources («مصادر مطلعة») as anonymous, with no actor", async () => {
    const p = page(
      await analyze(
        arPage("توقف الاشتباكات في مأرب", ["وأفادت مصادر مطلعة بأن الاشتباكات في مأرب توقفت مساء اليوم."]),
      ),
    );
    expect(p.on("الاشتباكات في مأرب")).toMatchObject([
      { speaker: "مصادر مطلعة", speakerType: "anonymous", actor: null, cue: "وأفادت", polarity: "assert" },
    ]);
  });
});

describe("Arabic chains (via)", () => {
  it("puts the agency of «ونقلت وكالة رويترز عن مسؤول … أن …» in via", async () => {
    const p = page(
      await analyze(
        arPage("إغلاق معبر شحن الحدودي", [
          "ونقلت وكالة رويترز عن مسؤول في الحكومة اليمنية أن معبر شحن سيبقى مغلقاً حتى نهاية الشهر.",
        ]),
      ),
    );
    expect(p.on("سيبقى مغلقاً")).toMatchObject([
      {
        speaker: "مسؤول في الحكومة اليمنية",
        actor: "yemeni-gov",
        cue: "ونقلت",
        rule: "relay",
        speakerType: "anonymous",
        via: ["reuters"],
        content: "معبر شحن سيبقى مغلقاً حتى نهاية الشهر",
      },
    ]);
  });

  it("puts the agency a speaker spoke to («قال … لـ«فرانس برس» إن …») in via", async () => {
    const p = page(
      await analyze(
        arPage("عودة الطائرات المدنية إلى مطار عتق", [
          "وقال وزير الإعلام اليمني معمر الإرياني لـ«فرانس برس» إن الطائرات المدنية ستعود إلى مطار عتق قريباً.",
        ]),
      ),
    );
    const [a, ...rest] = p.on("الطائرات المدنية");
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ cue: "وقال", via: ["afp"] });
    expect(a!.speaker).toContain("معمر الإرياني");
    expect(a!.actor).not.toBe("afp");
    expect(a!.content).toBe("الطائرات المدنية ستعود إلى مطار عتق قريباً");
  });

  it("adds the channel of «…، بحسب ما نقلت قناة الجزيرة» to the speaker's via", async () => {
    const p = page(
      await analyze(
        arPage("استئناف الرحلات إلى عدن قريباً", [
          "وأكد وزير النقل اليمني أن الرحلات إلى عدن ستستأنف قريباً، بحسب ما نقلت قناة الجزيرة.",
        ]),
      ),
    );
    const [a, ...rest] = p.on("ستستأنف قريباً");
    expect(rest).toEqual([]); // the channel is the chain, not a second speaker
    expect(a).toMatchObject({ speaker: "وزير النقل اليمني", cue: "وأكد", polarity: "assert" });
    expect(a!.via).toContain("al-jazeera");
    expect(a!.content).toBe("الرحلات إلى عدن ستستأنف قريباً");
  });

  it("reads a nested report as a second, inner act with the outer speaker in its via", async () => {
    const p = page(
      await analyze(
        arPage("قصف سوق شعبي في تعز", [
          "وقال وزير الإعلام اليمني معمر الإرياني إن حركة الحوثيين نفت مسؤوليتها عن قصف السوق الشعبي في تعز.",
        ]),
      ),
    );
    const acts = p.on("قصف السوق الشعبي");
    expect(acts).toHaveLength(2);
    const [outer, inner] = acts;
    expect(outer).toMatchObject({ cue: "وقال", polarity: "assert", via: [] });
    expect(outer!.content).toContain("حركة الحوثيين نفت");
    expect(outer!.actor).not.toBeNull();
    expect(inner).toMatchObject({ speaker: "حركة الحوثيين", actor: "houthis", cue: "نفت", polarity: "deny" });
    expect(inner!.via).toContain(outer!.actor);
  });
});

describe("Arabic recipients in quotation marks", () => {
  it("skips a quoted name after «مع» or before «أن» (في اتصال مع “الوادي” أن …)", async () => {
    const p = page(
      await analyze(
        arPage("صاحب محطة وقود ينفي تخزين بنزين مهرب", [
          'ونفى صاحب المحطة في اتصال مع "الساحل" أن يكون قد خزّن أي وقود مهرّب.',
          'وأكد المدير في تصريح "للساحل" أن المحطة مرخصة.',
        ]),
      ),
    );
    expect(p.on("وقود مهرّب")).toMatchObject([
      { cue: "ونفى", polarity: "deny", content: "يكون قد خزّن أي وقود مهرّب" },
    ]);
    expect(p.on("مرخصة")).toMatchObject([{ cue: "وأكد", content: "المحطة مرخصة" }]);
  });
});

describe("Arabic polarity", () => {
  it("denies with a denial verb («ونفى الجيش اليمني …»)", async () => {
    const p = page(
      await analyze(
        arPage("الجيش اليمني ينفي قصف أحياء سكنية في تعز", [
          "ونفى الجيش اليمني قصف أي منطقة سكنية في مدينة تعز.",
        ]),
      ),
    );
    expect(p.on("منطقة سكنية")).toMatchObject([
      {
        speaker: "الجيش اليمني",
        actor: "yemeni-army",
        cue: "ونفى",
        polarity: "deny",
        content: "قصف أي منطقة سكنية في مدينة تعز",
      },
    ]);
  });

  it("denies when the content opens with a denial («إنه لا صحة …», «… عارية عن الصحة»)", async () => {
    const p = page(
      await analyze(
        arPage("أنباء عن انسحاب مقاتلين من تعز", [
          "وقال الناطق باسم الحوثيين إنه لا صحة للأنباء عن انسحاب مقاتليهم من تعز.",
          "وقال مسؤول محلي إن هذه التقارير عارية عن الصحة.",
        ]),
      ),
    );
    expect(p.on("لا صحة للأنباء")).toMatchObject([
      {
        cue: "وقال",
        polarity: "deny",
        actor: "houthis",
        content: "لا صحة للأنباء عن انسحاب مقاتليهم من تعز",
      },
    ]);
    expect(p.on("عارية عن الصحة")).toMatchObject([
      { cue: "وقال", polarity: "deny", speaker: "مسؤول محلي", content: "هذه التقارير عارية عن الصحة" },
    ]);
  });

  it("keeps a negative statement that denies nothing («إنه لا يمكن …») an assertion", async () => {
    const p = page(
      await analyze(
        arPage("لا فتح للطرق في تعز قبل الاتفاق", [
          "وقال محافظ تعز إنه لا يمكن فتح الطرق قبل الاتفاق على آلية للمراقبة.",
        ]),
      ),
    );
    const [a, ...rest] = p.on("آلية للمراقبة");
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ cue: "وقال", polarity: "assert" });
    expect(a!.content).toContain("لا يمكن فتح الطرق");
  });

  it("reads «…، وهو ما نفاه الحوثيون» as their denial of what precedes", async () => {
    const p = page(
      await analyze(
        arPage("مطار عتق تحت سيطرة الحكومة", [
          "أعلنت الحكومة اليمنية استعادة السيطرة على مطار عتق، وهو ما نفاه الحوثيون في وقت لاحق.",
        ]),
      ),
    );
    const acts = p.on("مطار عتق");
    expect(acts).toHaveLength(2);
    expect(acts[0]).toMatchObject({ actor: "yemeni-gov", cue: "أعلنت", polarity: "assert" });
    expect(acts[1]).toMatchObject({
      speaker: "الحوثيون",
      actor: "houthis",
      cue: "نفاه",
      polarity: "deny",
      rule: "comment",
    });
    expect(acts[1]!.content).toContain("استعادة السيطرة على مطار عتق");
  });
});

describe("Arabic circumstantial forms", () => {
  it("merges «…، مشيراً إلى أن …» into the speaker's act on that line", async () => {
    const result = await analyze(
      arPage("استئناف المفاوضات اليمنية الأسبوع المقبل", [
        "وقال وزير الخارجية اليمني إن المفاوضات ستستأنف الأسبوع المقبل، مشيراً إلى أن الوفد جاهز للسفر.",
      ]),
    );
    const p = page(result);
    const n = p.line("الوفد جاهز");
    // the extraction finds the circumstantial act …
    const acts = findReportingActs(p.doc, {
      entities: p.x.entities,
      times: p.x.times,
      isMedia: mediaTest(defaultEntityContext()),
    }).filter((act) => act.line === n);
    expect(acts.map((act) => act.kind)).toEqual(["verb", "circ"]);
    expect(acts[1]!.cue.text).toBe("مشيراً");
    // … and the dossier keeps one act of that speaker, under its first cue
    expect(p.on("الوفد جاهز")).toMatchObject([
      {
        speaker: "وزير الخارجية اليمني",
        cue: "وقال",
        polarity: "assert",
        content: "المفاوضات ستستأنف الأسبوع المقبل",
      },
    ]);
  });

  it("keeps «…، نافياً …» after an assertion apart, as the same speaker's denial", async () => {
    const p = page(
      await analyze(
        arPage("تقدم القوات الحكومية في الجبهة الغربية", [
          "وقال المتحدث باسم الجيش اليمني إن القوات تقدمت في الجبهة الغربية، نافياً سقوط قتلى في صفوفها.",
        ]),
      ),
    );
    const acts = p.on("نافياً");
    expect(acts).toHaveLength(2);
    expect(acts[0]).toMatchObject({ actor: "yemeni-army", cue: "وقال", polarity: "assert" });
    expect(acts[1]).toMatchObject({
      actor: "yemeni-army",
      speaker: null,
      cue: "نافياً",
      polarity: "deny",
      content: "سقوط قتلى في صفوفها",
    });
  });
});

describe("Arabic clauses that report nobody", () => {
  it("gives no attribution for «يذكر أن …» and «وتجدر الإشارة إلى أن …»", async () => {
    const p = page(
      await analyze(
        arPage("حصار مدينة تعز مستمر", [
          "وقال محافظ تعز إن الحصار على تعز يزداد قسوة.",
          "يذكر أن مدينة تعز تشهد حصاراً منذ سنوات.",
          "وتجدر الإشارة إلى أن المنظمات الدولية حذرت من تفاقم الأزمة الإنسانية.",
        ]),
      ),
    );
    expect(p.on("يزداد قسوة")).toHaveLength(1);
    expect(p.on("يذكر أن")).toEqual([]);
    // «تجدر الإشارة» reports nothing; the organisations' warning inside the line is a report of its own
    expect(p.on("وتجدر الإشارة").map((a) => [a.cue, a.speaker])).toEqual([["حذرت", "المنظمات الدولية"]]);
  });

  it("gives no attribution for «منذ أن أعلن …» or «معلومات تشير إلى …»", async () => {
    const p = page(
      await analyze(
        arPage("استمرار المعارك في البلاد", [
          "وقال مسؤول محلي إن المعارك مستمرة في البلاد.",
          "وتتواصل المعارك منذ أن أعلن بدء العمليات العسكرية في البلاد.",
          "وهناك معلومات تشير إلى أن الحوثيين نقلوا أسلحة ثقيلة إلى المدينة.",
        ]),
      ),
    );
    expect(p.on("المعارك مستمرة")).toHaveLength(1);
    expect(p.on("منذ أن أعلن")).toEqual([]);
    expect(p.on("معلومات تشير")).toEqual([]);
  });
});

describe("Arabic source phrases", () => {
  it("reads «…، بحسب المرصد …» with the clause before it as content", async () => {
    const p = page(
      await analyze(
        arPage("قتلى في قصف على مأرب", [
          "قتل سبعة مدنيين في قصف على حي سكني في مأرب، بحسب المرصد اليمني لحقوق الإنسان.",
        ]),
      ),
    );
    const [a, ...rest] = p.on("سبعة مدنيين");
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ speaker: "المرصد اليمني لحقوق الإنسان", cue: "بحسب", rule: "source" });
    expect(a!.actor).not.toBeNull();
    expect(a!.content).toContain("قتل سبعة مدنيين في قصف على حي سكني");
  });

  it("reads «وفقاً لـ…» and «على حد قول …»", async () => {
    const p = page(
      await analyze(
        arPage("إصابات وأضرار في قصف على مأرب", [
          "وقالت وزارة الصحة اليمنية إن القصف استهدف حياً سكنياً في مأرب.",
          "وأصيب عشرة آخرون، وفقاً لوزارة الصحة اليمنية.",
          "وتضررت عشرات المنازل، على حد قول مسؤول محلي.",
        ]),
      ),
    );
    const [ministry] = p.on("حياً سكنياً");
    expect(ministry!.actor).not.toBeNull();
    const [according] = p.on("عشرة آخرون");
    expect(according).toMatchObject({ cue: "وفقاً", rule: "source", actor: ministry!.actor });
    expect(according!.content).toContain("وأصيب عشرة آخرون");
    expect(p.on("عشرات المنازل")).toMatchObject([
      { speaker: "مسؤول محلي", cue: "على حد قول", speakerType: "anonymous", rule: "source" },
    ]);
  });
});

describe("headlines (framing)", () => {
  it("reads «الوزير: …» and «الحكومة اليمنية: …» as attributed headlines", async () => {
    const result = await analyze(
      arPage("الوزير: المحادثات مع الحوثيين وصلت إلى طريق مسدود", [
        "وقال وزير الخارجية اليمني إن المحادثات مع الحوثيين وصلت إلى طريق مسدود.",
      ]),
      arPage(
        "الحكومة اليمنية: لا مفاوضات قبل فتح الطرق",
        ["وقالت الحكومة اليمنية إنها لن تدخل أي مفاوضات قبل فتح الطرق المؤدية إلى تعز."],
        "صحيفة الوادي – تعز",
      ),
    );
    const minister = page(result, 0);
    expect(minister.x.framing).toEqual([
      {
        line: minister.line("الوزير:"),
        voice: "attributed",
        speaker: "الوزير",
        actor: null,
        attributedElsewhere: [],
      },
    ]);
    const government = page(result, 1);
    expect(government.x.framing).toMatchObject([
      {
        line: government.line("الحكومة اليمنية:"),
        voice: "attributed",
        speaker: "الحكومة اليمنية",
        actor: "yemeni-gov",
      },
    ]);
  });

  it("reads a headline stating a claim in the outlet's voice, listing who attributes it elsewhere", async () => {
    const result = await analyze(
      arPage(
        "الحوثيون قصفوا مخيماً للنازحين قرب مأرب",
        ["وتحدث سكان عن أصوات انفجارات قوية قرب المخيم."],
        "صحيفة الوادي – تعز",
      ),
      arPage(
        "أطباء بلا حدود تتحدث عن قصف مخيم للنازحين قرب مأرب",
        ["وقالت منظمة أطباء بلا حدود إن الحوثيين قصفوا مخيماً للنازحين قرب مأرب."],
        "منصة السهل – حضرموت",
      ),
      arPage(
        "إغلاق معبر حدودي في المهرة",
        ["وقال مسؤول محلي إن السلطات أغلقت معبر شحن في المهرة حتى إشعار آخر."],
        "بوابة الشرق – المكلا",
      ),
    );
    const claim = page(result, 0);
    const witness = page(result, 1);
    const [msf] = witness.on("قصفوا مخيماً");
    expect(msf).toMatchObject({ actor: "msf" });
    expect(claim.x.framing).toHaveLength(1);
    expect(claim.x.framing[0]).toMatchObject({
      line: claim.line("الحوثيون قصفوا"),
      voice: "outlet",
      speaker: null,
      actor: null,
    });
    expect(claim.x.framing[0]!.attributedElsewhere).toContainEqual({
      document: witness.doc.id,
      line: msf!.line,
      actor: "msf",
      speaker: msf!.speaker,
    });
    // a headline on another matter lists only the attribution of its own body, not the camp's
    const other = page(result, 2);
    expect(other.x.framing).toHaveLength(1);
    expect(other.x.framing[0]).toMatchObject({ voice: "outlet" });
    expect(other.x.framing[0]!.attributedElsewhere).toEqual([
      { document: other.doc.id, line: other.line("حتى إشعار آخر"), actor: null, speaker: "مسؤول محلي" },
    ]);
  });

  it("never makes an attribution of a headline, even one with a reporting verb", async () => {
    const p = page(
      await analyze(
        arPage("الحوثيون ينفون قصف مخيم النازحين", ["ونفت حركة الحوثيين قصف مخيم النازحين في مأرب."]),
      ),
    );
    const title = p.line("ينفون");
    expect(p.doc.lines.find((l) => l.n === title)?.role).toBe("title");
    expect(p.x.framing).toMatchObject([{ line: title, voice: "attributed", actor: "houthis" }]);
    expect(p.x.attributions.filter((a) => a.line === title)).toEqual([]);
    expect(p.on("ونفت حركة")).toMatchObject([{ actor: "houthis", polarity: "deny" }]);
  });
});

describe("English", () => {
  it('reads "X said on Monday that …"', async () => {
    const p = page(
      await analyze(
        enPage("Yemeni forces repel attack near Marib", [
          "The Yemeni government said on Monday that its forces had repelled an attack near Marib.",
        ]),
      ),
    );
    const [a, ...rest] = p.on("repelled an attack");
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      speaker: "The Yemeni government",
      actor: "yemeni-gov",
      cue: "said",
      polarity: "assert",
      speakerType: "named",
    });
    expect(a!.content).toContain("its forces had repelled an attack near Marib");
  });

  it('reads the inverted "“…,” said the commander."', async () => {
    const p = page(
      await analyze(
        enPage("Commander vows to hold positions near Marib", [
          "Fighting continued near Marib on Monday.",
          "“We will not withdraw from our positions,” said the commander.",
        ]),
      ),
    );
    const [a, ...rest] = p.on("said the commander");
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ speaker: "the commander", cue: "said", rule: "en-inverted" });
    expect(a!.content).toContain("We will not withdraw from our positions");
  });

  it('reads "Y, a spokesman for Z, told Reuters that …" with Reuters in via', async () => {
    const p = page(
      await analyze(
        enPage("Houthis say no attack launched near Marib", [
          "Mohammed Abdulsalam, a spokesman for the Houthis, told Reuters that the group had not launched any attack near Marib.",
        ]),
      ),
    );
    const [a, ...rest] = p.on("told Reuters");
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      actor: "mohammed-abdulsalam",
      cue: "told",
      via: ["reuters"],
      content: "the group had not launched any attack near Marib",
    });
    expect(a!.speaker).toContain("Mohammed Abdulsalam");
  });

  it('reads "…, according to the observatory"', async () => {
    const p = page(
      await analyze(
        enPage("Twelve killed in clashes near Marib", [
          "At least 12 people were killed in the clashes near Marib, according to the observatory.",
        ]),
      ),
    );
    const [a, ...rest] = p.on("according to");
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ speaker: "the observatory", cue: "according to", rule: "en-source" });
    expect(a!.content).toContain("At least 12 people were killed");
  });

  it('denies with "denied" and with content opening "there was no truth"', async () => {
    const p = page(
      await analyze(
        enPage("Houthis deny targeting civilians in Marib", [
          "The Houthis denied targeting civilians in Marib.",
          "A local official said there was no truth to reports of a ceasefire.",
          "A second official said the ceasefire talks had resumed in Muscat.",
        ]),
      ),
    );
    expect(p.on("denied targeting")).toMatchObject([
      { speaker: "The Houthis", actor: "houthis", cue: "denied", polarity: "deny" },
    ]);
    expect(p.on("no truth")).toMatchObject([
      { speaker: "A local official", speakerType: "anonymous", cue: "said", polarity: "deny" },
    ]);
    expect(p.on("talks had resumed")).toMatchObject([{ cue: "said", polarity: "assert" }]);
  });

  it('reads "X said A and denied that B" as two acts of one speaker, each with its own content', async () => {
    const p = page(
      await analyze(
        enPage("Clinic strike enters second day in Marib", [
          "The hospital's director, Dr. Huda Saleh, said the salaries would be paid within days and denied that the clinics had closed.",
        ]),
      ),
    );
    const [said, denied, ...rest] = p.on("clinics had closed");
    expect(rest).toEqual([]);
    expect(said).toMatchObject({
      cue: "said",
      polarity: "assert",
      content: "the salaries would be paid within days",
    });
    expect(denied).toMatchObject({
      cue: "denied",
      polarity: "deny",
      rule: "en-coordinated",
      speaker: said!.speaker,
    });
    expect(denied!.content).toBe("the clinics had closed");
  });

  it('reads a speaker set off from its verb by an aside ("the authorities, however, said")', async () => {
    const p = page(
      await analyze(
        enPage("Market fire in Marib blamed on wiring", [
          "Traders blamed the fire on arson.",
          "Local authorities in the province, however, said the fire was caused by faulty wiring.",
        ]),
      ),
    );
    expect(p.on("faulty wiring")).toMatchObject([
      {
        speaker: "Local authorities in the province",
        cue: "said",
        content: "the fire was caused by faulty wiring",
      },
    ]);
  });

  it('reads bodies named by what they are ("The gendarmerie denied reports that …")', async () => {
    const p = page(
      await analyze(
        enPage("One dead in land clash near Marib", [
          "The gendarmerie denied reports that one of the wounded had died.",
        ]),
      ),
    );
    expect(p.on("had died")).toMatchObject([{ speaker: "The gendarmerie", cue: "denied", polarity: "deny" }]);
  });

  it('reads a trailing attribution ("…, the ministry said on Monday") as reporting the clause before it', async () => {
    const p = page(
      await analyze(
        enPage("Twelve killed in clashes near Marib", [
          "At least 12 people were killed in the clashes, the ministry said on Monday.",
          "The driver survived with minor injuries, Saleh told the state news agency, whose report was carried widely.",
          "In a statement, the ministry said the group had withdrawn.",
        ]),
      ),
    );
    expect(p.on("12 people were killed")).toMatchObject([
      { speaker: "the ministry", content: "At least 12 people were killed in the clashes" },
    ]);
    expect(p.on("driver survived")[0]!.content).toBe("The driver survived with minor injuries");
    expect(p.on("In a statement")[0]!.content).toBe("the group had withdrawn");
  });

  it('opens the content after "said on Sunday that", and names an office in apposition', async () => {
    const p = page(
      await analyze(
        enPage("Water cuts hit Marib", [
          "The water authority's director, Salim Haddad, said on Sunday that the pumps had been running.",
          "The army said troops that entered the town had left.",
        ]),
      ),
    );
    expect(p.on("pumps had been running")).toMatchObject([
      { speaker: "The water authority's director, Salim Haddad", content: "the pumps had been running" },
    ]);
    expect(p.on("troops that entered")[0]!.content).toBe("troops that entered the town had left");
  });

  it('gives no attribution for "No group has claimed …"', async () => {
    const p = page(
      await analyze(
        enPage("Bombing hits market near Marib", [
          "A bombing hit a crowded market near Marib on Sunday, a local official said.",
          "No group has claimed responsibility for the bombing.",
        ]),
      ),
    );
    expect(p.on("crowded market")).toHaveLength(1);
    expect(p.on("No group has claimed")).toEqual([]);
  });
});
