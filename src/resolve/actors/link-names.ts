// Linking name nodes into actors. Each link says why two names are one actor:
//   gazetteer  a name the gazetteer lists is that entry, however it was found («قسد» learnt → sdf)
//   core       «اللجنة الأمنية في درعا» is «اللجنة الأمنية»; «قناة «الوادي»» is «الوادي»
//   alias      «قوات حوران الديمقراطية» المعروفة باسم «قحد»: «قحد» names it
//   acronym    «قحد» spells the initials of «قوات حوران الديمقراطية»; "HDF" of "Hawran Democratic Forces"
//   surname    «لافروف» is the «سيرغي لافروف» of the same document (else the only one in the batch)
//   qualifier  «وزارة الدفاع» is «وزارة الدفاع الروسية» when the document names only that one: the words
//              it lacks are a demonym or a place, never another noun («وزارة الخارجية» stays apart)
// Document first, then the batch, and only when the answer is unique: two ministries, two Lavrovs, and
// nothing is linked.
import { type EntityContext, heavyFold, phraseWords, withoutArticle } from "../../extract/entities/index.js";
import { initials } from "../../extract/entities/rules/quoted.js";
import { classOf, gazetteerNode, nameNode, type Placed } from "./nodes.js";
import type { UnionFind } from "./union-find.js";

const LATIN = /[a-z]/u;

/** Roots of the clusters holding `placed` mentions that pass `test`, or null when not exactly one. */
function unique(uf: UnionFind, placed: readonly Placed[], test: (p: Placed) => boolean): string | null {
  const roots = new Set<string>();
  for (const p of placed) if (p.node && test(p)) roots.add(uf.find(p.node));
  return roots.size === 1 ? [...roots][0]! : null;
}

/** Among `candidates` (prefiltered from an index): those of document `doc` first, else all of them. */
function inDocThenBatch(
  uf: UnionFind,
  candidates: readonly Placed[],
  doc: number,
  test: (p: Placed) => boolean,
): string | null {
  const local = candidates.filter((c) => c.doc === doc);
  if (local.some((p) => p.node && test(p))) return unique(uf, local, test);
  return unique(uf, candidates, test);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function gazetteerKeys(context: EntityContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of context.entries) {
    for (const name of [...entry.ar, ...entry.en, ...entry.aliases]) {
      const node = nameNode(entry.type, name);
      if (node && !out.has(node)) out.set(node, entry.id);
    }
  }
  return out;
}

const LINEAGE = ["بن", "al", "el", "bin"];

/** Keys a short form of this full name may have: «لافروف» for «سيرغي لافروف», «بن سلمان», "masalma". */
function surnameKeys(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  const out = [heavyFold(last)];
  if (LINEAGE.includes(before)) out.push(`${before} ${heavyFold(last)}`);
  return out;
}

/** Words without articles: «وزارة الدفاع الروسية» → «وزاره دفاع روسيه». */
function bareWords(text: string): string[] {
  return phraseWords(text).map(withoutArticle);
}

export function linkNames(all: readonly Placed[], uf: UnionFind, context: EntityContext): void {
  const names = all.filter((p) => p.node);
  for (const p of names) uf.add(p.node!);
  const words = new Map<Placed, string[]>(names.map((p) => [p, phraseWords(p.m.text)]));
  const wordsOf = (p: Placed): string[] => words.get(p) ?? [];

  // gazetteer: a name the gazetteer lists is that entry
  const gaz = gazetteerKeys(context);
  for (const p of names) {
    const id = gaz.get(p.node!);
    if (id) uf.union(p.node!, gazetteerNode(id));
  }
  // core and alias
  for (const p of names) {
    const { m } = p;
    if (m.core && !m.gazetteerId) {
      const core = nameNode(m.type, m.core);
      if (core) uf.union(p.node!, core);
    }
    if (m.aliasOf) {
      const target = nameNode("ORG", m.aliasOf);
      if (target) uf.union(p.node!, target);
    }
  }
  // acronyms
  const byInitials = new Map<string, Placed[]>();
  for (const o of names) {
    if (o.m.type !== "ORG" || o.m.kind !== "name" || wordsOf(o).length < 2) continue;
    const name = o.m.core ?? o.m.text;
    push(byInitials, initials(name, LATIN.test(name.toLowerCase()) ? "en" : "ar"), o);
  }
  for (const p of names) {
    if (p.m.kind !== "acronym" || p.m.aliasOf) continue;
    const letters = wordsOf(p).join("");
    const root = inDocThenBatch(uf, byInitials.get(letters) ?? [], p.doc, (o) => o !== p);
    if (root) uf.union(p.node!, root);
  }
  // surnames
  const bySurname = new Map<string, Placed[]>();
  for (const o of names)
    if (o.m.type === "PERSON") for (const k of surnameKeys(wordsOf(o))) push(bySurname, k, o);
  for (const p of names) {
    if (p.m.type !== "PERSON") continue;
    const w = wordsOf(p);
    const short = w.length === 1 || (w.length === 2 && LINEAGE.includes(w[0]!));
    if (!short) continue;
    const key = w.length === 1 ? heavyFold(w[0]!) : `${w[0]} ${heavyFold(w[1]!)}`;
    const root = inDocThenBatch(uf, bySurname.get(key) ?? [], p.doc, (o) => wordsOf(o).length > w.length);
    if (root) uf.union(p.node!, root);
  }
  // qualifiers: «وزارة الدفاع» → «وزارة الدفاع الروسية»
  const places = new Set<string>();
  for (const p of names) if (classOf(p.m.type) === "PLACE") places.add(bareWords(p.m.text).join(" "));
  const orgsByFirst = new Map<string, Placed[]>();
  const bare = new Map<Placed, string[]>();
  for (const o of names) {
    if (o.m.type !== "ORG" || o.m.kind !== "name") continue;
    const b = bareWords(o.m.text);
    bare.set(o, b);
    if (b[0]) push(orgsByFirst, heavyFold(b[0]), o);
  }
  for (const p of names) {
    if (p.m.gazetteerId || classOf(p.m.type) !== "ORG") continue;
    const mine = bare.get(p) ?? bareWords(p.m.text);
    if (mine.length < 2) continue;
    const root = inDocThenBatch(uf, orgsByFirst.get(heavyFold(mine[0]!)) ?? [], p.doc, (o) => {
      const other = bare.get(o) ?? [];
      if (other.length <= mine.length || uf.same(o.node!, p.node!)) return false;
      if (!mine.every((w, k) => heavyFold(w) === heavyFold(other[k]!))) return false;
      return other.slice(mine.length).every((w) => qualifier(context, w, places));
    });
    if (root) uf.union(p.node!, root);
  }
}

/** A word that narrows a body without naming another: a demonym, a place of the batch or gazetteer, «في». */
function qualifier(context: EntityContext, word: string, places: ReadonlySet<string>): boolean {
  if (word === "في") return true;
  const w = word.endsWith("يه") ? word.slice(0, -1) : word;
  if (context.demonyms.has(w) || places.has(word)) return true;
  return context.gazetteer.lookup(word).some((g) => classOf(g.entry.type) === "PLACE");
}
