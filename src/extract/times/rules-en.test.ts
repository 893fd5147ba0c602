// English patterns, on sentences written for these tests; reference Friday 8 March 2024.
import { describe, expect, it } from "vitest";
import { findTimesInText } from "./find-mentions.js";
import { resolveTimeSpec } from "./resolve-spec.js";

const FRI = "2024-03-08";

function found(sentence: string, reference: string | null = FRI): [string, string, string | null][] {
  return findTimesInText(sentence, "en").map((m) => [
    m.text,
    m.kind,
    m.spec ? resolveTimeSpec(m.spec, reference) : null,
  ]);
}

describe("English dates", () => {
  it.each([
    ["The ministry said yesterday that the road was open.", "yesterday", "2024-03-07"],
    ["Talks resume today in Amman.", "today", "2024-03-08"],
    ["The convoy is due tomorrow morning.", "tomorrow morning", "2024-03-09"],
    ["Shelling resumed last night near the border.", "last night", "2024-03-07"],
    ["Officials met on Tuesday to review the plan.", "on Tuesday", "2024-03-05"],
    ["A second strike hit the town on Wednesday evening.", "on Wednesday evening", "2024-03-06"],
    ["The vote was postponed until next Sunday.", "next Sunday", "2024-03-10"],
    ["The talks collapsed last Friday.", "last Friday", "2024-03-01"],
    ["Prices rose sharply last week.", "last week", null],
    ["Inflation slowed last month.", "last month", "2024-02"],
    ["Exports fell by a third last year.", "last year", "2023"],
    ["It was the deadliest attack this year.", "this year", "2024"],
    ["Aid deliveries resumed earlier this month.", "earlier this month", "2024-03"],
    ["The bridge was bombed on March 3, 2024.", "on March 3, 2024", "2024-03-03"],
    ["The bridge was bombed on 3 March.", "on 3 March", "2024-03-03"],
    ["The bridge was bombed on the 3rd of March.", "on the 3rd of March", "2024-03-03"],
    ["The agreement was signed on Dec. 12, 2023 in Doha.", "on Dec. 12, 2023", "2023-12-12"],
    ["Fighting resumed in late January.", "late January", "2024-01"],
    ["The camp was emptied in mid-February.", "mid-February", "2024-02"],
    ["Fighting flared in early May.", "early May", "2023-05"],
    ["The siege began last November.", "last November", "2023-11"],
    ["Two villages were shelled two days ago.", "two days ago", "2024-03-06"],
    ["The uprising began in 2011.", "in 2011", "2011"],
    ["It recalled the 2011 uprising in the south.", "2011", "2011"],
    ["The statement was dated 2024-03-01.", "2024-03-01", "2024-03-01"],
    ["The letter was dated 3/1/2024.", "3/1/2024", "2024-03-01"],
    ["The fast began on 1 Ramadan 1445 AH.", "1 Ramadan 1445 AH", "2024-03-11"],
  ])("%s", (sentence, text, value) => {
    expect(found(sentence)).toEqual([[text, "date", value]]);
  });

  it("reads «the end of May» as its last day", () => {
    expect(found("The deadline expires at the end of May.")).toEqual([
      ["the end of May", "date", "2023-05-31"],
    ]);
  });

  it("does not read modal verbs, names or counts as dates", () => {
    expect(found("The army may withdraw soon.")).toEqual([]);
    expect(found("Thousands march in the capital.")).toEqual([]);
    expect(found("The story was first reported by USA Today.")).toEqual([]);
    expect(found("More than 2000 fighters surrendered.")).toEqual([]);
  });
});

describe("English durations and times of day", () => {
  it.each([
    ["A 72-hour truce was agreed.", "72-hour"],
    ["The strike came three days after the first one.", "three days after"],
    ["Fighting continued for two weeks.", "for two weeks"],
    ["Casualties doubled over the past week.", "over the past week"],
    ["No aid arrived in the past 24 hours.", "in the past 24 hours"],
  ])("%s", (sentence, text) => {
    expect(found(sentence)).toEqual([[text, "duration", null]]);
  });

  it.each([
    ["The drone struck shortly after 7 p.m. local time.", "shortly after 7 p.m."],
    ["Curfew starts at 9:30 pm every day.", "at 9:30 pm"],
    ["The meeting ended at midnight.", "at midnight"],
  ])("%s", (sentence, text) => {
    expect(found(sentence)).toEqual([[text, "time-of-day", null]]);
  });
});
