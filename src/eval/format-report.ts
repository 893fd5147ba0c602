// The two printed forms of a scoring result, identical to the reference scorer's output: a text report
// (one line per metric, the notes, then "score: X.XXX") and the `--json` form.
import type { EvalResult } from "./score.js";

/** Width of the metric name column. */
const NAME_WIDTH = 14;

// Fractions print as percentages with one decimal; counts, and fractions that are exactly 0 or 1,
// print as they are ("p=1 r=0.5" reads "p=1 r=50.0").
function formatFigure(value: number | string): string {
  const isFraction = typeof value === "number" && value <= 1 && !Number.isInteger(value);
  return isFraction ? (value * 100).toFixed(1) : String(value);
}

/** The text report, each line ending in a newline: exactly what the reference prints. */
export function formatReport(result: EvalResult): string {
  const lines: string[] = [];
  for (const [metric, figures] of Object.entries(result.results)) {
    const parts = Object.entries(figures as Record<string, number | string>).map(
      ([name, value]) => `${name}=${formatFigure(value)}`,
    );
    lines.push(`${metric.padEnd(NAME_WIDTH)} ${parts.join(" ")}`);
  }
  for (const note of result.notes) lines.push(`  - ${note}`);
  lines.push(`score: ${result.score.toFixed(3)}`);
  return lines.map((line) => `${line}\n`).join("");
}

/** The JSON form `{ results, score, notes }`, indented by one space, ending in a newline. */
export function formatJson(result: EvalResult): string {
  return `${JSON.stringify({ results: result.results, score: result.score, notes: result.notes }, null, 1)}\n`;
}
