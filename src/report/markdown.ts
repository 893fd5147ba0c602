// The dossier as a report for a person: per document, what the page is (outlet, title, author,
// language) and how its lines were read; then each story: claims matrix, discrepancies, figures,
// timeline, per-outlet notes, naming table and attribution graph.

import type { Story } from "../core/types.js";
import type { NamingName, NamingTable } from "../resolve/index.js";
import { attributionGraphSection } from "./attribution-graph.js";
import type { Dossier, DossierDocument } from "./dossier.js";
import { storySection } from "./story-section.js";

/** Outlets beyond which the naming table is written one row per actor and outlet instead of a grid. */
export const NAMING_GRID_MAX_OUTLETS = 6;
/** Actors shown per naming table (most outlets first); the dossier's `naming` holds them all. */
export const NAMING_MAX_ROWS = 40;

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

  const stories = dossier.stories as readonly Story[];
  if (stories.length === 0) {
    // nothing grouped (no document could be analysed): batch-wide tables
    for (const table of dossier.naming) out.push(...namingSection(table));
    out.push(...attributionGraphSection(dossier, cell));
  }
  for (const story of stories) {
    out.push(...storySection(story, dossier.documents, cell));
    for (const table of dossier.naming.filter((t) => t.story === story.id))
      out.push(...namingSection(table, "###"));
    out.push(...attributionGraphSection(dossier, cell, story));
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
  const reports = doc.attributions as readonly ReportRow[];
  if (reports.length) {
    out.push("| line | speaker | cue | stance | via | what is reported |", "|---|---|---|---|---|---|");
    for (const a of reports) {
      const speaker = a.speaker ?? (a.actor ? `(${a.actor})` : "—");
      const content = a.content.length > 90 ? `${a.content.slice(0, 90)}…` : a.content;
      out.push(
        `| ${a.line} | ${cell(speaker)} | ${cell(a.cue)} | ${a.polarity} | ${cell(a.via.join(" ← "))} | ${cell(content)} |`,
      );
    }
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

/** One name in a cell: «الميليشيات الكردية ⚑ militias ×3». */
function nameCell(n: NamingName): string {
  const flag = n.labels.length ? ` ⚑ ${n.labels.join(", ")}` : "";
  const count = n.count > 1 ? ` ×${n.count}` : "";
  return `${n.name}${flag}${count}`;
}

function namingSection(table: NamingTable, level = "##"): string[] {
  const out = [
    table.story ? `${level} Naming by outlet: ${table.title ?? table.story}` : `${level} Naming by outlet`,
    "",
  ];
  if (!table.rows.length) {
    out.push("No actor is named by two outlets or with a judgement label.", "");
    return out;
  }
  out.push(
    `Which names each outlet gives each actor (${table.outlets.length} outlet${table.outlets.length === 1 ? "" : "s"}` +
      `${table.story ? "" : ", the whole batch"}). ⚑ marks a name that carries a judgement.`,
    "",
  );
  const rows = table.rows.slice(0, NAMING_MAX_ROWS);
  const actor = (r: NamingTable["rows"][number]) => `${cell(r.label)} (${r.actor})`;
  const names = (r: NamingTable["rows"][number], outlet: string) =>
    cell(
      r.outlets
        .find((c) => c.outlet === outlet)
        ?.names.map(nameCell)
        .join("; "),
    );
  if (table.outlets.length <= NAMING_GRID_MAX_OUTLETS) {
    out.push(
      `| actor | ${table.outlets.map(cell).join(" | ")} |`,
      `|---|${table.outlets.map(() => "---|").join("")}`,
    );
    for (const r of rows) out.push(`| ${actor(r)} | ${table.outlets.map((o) => names(r, o)).join(" | ")} |`);
  } else {
    out.push("| actor | outlet | names used |", "|---|---|---|");
    for (const r of rows)
      for (const c of r.outlets) out.push(`| ${actor(r)} | ${cell(c.outlet)} | ${names(r, c.outlet)} |`);
  }
  if (table.rows.length > rows.length)
    out.push("", `${table.rows.length - rows.length} more actor(s) in the dossier's \`naming\`.`);
  out.push("");
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

interface ReportRow {
  readonly line: number;
  readonly speaker: string | null;
  readonly actor: string | null;
  readonly cue: string;
  readonly polarity: string;
  readonly content: string;
  readonly via: readonly string[];
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
