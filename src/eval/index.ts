// Scoring a dossier against gold annotations, with the reference scorer's definitions
// (shared/eval/score.mjs): `isnad eval GOLD DOSSIER`.
export { type ActorScores, scoreActors } from "./actors.js";
export { type AttributionScores, scoreAttributions } from "./attributions.js";
export { type LineScores, scoreLines } from "./body-lines.js";
export { type ClaimScores, scoreClaims } from "./claims.js";
export { type DiscrepancyScores, scoreDiscrepancies } from "./discrepancies.js";
export * from "./dossier-schema.js";
export { formatJson, formatReport } from "./format-report.js";
export * from "./gold-schema.js";
export { goldToDossier } from "./gold-to-dossier.js";
export { loadDossierFile, loadGoldFile, parseDossier, parseGold } from "./load.js";
export { norm, normForm, overlaps, sameName, stripClitic } from "./match-forms.js";
export { type Accuracy, accuracy, harmonicMean, type Prf, prf } from "./prf.js";
export { type QuantityScores, scoreQuantities } from "./quantities.js";
export { type EvalResult, type EvalResults, SCORED_METRICS, type ScoreOptions, score } from "./score.js";
export { type Scored, type ScoringInput, scoringInput } from "./scoring-input.js";
export { type StoryScores, scoreStories } from "./stories.js";
export { scoreTimes, type TimeScores } from "./times.js";
