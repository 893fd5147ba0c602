// Scores a dossier against a gold file: the eight metrics of the reference scorer
// (shared/eval/score.mjs) with the same definitions, keys and key order, so that the numbers printed
// by `isnad eval` and by the reference are the same.
import { type ActorScores, scoreActors } from "./actors.js";
import { type AttributionScores, scoreAttributions } from "./attributions.js";
import { type LineScores, scoreLines } from "./body-lines.js";
import { type ClaimScores, scoreClaims } from "./claims.js";
import { type DiscrepancyScores, scoreDiscrepancies } from "./discrepancies.js";
import type { EvalDossier } from "./dossier-schema.js";
import type { Gold } from "./gold-schema.js";
import { type QuantityScores, scoreQuantities } from "./quantities.js";
import { scoringInput } from "./scoring-input.js";
import { type StoryScores, scoreStories } from "./stories.js";
import { scoreTimes, type TimeScores } from "./times.js";

/** Every metric's figures, keyed as in the reference's `--json` output. */
export interface EvalResults extends LineScores {
  readonly quantities: QuantityScores;
  readonly times: TimeScores;
  readonly attributions: AttributionScores;
  readonly actors: ActorScores;
  readonly stories: StoryScores;
  readonly claims: ClaimScores;
  readonly discrepancies: DiscrepancyScores;
}

export interface EvalResult {
  readonly results: EvalResults;
  /** Macro mean of the eight F figures (SCORED_METRICS), 0..1. */
  readonly score: number;
  /** Documents missing from the dossier; with `detail`, also every miss and extra. */
  readonly notes: readonly string[];
}

export interface ScoreOptions {
  /** Write a note for every miss, extra and wrong attribute (default false). */
  readonly detail?: boolean;
}

/** The metrics whose F enters the overall score; title, outlet and byline are reported only. */
export const SCORED_METRICS = [
  "bodyLines",
  "quantities",
  "times",
  "attributions",
  "actors",
  "stories",
  "claims",
  "discrepancies",
] as const satisfies readonly (keyof EvalResults)[];

export function score(gold: Gold, dossier: EvalDossier, options: ScoreOptions = {}): EvalResult {
  const input = scoringInput(gold, dossier, options.detail ?? false);
  const missing = input.goldDocIds.filter((id) => !input.predicted.has(id));
  const notes: string[] = missing.length ? [`documents missing from dossier: ${missing.join(", ")}`] : [];

  const lines = scoreLines(input);
  const quantities = scoreQuantities(input);
  const times = scoreTimes(input);
  const attributions = scoreAttributions(input);
  const actors = scoreActors(input);
  const stories = scoreStories(input);
  const claims = scoreClaims(input);
  const discrepancies = scoreDiscrepancies(input);
  for (const metric of [lines, quantities, times, attributions, actors, stories, claims, discrepancies]) {
    notes.push(...metric.notes);
  }

  const results: EvalResults = {
    ...lines.scores,
    quantities: quantities.scores,
    times: times.scores,
    attributions: attributions.scores,
    actors: actors.scores,
    stories: stories.scores,
    claims: claims.scores,
    discrepancies: discrepancies.scores,
  };
  const fs = SCORED_METRICS.map((k) => results[k].f);
  return { results, score: fs.reduce((a, b) => a + b, 0) / fs.length, notes };
}
