// extractQuantities on invented sentences: figures in digits and words, duals, vague counts, qualifiers,
// ranges, counted nouns and categories, spans into Document.text, and the lines it must not read.
import { describe, expect, it } from "vitest";
import { documentOf } from "./document-fixture.js";
import { extractQuantities, type QuantityMention } from "./index.js";

/** The quantities of one body line, as [text, value, qualifier, unit, category]. */
function read(line: string): [string, number | null, string, string | null, string][] {
  return extractQuantities(documentOf([line])).map((q) => [q.text, q.value, q.qualifier, q.unit, q.category]);
}

function only(line: string): QuantityMention {
  const found = extractQuantities(documentOf([line]));
  expect(found, line).toHaveLength(1);
  return found[0]!;
}

describe("figures with their noun and category", () => {
  it.each([
    // digits, singularised nouns
    ["قتلت الغارة 12 مدنياً في البلدة", "12 مدنياً", 12, "مدني", "people-killed"],
    ["أعلن الجيش مقتل 40 مسلحا في الاشتباكات", "40 مسلحا", 40, "مسلح", "people-killed"],
    ["دمر القصف 9 شاحنات محملة بالوقود", "9 شاحنات", 9, "شاحنة", "vehicles"],
    ["أطلقت البارجة 6 صواريخ على المواقع", "6 صواريخ", 6, "صاروخ", "weapons"],
    ["تضمنت خسائر الفصيل 27 إرهابيا", "27 إرهابيا", 27, "إرهابي", "people-killed"],
    ["قتل 15 عنصراً من الحرس", "15 عنصراً", 15, "عنصر", "people-killed"],
    ["احترقت 11 سيارة في المرأب", "11 سيارة", 11, "سيارة", "vehicles"],
    ["استولى المقاتلون على 14 مركبة عسكرية", "14 مركبة", 14, "مركبة", "vehicles"],
    ["تقع القرية على بعد 42 كم شمال المدينة", "42 كم", 42, "كم", "distance"],
    ["رصدت الحكومة 300 مليون دولار للإعمار", "300 مليون دولار", 300_000_000, "دولار", "money"],
    ["نفذت المقاتلات 16 غارة على الريف", "16 غارة", 16, "غارة", "events"],
    ["ألقت الشرطة القبض على سبعة متهمين في القضية", "سبعة متهمين", 7, "متهم", "people"],
    ["انهار المبنى المؤلف من أربعة طوابق فجراً", "أربعة طوابق", 4, "طابق", "other"],
    ["سيطرت القوات على 7 قرى في الريف الشرقي", "7 قرى", 7, "قرية", "other"],
    // injured and other people
    ["وأصيب 23 شخصاً بجروح متفاوتة", "23 شخصاً", 23, "شخص", "people-injured"],
    ["جرح 18 طفلاً في القصف", "18 طفلاً", 18, "طفل", "people-injured"],
    ["أسفر الانفجار عن إصابة 31 مدنياً", "31 مدنياً", 31, "مدني", "people-injured"],
    ["اعتقلت الدورية 13 شاباً من الحي", "13 شاباً", 13, "شاب", "people"],
    ["عاد 200 لاجئ إلى بلداتهم", "200 لاجئ", 200, "لاجئ", "people"],
    ["أدى القصف إلى سقوط قتلى بينهم 4 نساء", "4 نساء", 4, "امرأة", "people-killed"],
    ["أودى الهجوم بحياة 19 مدنياً", "19 مدنياً", 19, "مدني", "people-killed"],
    // number words in every form
    ["أحبطت الشرطة ثلاث محاولات تهريب", "ثلاث محاولات", 3, "محاولة", "events"],
    ["قُتل ثلاثة جنود على الحاجز", "ثلاثة جنود", 3, "جندي", "people-killed"],
    ["قتل ثلاثين مقاتلاً في المعركة", "ثلاثين مقاتلاً", 30, "مقاتل", "people-killed"],
    ["وصل ثلاثون نازحاً إلى المخيم", "ثلاثون نازحاً", 30, "نازح", "people"],
    ["أحرق المهاجمون ثماني حافلات", "ثماني حافلات", 8, "حافلة", "vehicles"],
    ["أفرج عن ثمانية معتقلين", "ثمانية معتقلين", 8, "معتقل", "people"],
    ["قتل خمسة وعشرين عنصراً", "خمسة وعشرين عنصراً", 25, "عنصر", "people-killed"],
    ["نزح ثلاثمئة شخص من القرية", "ثلاثمئة شخص", 300, "شخص", "people"],
    ["نزح ثلاثمائة شخص من القرية", "ثلاثمائة شخص", 300, "شخص", "people"],
    ["نزح ثلاث مئة شخص من القرية", "ثلاث مئة شخص", 300, "شخص", "people"],
    ["عاد ألفين لاجئ في أسبوع", "ألفين لاجئ", 2000, "لاجئ", "people"],
    ["فرّ خمسة آلاف مدني من المدينة", "خمسة آلاف مدني", 5000, "مدني", "people"],
    ["يعيش ثلاثة ملايين لاجئ في المخيمات", "ثلاثة ملايين لاجئ", 3_000_000, "لاجئ", "people"],
    ["خصص الصندوق مليار دولار", "مليار دولار", 1_000_000_000, "دولار", "money"],
    ["بلغت الكلفة 2.5 مليون دولار", "2.5 مليون دولار", 2_500_000, "دولار", "money"],
    ["نزح ١٬٥٠٠ شخص خلال الليل", "١٬٥٠٠ شخص", 1500, "شخص", "people"],
    ["نزح ۱٬۲۰۰ شخص خلال الليل", "۱٬۲۰۰ شخص", 1200, "شخص", "people"],
    ["قالت الوزارة إن 1,500 لاجئ عادوا", "1,500 لاجئ", 1500, "لاجئ", "people"],
    ["بلغت الحرارة 47 درجة", "47 درجة", 47, "درجة", "other"],
    ["انتشلت الفرق 6 جثث من تحت الأنقاض", "6 جثث", 6, "جثة", "people-killed"],
    ["نفق 150 رأساً من الماشية", "150 رأساً", 150, "رأس", "other"], // accusative after …50
    ["نفق 12 رأساً من الماشية", "12 رأساً", 12, "رأس", "other"],
    // a cue around its figure, «لقي … حتفهم»; «لقي» without its closing word is no death («met with»)
    ["لقي خمسة نازحين حتفهم في الحريق", "خمسة نازحين", 5, "نازح", "people-killed"],
    ["لقي 5 أشخاص ترحيباً من الأهالي", "5 أشخاص", 5, "شخص", "people"],
    // English
    ["The strike killed 12 civilians", "12 civilians", 12, "civilian", "people-killed"],
    ["Two missiles hit the depot", "Two missiles", 2, "missile", "weapons"],
    ["Twenty-five fighters were killed", "Twenty-five fighters", 25, "fighter", "people-killed"],
    ["Officials said 1.2 million people were displaced", "1.2 million people", 1_200_000, "person", "people"],
    ["The convoy of 30 trucks was hit", "30 trucks", 30, "truck", "vehicles"],
    ["He said 14 people were wounded", "14 people", 14, "person", "people-injured"],
    ["Rescuers recovered 9 bodies", "9 bodies", 9, "body", "people-killed"],
    ["Five people drowned in the village", "Five people", 5, "person", "people-killed"],
    ["Twenty-four passengers were rescued", "Twenty-four passengers", 24, "passenger", "people"],
    [
      "Turkey hosts 3.6 million Syrian refugees",
      "3.6 million Syrian refugees",
      3_600_000,
      "refugee",
      "people",
    ],
  ])("«%s» → %s", (line, text, value, unit, category) => {
    expect(read(line)).toEqual([[text, value, "exact", unit, category]]);
  });

  it("reads a cue around its figures: «لقي أربعة نازحين بينهم ثلاثة أطفال حتفهم»", () => {
    expect(read("لقي أربعة نازحين بينهم ثلاثة أطفال حتفهم إثر تسمم")).toEqual([
      ["أربعة نازحين", 4, "exact", "نازح", "people-killed"],
      ["ثلاثة أطفال", 3, "exact", "طفل", "people-killed"],
    ]);
  });

  it("takes the category from the nearest verb: «قُتل 30 شخصاً وأصيب 40 آخرون»", () => {
    expect(read("قُتل 30 شخصاً وأصيب 40 آخرون في الغارة")).toEqual([
      ["30 شخصاً", 30, "exact", "شخص", "people-killed"],
      ["40 آخرون", 40, "exact", "شخص", "people-injured"],
    ]);
    expect(read("killed 5 people and wounded 11 others")).toEqual([
      ["5 people", 5, "exact", "person", "people-killed"],
      ["11 others", 11, "exact", "person", "people-injured"],
    ]);
    expect(read("أسفر القصف عن مقتل 6 مدنيين، و3 مدنيين في القرية المجاورة")).toEqual([
      ["6 مدنيين", 6, "exact", "مدني", "people-killed"],
      ["3 مدنيين", 3, "exact", "مدني", "people-killed"],
    ]);
  });

  it("reads a noun after من (of) and a noun before a definite figure", () => {
    expect(only("قتل أكثر من سبعين من عناصر الفصيل")).toMatchObject({
      text: "أكثر من سبعين",
      value: 70,
      qualifier: "more-than",
      unit: "عنصر",
      category: "people-killed",
    });
    expect(only("ما زال أربعة من جرحى التفجير في العناية")).toMatchObject({
      value: 4,
      unit: "جريح",
      category: "people-injured",
    });
    expect(only("أفرج عن المعتقلين العشرة أمس")).toMatchObject({
      text: "المعتقلين العشرة",
      value: 10,
      unit: "معتقل",
    });
  });

  it("takes a noun the lexicon does not list from its shape: plural -ات after 3–10", () => {
    expect(only("هاجمت القوات المدينة من أربع جهات")).toMatchObject({
      value: 4,
      unit: "جهة",
      category: "other",
    });
    expect(only("وصلت ست دفعات من المساعدات")).toMatchObject({ value: 6, unit: "دفعة", category: "other" });
  });

  it("reads a killing noun in the accusative as a cue: «213 قتيلاً، بينهم 61 طفلاً»", () => {
    expect(read("وثّق المرصد 213 قتيلاً، بينهم 61 طفلاً و34 امرأة")).toEqual([
      ["213 قتيلاً", 213, "exact", "قتيل", "people-killed"],
      ["61 طفلاً", 61, "exact", "طفل", "people-killed"],
      ["34 امرأة", 34, "exact", "امرأة", "people-killed"],
    ]);
  });

  it("counts nisba nouns as people: «خمسة لبنانيين», «30 فلسطينياً»", () => {
    expect(only("قتل خمسة لبنانيين في الغارة")).toMatchObject({ unit: "لبناني", category: "people-killed" });
    expect(only("اعتقلت القوات 30 فلسطينياً")).toMatchObject({ unit: "فلسطيني", category: "people" });
  });

  it("counts travellers as people: «كان يقل 52 راكبا», «مسافرين», 'passengers'", () => {
    expect(only("قال إن المركب كان يقل 52 راكبا")).toMatchObject({ unit: "راكب", category: "people" });
    expect(only("كانت الحافلة تقل 31 مسافرا")).toMatchObject({ unit: "مسافر", category: "people" });
  });

  it("takes a noun before the figure only for a definite figure or «واحد»", () => {
    expect(only("تسلمت الأسر 250 سلة غذائية")).toMatchObject({ value: 250, unit: null });
    expect(only("قتل شخص واحد في الحادث")).toMatchObject({ text: "واحد", value: 1, unit: "شخص" });
    expect(read("قال أحد السكان إن واحداً فقط نجا")).toEqual([]);
  });

  it("does not carry a killing back over a rescue: the rescued are no toll", () => {
    const line = "انتشلت فرق خفر السواحل جثث 13 مهاجراً وأنقذت 27 آخرين قبالة السواحل";
    expect(read(line).map(([, value, , , category]) => [value, category])).toEqual([
      [13, "people-killed"],
      [27, "people"],
    ]);
    const english = read("At least 13 migrants were killed when the boat sank, and 27 others were rescued");
    expect(english.map(([, value, , , category]) => [value, category])).toEqual([
      [13, "people-killed"],
      [27, "people"],
    ]);
  });

  it("gives a figure with no noun the category of its verb, or other", () => {
    expect(only("قتل 9 وأصيب آخرون")).toMatchObject({ value: 9, unit: null, category: "people-killed" });
    expect(only("البنود المتفق عليها أربعة فقط")).toMatchObject({ value: 4, unit: null, category: "other" });
  });
});

