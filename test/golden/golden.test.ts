// The golden gate: the pipeline on annotated corpora must score at least the floors in floors.json.
// - seeds: the five real pages in ../shared (skipped, with a message, where that folder is absent)
// - examples: the bundled example corpus and its gold
// - actors-heldout: eight invented pages whose actors were annotated without sight of the rules
//   (actor B³ F1 0.811 as it arrived; only the actor floor applies, its lines are not annotated)
// - attributions-heldout: twelve invented pages (nine Arabic, three English) whose attributions were
//   annotated without sight of the rules (attribution F1 0.764 as it arrived); only attribution floors
// - stories-heldout: sixteen invented pages (seven stories incl. distractors, wire copies, four English)
//   whose stories, claims and discrepancies were annotated without sight of the rules (story F1 0.944,
//   claim-link F1 0.259 as it arrived); only story, claim and discrepancy floors
// - stories-unseen: fourteen invented pages (six stories incl. distractors, wire copies, three English)
//   written and annotated without sight of the rules and measured once, untuned: story F1 1.000,
//   claim-link F1 0.561, 6 of 12 discrepancies found, no false alarm
// - stories-final: fifteen invented pages (six stories, wire copies, three English) written and annotated
//   without sight of the rules by a third helper, measured once at the very end, untuned: story F1 0.897,
//   claim-link F1 0.475, 3 of 12 discrepancies found, 2 of 12 traps flagged
// - stories-fresh: fifteen invented pages (four stories, a wire copy, four English) written and annotated
//   without sight of the rules by a fourth helper, measured once before being used for development:
//   story F1 0.968, claim-link F1 0.510, 6 of 15 discrepancies found, no false alarm
// - stories-fresh2: fifteen invented pages (three stories, four distractors, four English) by a fifth
//   helper, annotated in every layer, measured once: story F1 0.800, claim-link F1 0.574, 1 of 15
//   discrepancies found; body lines 0.953, quantities 0.913, times 0.866, attributions 0.601
// - stories-fresh3: fifteen invented pages (three stories, three distractor pages, four English) by a
//   sixth helper, measured once at the end of stop 11: story F1 1.000, claim-link F1 0.453, 3 of 15
//   discrepancies found, no false alarm
// - stories-fresh4: fifteen invented pages (three stories, four distractor pages, four English) by a
//   seventh helper, annotated in every layer, measured once in stop 12 before any change was made
//   from it: story F1 0.774, claim-link F1 0.242, 3 of 21 discrepancies found, 1 of 24 traps flagged
// - stories-fresh5: fifteen invented pages (three stories, four distractor pages, four English) by an
//   eighth helper, held out through stop 13 and measured three times on aggregates only (claim-link F1
//   0.329, 0.340, then 0.380 after shared figures), read for development from stop 14
// - stories-fresh6: fifteen invented pages (three stories, four distractor pages, four English) by a
//   ninth helper, measured once untuned in stop 14: story F1 0.733, claim-link F1 0.261, 8 of 32
//   discrepancies found, 2 of 27 traps flagged; then read for development
// - stories-fresh7: fifteen invented pages (three stories, four distractor pages, four English) by a
//   tenth helper, held out through stops 14 and 15 and measured three times on aggregates only (story
//   F1 0.889, claim-link F1 0.368, 0.385, 0.402), read for development from stop 16
// - figures-dates: invented pages rich in figures and dates, written without sight of the rules
//   (held out when written: quantity F1 0.930, time F1 0.919)
// - line-roles, line-roles-2, line-roles-3: invented pages written without sight of the rules (each
//   was held out when written: body-line F1 0.840, 0.867 and 0.964 before the rules improved on them)
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type Gold, loadGoldFile, parseDossier, parseGold, score } from "../../src/eval/index.js";
import { analyzeToDossier, REPO, SHARED } from "../support/analyze-folder.js";

