// Batch anchoring: documents written for these tests about one invented event (a strike on 12 September
// 2019; 18 September 2019 was a Wednesday).
import { describe, expect, it } from "vitest";
import { findTimeMentions, resolveTimeMentions } from "../extract/times/index.js";
import { makeDocument } from "../extract/times/test-document.js";
import { resolveActors, resolveBatchTimes, resolvePublicationDates, withPublicationDates } from "./index.js";

// Its own date from the text: «اليوم الخميس» and the latest full date 2019/9/18 → Thursday 19 September.
const dated = makeDocument(
  [
    "أعلنت الوزارة اليوم الخميس أن الغارة التي وقعت في 12 أيلول أوقعت تسعة قتلى.",
    "وأضافت أن المهلة الممنوحة للمسلحين انتهت في 2019/9/18.",
  ],
  { id: "dated" },
);
// No date of its own; shares «12 أيلول» and says «أمس الأربعاء»: a Thursday, consistent.
const borrower = makeDocument(
  [
    "أعلنت الوزارة أمس الأربعاء أن الغارة التي وقعت في 12 أيلول/سبتمبر الماضي أوقعت قتلى، وأن المسلحين انسحبوا بعد غارة أخرى في 15 آب.",
  ],
  { id: "borrower" },
);
// Shares «12 أيلول» but says «أمس الأحد»: today would be a Monday, not the lender's Thursday.
const contradicting = makeDocument(["أعلنت الوزارة أمس الأحد أن الغارة التي وقعت في 12 أيلول أوقعت قتلى."], {
  id: "contradicting",
});
// Shares only «15 آب», and only with the borrower, whose date is itself borrowed: no chains.
const chained = makeDocument(["أفاد ناشطون أمس بأن غارة 15 آب أوقعت ضحايا."], { id: "chained" });
// Nothing relative in it: it needs no date and gets none.
const selfContained = makeDocument(["وقعت الغارة في 12 أيلول 2019 على أطراف البلدة."], { id: "self" });
// «يوم 12 الجاري»: the 12th of the current month, which the batch places in September 2019.
const monthOnly = makeDocument(
  ["أكدت الوزارة أن الغارة وقعت يوم 12 الجاري، وأن التحقيق ينتهي نهاية أيلول، كما قالت أمس."],
  { id: "month" },
);

function run(documents: ReturnType<typeof makeDocument>[]) {
  const mentions = documents.map((d) => findTimeMentions(d));
  const dates = resolvePublicationDates(documents, mentions);
  return { mentions, dates, byId: new Map(documents.map((d, i) => [d.id, dates[i]!])) };
}

