// Figures that are not quantities: dates, times, years, durations, percentages, phone numbers, ordinals
// and numbers that name things. Each line below holds such a figure and nothing else to count.
import { describe, expect, it } from "vitest";
import { documentOf } from "./document-fixture.js";
import { extractQuantities } from "./index.js";

function values(line: string): (number | null)[] {
  return extractQuantities(documentOf([line])).map((q) => q.value);
}

describe("figures that are not quantities", () => {
  it.each([
    // dates
    ["قصفت الطائرات القافلة يوم 25 مايو الماضي", "day of a month"],
    ["قصفت الطائرات القافلة يوم 25 مايو/أيار", "day of a month, two series"],
    ["أصدرت القيادة البيان بتاريخ 2017/5/15", "numeric date"],
    ["أعلنت اللجنة النتائج في 15.5.2017", "numeric date with dots"],
    ["وقعت الحادثة في الـ25 من آيار", "الـ + day"],
    ["وقعت العملية يوم 25 الجاري", "day of the current month"],
    ["انتهت المهلة قبل 31 من الشهر الفائت", "day of last month"],
    ["أعلنت القوات في 15 من شهر آيار وقف العمليات", "day of a named month"],
    ["حاولوا الخروج ليل الثلاثين من الشهر الماضي", "a day in words"],
    ["سقطت المدينة يوم 2 آذار 2017", "day and year"],
    ["ارتفع عدد الضحايا منذ 2024/1/1", "numeric date"],
    ["وصلت البعثة في 11-03-2024 إلى المدينة", "numeric date with dashes"],
    ["The raid took place on March 8, 2024", "English date"],
    ["The agency said on Oct. 12 that the road was closed", "abbreviated month"],
    // times
    ["توقف القصف عند الساعة 12:33", "clock time"],
    ["بدأ الهجوم الساعة 7 مساءً", "hour"],
    ["The drone struck at 7 p.m.", "English hour"],
    // years
    ["تراجعت الزراعة منذ عام 2018", "year after عام"],
    ["لم تشهد المنطقة هدوءاً منذ 2018", "bare year"],
    ["It returned to government control in 2018", "English year"],
    ["The cradle of the 2011 uprising", "year as a modifier"],
    // durations
    ["انسحب التنظيم قبل ثلاثة أعوام", "years"],
    ["تم الاتفاق على هدنة لمدة 72 ساعة", "hours"],
    ["عاد الهدوء بعد أربعة أيام من القتال", "days"],
    ["استمر الحصار سبعة أشهر", "months"],
    ["قتل طفل (12 عاماً) في القصف", "age"],
    ["They agreed a 72-hour truce", "hyphenated duration"],
    ["The strike came three days after the raid", "English days"],
    // percentages
    ["ارتفعت الأسعار 15% خلال الشهر", "percent sign"],
    ["ارتفعت الأسعار ١٥٪ خلال الشهر", "Arabic percent sign"],
    ["تراجع الإنتاج بنسبة 40 في المئة", "في المئة"],
    ["تراجع الإنتاج بنسبة 40 بالمائة", "بالمائة"],
    ["Prices rose 15 percent", "English percent"],
    // phone numbers
    ["للتواصل مع المكتب: +963 11 2345678", "international number"],
    ["اتصلوا على الرقم 0933 123 456", "local number"],
    // names of things
    ["طالب المجلس بتطبيق القرار 2254", "a resolution"],
    ["انتشرت عناصر الفرقة 17 في الريف", "a division"],
    ["أسقطت الدفاعات طائرة F-16 فوق البحر", "a model"],
    ["The Security Council passed Resolution 2254", "English resolution"],
    ["1. تشغيل الآبار الجديدة في المحافظة", "a list item"],
    ["See the report [4] for details", "a footnote"],
    ["The 65UM7300 model is sold out", "a model number"],
    // scores and tallies
    ["The council voted 5–4 to close the branch", "a vote"],
    ["France won 2-1 in the final", "a score"],
    // ratios
    ["ارتفع السعر بثلاثة أضعاف خلال عام", "threefold"],
    // ordinals
    ["هذا ثاني انفجار في الحي", "ordinal"],
    ["للمرة الثالثة خلال شهر", "ordinal"],
    ["He was wounded for the third time", "English ordinal"],
    // definite number words that name or date things
    ["سيطر الجيش على حاجز السبع بيار", "a place name"],
    ["قتل أحد المسلحين", "«أحد» (one of)"],
  ])("«%s» (%s)", (line) => {
    expect(values(line)).toEqual([]);
  });

  it("keeps the count beside a date", () => {
    expect(values("قتل 5 أشخاص يوم 25 أيار 2017")).toEqual([5]);
    expect(values("The strike on March 8 killed 14 people")).toEqual([14]);
    expect(values("تراجع الإنتاج 40 في المئة وقتل 3 عمال")).toEqual([3]);
  });

  it("keeps a four-digit figure that counts a noun", () => {
    expect(values("عاد 2000 لاجئ إلى المدينة")).toEqual([2000]);
  });
});
