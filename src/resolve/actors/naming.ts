// The naming table: for each story (or, when there are none, the whole batch), which names each outlet
// uses for each actor, with the names that carry a judgement flagged (ar/judgement-labels.tsv,
// en/judgement-labels.tsv). The difference is the story: one outlet writes «قوات سوريا الديمقراطية»,
// another «الميليشيات الكردية» (the Kurdish militias); one «داعش», another «تنظيم داعش الإرهابي».
// A label counts when it is in the name or right around it: «ما يسمى بـ«جيش أسود الشرقية»» (the
// so-called …), «المجلس المزعوم» (the so-called council).
import type { Actor, Document, Entity, Extraction, Story } from "../../core/types.js";
import { entityLexicons, phraseWords } from "../../extract/entities/index.js";
import { stripClitics } from "../../text/clitics.js";

export interface NamingName {
  /** The name as written. */
  readonly name: string;
  /** How many times the outlet used it. */
  readonly count: number;
  /** English glosses of the judgement it carries ("terrorist", "militias", "so-called"); empty if none. */
  readonly labels: readonly string[];
}

export interface NamingCell {
  readonly outlet: string;
  readonly names: readonly NamingName[];
}

export interface NamingRow {
  readonly actor: string;
  readonly label: string;
  readonly type: string;
  readonly outlets: readonly NamingCell[];
}

export interface NamingTable {
  /** The story id, or null for the whole batch (before stories exist). */
  readonly story: string | null;
  readonly title: string | null;
  readonly outlets: readonly string[];
  /** Actors named by two outlets or more, or with a judgement label, most outlets first. */
  readonly rows: readonly NamingRow[];
}

/** Words before a name that may carry its label: «ما يسمى بـ» is three. */
const BEFORE_WORDS = 3;

/** Labels in `words`; `where` keeps only those that may stand there, and only at that edge. */
function labelsOf(words: readonly string[], lang: "ar" | "en", where: "in" | "before" | "after"): string[] {
  const lex = entityLexicons();
  const index = lang === "ar" ? lex.arJudgement : lex.enJudgement;
  const out: string[] = [];
  const forms = words.map((w) => (lang === "ar" ? stripClitics(w).stem : w));
  for (let i = 0; i < forms.length; i++) {
    for (const n of [3, 2, 1]) {
      if (i + n > forms.length) continue;
      if (where === "before" && i + n !== forms.length) continue; // it must end right before the name
      if (where === "after" && i !== 0) continue;
      for (const j of index.lookup(forms.slice(i, i + n).join(" "))) {
        if (where !== "in" && j.position !== where) continue;
        if (!out.includes(j.label)) out.push(j.label);
      }
    }
  }
  return out;
}

/** Judgement labels in a mention and the words right around it. */
export function judgementLabels(text: string, entity: Pick<Entity, "start" | "end" | "text">): string[] {
  const lang = /[\u0600-\u06ff]/u.test(entity.text) ? "ar" : "en";
  const before = phraseWords(text.slice(Math.max(0, entity.start - 40), entity.start));
  while (before.length && before[before.length - 1]!.length === 1) before.pop(); // «ما يسمى بـ«…»»
  before.splice(0, Math.max(0, before.length - BEFORE_WORDS));
  const after = phraseWords(text.slice(entity.end, entity.end + 30)).slice(0, 1);
  return [
    ...new Set([
      ...labelsOf(phraseWords(entity.text), lang, "in"),
      ...labelsOf(before, lang, "before"),
      ...labelsOf(after, lang, "after"),
    ]),
  ];
}

function table(
  story: Story | null,
  documents: readonly Document[],
  byDoc: ReadonlyMap<string, Extraction>,
  actors: ReadonlyMap<string, Actor>,
): NamingTable {
  const outletOf = (d: Document) => d.outlet ?? d.id;
  const cells = new Map<string, Map<string, Map<string, NamingName>>>(); // actor → outlet → name
  for (const doc of documents) {
    for (const e of byDoc.get(doc.id)?.entities ?? []) {
      if (!e.actor) continue;
      const byOutlet = cells.get(e.actor) ?? new Map<string, Map<string, NamingName>>();
      cells.set(e.actor, byOutlet);
      const names = byOutlet.get(outletOf(doc)) ?? new Map<string, NamingName>();
      byOutlet.set(outletOf(doc), names);
      // «داعش» four times plain and once as «إرهابيي داعش» (ISIS terrorists) are two entries
      const labels = judgementLabels(doc.text, e);
      const key = `${e.text}\t${labels.join(",")}`;
      names.set(key, { name: e.text, count: (names.get(key)?.count ?? 0) + 1, labels });
    }
  }
  const rows: NamingRow[] = [];
  for (const [id, byOutlet] of cells) {
    const flagged = [...byOutlet.values()].some((names) => [...names.values()].some((n) => n.labels.length));
    if (byOutlet.size < 2 && !flagged) continue;
    const actor = actors.get(id);
    rows.push({
      actor: id,
      label: actor?.label ?? id,
      type: actor?.type ?? "OTHER",
      outlets: [...byOutlet].map(([outlet, names]) => ({
        outlet,
        names: [...names.values()].sort((a, b) => b.count - a.count),
      })),
    });
  }
  rows.sort((a, b) => b.outlets.length - a.outlets.length || a.label.localeCompare(b.label));
  return {
    story: story?.id ?? null,
    title: story?.title ?? null,
    outlets: [...new Set(documents.map(outletOf))],
    rows,
  };
}

/** One table per story, or one for the whole batch when no stories were found. */
export function buildNaming(
  documents: readonly Document[],
  extractions: readonly Extraction[],
  actors: readonly Actor[],
  stories: readonly Story[],
): NamingTable[] {
  const byDoc = new Map(extractions.map((x) => [x.documentId, x]));
  const byId = new Map(actors.map((a) => [a.id, a]));
  if (!stories.length) return documents.length ? [table(null, documents, byDoc, byId)] : [];
  const docs = new Map(documents.map((d) => [d.id, d]));
  return stories.map((s) =>
    table(
      s,
      s.documents.map((id) => docs.get(id)).filter((d): d is Document => !!d),
      byDoc,
      byId,
    ),
  );
}
