// Parity with the reference scorer: the same dossiers scored by shared/eval/score.mjs (run as a child
// process) and by score() must give the same figures (to 1e-9), the same notes and the same printed
// report. Needs the shared/ folder next to the repository; users' clones do not have it, and then
// this suite is skipped.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../core/random.js";
import type { EvalDossier } from "./dossier-schema.js";
import { formatReport } from "./format-report.js";
import type { Gold } from "./gold-schema.js";
import { goldToDossier } from "./gold-to-dossier.js";
import { loadGoldFile, parseDossier } from "./load.js";
import { score } from "./score.js";

const SHARED = new URL("../../../shared/", import.meta.url);
const SCORER = fileURLToPath(new URL("eval/score.mjs", SHARED));
const SEEDS_GOLD = fileURLToPath(new URL("gold/seeds.gold.json", SHARED));
const MINI_GOLD = fileURLToPath(new URL("./fixtures/mini.gold.json", import.meta.url));
const TOLERANCE = 1e-9;

const available = existsSync(SCORER) && existsSync(SEEDS_GOLD);
const SKIP_MESSAGE = `skipped: ${SCORER} or ${SEEDS_GOLD} not found (shared/ is not in this clone)`;

// ---- dossiers to score

/** Every gold document present, every listed line marked body, nothing else found. */
function bodyOnlyDossier(gold: Gold): EvalDossier {
  return {
    documents: Object.entries(gold.documents).map(([id, g]) => ({
      id,
      lines: Object.keys(g.lines).map((n) => ({ n: Number(n), role: "body" as const })),
    })),
  };
}

const ROLES = ["title", "body", "boilerplate", "metadata"] as const;
const QUALIFIERS = ["exact", "more-than", "at-least", "about", "range"] as const;

/** The gold's own dossier with about `rate` of everything dropped, changed or duplicated. */
function perturbedDossier(gold: Gold, seed: number, rate: number): EvalDossier {
  const rnd = seededRandom(seed);
  const chance = (p = rate) => rnd() < p;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const dossier = goldToDossier(gold);
  const lineRefs = Object.entries(gold.documents).flatMap(([document, g]) =>
    Object.keys(g.lines).map((n) => ({ document, line: Number(n) })),
  );

  dossier.documents = dossier.documents!.filter(() => !chance(rate / 4));
  for (const doc of dossier.documents) {
    const lineNumbers = doc.lines!.map((l) => l.n);
    doc.lines = doc
      .lines!.filter(() => !chance(rate / 2))
      .map((l) => (chance() ? { ...l, role: pick(ROLES) } : l));
    if (chance()) doc.lines.push({ n: 999, role: "body" });
    if (chance()) doc.title = pick([null, "", `${doc.title ?? ""} عاجل`, `«${doc.title ?? ""}»`]);
    if (chance())
      doc.outlet = pick([null, "مصدر", (doc.outlet ?? "").slice(0, 4), `موقع ${doc.outlet ?? ""}`]);
    if (chance()) doc.byline = pick([null, `بقلم ${doc.byline ?? ""}`, "مراسل"]);

    doc.quantities = doc
      .quantities!.filter(() => !chance())
      .map((q) => {
        const r = rnd();
        if (r < rate / 4) return { ...q, value: (q.value ?? 0) + 1 };
        if (r < rate / 2) return { ...q, qualifier: pick(QUALIFIERS) };
        if (r < (3 * rate) / 4) return { line: q.line, text: q.text, value: q.value };
        if (r < rate) return { ...q, line: pick(lineNumbers) };
        return q;
      });
    if (chance())
      doc.quantities.push({ line: pick(lineNumbers), text: "عشرات", value: null, qualifier: "about" });
    if (chance()) doc.quantities.push({ line: pick(lineNumbers), text: "7 سيارات", value: 7 });
    if (chance() && doc.quantities.length) doc.quantities.push({ ...pick(doc.quantities) });

    const nullTimes = gold.documents[doc.id]!.times.filter((t) => !t.value);
    doc.times = doc
      .times!.filter(() => !chance())
      .map((t) => {
        const r = rnd();
        if (r < rate / 3) return { ...t, value: t.value?.slice(0, 7) ?? "2017-05-30" };
        if (r < (2 * rate) / 3) return { ...t, value: `${t.value ?? "2017-05"}-01` };
        if (r < rate) return { ...t, line: pick(lineNumbers) };
        return t;
      });
    for (const t of nullTimes) {
      if (chance())
        doc.times.push({ line: t.line, text: t.text.split(" ").slice(-1)[0], value: "2017-05-29" });
    }
    if (chance()) doc.times.push({ line: pick(lineNumbers), text: "الخميس", value: "2017-06-01" });
    if (chance()) doc.times.push({ line: pick(lineNumbers), text: "أمس", value: null });

    doc.attributions = doc
      .attributions!.filter(() => !chance())
      .map((a) => {
        const r = rnd();
        if (r < rate / 5)
          return { ...a, speaker: pick([null, "مصدر مطلع", a.speaker?.split(" ").slice(-1)[0] ?? null]) };
        if (r < (2 * rate) / 5) return { ...a, cue: pick([null, "", `و${a.cue ?? ""}`, "صرح"]) };
        if (r < (3 * rate) / 5)
          return { ...a, polarity: a.polarity === "assert" ? ("deny" as const) : ("assert" as const) };
        if (r < (4 * rate) / 5) return { line: a.line, speaker: a.speaker, cue: a.cue };
        if (r < rate) return { ...a, line: pick(lineNumbers) };
        return a;
      });
    if (chance() && doc.attributions.length) doc.attributions.push({ ...pick(doc.attributions) });
  }

  const actors = dossier.actors!;
  for (const actor of actors) {
    for (const [doc, forms] of Object.entries(actor.names ?? {})) {
      actor.names![doc] = forms
        .filter(() => !chance(rate / 2))
        .map((f) => {
          const r = rnd();
          if (r < rate / 3) return `و${f}`;
          if (r < (2 * rate) / 3) return f.split(" ").slice(1).join(" ") || f;
          if (r < rate) return `السيد ${f}`;
          return f;
        });
    }
  }
  for (let i = 0; i < actors.length * rate; i++) {
    const [a, b] = [pick(actors), pick(actors)];
    if (a === b) continue;
    for (const [doc, forms] of Object.entries(b.names ?? {}))
      a.names![doc] = [...(a.names![doc] ?? []), ...forms];
    if (chance(0.5)) actors.splice(actors.indexOf(b), 1);
  }
  if (chance())
    actors.push({ id: "decoy", names: { [pick(lineRefs).document]: ["قوات", "الوزارة الروسية"] } });

  const stories = dossier.stories!;
  const docIds = Object.keys(gold.documents);
  if (chance()) stories.push({ id: "split", documents: docIds.filter(() => chance(0.5)), claims: [] });
  if (chance()) stories[0]!.documents = stories[0]!.documents!.filter(() => !chance(0.5));
  const claims = stories[0]!.claims!;
  for (const claim of claims) {
    claim.mentions = claim
      .mentions!.filter(() => !chance())
      .map((m) => {
        const r = rnd();
        if (r < rate / 2)
          return { ...m, stance: m.stance === "asserts" ? ("denies" as const) : ("asserts" as const) };
        if (r < rate) return { ...m, line: m.line + 1 };
        return m;
      });
    if (chance()) claim.mentions.push({ ...pick(lineRefs), stance: "asserts" });
  }
  if (chance() && claims.length > 1) {
    const [a, b] = [pick(claims), pick(claims)];
    if (a !== b) a.mentions!.push(...b.mentions!);
  }
  if (chance() && claims.length)
    stories.at(-1)!.claims!.push({ id: claims[0]!.id, mentions: claims[0]!.mentions });

  const discrepancies = stories[0]!.discrepancies!.filter(() => !chance());
  for (const x of discrepancies) if (chance()) x.between = [...x.between!].reverse();
  for (const trap of gold.nonDiscrepancies ?? []) {
    if (chance()) discrepancies.push({ between: [...trap.between, pick(lineRefs)] });
  }
  if (chance()) discrepancies.push({ between: [pick(lineRefs), pick(lineRefs)] });
  stories[0]!.discrepancies = discrepancies;
  return dossier;
}

