// The parts of a dossier (shared/contract/dossier.md) that the scorer reads. Everything else passes
// through untouched, so a dossier from a newer Isnad with added fields still scores. Fields the
// reference scorer reads with a default (a missing `qualifier` is "exact", a missing list is empty)
// are optional here; fields it compares are typed strictly so a malformed dossier fails on load with
// the offending path instead of scoring silently low.
import { z } from "zod";
import {
  lineNumberSchema,
  lineRoleSchema,
  polaritySchema,
  quantityQualifierSchema,
  stanceSchema,
} from "./gold-schema.js";

export const dossierLineSchema = z.looseObject({
  n: lineNumberSchema,
  role: lineRoleSchema,
});

export const dossierQuantitySchema = z.looseObject({
  line: lineNumberSchema,
  text: z.string().optional(),
  /** null (a vague count such as "عشرات", dozens): skipped by the scorer. */
  value: z.number().nullable().optional(),
  qualifier: quantityQualifierSchema.optional(),
});

export const dossierTimeSchema = z.looseObject({
  line: lineNumberSchema,
  text: z.string().optional(),
  value: z.string().nullable().optional(),
});

export const dossierAttributionSchema = z.looseObject({
  line: lineNumberSchema,
  speaker: z.string().nullable().optional(),
  cue: z.string().nullable().optional(),
  polarity: polaritySchema.optional(),
});

export const dossierDocumentSchema = z.looseObject({
  id: z.string(),
  outlet: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  byline: z.string().nullable().optional(),
  lines: z.array(dossierLineSchema).optional(),
  quantities: z.array(dossierQuantitySchema).optional(),
  times: z.array(dossierTimeSchema).optional(),
  attributions: z.array(dossierAttributionSchema).optional(),
});

export const dossierActorSchema = z.looseObject({
  id: z.string(),
  /** Document id -> surface forms. */
  names: z.record(z.string(), z.array(z.string())).optional(),
});

export const dossierMentionRefSchema = z.looseObject({
  document: z.string(),
  line: lineNumberSchema,
});

export const dossierClaimSchema = z.looseObject({
  id: z.string(),
  mentions: z.array(dossierMentionRefSchema.extend({ stance: stanceSchema })).optional(),
});

export const dossierDiscrepancySchema = z.looseObject({
  between: z.array(dossierMentionRefSchema).optional(),
});

export const dossierStorySchema = z.looseObject({
  id: z.string(),
  documents: z.array(z.string()).optional(),
  claims: z.array(dossierClaimSchema).optional(),
  discrepancies: z.array(dossierDiscrepancySchema).optional(),
});

export const dossierSchema = z.looseObject({
  schema: z.string().optional(),
  documents: z.array(dossierDocumentSchema).optional(),
  actors: z.array(dossierActorSchema).optional(),
  stories: z.array(dossierStorySchema).optional(),
});

/** A dossier as the scorer sees it. */
export type EvalDossier = z.infer<typeof dossierSchema>;
export type DossierDocument = z.infer<typeof dossierDocumentSchema>;
export type DossierQuantity = z.infer<typeof dossierQuantitySchema>;
export type DossierTime = z.infer<typeof dossierTimeSchema>;
export type DossierAttribution = z.infer<typeof dossierAttributionSchema>;
export type DossierActor = z.infer<typeof dossierActorSchema>;
export type DossierStory = z.infer<typeof dossierStorySchema>;
