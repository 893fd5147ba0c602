// The dossier as a report for a person: per document, what the page is (outlet, title, author,
// language) and how its lines were read; then the stories. Later stages add their tables here.
import type { Dossier, DossierDocument } from "./dossier.js";

export function renderMarkdown(dossier: Dossier): string {
  const out: string[] = [];
  out.push("# Isnad dossier", "");
  out.push(
    `Generated ${dossier.generatedAt} by isnad ${dossier.generator.version}: ` +
      `${dossier.documents.length} document(s) analysed, ${dossier.errors.length} rejected, ` +
      `${dossier.stories.length} stor${dossier.stories.length === 1 ? "y" : "ies"}.`,
    "",
  );

  out.push("## Documents", "");
  out.push("| id | outlet | title | byline | language | body lines | furniture lines |");
  out.push("|---|---|---|---|---|---|---|");
  for (const doc of dossier.documents) {
    const body = doc.lines.filter((l) => l.role === "body").length;
    const furniture = doc.lines.filter((l) => l.role === "boilerplate").length;
    out.push(
      `| ${cell(doc.id)} | ${cell(doc.outlet)} | ${cell(doc.title)} | ${cell(doc.byline)} | ${doc.language ?? "—"} | ${body} | ${furniture} |`,
    );
  }
  out.push("");

  for (const doc of dossier.documents) out.push(...documentSection(doc));

  out.push("## Stories", "");
  if (dossier.stories.length === 0) {
    out.push("Story grouping, claims and discrepancies are not computed by this version yet.", "");
  }

  if (dossier.errors.length) {
    out.push("## Rejected inputs", "");
    for (const error of dossier.errors) out.push(`- \`${error.source}\` (${error.code}): ${error.message}`);
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

function documentSection(doc: DossierDocument): string[] {
  const out = [`### ${doc.title ?? doc.id}`, ""];
  out.push(
    `Source \`${doc.source}\` (${doc.format}, ${doc.encoding}), outlet: ${doc.outlet ?? "unknown"}, ` +
      `published: ${doc.published ?? "unknown"}${doc.publishedBasis ? ` (from ${doc.publishedBasis})` : ""}.`,
    "",
  );
  const figures = doc.quantities as readonly QuantityRow[];
  if (figures.length) {
    out.push("| line | figure | value | qualifier | counted | category |", "|---|---|---|---|---|---|");
    for (const q of figures) {
      const value = q.value ?? (q.conservative ? `(vague; ≥ ${q.conservative})` : "(vague)");
      const shown = q.high !== undefined ? `${value}–${q.high}` : String(value);
      out.push(
        `| ${q.line} | ${cell(q.text)} | ${shown} | ${q.qualifier} | ${cell(q.unit)} | ${q.category} |`,
      );
    }
    out.push("");
  }
  const dates = doc.times as readonly TimeRow[];
  if (dates.length) {
    out.push("| line | time expression | resolves to | kind |", "|---|---|---|---|");
    for (const t of dates) out.push(`| ${t.line} | ${cell(t.text)} | ${t.value ?? "—"} | ${t.kind} |`);
    out.push("");
  }
  const byKind = new Map<string, number[]>();
  for (const line of doc.lines) {
    if (line.role === "body") continue;
    const label = `${line.role}${line.kind ? ` (${line.kind})` : ""}`;
    byKind.set(label, [...(byKind.get(label) ?? []), line.n]);
  }
  if (byKind.size) {
    out.push("Lines that are not article text:", "");
    for (const [label, lines] of byKind)
      out.push(`- ${label}: line${lines.length > 1 ? "s" : ""} ${lines.join(", ")}`);
    out.push("");
  }
  return out;
}

interface QuantityRow {
  readonly line: number;
  readonly text: string;
  readonly value: number | null;
  readonly high?: number;
  readonly conservative?: number;
  readonly qualifier: string;
  readonly unit: string | null;
  readonly category: string;
}

interface TimeRow {
  readonly line: number;
  readonly text: string;
  readonly value: string | null;
  readonly kind: string;
}

function cell(value: string | null | undefined): string {
  if (!value) return "—";
  return value.replace(/\|/gu, "\\|").replace(/\s+/gu, " ");
}