describe("money after a currency sign", () => {
  it.each([
    ["The fund lost $5 million", "$5 million", 5_000_000],
    ["The operator was fined £2.4m", "£2.4m", 2_400_000],
    ["Repairs cost $180,000 a year", "$180,000", 180_000],
  ])("«%s» → «%s»", (line, text, value) => {
    expect(only(line)).toMatchObject({ text, value, category: "money" });
  });

  it.each([
    ["The ring collected some KD3.2 million in fees", "some KD3.2 million", 3_200_000, "dinar"],
    ["Profits reached KD 2.3 million", "KD 2.3 million", 2_300_000, "dinar"],
    ["The firm was fined SAR10 million", "SAR10 million", 10_000_000, "riyal"],
  ])("«%s» → «%s», in the code's currency", (line, text, value, unit) => {
    expect(only(line)).toMatchObject({ text, value, unit, category: "money" });
  });

  it("reads a range of amounts", () => {
    expect(only("The charge went from $18 to $31")).toMatchObject({
      value: 18,
      high: 31,
      qualifier: "range",
    });
  });
});

describe("qualifiers and ranges", () => {
  it.each([
    ["قتل أكثر من 50 شخصاً", "أكثر من 50 شخصاً", 50, "more-than"],
    ["قتل ما يزيد عن 50 شخصاً", "ما يزيد عن 50 شخصاً", 50, "more-than"],
    ["قتل ما يزيد على 50 شخصاً", "ما يزيد على 50 شخصاً", 50, "more-than"],
    ["قتل ما لا يقل عن 50 شخصاً", "ما لا يقل عن 50 شخصاً", 50, "at-least"],
    ["قتل 50 شخصاً على الأقل", "50 شخصاً على الأقل", 50, "at-least"],
    ["دمرت خمس دبابات مدرعة على الأقل", "خمس دبابات مدرعة على الأقل", 5, "at-least"],
    ["قتل 20 عنصراً من قوات الأمن على الأقل", "20 عنصراً من قوات الأمن على الأقل", 20, "at-least"],
    ["قتل نحو 50 شخصاً", "نحو 50 شخصاً", 50, "about"],
    ["وقتل حوالي 50 شخصاً", "حوالي 50 شخصاً", 50, "about"],
    ["قتل قرابة 50 شخصاً", "قرابة 50 شخصاً", 50, "about"],
    ["قتل زهاء 50 شخصاً", "زهاء 50 شخصاً", 50, "about"],
    ["قتل أقل من 50 شخصاً", "أقل من 50 شخصاً", 50, "less-than"],
    ["يتسع المخيم حتى 50 عائلة", "حتى 50 عائلة", 50, "at-most"],
    ["The blast killed more than 50 people", "more than 50 people", 50, "more-than"],
    ["The blast killed over 50 people", "over 50 people", 50, "more-than"],
    ["The blast killed at least 50 people", "at least 50 people", 50, "at-least"],
    ["The blast killed about 50 people", "about 50 people", 50, "about"],
    ["The blast killed around 50 people", "around 50 people", 50, "about"],
    ["The blast killed nearly 50 people", "nearly 50 people", 50, "about"],
    ["The blast killed up to 50 people", "up to 50 people", 50, "at-most"],
    ["The blast killed fewer than 50 people", "fewer than 50 people", 50, "less-than"],
  ])("«%s» → «%s» %d %s", (line, text, value, qualifier) => {
    expect(only(line)).toMatchObject({ text, value, qualifier });
  });

  it.each([
    ["قتل بين 10 و20 شخصاً", "بين 10 و20 شخصاً", 10, 20],
    ["قتل بين عشرة وعشرين شخصاً", "بين عشرة وعشرين شخصاً", 10, 20],
    ["قتل من 10 إلى 20 شخصاً", "من 10 إلى 20 شخصاً", 10, 20],
    ["قتل 10-20 شخصاً", "10-20 شخصاً", 10, 20],
    ["قتل ١٠ – ٢٠ شخصاً", "١٠ – ٢٠ شخصاً", 10, 20],
    ["The strike killed between 10 and 20 people", "between 10 and 20 people", 10, 20],
    ["The strike killed from 10 to 20 people", "from 10 to 20 people", 10, 20],
  ])("«%s» is the range «%s» %d–%d", (line, text, value, high) => {
    expect(only(line)).toMatchObject({ text, value, high, qualifier: "range", category: "people-killed" });
  });

  it("reads «من» before a lone figure as a preposition, not a range", () => {
    expect(only("تقدمت القوات من 3 محاور")).toMatchObject({
      text: "3 محاور",
      qualifier: "exact",
      unit: "محور",
    });
  });
});

