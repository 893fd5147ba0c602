import { describe, expect, it } from "vitest";
import type { Line } from "../core/types.js";
import { assignLineRoles } from "./assign-roles.js";
import { nonBlankLines } from "./clean-documents.js";
import { countLineKeys, lineFrequency } from "./recurrence.js";

// Pages written for these tests: invented outlets and events, shaped like scraped pages.

function roles(page: string, language = "ar", others: string[] = []) {
  const docs = [page, ...others].map((text, i) => ({ contentHash: `h${i}`, lines: nonBlankLines(text) }));
  const frequency = lineFrequency(countLineKeys(docs));
  return assignLineRoles(nonBlankLines(page), { language, lineFrequency: frequency });
}

const roleOf = (lines: readonly Line[], n: number) => lines.find((l) => l.n === n)?.role;
const kindOf = (lines: readonly Line[], n: number) => lines.find((l) => l.n === n)?.kind;

const WORDPRESS_PAGE = `الرئيسية » أخبار » محليات
انقطاع المياه عن أحياء شرق المدينة لليومين المقبلين

انقطاع المياه عن أحياء شرق المدينة لليومين المقبلين

412
0
شارك

موقع الضفة الشرقية – الزرقاء

أعلنت مديرية المياه في المحافظة أن الضخ سيتوقف عن أحياء شرق المدينة يومي السبت والأحد بسبب أعمال صيانة في الخط الرئيسي.

وقال مدير المديرية إن الفرق الفنية ستعمل على مدار الساعة لإنهاء الصيانة قبل الموعد المحدد، داعياً السكان إلى تخزين المياه.

وأضاف: «نعتذر للمواطنين عن الإزعاج».

مواضيع ذات صلة
ارتفاع أسعار الخضار في السوق المركزي
افتتاح مدرسة جديدة في الحي الشمالي

اترك تعليقاً
لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *
© 2023 موقع الضفة الشرقية. جميع الحقوق محفوظة`;

describe("line roles on an invented WordPress page", () => {
  const result = roles(WORDPRESS_PAGE);

  it("keeps the article's paragraphs, including its short closing quote, as body", () => {
    expect(result.lines.filter((l) => l.role === "body").map((l) => l.n)).toEqual([12, 14, 16]);
  });

  it("takes the first copy of a repeated headline as the title and the copy as furniture", () => {
    expect(roleOf(result.lines, 2)).toBe("title");
    expect(result.title).toBe("انقطاع المياه عن أحياء شرق المدينة لليومين المقبلين");
    expect(kindOf(result.lines, 4)).toBe("repeated-title");
  });

  it("says why each furniture line is furniture", () => {
    expect(kindOf(result.lines, 1)).toBe("menu");
    expect(kindOf(result.lines, 6)).toBe("counter");
    expect(kindOf(result.lines, 7)).toBe("counter");
    expect(kindOf(result.lines, 8)).toBe("share");
    expect(kindOf(result.lines, 18)).toBe("related");
    expect(kindOf(result.lines, 19)).toBe("related-list");
    expect(kindOf(result.lines, 20)).toBe("related-list");
    expect(kindOf(result.lines, 22)).toBe("comment-prompt");
    expect(kindOf(result.lines, 23)).toBe("comment-form");
    expect(kindOf(result.lines, 24)).toBe("copyright");
  });

  it("reads the outlet from the head dateline whose other side is a known city", () => {
    expect(roleOf(result.lines, 10)).toBe("metadata");
    expect(kindOf(result.lines, 10)).toBe("dateline");
    expect(result.outlet).toBe("موقع الضفة الشرقية");
  });
});

