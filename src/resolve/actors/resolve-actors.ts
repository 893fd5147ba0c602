// Actor resolution over a whole batch:
//   1. the entities each document yielded (extract/entities) teach the batch their names (learned.ts),
//      and every document is read again with them, so «قحد» defined in one page is found in all;
//   2. name mentions are linked into clusters (link-names.ts, cross-language.ts);
//   3. references are resolved in context (references.ts);
//   4. clusters become actors: gazetteer ids where known, stable generated ids otherwise.
import { readLexiconSet } from "../../core/lexicon.js";
import type { Actor, Document, Entity, Extraction } from "../../core/types.js";
import {
  defaultEntityContext,
  type EntityContext,
  type EntityMention,
  extractEntities,
  learnNames,
  nameKey,
  type PageMentions,
} from "../../extract/entities/index.js";
import { normalizeArabic } from "../../text/normalize.js";
import { type Assigned, buildActors } from "./build-actors.js";
import { linkAcrossLanguages } from "./cross-language.js";
import { linkNames } from "./link-names.js";
import { nodeOf, type Placed } from "./nodes.js";
import { clusterFacts, resolveReference } from "./references.js";
import { UnionFind } from "./union-find.js";

export interface ActorResolution {
  readonly actors: readonly Actor[];
  readonly extractions: readonly Extraction[];
}

function isMention(e: Entity): e is EntityMention {
  return "kind" in e && "learnable" in e;
}

function barriersOf(x: Extraction | undefined) {
  return [...(x?.times ?? []), ...(x?.quantities ?? [])];
}

/** The first pass: the entities extract/ found, or found here when the extraction carries none. */
function firstPass(
  documents: readonly Document[],
  extractions: readonly Extraction[],
  context: EntityContext,
): PageMentions[] {
  return documents.map((doc, i) => {
    const x = extractions.find((e) => e.documentId === doc.id) ?? extractions[i];
    const given = (x?.entities ?? []).filter(isMention);
    const mentions = given.length ? given : extractEntities(doc, context, { barriers: barriersOf(x) });
    return { documentId: doc.id, mentions };
  });
}

/**
 * The outlets of the batch, as names to learn: «لـ«حوران بوست»» (to Hauran Post) in one page is the
 * outlet of another. One-word outlet names are left out («الوادي» is also the valley).
 */
function outletNames(documents: readonly Document[]): EntityMention[] {
  const heads = readLexiconSet("lexicons/ar/outlet-heads.txt", normalizeArabic);
  const names = new Set<string>();
  for (const doc of documents) {
    const words = doc.outlet?.trim().split(/\s+/u) ?? [];
    if (words.length < 2) continue;
    names.add(words.join(" "));
    // «موقع حوران بوست» (the Hauran Post site) is cited as «حوران بوست»; not «شبكة الجنوب اليوم» as
    // «الجنوب اليوم» (the south today), which reads as ordinary words
    const rest = words.slice(1);
    if (
      rest.length >= 2 &&
      heads.has(normalizeArabic(words[0]!)) &&
      !normalizeArabic(rest[0]!).startsWith("ال")
    ) {
      names.add(rest.join(" "));
    }
  }
  const out: EntityMention[] = [];
  for (const name of names) {
    out.push({
      line: 0,
      start: 0,
      end: 0,
      text: name,
      type: "ORG",
      actor: null,
      rule: "outlet",
      kind: "name",
      gazetteerId: null,
      core: null,
      office: [],
      country: null,
      ref: null,
      learnable: true,
      aliasOf: null,
    });
  }
  return out;
}

export function resolveActors(
  documents: readonly Document[],
  extractions: readonly Extraction[],
  context: EntityContext = defaultEntityContext(),
): ActorResolution {
  const outlets: PageMentions = { documentId: "", mentions: outletNames(documents) };
  const learned = learnNames([outlets, ...firstPass(documents, extractions, context)], context);
  const byId = new Map(extractions.map((x) => [x.documentId, x]));
  const perDoc: Placed[][] = documents.map((doc, d) => {
    const mentions = extractEntities(doc, context, { barriers: barriersOf(byId.get(doc.id)), learned });
    return mentions.map((m, order) => ({ doc: d, docId: doc.id, order, m, node: nodeOf(m) }));
  });
  const all = perDoc.flat();

  const uf = new UnionFind();
  linkNames(all, uf, context);
  linkAcrossLanguages(all, uf, context);

  const facts = clusterFacts(all, uf, context);
  const assigned: Assigned[] = [];
  const rootOf = new Map<Placed, string>();
  for (const docMentions of perDoc) {
    for (const p of docMentions) {
      let root: string | null = p.node ? uf.find(p.node) : null;
      if (!root) {
        root = resolveReference(p, docMentions, all, uf, facts, context, documents[p.doc]!.text);
        // «الحكومة» (the government) that nothing names: an actor of its own, known to be one only
        // within its page (two pages may mean two governments)
        if (!root && p.m.ref?.standalone) root = `ref:${p.m.type}:${nameKey(p.m.text)}:${p.docId}`;
      }
      if (!root) continue;
      rootOf.set(p, root);
      assigned.push({ placed: p, root });
    }
  }
  const { actors, idOf } = buildActors(assigned, context);

  const out = documents.map((doc, d): Extraction => {
    const base = byId.get(doc.id) ?? {
      documentId: doc.id,
      quantities: [],
      times: [],
      entities: [],
      attributions: [],
      framing: [],
    };
    const entities: Entity[] = perDoc[d]!.map((p) => {
      const root = rootOf.get(p);
      return {
        line: p.m.line,
        start: p.m.start,
        end: p.m.end,
        text: p.m.text,
        type: p.m.type,
        actor: root ? (idOf.get(root) ?? null) : null,
        rule: p.m.rule,
      };
    });
    return { ...base, entities };
  });
  return { actors, extractions: out };
}
