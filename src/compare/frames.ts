// The event classes of a claim mention, from data/lexicons/{ar,en}/event-classes.tsv: which kinds of
// action it reports (an agreement, a strike, casualties, a prevention, a withdrawal …). Mentions are
// aligned within a class, so one line can state several claims and two lines sharing only their
// actors and places are not taken for one claim.
import { readLexiconRows } from "../core/lexicon.js";
import { contentWords } from "../text/index.js";

/** The class of a mention that names none of the listed actions. */
export const UNCLASSED = "other";

let entries: { readonly cls: string; readonly stems: readonly string[] }[] | undefined;

function load() {
  if (entries) return entries;
  entries = [];
  for (const lang of ["ar", "en"]) {
    for (const [cls, words] of readLexiconRows(`lexicons/${lang}/event-classes.tsv`)) {
      if (!cls || !words) continue;
      const stems = contentWords(words);
      if (stems.length > 0) entries.push({ cls, stems });
    }
  }
  return entries;
}

/** The classes whose entries all occur among `words` (content-word stems), or [UNCLASSED]. */
export function eventClasses(words: ReadonlyMap<string, number> | ReadonlySet<string>): string[] {
  const found = new Set<string>();
  for (const e of load()) if (e.stems.every((s) => words.has(s))) found.add(e.cls);
  return found.size > 0 ? [...found] : [UNCLASSED];
}
