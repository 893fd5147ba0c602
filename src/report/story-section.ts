// One story for a person: its documents and wire copies, the claims matrix (which outlet carries which
// claim, in its own voice, as a source's report, or as a denial), the discrepancies with their one-
// sentence explanations, the figures each outlet gives per claim with conflicts marked, the timeline,
// and what each outlet alone reports or leaves out.
import type { Carriage, Story } from "../core/types.js";
import type { DossierDocument } from "./dossier.js";

/** Claims shown in the matrix and figures table (most-carried first); the dossier holds them all. */
export const STORY_MAX_CLAIMS = 40;
/** Characters of a claim's label shown in tables. */
const LABEL_CHARS = 90;

const MARK: Record<Carriage, string> = { asserting: "●", attributing: "○", denying: "✗" };

interface QuantityRow {
  readonly line: number;
  readonly text: string;
  readonly value: number | null;
  readonly category: string;
}

type Cell = (s: string | null | undefined) => string;

function short(text: string): string {
  return text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS)}…` : text;
}

export function storySection(story: Story, documents: readonly DossierDocument[], cell: Cell): string[] {
  const docOf = new Map(documents.map((d) => [d.id, d]));
  const outletOf = (id: string) => docOf.get(id)?.outlet ?? id;
  const out = [`## Story ${story.id}: ${cell(story.title)}`, ""];
  out.push(
    `${story.documents.length} document(s), ${story.claims.length} claim(s), ${story.discrepancies.length} discrepanc${story.discrepancies.length === 1 ? "y" : "ies"}.`,
    "",
  );
  for (const id of story.documents) {
    const d = docOf.get(id);
    out.push(
      `- \`${id}\` — ${cell(outletOf(id))}${d?.published ? `, ${d.published}` : ""}: ${cell(d?.title)}`,
    );
  }
  for (const copy of story.copies) {
    out.push(
      `- wire copy: the text of \`${copy.canonical}\` is carried again by ${copy.carriers.map((c) => `\`${c}\` (${cell(outletOf(c))})`).join(", ")}; it counts once.`,
    );
  }
  out.push("");
  out.push(...claimsMatrix(story, outletOf, cell));
  out.push(...discrepancyList(story, outletOf, cell));
  out.push(...figuresTable(story, docOf, outletOf, cell));
  out.push(...timelineList(story, cell));
  out.push(...outletNotes(story, cell));
  return out;
}

function claimsMatrix(story: Story, outletOf: (id: string) => string, cell: Cell): string[] {
  const out = ["### Claims matrix", ""];
  if (story.claims.length === 0) return [...out, "No claim was found.", ""];
  out.push(
    "● states it in the outlet's own voice · ○ reports a source asserting it · ✗ reports a denial · blank: silent",
    "",
  );
  const docs = story.documents;
  out.push(
    `| claim | ${docs.map((d) => cell(outletOf(d))).join(" | ")} |`,
    `|---|${docs.map(() => "---|").join("")}`,
  );
  const view = new Map(story.outlets.map((o) => [o.document, o]));
  for (const c of story.claims.slice(0, STORY_MAX_CLAIMS)) {
    const negates = c.negates ? ` (denial of ${c.negates})` : "";
    const row = docs.map((d) => (view.get(d)?.carries[c.id] ?? []).map((k) => MARK[k]).join(""));
    out.push(`| **${c.id}**${negates} ${cell(short(c.label))} | ${row.join(" | ")} |`);
  }
  if (story.claims.length > STORY_MAX_CLAIMS)
    out.push("", `${story.claims.length - STORY_MAX_CLAIMS} more claim(s) in the dossier.`);
  out.push("");
  return out;
}

function discrepancyList(story: Story, outletOf: (id: string) => string, cell: Cell): string[] {
  const out = ["### Discrepancies", ""];
  if (story.discrepancies.length === 0)
    return [...out, "None found: the outlets' reports of each claim agree.", ""];
  // contradictions come one per asserting/denying pair: grouped by claim so a reader sees each once
  const byClaims = new Map<string, typeof story.discrepancies>();
  for (const d of story.discrepancies) {
    const key = `${d.kind}|${d.claims.join(",")}`;
    byClaims.set(key, [...(byClaims.get(key) ?? []), d]);
  }
  for (const [key, list] of byClaims) {
    const [kind, claims] = key.split("|");
    const where = (d: (typeof list)[number]) =>
      d.between.map((b) => `${cell(outletOf(b.document))} ${b.document}:${b.line}`).join(" vs ");
    out.push(`- **${kind}** (${claims}): ${cell(list[0]!.description)}`);
    for (const d of list.slice(0, 8))
      out.push(`  - ${where(d)}${list.length > 1 && d !== list[0] ? ` — ${cell(d.description)}` : ""}`);
    if (list.length > 8) out.push(`  - … ${list.length - 8} more pair(s) in the dossier`);
  }
  out.push("");
  return out;
}

function figuresTable(
  story: Story,
  docOf: Map<string, DossierDocument>,
  outletOf: (id: string) => string,
  cell: Cell,
): string[] {
  const conflicted = new Set(
    story.discrepancies
      .filter((d) => d.kind === "figure-mismatch")
      .flatMap((d) => d.between.map((b) => `${b.document}:${b.line}`)),
  );
  const rows: string[] = [];
  for (const c of story.claims.slice(0, STORY_MAX_CLAIMS)) {
    for (const m of c.mentions) {
      const figures = ((docOf.get(m.document)?.quantities ?? []) as readonly QuantityRow[]).filter(
        (q) => q.line === m.line && q.value !== null && q.category !== "other",
      );
      if (figures.length === 0) continue;
      const flag = conflicted.has(`${m.document}:${m.line}`) ? "⚠ conflicts" : "";
      rows.push(
        `| ${c.id} | ${cell(outletOf(m.document))} | ${m.document}:${m.line} | ${cell(m.who)} | ${cell(figures.map((q) => `${q.text} (${q.category})`).join("; "))} | ${c.dates[0] ?? ""} | ${flag} |`,
      );
    }
  }
  const out = ["### Figures", ""];
  if (rows.length === 0) return [...out, "No figure is reported.", ""];
  out.push(
    "| claim | outlet | line | according to | figures | day | |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    "",
  );
  return out;
}

function timelineList(story: Story, cell: Cell): string[] {
  const out = ["### Timeline", ""];
  if (story.timeline.length === 0) return [...out, "No dated event.", ""];
  const labelOf = new Map(story.claims.map((c) => [c.id, c.label]));
  for (const t of story.timeline) {
    out.push(
      `- **${t.date}** — ${t.claims.map((id) => `${id}: ${cell(short(labelOf.get(id) ?? ""))}`).join("; ")} (sources: ${t.sources.join(", ")})`,
    );
  }
  out.push("");
  return out;
}

function outletNotes(story: Story, cell: Cell): string[] {
  const out = ["### What each outlet alone reports, and what it leaves out", ""];
  let any = false;
  for (const o of story.outlets) {
    if (o.only.length === 0 && o.omits.length === 0) continue;
    any = true;
    const parts = [];
    if (o.only.length) parts.push(`alone reports ${o.only.join(", ")}`);
    if (o.omits.length) parts.push(`leaves out ${o.omits.join(", ")}, which most others carry`);
    out.push(`- ${cell(o.outlet)} (\`${o.document}\`): ${parts.join("; ")}.`);
  }
  if (!any) out.push("Every outlet carries the same claims.");
  out.push("");
  return out;
}
