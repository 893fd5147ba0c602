// Resolving references in context (the `ref` of a reference mention, see extract/entities/types.ts):
//   head        «وأفادت الوزارة» → the nearest actor before it (else after it) in the document whose name
//               has that head: «وزارة الدفاع الروسية»; the batch's only such actor failing that
//   office      «وأضاف الوزير الروسي» → the nearest person before it holding that office, of that country;
//               right after a person («الشيخ عبد الحكيم الرفاعي، رئيس لجنة الوجهاء») it is that person
//   own-country «وزارة دفاع بلاده» → the country of the nearest person before it (Lavrov: Russia), then
//               the body of that country whose name has those words (the Russian defence ministry)
//   candidates  «الميليشيات الكردية» → the first of its listed actors the document names, else the batch
// An unresolved reference is dropped, unless it stands alone as an actor («الحكومة», the government).
import {
  countryOf,
  type EntityContext,
  heavyFold,
  phraseWords,
  withoutArticle,
} from "../../extract/entities/index.js";
import { gazetteerNode, type Placed } from "./nodes.js";
import type { UnionFind } from "./union-find.js";

/** What resolution knows about each cluster: its names' head words, offices and country. */
export interface ClusterFacts {
  readonly heads: Map<string, Set<string>>;
  readonly offices: Map<string, Set<string>>;
  readonly countries: Map<string, string>;
}

function add(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

export function clusterFacts(all: readonly Placed[], uf: UnionFind, context: EntityContext): ClusterFacts {
  const facts: ClusterFacts = { heads: new Map(), offices: new Map(), countries: new Map() };
  const seenGaz = new Set<string>();
  for (const p of all) {
    if (!p.node) continue;
    const root = uf.find(p.node);
    for (const form of [p.m.text, p.m.core]) {
      const ws = form ? phraseWords(form) : [];
      // Arabic names open with their head («وزارة الدفاع»); English ones may end with it ("… Observatory")
      for (const w of /[a-z]/u.test(ws[0] ?? "") ? ws : ws.slice(0, 1))
        add(facts.heads, root, heavyFold(withoutArticle(w)));
    }
    for (const o of p.m.office) add(facts.offices, root, heavyFold(o));
    const country = p.m.country ?? (p.m.type === "GPE" ? null : countryOf(context, p.m.gazetteerId));
    if (country && !facts.countries.has(root)) facts.countries.set(root, country);
    const id = p.m.gazetteerId;
    if (id && !seenGaz.has(id)) {
      seenGaz.add(id);
      const entry = context.byId(id);
      for (const name of [...(entry?.ar ?? []), ...(entry?.en ?? [])]) {
        const w = phraseWords(name)[0];
        if (w) add(facts.heads, root, heavyFold(withoutArticle(w)));
      }
    }
  }
  return facts;
}

function nearest(
  docMentions: readonly Placed[],
  at: number,
  test: (p: Placed) => boolean,
  after: boolean,
): Placed | null {
  for (let k = at - 1; k >= 0; k--) if (docMentions[k]!.node && test(docMentions[k]!)) return docMentions[k]!;
  if (after)
    for (let k = at + 1; k < docMentions.length; k++)
      if (docMentions[k]!.node && test(docMentions[k]!)) return docMentions[k]!;
  return null;
}

/** Resolve one reference to a cluster root, or null. */
export function resolveReference(
  p: Placed,
  docMentions: readonly Placed[],
  all: readonly Placed[],
  uf: UnionFind,
  facts: ClusterFacts,
  context: EntityContext,
  text: string,
): string | null {
  const ref = p.m.ref;
  if (!ref) return null;
  const root = (q: Placed) => uf.find(q.node!);
  if (ref.mode === "head") {
    const heads = ref.targets.map((t) => heavyFold(withoutArticle(phraseWords(t)[0] ?? t)));
    const test = (q: Placed) => q.m.type !== "PERSON" && heads.some((h) => facts.heads.get(root(q))?.has(h));
    const hit = nearest(docMentions, p.order, test, true);
    if (hit) return root(hit);
    const roots = new Set(all.filter((q) => q.node && test(q)).map(root));
    return roots.size === 1 ? [...roots][0]! : null;
  }
  if (ref.mode === "office") {
    const prev = docMentions[p.order - 1];
    if (prev?.node && prev.m.type === "PERSON" && /^[\s,،]*$/u.test(text.slice(prev.m.end, p.m.start)))
      return root(prev);
    const offices = ref.targets.map(heavyFold);
    const hit = nearest(
      docMentions,
      p.order,
      (q) => {
        if (q.m.type !== "PERSON") return false;
        const r = root(q);
        if (!offices.every((o) => facts.offices.get(r)?.has(o))) return false;
        return !ref.country || facts.countries.get(r) === ref.country;
      },
      false,
    );
    return hit ? root(hit) : null;
  }
  if (ref.mode === "own-country") {
    const speaker = nearest(
      docMentions,
      p.order,
      (q) => q.m.type === "PERSON" && facts.countries.has(root(q)),
      false,
    );
    const country = speaker ? facts.countries.get(root(speaker)) : undefined;
    if (!country) return null;
    const wanted = ref.targets.map((t) => heavyFold(withoutArticle(t)));
    for (const entry of context.entries) {
      if (entry.type !== "ORG" || countryOf(context, entry.id) !== country) continue;
      const has = entry.ar.some((name) => {
        const words = phraseWords(name).map((w) => heavyFold(withoutArticle(w)));
        return wanted.every((w) => words.includes(w));
      });
      if (has) return uf.find(gazetteerNode(entry.id));
    }
    return null;
  }
  // candidates: the listed entry the document names (the nearest before, else after), else the only one
  // the batch names; people only from their own document («الأسد» is the lion elsewhere)
  const ids = new Set(ref.targets);
  const named = (q: Placed) => !!q.m.gazetteerId && ids.has(q.m.gazetteerId);
  const hit = nearest(docMentions, p.order, named, true);
  if (hit) return root(hit);
  if (p.m.type === "PERSON") return null;
  const roots = new Set(all.filter((q) => q.node && named(q)).map(root));
  if (roots.size === 1) return [...roots][0]!;
  // None of them named: «المرصد» (the observatory) is the one the document names, listed or not —
  // an actor whose name opens with the reference's words («المرصد الجنوبي لحقوق الإنسان»)
  const wanted = phraseWords(p.m.text).map((w) => heavyFold(withoutArticle(w)));
  const opens = (q: Placed) => {
    if (q.m.type === "PERSON" || q.m.kind === "reference") return false;
    const w = phraseWords(q.m.text).map((x) => heavyFold(withoutArticle(x)));
    return w.length > wanted.length && wanted.every((x, k) => w[k] === x);
  };
  const local = nearest(docMentions, p.order, opens, true);
  if (local) return root(local);
  const any = new Set(all.filter((q) => q.node && opens(q)).map(root));
  return any.size === 1 ? [...any][0]! : null;
}
