// A timing check, not a test: how long entity recognition and actor resolution take per article.
//   npx tsx src/resolve/actors/timing-check.ts ../shared/seeds examples/corpus test/fixtures/*/pages ...
// Prints the context build (the gazetteer index, once per process; lexicons are already loaded), the first pass (extractEntities
// per document, as extractMentions runs it) and the batch pass (resolveActors: learnt names, a second
// reading of every document, linking and references), each in total and per article.
import { loadGazetteer } from "../../extract/entities/gazetteer.js";
import { createEntityContext, extractEntities } from "../../extract/entities/index.js";
import { analyzeBatch } from "../../pipeline/analyze-batch.js";
import { resolveActors } from "./resolve-actors.js";

const paths = process.argv.slice(2);
if (!paths.length) {
  console.error("usage: tsx src/resolve/actors/timing-check.ts PATH...");
  process.exit(2);
}
const batch = await analyzeBatch({ paths, toolVersion: "timing" });
const n = batch.documents.length;
let t = performance.now();
const gazetteer = loadGazetteer();
const context = createEntityContext(gazetteer.entries, gazetteer.ambiguous);
const built = performance.now() - t;
t = performance.now();
const extractions = batch.extractions.map((x, i) => ({
  ...x,
  entities: extractEntities(batch.documents[i]!, context, { barriers: [...x.times, ...x.quantities] }),
}));
const first = performance.now() - t;
t = performance.now();
const { actors, extractions: resolved } = resolveActors(batch.documents, extractions, context);
const second = performance.now() - t;
const entities = resolved.reduce((k, x) => k + x.entities.length, 0);
const ms = (v: number) => `${v.toFixed(0)} ms`;
console.log(`${n} articles, ${entities} entities, ${actors.length} actors`);
console.log(`context (once):   ${ms(built)}`);
console.log(`first pass:       ${ms(first)} (${(first / n).toFixed(1)} ms/article)`);
console.log(`resolveActors:    ${ms(second)} (${(second / n).toFixed(1)} ms/article)`);
console.log(`total per article: ${((built + first + second) / n).toFixed(1)} ms`);