describe("outlet labels and forum labels", () => {
  it("takes a short 'name:' line right above the body as the outlet", () => {
    const page = `صوت الساحل:
أكدت بلدية المدينة أن أعمال تأهيل الكورنيش ستنتهي قبل نهاية الصيف الحالي وفق الجدول الزمني المعلن.
وأوضحت البلدية أن كلفة المشروع تجاوزت التقديرات الأولية بسبب ارتفاع أسعار مواد البناء.
عذراً التعليقات مغلقة`;
    const result = roles(page);
    expect(roleOf(result.lines, 1)).toBe("metadata");
    expect(kindOf(result.lines, 1)).toBe("outlet-label");
    expect(result.outlet).toBe("صوت الساحل");
    expect(result.title).toBeNull();
    expect(roleOf(result.lines, 4)).toBe("boilerplate");
  });

  it("does not take a forum signature label for the outlet or a user name for the title", () => {
    const page = `المشرف العام:
أبو سامر الحلبي
الافتراضي
تعطل حركة الملاحة في الميناء بعد عاصفة رملية قوية
توقفت حركة الملاحة في ميناء المدينة صباح اليوم بعد عاصفة رملية قوية حجبت الرؤية بشكل شبه كامل.
وقالت إدارة الميناء إن السفن الراسية ستبقى في أماكنها حتى تتحسن الأحوال الجوية خلال العاصفة.
رد مع اقتباس`;
    const result = roles(page);
    expect(result.outlet).toBeNull();
    expect(result.title).toBe("تعطل حركة الملاحة في الميناء بعد عاصفة رملية قوية");
    expect([1, 2, 3, 7].map((n) => roleOf(result.lines, n))).toEqual(Array(4).fill("boilerplate"));
  });
});

describe("tickers, Latin UI words and bylines", () => {
  const page = `عاجل
افتتاح معرض الكتاب (وكالات) - 09:15 إغلاق طريق المطار مؤقتاً (الشرطة) - 10:40 ارتفاع درجات الحرارة (الأرصاد) - 11:05
إطلاق سراح صيادين احتجزتهم دورية بحرية قرب الجزر
avatar-icon
Editing: سلمى النجار |
أفرجت السلطات البحرية عن سبعة صيادين احتجزتهم دورية قرب الجزر الجنوبية مطلع الأسبوع بعد مفاوضات شاقة.
وقال ممثل نقابة الصيادين إن القوارب المصادرة لم تُعد حتى الآن إلى أصحابها رغم الوعود الرسمية المتكررة.`;
  const result = roles(page);

  it("marks the ticker and its header, and a Latin widget name, as furniture", () => {
    expect(kindOf(result.lines, 1)).toBe("ticker");
    expect(kindOf(result.lines, 2)).toBe("ticker");
    expect(kindOf(result.lines, 4)).toBe("ui-latin");
  });

  it("reads the byline without its trailing separator", () => {
    expect(roleOf(result.lines, 5)).toBe("metadata");
    expect(result.byline).toBe("سلمى النجار");
    expect(result.title).toBe("إطلاق سراح صيادين احتجزتهم دورية بحرية قرب الجزر");
  });
});

describe("cross-document evidence", () => {
  const body =
    "وافق المجلس البلدي على خطة لتوسيع شبكة النقل العام تشمل ثلاثة خطوط جديدة للحافلات الكهربائية في المدينة.";
  const pageA = `${body}\nانضم إلينا\nاكتب رأيك هنا\nواختتمت الجلسة بالتصويت على الموازنة السنوية للمجلس البلدي للعام المقبل.`;
  const pageB = `أعلنت جامعة المدينة عن فتح باب التسجيل للعام الدراسي الجديد مع زيادة المقاعد المخصصة لكليات الهندسة.\nانضم إلينا\nاكتب رأيك هنا\nوأشارت الجامعة إلى أن نتائج القبول ستعلن خلال الشهر المقبل عبر موقعها الإلكتروني الرسمي.`;
  const pageC = `${"بدأت أعمال ترميم السوق القديم بتمويل من صندوق التراث بعد سنوات من الإهمال والتأجيل المستمر."}\nاكتب رأيك هنا\nوقال المهندس المشرف إن الأعمال تحافظ على الطابع المعماري الأصلي للسوق ومحلاته القديمة.`;

  it("takes a two-word line carried by two pages as furniture even inside the article", () => {
    const result = roles(pageA, "ar", [pageB]);
    expect(kindOf(result.lines, 2)).toBe("recurring");
  });

  it("still reads a masthead that recurs on two pages of one outlet as the outlet's name", () => {
    const page = (headline: string, lead: string) =>
      `الشراع الشمالي\nالرئيسية › محليات › عكار\nالسبت 8 شباط 2025\nمشاركة: فيسبوك · واتساب · X | 3,214 قراءة\n\n${headline}\n\n${lead}\n\nوقال مسؤول في البلدية إن الفرق الفنية تعمل على تقييم الأضرار في المنطقة.`;
    const first = page(
      "انفجار في محطة وقود عند مدخل المدينة",
      "قتل ستة أشخاص وأصيب آخرون في انفجار هز محطة للمحروقات عند المدخل الجنوبي للمدينة مساء أمس.",
    );
    const second = page(
      "إغلاق المحطة المنكوبة بقرار من المحافظ",
      "قرر المحافظ إغلاق المحطة التي شهدت الانفجار حتى انتهاء التحقيقات التي تجريها الأجهزة المختصة.",
    );
    const result = roles(first, "ar", [second]);
    expect(result.outlet).toBe("الشراع الشمالي");
    expect(roleOf(result.lines, 1)).toBe("metadata");
  });

  it("needs three pages for a three-word line, so a short shared headline survives two outlets", () => {
    expect(roles(pageA, "ar", [pageB]).lines[2]?.role).toBe("body");
    expect(kindOf(roles(pageA, "ar", [pageB, pageC]).lines, 3)).toBe("recurring");
  });
});

