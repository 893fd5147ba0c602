// Metric 7: claims, as pairwise links between lines of different documents. A gold pair is linked
// when the two lines are mentions of one gold claim; a dossier pair when they are mentions of one
// dossier claim (a claim is named by story id and claim id, so equal claim ids in two stories are two
// claims). Only lines that are gold mentions take part: a dossier mention on any other line, including
// a gold claim's `optional` lines, neither helps nor hurts. Stance is scored per gold mention line the
// dossier covers: right when one of the dossier's stances there is one of the gold's.
import { type Prf, prf } from "./prf.js";
import type { Scored, ScoringInput } from "./scoring-input.js";

export interface ClaimScores extends Prf {
  /** 0 when the dossier covers no gold mention line. */
  readonly stanceAcc: number;
  /** "covered/total" gold mention lines. */
  readonly linesCovered: string;
}

type Stance = "asserts" | "denies";

/** A line's key "document:line"; the claims mentioning it, by claim key, with their stance. */
type ClaimsByLine = Map<string, Map<string, Stance>>;

function lineKey(document: string, line: number): string {
  return `${document}:${line}`;
}

// The document is read back from the key up to its first ":", as the reference does: two document ids
// sharing the part before a colon would count as one document.
function documentOfKey(key: string): string {
  return key.split(":")[0]!;
}

function addMention(byLine: ClaimsByLine, key: string, claim: string, stance: Stance): void {
  const claims = byLine.get(key) ?? new Map<string, Stance>();
  claims.set(claim, stance);
  byLine.set(key, claims);
}

function shareClaim(a: ReadonlyMap<string, Stance> | undefined, b: ReadonlyMap<string, Stance> | undefined) {
  return [...(a?.keys() ?? [])].some((claim) => b?.has(claim) ?? false);
}

/** Counts the pairs of keys from different documents for which `linked` holds. */
function countCrossDocumentPairs(keys: readonly string[], linked: (a: string, b: string) => boolean): number {
  let count = 0;
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const a = keys[i]!;
      const b = keys[j]!;
      if (documentOfKey(a) !== documentOfKey(b) && linked(a, b)) count++;
    }
  }
  return count;
}

export function scoreClaims(input: ScoringInput): Scored<ClaimScores> {
  const notes: string[] = [];
  const gold: ClaimsByLine = new Map();
  for (const claim of input.gold.claims) {
    for (const m of claim.mentions) addMention(gold, lineKey(m.document, m.line), claim.id, m.stance);
  }
  const predicted: ClaimsByLine = new Map();
  for (const story of input.dossier.stories ?? []) {
    for (const claim of story.claims ?? []) {
      for (const m of claim.mentions ?? []) {
        addMention(predicted, lineKey(m.document, m.line), `${story.id}/${claim.id}`, m.stance);
      }
    }
  }

  const goldKeys = [...gold.keys()];
  const goldLinked = (a: string, b: string) => shareClaim(gold.get(a), gold.get(b));
  const predictedLinked = (a: string, b: string) => shareClaim(predicted.get(a), predicted.get(b));
  const ng = countCrossDocumentPairs(goldKeys, goldLinked);
  const tp = countCrossDocumentPairs(goldKeys, (a, b) => goldLinked(a, b) && predictedLinked(a, b));
  const np = countCrossDocumentPairs(
    [...predicted.keys()].filter((k) => gold.has(k)),
    predictedLinked,
  );

  let stanceOk = 0;
  let covered = 0;
  for (const [key, claims] of gold) {
    const got = predicted.get(key);
    if (!got) continue;
    covered++;
    const goldStances = new Set(claims.values());
    if ([...got.values()].some((s) => goldStances.has(s))) stanceOk++;
    else if (input.detail) {
      notes.push(`stance ${key} gold=${[...goldStances].join(",")} got=${[...got.values()].join(",")}`);
    }
  }

  const scores = {
    ...prf(tp, np, ng),
    stanceAcc: covered ? stanceOk / covered : 0,
    linesCovered: `${covered}/${gold.size}`,
  };
  return { scores, notes };
}