describe("duals count two", () => {
  it.each([
    ["أحبط الجيش محاولتين للتسلل", "محاولتين", "محاولة", "events"],
    ["نفذت الطائرات عمليتي قصف على المعبر", "عمليتي قصف", "عملية", "events"],
    ["أطلقت المسيرة صاروخين على الموقع", "صاروخين", "صاروخ", "weapons"],
    ["نفذت بصاروخين موجهين", "صاروخين", "صاروخ", "weapons"],
    ["قتل في الغارة رجلان", "رجلان", "رجل", "people-killed"],
    ["لم تتبن أي جهة الغارتين", "الغارتين", "غارة", "events"],
    ["تقدمت القوات على محورين", "محورين", "محور", "other"],
  ])("«%s» → «%s»", (line, text, unit, category) => {
    expect(read(line)).toEqual([[text, 2, "exact", unit, category]]);
  });

  it("merges a repeated «اثنين» into the dual and leaves duals that name a pair", () => {
    expect(read("قتل شخصين اثنين")).toEqual([["شخصين اثنين", 2, "exact", "شخص", "people-killed"]]);
    expect(read("نزح السكان من مدينتي الرستن وتلبيسة")).toEqual([]);
    expect(read("عاد الهدوء إلى البلدين خلال اليومين الماضيين")).toEqual([]);
    expect(read("حذر الطرفان مرتين")).toEqual([["مرتين", 2, "exact", "مرة", "events"]]);
  });
});