describe("an English page", () => {
  const page = `The Harbour Gazette
News > World > Middle East

Ferry service resumes between the two islands after a week of storms

By Tom Avery
Published 12 May 2023
4 min read
Share   Tweet   Email

Ferry operators resumed crossings on Tuesday after a week in which high winds kept every vessel in port, officials said.

"We lost seven days of trade," said a café owner at the pier, who asked not to be named.

Most read
Council approves new cycle lanes
Storm damage bill tops estimates
© 2023 The Harbour Gazette. All rights reserved.`;
  const result = roles(page, "en");

  it("finds title, byline, masthead and outlet", () => {
    expect(result.title).toBe("Ferry service resumes between the two islands after a week of storms");
    expect(result.byline).toBe("Tom Avery");
    expect(result.outlet).toBe("The Harbour Gazette");
    expect(kindOf(result.lines, 1)).toBe("masthead");
  });

  it("keeps both paragraphs as body and everything else out", () => {
    expect(result.lines.filter((l) => l.role === "body").map((l) => l.n)).toEqual([11, 13]);
    expect(kindOf(result.lines, 8)).toBe("read-time");
    expect(kindOf(result.lines, 9)).toBe("buttons");
    expect(kindOf(result.lines, 16)).toBe("popular-list");
  });
});

describe("an English wire page", () => {
  it("takes a masthead named like a wire service for the outlet, not the dateline's abbreviation", () => {
    const page = `Levant Wire Service
World News | Middle East | Wed Feb 19, 2025 1:05pm GMT

Death toll in building collapse rises to seven

ZARQA, Jordan (LWS) — The death toll from the collapse of a four-storey residential building rose to seven on Wednesday, the civil defence directorate said.

Rescue teams ended their search of the rubble late on Tuesday after recovering the last body, officials said.`;
    expect(roles(page, "en").outlet).toBe("Levant Wire Service");
  });
});

describe("furniture after the article", () => {
  it("reads 'Related: <headline>' lines, a long copyright notice and a comment prompt as furniture", () => {
    const page = `The Harbour Gazette

Ferry service resumes between the two islands after a week of storms

Ferry operators resumed crossings on Tuesday after a week in which high winds kept every vessel in port, officials said.

The port authority said timetables would return to normal by the weekend once repairs to the northern pier are finished.

Related: Storm damage bill tops estimates as council meets
Related: Fishermen count the cost of a lost week at sea
Have your say: log in to comment.
© 2023 The Harbour Gazette. All rights reserved. Republication or redistribution of Gazette content is prohibited without prior written consent.`;
    const result = roles(page, "en");
    expect(result.lines.filter((l) => l.role === "body").map((l) => l.n)).toEqual([5, 7]);
    expect(kindOf(result.lines, 9)).toBe("related");
    expect(kindOf(result.lines, 11)).toBe("comment-prompt");
    expect(kindOf(result.lines, 12)).toBe("copyright");
  });

  it("reads a forum repost's «منقول» markers as furniture", () => {
    const page = `منتدى شباب الوادي

انهيار عمارة سكنية في حي الجسر

منقول

لقي خمسة أشخاص مصرعهم وأصيب آخرون في انهيار عمارة سكنية من أربعة طوابق في حي الجسر فجر اليوم.

وقالت مديرية الدفاع المدني إن فرق الإنقاذ انتشلت المصابين من تحت الأنقاض ونقلتهم إلى المستشفى.

انتهى المنقول.`;
    const result = roles(page, "ar");
    expect(kindOf(result.lines, 5)).toBe("forum");
    expect(kindOf(result.lines, 11)).toBe("forum");
    expect(result.lines.filter((l) => l.role === "body").map((l) => l.n)).toEqual([7, 9]);
  });
});