type Floors = Record<string, Record<string, number>>;
const floors = JSON.parse(readFileSync(new URL("floors.json", import.meta.url), "utf8")) as Floors;

/** The simplified line-role gold of test/fixtures/line-roles*: lines, title, outlet and byline only. */
function lineRoleGold(path: string): Gold {
  const pages = JSON.parse(readFileSync(path, "utf8")) as Record<
    string,
    { title: string | null; outlet: string | null; byline: string | null; lines: Record<string, string> }
  >;
  const documents = Object.fromEntries(
    Object.entries(pages).map(([id, page]) => [
      id,
      { ...page, referenceDate: null, quantities: [], times: [], attributions: [] },
    ]),
  );
  return parseGold(
    { version: 1, corpus: "line-roles", documents, actors: {}, stories: [], claims: [], discrepancies: [] },
    path,
  );
}

/** A fixture corpus: test/fixtures/NAME/pages with its gold.json. */
function fixture(name: string) {
  return {
    name,
    pages: fileURLToPath(new URL(`test/fixtures/${name}/pages/`, REPO)),
    gold: () => loadGoldFile(fileURLToPath(new URL(`test/fixtures/${name}/gold.json`, REPO))),
    present: true,
  };
}

function metric(results: ReturnType<typeof score>["results"], name: string): number {
  // "attributionPolarity": the share of matched attributions whose polarity (assert/deny) is right
  if (name === "attributionPolarity") return results.attributions.polarityAcc;
  const value = (results as unknown as Record<string, { f?: number; acc?: number }>)[name];
  return value?.f ?? value?.acc ?? Number.NaN;
}

const corpora: { name: string; pages: string; gold: () => Gold; present: boolean; why?: string }[] = [
  {
    name: "seeds",
    pages: fileURLToPath(new URL("seeds/", SHARED)),
    gold: () => loadGoldFile(fileURLToPath(new URL("gold/seeds.gold.json", SHARED))),
    present: existsSync(new URL("seeds/", SHARED)),
    why: "../shared/seeds is not next to this clone (it ships only with the development workspace)",
  },
  {
    name: "examples",
    pages: fileURLToPath(new URL("examples/corpus/", REPO)),
    gold: () => loadGoldFile(fileURLToPath(new URL("examples/gold.json", REPO))),
    present: true,
  },
  fixture("actors-heldout"),
  fixture("attributions-heldout"),
  fixture("stories-heldout"),
  fixture("stories-unseen"),
  fixture("stories-final"),
  fixture("stories-fresh"),
  fixture("stories-fresh2"),
  fixture("stories-fresh3"),
  fixture("stories-fresh4"),
  fixture("stories-fresh5"),
  fixture("stories-fresh6"),
  fixture("stories-fresh7"),
  fixture("figures-dates"),
  ...["line-roles", "line-roles-2", "line-roles-3"].map((name) => ({
    name,
    pages: fileURLToPath(new URL(`test/fixtures/${name}/pages/`, REPO)),
    gold: () => lineRoleGold(fileURLToPath(new URL(`test/fixtures/${name}/gold.json`, REPO))),
    present: true,
  })),
];

for (const corpus of corpora) {
  describe(`golden gate: ${corpus.name}`, () => {
    if (!corpus.present) {
      it.skip(`skipped: ${corpus.why}`, () => {});
      return;
    }
    it("writes a dossier that follows the contract and scores at or above every floor", async () => {
      const dossier = await analyzeToDossier([corpus.pages]);
      const checked = parseDossier(JSON.parse(JSON.stringify(dossier)), corpus.name);
      expect(dossier.errors).toEqual([]);
      const { results } = score(corpus.gold(), checked, { detail: false });
      for (const [name, floor] of Object.entries(floors[corpus.name] ?? {})) {
        expect(metric(results, name), `${corpus.name} ${name}`).toBeGreaterThanOrEqual(floor);
      }
    });
  });
}