function dossierCases(gold: Gold): [string, EvalDossier][] {
  const cases: [string, EvalDossier][] = [
    ["no documents", {}],
    ["every line body, nothing found", bodyOnlyDossier(gold)],
    ["the gold itself", goldToDossier(gold)],
  ];
  for (const [seed, rate] of [
    [1, 0.1],
    [2, 0.2],
    [3, 0.3],
    [4, 0.4],
    [5, 0.5],
    [6, 0.7],
    [7, 0.9],
  ] as const) {
    cases.push([`perturbed (seed ${seed}, rate ${rate})`, perturbedDossier(gold, seed, rate)]);
  }
  return cases;
}

// ---- comparison

function reference(goldPath: string, dossierPath: string, ...flags: string[]): string {
  return execFileSync(process.execPath, [SCORER, goldPath, dossierPath, ...flags], { encoding: "utf8" });
}

/** Same keys in the same order, same strings, numbers equal to TOLERANCE. */
function expectSame(ours: unknown, theirs: unknown, path = "result"): void {
  if (typeof theirs === "number") {
    expect(typeof ours, path).toBe("number");
    expect(Math.abs((ours as number) - theirs), path).toBeLessThanOrEqual(TOLERANCE);
  } else if (theirs !== null && typeof theirs === "object") {
    const o = ours as Record<string, unknown>;
    const t = theirs as Record<string, unknown>;
    expect(Object.keys(o), path).toEqual(Object.keys(t));
    for (const key of Object.keys(t)) expectSame(o[key], t[key], `${path}.${key}`);
  } else {
    expect(ours, path).toEqual(theirs);
  }
}

const goldCases: [string, string][] = [
  ["seeds", SEEDS_GOLD],
  ["mini", MINI_GOLD],
];

if (!available) {
  console.warn(`eval parity tests ${SKIP_MESSAGE}`);
  it.skip(`parity with the reference scorer: ${SKIP_MESSAGE}`, () => {});
} else {
  describe("parity with the reference scorer (shared/eval/score.mjs)", () => {
    const dir = mkdtempSync(join(tmpdir(), "isnad-eval-parity-"));
    for (const [goldName, goldPath] of goldCases) {
      const gold = loadGoldFile(goldPath);
      dossierCases(gold).forEach(([caseName, dossier], i) => {
        it(`${goldName}: ${caseName}`, () => {
          const dossierPath = join(dir, `${goldName}-${i}.dossier.json`);
          const text = JSON.stringify(dossier);
          writeFileSync(dossierPath, text);
          const parsed = parseDossier(JSON.parse(text), dossierPath);

          for (const detail of [false, true]) {
            const theirs = JSON.parse(
              reference(goldPath, dossierPath, "--json", ...(detail ? ["--detail"] : [])),
            );
            expectSame(score(gold, parsed, { detail }), theirs, detail ? "detail" : "result");
          }
          expect(formatReport(score(gold, parsed, { detail: true }))).toBe(
            reference(goldPath, dossierPath, "--detail"),
          );
        });
      });
    }
  });
}
