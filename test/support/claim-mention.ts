// A claim mention for unit tests of compare/: every field at a neutral default (an Arabic body line of
// page "p1", asserted by a source, with no words, figures, days or states), so that a test names only
// what it is about.
import type { ClaimMention } from "../../src/compare/mentions.js";

export function claimMention(fields: Partial<ClaimMention> = {}): ClaimMention {
  return {
    document: "p1",
    language: "ar",
    published: 20_000,
    line: 1,
    lineStart: 0,
    role: "body",
    text: "",
    stance: "asserts",
    voice: "attributed",
    sources: [],
    speakers: [],
    words: new Map(),
    context: new Map(),
    lineWords: new Set(),
    figures: [],
    days: [],
    periods: [],
    eventDays: new Map(),
    statedDays: [],
    conditions: [],
    states: [],
    reported: [],
    negated: false,
    negatedWords: [],
    ...fields,
  };
}
