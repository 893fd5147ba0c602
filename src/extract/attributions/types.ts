// What extract/attributions finds in a line: reporting acts with their spans, before resolve/ decides
// which actor each speaker is (src/resolve/attributions).
import type { Entity } from "../../core/types.js";
import type { Gender, Polarity } from "./cue-lexicon.js";

/** A span of Document.text, with the text as written. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * How the speaker is given:
 * - named: a name or a titled person («وزير الخارجية الروسي سيرغي لافروف», «وزارة الدفاع الروسية»);
 * - anonymous: an unnamed source («مصدر في وزارة الدفاع», «مصادر مطلعة», "a senior official");
 * - reference: a noun pointing back at an earlier speaker («المصدر», «البيان», «الوزارة»);
 * - group: people named by what they are («ناشطون», «فصائل مدعومة من …», "residents");
 * - pronoun: "he", "she", "they" (English);
 * - implicit: no subject at all («وأضاف أن …», «…، مشيراً إلى …»).
 */
export type SpeakerKind = "named" | "anonymous" | "reference" | "group" | "pronoun" | "implicit";

export type ActKind = "verb" | "relay" | "circ" | "deny-noun" | "info" | "source";

export interface ReportingAct {
  readonly line: number;
  readonly cue: TextSpan;
  readonly kind: ActKind;
  readonly polarity: Polarity;
  /** Gender and number the cue gives its subject (Arabic verbs agree), used to continue a speaker. */
  readonly gender: Gender | null;
  readonly speaker: TextSpan | null;
  readonly speakerKind: SpeakerKind;
  /** Entities inside the speaker span, in order. */
  readonly speakerEntities: readonly Entity[];
  /** Carriers named by the act itself (the subject of «نقلت», the agency in «قال لـ«رويترز»»), nearest first. */
  readonly via: readonly Entity[];
  readonly content: TextSpan | null;
  /** Index (in the document's list) of the act whose reported content holds this one. */
  readonly parent: number | null;
  /** Which rule found it. */
  readonly rule: string;
}
