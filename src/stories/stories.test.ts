import { describe, expect, it } from "vitest";
import { BucketTable } from "./bucket-table.js";
import { MinHasher, shingleHashes, signatureAgreement } from "./hashing.js";
import { StoryIndex, type StoryInput } from "./story-index.js";

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

function article(text: string, extra: Partial<StoryInput> = {}): StoryInput {
  const terms = new Map<string, number>();
  for (const w of words(text)) terms.set(w, (terms.get(w) ?? 0) + 1);
  return {
    language: "ar",
    day: 19_800,
    terms,
    shingles: shingleHashes(words(text), 4),
    actors: [],
    places: [],
    figures: [],
    eventDays: [],
    days: [],
    ...extra,
  };
}

describe("BucketTable", () => {
  it("keeps every value under its key, newest first, through growth", () => {
    const table = new BucketTable(4);
    for (let i = 0; i < 5000; i++) table.add(i % 97, i);
    const seen: number[] = [];
    table.forEach(5, (v) => {
      seen.push(v);
      return true;
    });
    expect(seen.length).toBe(Math.ceil((5000 - 5) / 97));
    expect(seen[0]).toBeGreaterThan(seen[1]!);
    expect(seen.every((v) => v % 97 === 5)).toBe(true);
    const none: number[] = [];
    table.forEach(1000, (v) => {
      none.push(v);
      return true;
    });
    expect(none).toEqual([]);
  });
});

describe("MinHash", () => {
  it("estimates the Jaccard similarity of two shingle sets", () => {
    const hasher = new MinHasher(256);
    const a = Uint32Array.from({ length: 300 }, (_, i) => i * 7919);
    const b = Uint32Array.from({ length: 300 }, (_, i) => (i + 100) * 7919); // 200 shared of 400: J = 0.5
    const agreement = signatureAgreement(hasher.signature(a), 0, hasher.signature(b), 0, 256);
    expect(agreement).toBeGreaterThan(0.4);
    expect(agreement).toBeLessThan(0.6);
  });
});

const DISPATCH =
  "أعلنت قوات خفر السواحل اعتراض قارب صيد قبالة ساحل المدينة وعلى متنه شحنة أسلحة خفيفة وذخائر " +
  "وقال قائد القوة إن القارب كان متجها إلى ميناء صغير وإن طاقمه المؤلف من تسعة بحارة قيد التحقيق " +
  "ونفت جمعية الصيادين أن يكون القارب قد حمل أي سلاح مؤكدة أنه كان عائدا بالسمك";

