// The gold annotation format (shared/gold/*.gold.json): what a person marked in each document, which
// actors, stories and claims they found, and which pairs of mentions do or do not contradict.
// Extra fields are kept (annotators add notes); the fields the scorer reads are typed strictly.
import { z } from "zod";

export const lineNumberSchema = z.number().int().positive();

export const lineRoleSchema = z.enum(["title", "body", "boilerplate", "metadata"]);

export const quantityQualifierSchema = z.enum([
  "exact",
  "more-than",
  "at-least",
  "less-than",
  "at-most",
  "about",
  "range",
]);

export const polaritySchema = z.enum(["assert", "deny"]);

export const stanceSchema = z.enum(["asserts", "denies"]);

/** YYYY | YYYY-MM | YYYY-MM-DD. */
const partialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected YYYY, YYYY-MM or YYYY-MM-DD");

export const goldQuantitySchema = z.looseObject({
  line: lineNumberSchema,
  text: z.string(),
  /** null for a count the annotator could not pin to a number; such a quantity can never be found. */
  value: z.number().nullable(),
  qualifier: quantityQualifierSchema,
  unit: z.string().nullable().optional(),
  category: z.string().optional(),
});

export const goldTimeSchema = z.looseObject({
  line: lineNumberSchema,
  text: z.string(),
  /** null for durations and unresolvable times: predictions overlapping them are not counted. */
  value: partialDateSchema.nullable(),
});

export const goldAttributionSchema = z.looseObject({
  line: lineNumberSchema,
  /** null for an implicit speaker ("وأضاف أن …", and he added that …). */
  speaker: z.string().nullable(),
  actor: z.string().nullable().optional(),
  cue: z.string(),
  polarity: polaritySchema,
  via: z.array(z.string()).optional(),
});

export const goldDocumentSchema = z.looseObject({
  outlet: z.string().nullable().optional(),
  /** Absent: the title is not scored for this document; null: the document has no title. */
  title: z.string().nullable().optional(),
  titleLine: lineNumberSchema.nullable().optional(),
  byline: z.string().nullable().optional(),
  referenceDate: partialDateSchema.nullable().optional(),
  /** Line number (as a string key) -> role, for every non-blank line. */
  lines: z.record(z.string().regex(/^[1-9]\d*$/, "expected a line number"), lineRoleSchema),
  quantities: z.array(goldQuantitySchema),
  times: z.array(goldTimeSchema),
  attributions: z.array(goldAttributionSchema),
});

export const goldActorSchema = z.looseObject({
  type: z.string().optional(),
  label: z.string().optional(),
  /** Document id -> the surface forms that document uses for the actor. */
  mentions: z.record(z.string(), z.array(z.string())),
});

export const goldStorySchema = z.looseObject({
  id: z.string(),
  documents: z.array(z.string()),
});

export const goldMentionRefSchema = z.looseObject({
  document: z.string(),
  line: lineNumberSchema,
});

export const goldClaimSchema = z.looseObject({
  id: z.string(),
  label: z.string().optional(),
  mentions: z.array(goldMentionRefSchema.extend({ stance: stanceSchema })),
  /** Lines that may or may not be read as stating the claim; the scorer does not count them. */
  optional: z.array(goldMentionRefSchema).optional(),
});

/** A pair of mentions; only the first two entries of `between` are read. */
const mentionPairSchema = z.array(goldMentionRefSchema).min(2, "expected a pair of mentions");

export const goldDiscrepancySchema = z.looseObject({
  id: z.string(),
  kind: z.string().optional(),
  note: z.string(),
  between: mentionPairSchema,
});

export const goldNonDiscrepancySchema = z.looseObject({
  id: z.string(),
  note: z.string(),
  between: mentionPairSchema,
});

export const goldSchema = z.looseObject({
  version: z.literal(1),
  corpus: z.string(),
  documents: z.record(z.string(), goldDocumentSchema),
  actors: z.record(z.string(), goldActorSchema),
  stories: z.array(goldStorySchema),
  claims: z.array(goldClaimSchema),
  discrepancies: z.array(goldDiscrepancySchema),
  /** Pairs that look like discrepancies but are not (different figures for different events). */
  nonDiscrepancies: z.array(goldNonDiscrepancySchema).optional(),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldDocument = z.infer<typeof goldDocumentSchema>;
export type GoldQuantity = z.infer<typeof goldQuantitySchema>;
export type GoldTime = z.infer<typeof goldTimeSchema>;
export type GoldAttribution = z.infer<typeof goldAttributionSchema>;
export type GoldActor = z.infer<typeof goldActorSchema>;
export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type GoldDiscrepancy = z.infer<typeof goldDiscrepancySchema>;
export type GoldMentionRef = z.infer<typeof goldMentionRefSchema>;
