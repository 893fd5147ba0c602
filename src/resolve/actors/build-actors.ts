// From clusters to the dossier's actors: an id (the gazetteer id, else a stable id made from the type
// and the label, so that two runs over the same batch give the same ids), a type, a label and every
// surface form per document as written.
import type { Actor, EntityType } from "../../core/types.js";
import { type EntityContext, nameKey, phraseWords } from "../../extract/entities/index.js";
import type { Placed } from "./nodes.js";

/** FNV-1a, 32 bits, base 36: short stable ids for actors the gazetteer does not know. */
export function stableId(type: EntityType, label: string): string {
  let h = 0x811c9dc5;
  const s = `${type}:${nameKey(label)}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `a-${h.toString(36)}`;
}

export interface Assigned {
  readonly placed: Placed;
  readonly root: string;
}

/** The label of a cluster: the gazetteer's first name in the batch's script, else its most used full name. */
function labelOf(members: readonly Assigned[], context: EntityContext, id: string | null): string {
  const entry = id ? context.byId(id) : undefined;
  const arabic = members.filter((a) => /[\u0600-\u06ff]/u.test(a.placed.m.text)).length * 2 >= members.length;
  if (entry) return (arabic ? entry.ar[0] : entry.en[0]) ?? entry.label;
  // the full name, not the acronym or the surname the page repeats: «قوات حوران الديمقراطية», not «قحد»
  const full = members.filter((a) => a.placed.m.kind === "name" && !a.placed.m.rule.endsWith(":surname"));
  const pool = full.length ? full : members;
  const score = new Map<string, number>();
  for (const a of pool) {
    if (a.placed.m.kind === "reference") continue;
    const text = a.placed.m.core ?? a.placed.m.text;
    score.set(text, (score.get(text) ?? 0) + 1 + phraseWords(text).length / 10);
  }
  let best = members[0]!.placed.m.text;
  let top = -1;
  for (const [text, n] of score) if (n > top) [best, top] = [text, n];
  return best;
}

function typeOf(members: readonly Assigned[], context: EntityContext, id: string | null): EntityType {
  const entry = id ? context.byId(id) : undefined;
  if (entry) return entry.type;
  const counts = new Map<EntityType, number>();
  for (const a of members)
    if (a.placed.m.kind !== "reference") counts.set(a.placed.m.type, (counts.get(a.placed.m.type) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] ?? members[0]!.placed.m.type;
}

/** Actors from assigned mentions; returns the actors and the actor id of each cluster root. */
export function buildActors(
  assigned: readonly Assigned[],
  context: EntityContext,
): { actors: Actor[]; idOf: Map<string, string> } {
  const byRoot = new Map<string, Assigned[]>();
  for (const a of assigned) {
    const list = byRoot.get(a.root);
    if (list) list.push(a);
    else byRoot.set(a.root, [a]);
  }
  const actors: Actor[] = [];
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  for (const [root, members] of byRoot) {
    const gazId = root.startsWith("gaz:") ? root.slice(4) : null;
    const type = typeOf(members, context, gazId);
    const label = labelOf(members, context, gazId);
    let id = gazId ?? stableId(type, label);
    for (let n = 2; used.has(id); n++) id = `${gazId ?? stableId(type, label)}-${n}`;
    used.add(id);
    idOf.set(root, id);
    const names: Record<string, string[]> = {};
    for (const a of members) {
      const list = names[a.placed.docId] ?? [];
      names[a.placed.docId] = list;
      for (const form of [a.placed.m.text, a.placed.m.core])
        if (form && !list.includes(form)) list.push(form);
    }
    actors.push({ id, type, label, names });
  }
  actors.sort((a, b) => count(b) - count(a) || a.id.localeCompare(b.id));
  return { actors, idOf };
}

function count(actor: Actor): number {
  return Object.values(actor.names).reduce((n, forms) => n + forms.length, 0);
}