describe("StoryIndex", () => {
  it("finds a wire copy carried with a changed sentence and puts it in the first copy's story", () => {
    const index = new StoryIndex();
    const first = index.add(article(DISPATCH));
    const copy = index.add(
      article(`${DISPATCH.replace("تسعة بحارة", "تسعة من البحارة")} وأضافت الوكالة تفاصيل أخرى`),
    );
    expect(copy.duplicateOf).toBe(first.article);
    expect(copy.story).toBe(first.story);
  });

  it("joins a differently worded report of the same event and keeps an unrelated one apart", () => {
    const index = new StoryIndex();
    const a = index.add(
      article("اعتراض قارب صيد أسلحة خفر السواحل ساحل المدينة طاقم بحارة تحقيق", {
        actors: ["coast-guard"],
        places: ["city"],
      }),
    );
    const b = index.add(
      article("خفر السواحل اعتراض قارب أسلحة ذخائر طاقم بحارة تحقيق الصيادين تنفي", {
        actors: ["coast-guard", "fishermen"],
        places: ["city"],
      }),
    );
    const c = index.add(
      article("افتتاح مستشفى جديد وزارة الصحة سرير خدمة المرضى", { places: ["other-town"] }),
    );
    expect(b.story).toBe(a.story);
    expect(b.duplicateOf).toBeNull();
    expect(c.story).not.toBe(a.story);
    expect(c.opened).toBe(true);
  });

  it("keeps two strikes in the same city on different days apart", () => {
    const index = new StoryIndex();
    const text = "غارة طائرة مسيرة سوق المدينة قتلى جرحى مستشفى";
    const first = index.add(article(text, { places: ["city"], eventDays: [19_800], days: [19_800] }));
    const second = index.add(
      article(text.replace("سوق", "محطة"), {
        day: 19_806,
        places: ["city"],
        eventDays: [19_805],
        days: [19_805],
      }),
    );
    expect(second.story).not.toBe(first.story);
  });

  it("drops long-inactive stories from its postings and still finds the current ones", () => {
    const index = new StoryIndex({ compactEvery: 5 });
    const old = index.add(article(DISPATCH, { day: 19_000 }));
    for (let i = 0; i < 6; i++) index.add(article(`خبر رقم ${i} عن موضوع مختلف تماما ${i}`, { day: 19_100 }));
    const current = index.add(article("افتتاح مستشفى جديد وزارة الصحة سرير خدمة المرضى", { day: 19_100 }));
    const again = index.add(
      article("افتتاح مستشفى جديد وزارة الصحة سرير خدمة المرضى المدينة", { day: 19_101 }),
    );
    expect(again.story).toBe(current.story);
    // the first story, 100 days old, is outside the window and gone from the postings: its words open a new story
    const late = index.add(article(DISPATCH.split(" ").reverse().join(" "), { day: 19_100 }));
    expect(late.story).not.toBe(old.story);
  });

  it("joins a follow-up two weeks on that names the event's day, and not one that names another day", () => {
    const setting = { actors: ["coast-guard"], places: ["city"], eventDays: [19_800], days: [19_800] };
    const index = new StoryIndex();
    const first = index.add(article(DISPATCH, { ...setting, day: 19_800 }));
    const release =
      "أفرجت السلطات عن البحارة التسعة بعد التحقيق معهم وقالت جمعية الصيادين إن القارب كان عائدا بالسمك";
    // fourteen days later, past the ten-day window, naming the interception's day among its own
    const followUp = index.add(article(release, { ...setting, day: 19_814, eventDays: [19_813, 19_800] }));
    expect(followUp.story).toBe(first.story);
    // the same words a fortnight later about a day of their own are another event
    const other = new StoryIndex();
    const firstAgain = other.add(article(DISPATCH, { ...setting, day: 19_800 }));
    const unrelated = other.add(article(release, { ...setting, day: 19_814, eventDays: [19_813] }));
    expect(unrelated.story).not.toBe(firstAgain.story);
  });

  it("joins a report in another language on shared actors, places, figures and day", () => {
    const index = new StoryIndex();
    const shared = {
      actors: ["coast-guard", "fishermen"],
      places: ["city"],
      figures: ["weapons:120"],
      eventDays: [19_800],
      days: [19_800],
    };
    const arabic = index.add(article(DISPATCH, shared));
    const english = index.add({
      ...article("coast guard intercepted a fishing boat carrying rifles", shared),
      language: "en",
    });
    expect(english.story).toBe(arabic.story);
  });

  it("compares an article with its own language's centre, which a member in another language does not dilute", () => {
    const setting = { places: ["lake-province"], eventDays: [19_800], days: [19_800] };
    const first = "هجوم مسلحين على موقع للجيش في جزيرة بالبحيرة فجر الاثنين ومقتل جنود";
    const next = "مقتل جنود في هجوم مسلحين على موقع للجيش في جزيرة فجر الاثنين واختطاف آخرين";
    const english = {
      ...article("militants stormed an army base on an island before dawn killing soldiers", setting),
      language: "en",
    };
    const alone = new StoryIndex();
    alone.add(article(first, setting));
    const scoreAlone = alone.add(article(next, setting)).score;
    const mixed = new StoryIndex();
    const opened = mixed.add(article(first, setting));
    expect(mixed.add(english).story).toBe(opened.story);
    const joined = mixed.add(article(next, setting));
    expect(joined.story).toBe(opened.story);
    // the English member adds no Arabic term: the Arabic article scores as it would without it
    expect(joined.score).toBeCloseTo(scoreAlone, 2);
  });

  it("finds the story of a report in another language through its figures on the event day alone", () => {
    const index = new StoryIndex();
    const arabic = index.add(
      article(DISPATCH, {
        places: ["unknown-crossing"],
        figures: ["people-killed:3", "people-injured:2"],
        eventDays: [19_800],
        days: [19_800],
      }),
    );
    // no actor or place in common (the gazetteer knows neither name of the crossing)
    const english = index.add({
      ...article("army foils smuggling attempt near the northern crossing two soldiers hurt", {
        places: ["amman"],
        figures: ["people-killed:3", "people-injured:2"],
        eventDays: [19_800],
        days: [19_800],
      }),
      language: "en",
    });
    expect(english.story).toBe(arabic.story);
    // the same figures on another day are another event
    const later = index.add({
      ...article("three killed and two hurt in a clash at a checkpoint", {
        figures: ["people-killed:3", "people-injured:2"],
        eventDays: [19_806],
        days: [19_806],
        day: 19_806,
      }),
      language: "en",
    });
    expect(later.story).not.toBe(arabic.story);
  });

  it("keeps apart a same-day report in another language whose places are all other places", () => {
    const collapse = {
      figures: ["people-injured:3"],
      eventDays: [19_800],
      days: [19_800],
    };
    const index = new StoryIndex();
    const zarqa = index.add(article(DISPATCH, { ...collapse, places: ["zarqa", "jinaa"] }));
    const amman = index.add({
      ...article("three hurt as part of an old house collapses", { ...collapse, places: ["amman"] }),
      language: "en",
    });
    expect(amman.story).not.toBe(zarqa.story);
    // the same evidence with a place in common is the same event
    const again = new StoryIndex();
    const first = again.add(article(DISPATCH, { ...collapse, places: ["zarqa", "jinaa"] }));
    const second = again.add({
      ...article("three hurt as a residential building collapses", { ...collapse, places: ["zarqa"] }),
      language: "en",
    });
    expect(second.story).toBe(first.story);
  });
});