describe("resolvePublicationDates", () => {
  const { mentions, dates, byId } = run([dated, borrower, contradicting, chained, selfContained, monthOnly]);

  it("infers a document's own date from a weekday cue and its latest full date", () => {
    expect(byId.get("dated")).toMatchObject({
      published: "2019-09-19",
      publishedFrom: "text",
      publishedBasis: "text",
      reference: "2019-09-19",
    });
  });

  it("lends that date to a document sharing a day-month whose weekday cue agrees", () => {
    expect(byId.get("borrower")).toMatchObject({
      published: "2019-09-19",
      publishedFrom: "text",
      publishedBasis: "batch",
    });
    const times = resolveTimeMentions(mentions[1]!, dates[1]!.reference);
    expect(times.map((t) => [t.text, t.value])).toEqual([
      ["أمس الأربعاء", "2019-09-18"],
      ["12 أيلول/سبتمبر الماضي", "2019-09-12"],
      ["15 آب", "2019-08-15"],
    ]);
  });

  it("does not lend it when the weekday cue contradicts it, and relative dates stay null", () => {
    expect(byId.get("contradicting")).toMatchObject({
      published: null,
      publishedBasis: null,
      reference: null,
    });
    expect(byId.get("contradicting")!.reason).toMatch(/contradict/u);
    expect(resolveTimeMentions(mentions[2]!, null).map((t) => t.value)).toEqual([null, null]);
  });

  it("does not lend it to a document about another event that happens to share the day-month", () => {
    // Same «12 أيلول», agreeing weekday, but a football final, not the strike: different words.
    const unrelated = makeDocument(
      ["فاز الفريق أمس الأربعاء بنهائي الكأس الذي أقيم في 12 أيلول بملعب العاصمة."],
      {
        id: "unrelated",
      },
    );
    const { byId: r } = run([dated, unrelated]);
    expect(r.get("unrelated")).toMatchObject({ published: null, reference: null });
  });

  it("does not lend it when the document calls the lender's month past", () => {
    // «أيلول الماضي» cannot be written in September: this page was written later.
    const later = makeDocument(
      ["أعلنت الوزارة أمس أن الغارة التي وقعت في 12 أيلول أوقعت قتلى، كغارة أيلول الماضي."],
      {
        id: "later",
      },
    );
    const { byId: r } = run([dated, later]);
    expect(r.get("later")).toMatchObject({ published: null, reference: null });
  });

  it("lends only dates a document found for itself", () => {
    expect(byId.get("chained")).toMatchObject({ published: null, reference: null });
  });

  it("gives no date to a text that needs none", () => {
    expect(byId.get("self")).toMatchObject({ published: null, reference: null });
  });

  it("establishes the month, not the day, from a day of the current month", () => {
    expect(byId.get("month")).toMatchObject({ published: null, publishedBasis: null, reference: "2019-09" });
    const times = resolveTimeMentions(mentions[5]!, dates[5]!.reference);
    expect(times.map((t) => [t.text, t.value])).toEqual([
      ["يوم 12 الجاري", "2019-09-12"],
      ["نهاية أيلول", "2019-09-30"],
      ["أمس", null],
    ]);
  });

  it("lends nothing when the dated documents sharing the day-month disagree", () => {
    const a = makeDocument([["metadata", "الخميس 7 آذار 2024", "date"], "تذكّر السكان غارة 3 آذار."], {
      id: "a",
    });
    const b = makeDocument(
      [["metadata", "الجمعة 8 آذار 2024", "date"], "وكانت غارة 3 آذار قد دمرت المزرعة."],
      {
        id: "b",
      },
    );
    const c = makeDocument(["شيّع الأهالي أمس ضحايا غارة 3 آذار."], { id: "c" });
    const { byId: r } = run([a, b, c]);
    expect(r.get("a")).toMatchObject({
      published: "2024-03-07",
      publishedFrom: "text",
      publishedBasis: "date-line",
    });
    expect(r.get("c")).toMatchObject({ published: null, reference: null });
    expect(r.get("c")!.reason).toMatch(/disagree/u);
  });

  it("takes metadata dates through the option, and sets them on the documents", () => {
    const doc = makeDocument(["قال المتحدث أمس إن الطريق فُتح."], { id: "html" });
    const [d] = resolvePublicationDates([doc], undefined, { metadataDate: () => "2024-05-02" });
    expect(d).toMatchObject({
      published: "2024-05-02",
      publishedFrom: "metadata",
      publishedBasis: "metadata",
    });
    const [withDate] = withPublicationDates([doc], [d!]);
    expect(withDate).toMatchObject({ published: "2024-05-02", publishedFrom: "metadata" });
  });

  it("runs the whole step for a batch in one call", () => {
    const { documents, dates: d, times } = resolveBatchTimes([dated, borrower]);
    expect(documents.map((doc) => doc.published)).toEqual(["2019-09-19", "2019-09-19"]);
    expect(d.map((x) => x.publishedBasis)).toEqual(["text", "batch"]);
    expect(times[1]!.map((t) => t.value)).toEqual(["2019-09-18", "2019-09-12", "2019-08-15"]);
  });

  it("leaves resolveActors working", () => {
    expect(resolveActors([dated], []).actors).toEqual([]);
  });
});
