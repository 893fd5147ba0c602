// data/lexicons/concepts.tsv and the tokens it gives claim mentions (concepts.ts), and the partitive
// counts of partitives.ts.
import { describe, expect, it } from "vitest";
import { readLexiconRows, readLexiconSet } from "../core/lexicon.js";
import type { Quantity } from "../core/types.js";
import { contentWords } from "../text/index.js";
import { CONCEPT, conceptOf, withConcepts } from "./concepts.js";
import { isOtherScope, isPartitive } from "./partitives.js";

const rows = readLexiconRows("lexicons/concepts.tsv");

describe("data/lexicons/counted-nouns.tsv", () => {
  const counted = readLexiconRows("lexicons/counted-nouns.tsv");

  it("has a unique id, one-word forms in both languages, and no form under two keys", () => {
    expect(counted.length).toBeGreaterThan(20);
    const owner = new Map<string, string>();
    for (const row of counted) {
      expect(row, row.join(" | ")).toHaveLength(3);
      const [id, english, arabic] = row as [string, string, string];
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(/[a-z]/.test(english) && /[\u0621-\u064a]/u.test(arabic), id).toBe(true);
      for (const form of [...english.split("|"), ...arabic.split("|")]) {
        expect(form.trim(), `${id}: «${form}»`).toMatch(/^\S+$/u);
        expect(owner.get(form), `«${form}» under ${owner.get(form)} and ${id}`).toBeUndefined();
        owner.set(form, id);
      }
    }
  });

  it("keeps the id of the concept that names the same thing, so one noun never gets two keys", () => {
    const clashes: string[] = [];
    for (const [id, english = "", arabic = ""] of counted) {
      for (const word of [...english.split("|"), ...arabic.split("|")]) {
        const concept = conceptOf(contentWords(word)[0] ?? "");
        if (concept && concept !== id) clashes.push(`${word}: counted as ${id}, concept ${concept}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("data/lexicons/concepts.tsv", () => {
  it("has a unique lowercase id and forms in both languages on every row", () => {
    expect(rows.length).toBeGreaterThan(300);
    const ids = new Set<string>();
    for (const row of rows) {
      expect(row, row.join(" | ")).toHaveLength(3);
      const [id, english, arabic] = row as [string, string, string];
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(ids.has(id), `${id} listed twice`).toBe(false);
      ids.add(id);
      expect(
        english.split("|").every((f) => f.trim().length > 0),
        id,
      ).toBe(true);
      expect(
        arabic.split("|").every((f) => f.trim().length > 0),
        id,
      ).toBe(true);
      expect(/[a-z]/.test(english) && /[\u0621-\u064a]/u.test(arabic), id).toBe(true);
    }
  });

  it("never gives one stem to two concepts: a one-word form's stem belongs to one concept", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [id, english = "", arabic = ""] of rows) {
      for (const form of [...english.split("|"), ...arabic.split("|")]) {
        if (/\s/u.test(form.trim())) continue;
        const stems = contentWords(form);
        if (stems.length !== 1) continue;
        const held = owner.get(stems[0]!);
        if (held && held !== id) clashes.push(`${form} (${id}) and ${held}: ${stems[0]}`);
        owner.set(stems[0]!, id!);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("gives no concept to a stopword or a common news word its stemmer reduces to a listed stem", () => {
    // words of nearly every report, and the forms they were once confused with (in brackets)
    const common = [
      "آخرين", // others (باخرة, a steamer)
      "أخرى",
      "كميات", // quantities (كمينا, an ambush)
      "شهادات", // testimonies (a certificate)
      "أخيرا", // finally (تأخير, a delay)
      "جديد", // new (تجديد, an extension)
      "مصادر",
      "عدد",
      "أكثر",
      "بعد",
      "الماضي",
      "مساء",
      "أمس",
      "مرات", // times (مرأة, a woman)
      "متر", // a metre (مترو, the metro)
    ];
    const words = [...readLexiconSet("lexicons/ar/stopwords.txt"), ...common];
    const hits = words.flatMap((w) =>
      contentWords(w).flatMap((s) => (conceptOf(s) ? [`${w} → ${conceptOf(s)}`] : [])),
    );
    expect(hits).toEqual([]);
  });
});

describe("withConcepts", () => {
  it("gives an English and an Arabic word of one action the same token", () => {
    const english = withConcepts(contentWords("Sixteen inmates escaped from the prison"));
    const arabic = withConcepts(contentWords("فرار 16 سجيناً من السجن"));
    const shared = english.filter((w) => w.startsWith(CONCEPT) && arabic.includes(w));
    expect(shared).toEqual(expect.arrayContaining([`${CONCEPT}escape`, `${CONCEPT}prison`]));
  });

  it("keeps every word and adds tokens only for listed ones", () => {
    const words = contentWords("افتتاح معرض الكتاب");
    const out = withConcepts(words);
    expect(out.filter((w) => !w.startsWith(CONCEPT))).toEqual(words);
    expect(conceptOf(contentWords("هروب")[0]!)).toBe(conceptOf(contentWords("فرار")[0]!));
  });
});

describe("isPartitive", () => {
  const count = (text: string, line: string, unit: string | null = null): [Quantity, string] => {
    const start = line.indexOf(text);
    return [
      {
        line: 1,
        start,
        end: start + text.length,
        text,
        value: 7,
        qualifier: "exact",
        unit,
        category: "people",
        rule: "t",
      },
      line,
    ];
  };
  const partitive = ([q, line]: [Quantity, string]) => isPartitive(q, line, 0);

  it("reads a bare count before «من ال…», «منهم», 'of the' as a part", () => {
    expect(partitive(count("سبعة", "أعادت القوات القبض على سبعة من السجناء الفارين"))).toBe(true);
    expect(partitive(count("ثلاثة", "وأصيب عشرة أشخاص، ثلاثة منهم بحالة حرجة"))).toBe(true);
    expect(partitive(count("Nine", "Nine of the escapees were recaptured"))).toBe(true);
  });

  it("does not read a count that names its noun, or «من» before an indefinite word, as a part", () => {
    expect(partitive(count("19 سجيناً", "فرار 19 سجيناً من السجن المركزي", "سجين"))).toBe(false);
    expect(partitive(count("سبعة", "وصل سبعة من مدن الشمال"))).toBe(false);
    expect(partitive(count("كيلومترين", "على بعد كيلومترين من النقطة", "كيلومتر"))).toBe(false);
    expect(partitive(count("خمسة", "قتل خمسة، بينهم ثلاثة أطفال"))).toBe(false);
  });

  it("reads a count right after a casualty word as that toll, unless its group is itself a toll", () => {
    expect(partitive(count("18", "وتمكن الجنود من قتل 18 من المهاجمين"))).toBe(false);
    expect(partitive(count("18", "Soldiers killed 18 of the attackers"))).toBe(false);
    // the group is the word after «من»; the next clause's wounded are no part of it
    expect(partitive(count("خمسة", "أعلنت مقتل خمسة من المعتصمين وإصابة نحو ستين آخرين"))).toBe(false);
    // «وفاة ثلاثة من المصابين»: three of the wounded, a part of a toll given elsewhere
    expect(partitive(count("ثلاثة", "بعد وفاة ثلاثة من المصابين متأثرين بجراحهم"))).toBe(true);
    expect(partitive(count("ثلاثة", "ارتفع العدد بعد أن توفي ثلاثة من الجرحى"))).toBe(true);
  });

  it("reads wounded people counted right after a death as the change between two tolls", () => {
    const wounded = (text: string, line: string): [Quantity, string] => {
      const [q, l] = count(text, line, "جريح");
      return [{ ...q, category: "people-injured" }, l];
    };
    const rose = "ارتفعت الحصيلة إلى أحد عشر قتيلاً بعد وفاة جريحين متأثرين بإصابتهما";
    expect(partitive(wounded("جريحين", rose))).toBe(true);
    expect(partitive(wounded("17 جريحاً", "قتل تسعة أشخاص وأصيب 17 جريحاً في الاشتباك"))).toBe(false);
  });
});

describe("isOtherScope", () => {
  const scoped = (text: string, line: string, unit: string | null = null) => {
    const start = line.indexOf(text);
    const q: Quantity = {
      line: 1,
      start,
      end: start + text.length,
      text,
      value: 1,
      qualifier: "exact",
      unit,
      category: "other",
      rule: "t",
    };
    return isOtherScope(q, line, 0);
  };

  it("reads what a place holds and a running total as no toll of the event", () => {
    expect(
      scoped("600", "Souk El Fath houses around 600 shops and stalls, according to the municipality"),
    ).toBe(true);
    expect(scoped("600", "والسوق الذي يتسع لنحو 600 محل من أكبر أسواق المدينة")).toBe(true);
    expect(scoped("42", "The two attacks brought the death toll this week to 42, according to a tally")).toBe(
      true,
    );
    expect(scoped("42", "وبلغت الحصيلة الإجمالية للغارات منذ بداية الأسبوع 42 قتيلاً")).toBe(true);
  });

  it("reads a figure followed by «in addition to» more of its own noun as a part of the whole", () => {
    const wing = "أتى الحريق على 95 محلاً في جناح الأقمشة والملابس، إضافة إلى محلات متفرقة في أجنحة أخرى";
    expect(scoped("95 محلاً", wing, "محل")).toBe(true);
    const english = "The fire destroyed 95 shops in the textile wing, as well as shops in two other wings.";
    expect(scoped("95 shops", english, "shop")).toBe(true);
    // another noun after the cue adds something else: the five are the event's toll
    expect(scoped("خمسة أشخاص", "قتل خمسة أشخاص، إضافة إلى تدمير عشرة منازل", "شخص")).toBe(false);
  });

  it("keeps an event's own counts, and what a convoy is made of («القافلة تضم 18 شاحنة»)", () => {
    expect(scoped("180", "أتى الحريق على نحو 180 محلاً تجارياً")).toBe(false);
    expect(scoped("18", "وأوضح الوالي أن القافلة تضم 18 شاحنة محملة بالذرة")).toBe(false);
    expect(scoped("250", "More than 250 shops were gutted when fire swept through the market")).toBe(false);
  });
});