describe("a page with no furniture", () => {
  it("makes every paragraph body and invents no title", () => {
    const page = `تسلمت وزارة الصحة شحنة جديدة من اللقاحات المخصصة لحملة التطعيم الموسمية ضد الإنفلونزا.
وقالت الوزارة إن الحملة ستبدأ مطلع الشهر المقبل وتستهدف كبار السن والعاملين في القطاع الصحي.
وأضافت أن المراكز الصحية ستفتح أبوابها مساءً لتسهيل وصول المواطنين.`;
    const result = roles(page);
    expect(result.lines.every((l) => l.role === "body")).toBe(true);
    expect(result.title).toBeNull();
    expect(result.outlet).toBeNull();
  });
});

const FORUM_ROW_PAGE = `منتديات الوادي الأخضر
المنتدى العام › أخبار المحافظات
كاتب الموضوع: ابو_سالم_الوادي | الأربعاء 10 تموز 2024 - 21:47
الردود: 6 | المشاهدات: 389

حريق في سوق الخضار المركزي

منقول

اندلع حريق كبير في سوق الخضار المركزي فجر اليوم، وتمكنت فرق الدفاع المدني من إخماده بعد ساعتين.

وقال مدير الدفاع المدني إن الحريق لم يسفر عن إصابات، وإن التحقيق جار لمعرفة أسبابه.`;

describe("a furniture row with a date in it", () => {
  const result = roles(FORUM_ROW_PAGE);
  /** The forum page with its third line, the «author | date» row, written otherwise. */
  const withRow = (row: string) =>
    roles(FORUM_ROW_PAGE.replace("كاتب الموضوع: ابو_سالم_الوادي | الأربعاء 10 تموز 2024 - 21:47", row));

  it("reads «author | date» as the page's date line, not as a menu, and a counter row still as a menu", () => {
    expect(roleOf(result.lines, 3)).toBe("metadata");
    expect(kindOf(result.lines, 3)).toBe("date");
    expect(roleOf(result.lines, 4)).toBe("boilerplate");
  });

  it("reads a row whose other items are a read time, a post counter or a clock as the date line", () => {
    const forum = withRow("المشاركة رقم #1 | ابو_سالم_الوادي | المشاركات: 4,210 | 10-07-2024، 11:05 م");
    expect(kindOf(forum.lines, 3)).toBe("date");
    const site = withRow("Home / Local — July 10, 2024 — 6 min read");
    expect(kindOf(site.lines, 3)).toBe("date");
  });

  it("reads a forum row dated in Eastern Arabic digits, and a breadcrumb that ends in the date", () => {
    const eastern = withRow(
      "كاتب الموضوع: ابو_سالم_الوادي | عضو مميز | المشاركات: ٢١٠٤ | بتاريخ: ١٠-٠٧-٢٠٢٤ ٠٩:٤٧ م",
    );
    expect(roleOf(eastern.lines, 3)).toBe("metadata");
    expect(kindOf(eastern.lines, 3)).toBe("date");
    const crumbs = withRow("الرئيسية / أخبار المحافظات / الأربعاء 10 تموز 2024");
    expect(kindOf(crumbs.lines, 3)).toBe("date");
    // the same trail without its date stays a menu
    expect(kindOf(withRow("الرئيسية / أخبار المحافظات / حوادث").lines, 3)).not.toBe("date");
  });

  it("does not take a breaking-news ticker that dates its items for the page's date line", () => {
    const ticker = withRow(
      "عاجل | 02/05/2024 | البلدية تعلن موعد افتتاح الجسر الجديد ... عاجل | 02/05/2024 | انقطاع الكهرباء",
    );
    expect(kindOf(ticker.lines, 3)).not.toBe("date");
    expect(roleOf(ticker.lines, 3)).toBe("boilerplate");
    expect(kindOf(withRow("عاجل | 02/05/2024 | البلدية تعلن موعد افتتاح الجسر الجديد").lines, 3)).toBe(
      "ticker",
    );
  });

  it("reads «date — author» (items between spaced dashes) as the date line too", () => {
    const dashed = withRow("10-07-2024, 09:47 PM — كاتب الموضوع: ابو_سالم_الوادي");
    expect(roleOf(dashed.lines, 3)).toBe("metadata");
    expect(kindOf(dashed.lines, 3)).toBe("date");
  });
});
