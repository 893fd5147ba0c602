import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeBatch } from "../../pipeline/analyze-batch.js";
import { extractEntities } from "./extract-entities.js";
import { makeDocument } from "./fixtures/documents.js";
import { fixtureContext } from "./fixtures/load-fixture.js";
import type { EntityMention } from "./types.js";

const context = fixtureContext();

function entities(line: string, language: "ar" | "en" = "ar"): EntityMention[] {
  return extractEntities(makeDocument("t", [line], { title: false, language }), context);
}

function texts(line: string, language: "ar" | "en" = "ar"): string[] {
  return entities(line, language).map((e) => e.text);
}

function find(line: string, text: string, language: "ar" | "en" = "ar"): EntityMention | undefined {
  return entities(line, language).find((e) => e.text === text);
}

describe("gazetteer names", () => {
  it.each([
    ["وأعلنت قسد أنها صدت الهجوم", "قسد", "sdf"],
    ["تقدمت وحدات من قوات سورية الديموقراطية نحو البلدة", "قوات سورية الديموقراطية", "sdf"],
    ["سقطت قذائف على أطراف الرقة ليلاً", "الرقة", "raqqa"],
    ["عاد النازحون بالرقة إلى منازلهم", "الرقة", "raqqa"],
    ["وصلت قافلة إلى تدمر صباحاً", "تدمر", "palmyra"],
    ["نقلت وكالة فرانس برس عن شهود", "وكالة فرانس برس", "afp"],
  ])("«%s» names %s (%s)", (line, text, id) => {
    expect(find(line, text)?.gazetteerId).toBe(id);
  });

  it("quotes the name without its proclitic", () => {
    expect(texts("اشتبكت الفصائل مع وقسد قرب المدينة")).toContain("قسد");
  });

  it("does not read a one-word name into the ordinary word it also is", () => {
    expect(texts("تحدث الخبير عن الطبقة الوسطى في البلاد")).not.toContain("الطبقة");
    expect(texts("دخلت القوات إلى الطبقة فجراً")).toContain("الطبقة");
    expect(texts("غارة تدمّر منزلاً في الحي")).not.toContain("تدمّر");
  });

  it("reads a place name that is also a word as the word on a page that uses the word (one sense per page)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "isnad-sense-"));
    const write = (name: string, body: readonly string[]) =>
      writeFileSync(
        join(dir, name),
        ["موقع الرصد", "18 فبراير 2025", "", ...body.flatMap((l) => [l, ""])].join("\n"),
      );
    // «انهيار عمارة سكنية» … «القاطنات في العمارة»: the building, not Amarah
    write("a.txt", [
      "انهيار عمارة سكنية في حي جناعة",
      "وقالت إحدى القاطنات في العمارة إن السكان اشتكوا من تشققات.",
    ]);
    // «إقليم البحيرة» (Chad's Lac) is under another head than the gazetteer's «محافظة البحيرة» (Egypt)
    write("b.txt", [
      "هجوم على موقع للجيش في إقليم البحيرة",
      "وقال مصدر عسكري إن الهجوم وقع فجراً في إقليم البحيرة.",
    ]);
    write("c.txt", ["أمطار غزيرة في محافظة البحيرة", "وقال مسؤول إن الأمطار أغرقت حقولاً في محافظة البحيرة."]);
    try {
      const result = await analyzeBatch({ paths: [dir], toolVersion: "test" });
      const actorsOf = (id: string) =>
        result.extractions.find((x) => x.documentId === id)!.entities.map((e) => e.actor);
      expect(actorsOf("a")).not.toContain("amarah");
      expect(actorsOf("b")).not.toContain("beheira");
      expect(actorsOf("c")).toContain("beheira");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("matches a one-word name only as the gazetteer lists it: «روسية» is an adjective", () => {
    expect(texts("صادرت الشرطة أسلحة روسية الصنع")).toEqual([]);
  });

  it("matches a short Latin acronym only in capitals", () => {
    expect(find("Officials told us nothing", "us", "en")).toBeUndefined();
    expect(find("The US said it would respond", "US", "en")?.gazetteerId).toBe("united-states");
  });

  it("keeps a contextual name for resolution («التحالف»: which coalition?)", () => {
    const e = find("قصف طيران التحالف مواقع في البادية", "طيران التحالف");
    expect(e?.kind).toBe("reference");
    expect(e?.ref).toMatchObject({ mode: "candidates", targets: ["us-coalition"] });
  });
});

describe("place heads", () => {
  it.each([
    ["قصفت الطائرات بلدة كفر نبودة فجراً", "كفر نبودة", "GPE"],
    ["عبر المهربون نهر العاصي ليلاً", "نهر العاصي", "LOC"],
    ["تمركزت القوات في بلدة المزرعة الشرقية منذ أيام", "المزرعة الشرقية", "GPE"],
    ["انسحب المقاتلون من قرية أم الجمال باتجاه الجنوب", "أم الجمال", "GPE"],
  ])("«%s» names «%s»", (line, text, type) => {
    expect(find(line, text)?.type).toBe(type);
  });

  it("drops the head of a town: «مدينة الرقة» names «الرقة»", () => {
    expect(find("عاد الهدوء إلى مدينة الرقة", "الرقة")?.gazetteerId).toBe("raqqa");
  });

  it("reads two names after a dual head", () => {
    const found = texts("نزح الأهالي من قريتي الحويز والشريعة نحو الشمال");
    expect(found).toEqual(expect.arrayContaining(["الحويز", "الشريعة"]));
  });

  it("leaves a direction after «ريف» to the countryside, and takes no adjective for a name", () => {
    expect(texts("اشتباكات عنيفة بريف حماة الجنوبي")).toContain("حماة");
    expect(texts("أقيمت منطقة آمنة على الحدود")).toEqual([]);
  });

  it("reads «الشيخ» after a head as part of a town's name, not as a sheikh", () => {
    const e = find("وصل الوفد إلى بلدة الشيخ مسكين المجاورة", "الشيخ مسكين");
    expect(e?.type).toBe("GPE");
  });
});

describe("organisation heads", () => {
  it("reads a construct name with its adjectives and demonym", () => {
    const e = find("أصدرت وزارة الزراعة السورية بياناً", "وزارة الزراعة السورية");
    expect(e).toMatchObject({ type: "ORG", country: "syria", learnable: true });
  });

  it.each([
    ["أعلنت قوات درع الشمال سيطرتها على التلة", "قوات درع الشمال"],
    ["أكدت وحدات حماية المرأة مقتل اثنين", "وحدات حماية المرأة"],
    ["وبحسب المرصد الأهلي لحقوق المدنيين فإن", "المرصد الأهلي لحقوق المدنيين"],
    ["قال لواء صقور الجبل إن عناصره", "لواء صقور الجبل"],
  ])("«%s» names «%s»", (line, text) => {
    expect(find(line, text)?.type).toBe("ORG");
  });

  it("takes the gazetteer name after a head, with its id", () => {
    const e = find("ونقلت وكالة إنترفاكس الروسية عن مصدر", "وكالة إنترفاكس الروسية");
    expect(e).toMatchObject({ gazetteerId: "interfax", core: "إنترفاكس" });
  });

  it("takes a quoted name after a head that only names in quotes", () => {
    const e = find("وقالت حملة «أطفال بلا مأوى» إن العائلات نزحت", "حملة «أطفال بلا مأوى»");
    expect(e).toMatchObject({ type: "ORG", core: "أطفال بلا مأوى" });
    expect(texts("أطلقت الحكومة حملة اعتقالات واسعة")).not.toContain("حملة اعتقالات");
    expect(texts("تحاول الفصائل إعادة تنظيم صفوفها")).toEqual([]);
  });

  it("keeps the place of a committee inside its name, and the place as a mention", () => {
    const found = entities("وقالت اللجنة الطبية في حمص إن المستشفيات ممتلئة");
    expect(found.find((e) => e.text === "اللجنة الطبية في حمص")?.core).toBe("اللجنة الطبية");
    expect(found.find((e) => e.text === "حمص")?.gazetteerId).toBe("homs");
  });

  it("names a body by a group inside it: «العناصر الأجنبية في قوات سوريا الديمقراطية»", () => {
    const e = find(
      "تحدث التقرير عن العناصر الأجنبية في قوات سوريا الديمقراطية",
      "العناصر الأجنبية في قوات سوريا الديمقراطية",
    );
    expect(e?.gazetteerId).toBe("sdf");
  });

  it("reads «وزارة داخلية بلاده» as a reference to the speaker's country", () => {
    const e = find("قال الوزير إن وزارة داخلية بلاده ستحقق في الأمر", "وزارة داخلية بلاده");
    expect(e?.ref).toMatchObject({ mode: "own-country", targets: ["وزاره", "داخليه"] });
  });
});

describe("people", () => {
  it.each([
    ["قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة", "سيرغي لافروف"],
    ["وأكد العميد خالد العلي أن القوات تقدمت", "خالد العلي"],
    ["أعلن الناطق باسم الجيش الوطني يوسف حمود أن الهجوم فشل", "يوسف حمود"],
    ["قال رئيس المجلس المحلي، المهندس سامر الأحمد، إن المياه قطعت", "سامر الأحمد"],
    ["وقال اللواء الحسن إن الوضع مستقر", "الحسن"],
    ["التقى محمد العبدالله بالوفد الزائر", "محمد العبدالله"],
    ["ونقل عن وليد المعلم قوله", "وليد المعلم"],
    ["استقبل الأمير محمد بن سلمان آل سعود الوفد", "محمد بن سلمان"],
  ])("«%s» names «%s»", (line, text) => {
    expect(find(line, text)?.type).toBe("PERSON");
  });

  it("records the office and the country a title gives", () => {
    const e = find("قال وزير الخارجية الروسي سيرغي لافروف إن المحادثات مستمرة", "سيرغي لافروف");
    expect(e).toMatchObject({ gazetteerId: "lavrov", country: "russia", office: ["وزير", "خارجيه"] });
  });

  it("makes a title with no name after it a reference", () => {
    const e = find("وأضاف الوزير الفرنسي أن بلاده لن تتدخل", "الوزير الفرنسي");
    expect(e?.ref).toMatchObject({ mode: "office", targets: ["وزير"], country: "france" });
    expect(find("وكان الرئيس الروسي أمر بإرسال تعزيزات", "الرئيس الروسي")?.kind).toBe("reference");
  });

  it("finds no person in «لصالح النظام» or «مؤتمر صحفي»", () => {
    expect(entities("جاء القرار لصالح النظام").filter((e) => e.type === "PERSON")).toEqual([]);
    expect(entities("قال رئيس الهيئة، في مؤتمر صحفي، إن").filter((e) => e.type === "PERSON")).toEqual([]);
  });
});

describe("quoted names, acronyms and references", () => {
  it("reads an acronym beside the name it spells", () => {
    const e = find("أعلنت قوات الدفاع الوطني (قدو) انسحابها", "قدو");
    expect(e).toMatchObject({ kind: "acronym", aliasOf: "قوات الدفاع الوطني" });
  });

  it("reads a name after a name cue as another name of the body before it", () => {
    const e = find("ينتشر المجلس العسكري المعروف باسم «مجلس الحماية» في البلدة", "مجلس الحماية");
    expect(e?.aliasOf).toBe("المجلس العسكري");
  });

  it("reads a bare head as a reference, and groups of people as actors", () => {
    expect(find("وقالت الوزارة في بيان إن", "الوزارة")?.ref).toMatchObject({
      mode: "head",
      targets: ["وزاره"],
    });
    expect(find("وقال شهود عيان إن الطائرة حلقت طويلاً", "شهود عيان")?.type).toBe("OTHER");
    expect(find("ويقول سكان في حمص إن الكهرباء انقطعت", "سكان في حمص")?.type).toBe("OTHER");
    expect(find("يطالب الأكراد بحقوقهم", "الأكراد")?.kind).toBe("name");
  });

  it("does not read «النظام الدستوري» (the constitutional order) as the regime", () => {
    expect(texts("ناقش المشاركون النظام الدستوري للبلاد")).toEqual([]);
  });
});

describe("English", () => {
  it.each([
    ["Foreign Minister Sergei Lavrov told reporters", "Sergei Lavrov", "PERSON"],
    ["Fighters of the Free Syrian Army advanced", "Free Syrian Army", "ORG"],
    ["Shelling hit the town of Kafr Nubl overnight", "Kafr Nubl", "GPE"],
    ["The rebels said, according to its spokesman, Omar Haddad, that", "Omar Haddad", "PERSON"],
    ["Residents fled near Maarat at dawn", "Maarat", "GPE"],
    ["Militants stormed an army base on Kinderou island on Monday", "Kinderou", "GPE"],
  ])("«%s» names «%s»", (line, text, type) => {
    expect(find(line, text, "en")?.type).toBe(type);
  });

  it("reads an alias after a name cue", () => {
    const e = find(
      "It blamed the Coastal Shield Brigade, a militia known by its Arabic acronym Dirs, for the attack",
      "Dirs",
      "en",
    );
    expect(e?.aliasOf).toBe("Coastal Shield Brigade");
  });

  it("keeps an English description's article and adjectives", () => {
    expect(texts("the toll was given by a local monitoring group on Monday", "en")).toContain(
      "a local monitoring group",
    );
  });
});

describe("barriers", () => {
  it("stops a name at a time expression", () => {
    const line = "توصل وجهاء عشائر الجبل مساء أمس إلى اتفاق";
    const doc = makeDocument("t", [line], { title: false });
    const start = line.indexOf("مساء");
    const found = extractEntities(doc, context, { barriers: [{ start, end: start + 8 }] });
    expect(found.map((e) => e.text)).toContain("وجهاء عشائر الجبل");
  });
});