describe("vague counts", () => {
  it.each([
    ["أصيب عشرات المدنيين", "عشرات المدنيين", 10, "مدني", "people-injured"],
    ["نزح مئات الأشخاص", "مئات الأشخاص", 100, "شخص", "people"],
    ["فر آلاف السكان من المدينة", "آلاف السكان", 1000, "ساكن", "people"],
    ["أسفرت الغارة عن مقتل العشرات", "العشرات", 10, null, "people-killed"],
    ["شارك مئات من أهالي البلدة", "مئات", 100, "أهل", "people"],
    ["Dozens of people were wounded", "Dozens", 12, "person", "people-injured"],
  ])("«%s» → «%s» (conservative %d)", (line, text, conservative, unit, category) => {
    expect(only(line)).toMatchObject({ text, value: null, qualifier: "about", conservative, unit, category });
  });
});

describe("lines, spans and rules", () => {
  const doc = documentOf([
    ["metadata", "الخميس 7 آذار 2024 | 10:32"],
    ["title", "مقتل 9 مدنيين بغارة على السوق"],
    ["boilerplate", "عاجل: 3 قتلى بانفجار لغم - 12:10"],
    ["body", "وقالت المصادر إن الغارة قتلت ما لا يقل عن 9 مدنيين وأصابت 14 آخرين."],
    ["boilerplate", "شارك 231 | تعليقات 4"],
  ]);
  const found = extractQuantities(doc);

  it("reads title and body lines only, with their line numbers", () => {
    expect(found.map((q) => [q.line, q.value])).toEqual([
      [2, 9],
      [4, 9],
      [4, 14],
    ]);
  });

  it("gives offsets into Document.text whose slice is the quoted text", () => {
    for (const q of found) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
    expect(found[1]?.text).toBe("ما لا يقل عن 9 مدنيين");
    expect(found[2]).toMatchObject({ text: "14 آخرين", category: "people-injured" });
  });

  it("records a rule id on each quantity", () => {
    expect(found.map((q) => q.rule)).toEqual([
      "qty.figure(num.digits)",
      "qty.figure(num.digits)",
      "qty.figure(num.digits)",
    ]);
    expect(only("أحبطوا محاولتين").rule).toBe("qty.dual");
    expect(only("قتل بين 3 و5 أشخاص").rule).toBe("qty.range(num.digits)");
    expect(only("مقتل العشرات").rule).toBe("qty.vague(num.vague-ar)");
    expect(only("قتل ثلاثة أشخاص").rule).toBe("qty.figure(num.ar-word)");
  });
});
