// The dossier a system would write if it agreed with the gold in every scored field: a ceiling check
// for the scorer (on the mini fixture and on the seeds gold it scores 1.0 on every metric) and a base for
// perturbation tests. It could fall short of 1.0 on a gold where two attributions on one line have
// overlapping cues and one has no speaker: the implicit one may take the other's match.
import type { EvalDossier } from "./dossier-schema.js";
import type { Gold } from "./gold-schema.js";

export function goldToDossier(gold: Gold): EvalDossier {
  const documents = Object.entries(gold.documents).map(([id, g]) => ({
    id,
    outlet: g.outlet ?? null,
    title: g.title ?? null,
    byline: g.byline ?? null,
    lines: Object.entries(g.lines).map(([n, role]) => ({ n: Number(n), role })),
    quantities: g.quantities.map((q) => ({
      line: q.line,
      text: q.text,
      value: q.value,
      qualifier: q.qualifier,
    })),
    times: g.times.map((t) => ({ line: t.line, text: t.text, value: t.value })),
    attributions: g.attributions.map((a) => ({
      line: a.line,
      speaker: a.speaker,
      cue: a.cue,
      polarity: a.polarity,
    })),
  }));
  const actors = Object.entries(gold.actors).map(([id, a]) => ({ id, names: a.mentions }));
  // Claims and discrepancies all go into the first story: a claim is named by story and claim id, and
  // the gold's claims are not tied to its stories.
  const claims = gold.claims.map((c) => ({ id: c.id, mentions: c.mentions }));
  const discrepancies = gold.discrepancies.map((x) => ({ between: x.between }));
  const stories = gold.stories.length
    ? gold.stories.map((s, i) => ({
        id: s.id,
        documents: s.documents,
        claims: i === 0 ? claims : [],
        discrepancies: i === 0 ? discrepancies : [],
      }))
    : [{ id: "all-claims", documents: [], claims, discrepancies }];
  // A deep copy: callers perturb the result, and it must not share arrays with the gold.
  return structuredClone({ schema: "isnad.dossier/1", documents, actors, stories });
}
