// The attribution graph of a story (or, until stories exist, of the whole batch): every chain by which a
// speaker's words reached a page — speaker ← source ← agency ← outlet — with how many reports took it,
// whether they asserted or denied, and where; then the headlines' voices: which outlets state in their
// own voice what others attribute.
import type { Dossier, DossierDocument } from "./dossier.js";

/** Chains listed per section (most reports first); the dossier's attributions hold them all. */
export const GRAPH_MAX_CHAINS = 60;

interface AttributionRow {
  readonly line: number;
  readonly speaker: string | null;
  readonly actor: string | null;
  readonly cue: string;
  readonly polarity: "assert" | "deny";
  readonly via: readonly string[];
  readonly speakerType?: string;
}

interface FramingRow {
  readonly line: number;
  readonly voice: "outlet" | "attributed";
  readonly speaker: string | null;
  readonly attributedElsewhere: readonly {
    document: string;
    line: number;
    actor: string | null;
    speaker: string | null;
  }[];
}

interface Chain {
  readonly hops: readonly string[];
  readonly where: string[];
  asserts: number;
  denies: number;
}

export function attributionGraphSection(
  dossier: Dossier,
  cell: (s: string | null | undefined) => string,
  story?: { readonly title: string; readonly documents: readonly string[] },
): string[] {
  const inStory = story ? new Set(story.documents) : null;
  const documents = inStory ? dossier.documents.filter((d) => inStory.has(d.id)) : dossier.documents;
  const labelOf = new Map(
    (dossier.actors as readonly { id: string; label: string }[]).map((a) => [a.id, a.label] as const),
  );
  const label = (id: string) => labelOf.get(id) ?? id;
  const chains = new Map<string, Chain>();
  for (const doc of documents) {
    const outlet = doc.outlet ?? doc.id;
    for (const a of doc.attributions as readonly AttributionRow[]) {
      const speaker = a.actor ? label(a.actor) : (a.speaker ?? "(unnamed)");
      const shown = a.speakerType === "anonymous" && a.speaker ? `${a.speaker} (anonymous)` : speaker;
      const hops = [shown, ...a.via.map(label), outlet];
      const key = hops.join(" ← ");
      const chain = chains.get(key) ?? { hops, where: [], asserts: 0, denies: 0 };
      chain.where.push(`${doc.id}:${a.line}`);
      if (a.polarity === "deny") chain.denies++;
      else chain.asserts++;
      chains.set(key, chain);
    }
  }
  const out = [story ? `### Attribution graph: ${story.title}` : "## Attribution graph", ""];
  if (!chains.size) {
    out.push("No reporting act was found.", "");
    return out;
  }
  out.push(
    `Who is reported, through whom, by which outlet (speaker ← source ← agency ← outlet)${story ? "" : ", for the whole batch"}:`,
    "",
    "| chain | reports | asserts | denies | where |",
    "|---|---|---|---|---|",
  );
  const sorted = [...chains.values()].sort(
    (x, y) => y.where.length - x.where.length || x.hops.length - y.hops.length,
  );
  for (const c of sorted.slice(0, GRAPH_MAX_CHAINS)) {
    const where = c.where.length > 6 ? `${c.where.slice(0, 6).join(", ")} …` : c.where.join(", ");
    out.push(`| ${cell(c.hops.join(" ← "))} | ${c.where.length} | ${c.asserts} | ${c.denies} | ${where} |`);
  }
  if (sorted.length > GRAPH_MAX_CHAINS)
    out.push("", `${sorted.length - GRAPH_MAX_CHAINS} more chain(s) in the dossier.`);
  out.push("", ...framingLines(documents, cell, label));
  return out;
}

function framingLines(
  documents: readonly DossierDocument[],
  cell: (s: string | null | undefined) => string,
  label: (id: string) => string,
): string[] {
  const out = ["#### Headlines: whose voice", ""];
  let any = false;
  for (const doc of documents) {
    for (const f of (doc.framing ?? []) as readonly FramingRow[]) {
      any = true;
      const title = cell(doc.title);
      const outlet = doc.outlet ?? doc.id;
      if (f.voice === "attributed") {
        out.push(`- ${outlet}: «${title}» — attributed to ${cell(f.speaker)}.`);
        continue;
      }
      const others = f.attributedElsewhere.filter((o) => o.document !== doc.id);
      const own = f.attributedElsewhere.filter((o) => o.document === doc.id);
      const who = (xs: typeof others) =>
        [...new Set(xs.map((o) => (o.actor ? label(o.actor) : (o.speaker ?? "someone"))))].join(", ");
      if (others.length || own.length) {
        const parts = [];
        if (others.length)
          parts.push(
            `other outlets attribute it to ${who(others)} (${[...new Set(others.map((o) => `${o.document}:${o.line}`))].join(", ")})`,
          );
        if (own.length)
          parts.push(
            `its own text attributes it to ${who(own)} (line ${[...new Set(own.map((o) => o.line))].join(", ")})`,
          );
        out.push(`- ⚑ ${outlet}: «${title}» — stated in the outlet's own voice, while ${parts.join("; ")}.`);
      } else out.push(`- ${outlet}: «${title}» — in the outlet's own voice.`);
    }
  }
  if (!any) out.push("No headline was found.");
  out.push("");
  return out;
}
