// Metric 1: which lines are the article's own text, plus title, outlet and byline accuracy.
// Body is scored as a binary class (body vs anything else) over the lines the gold lists. A line the
// dossier does not list counts as body, and so does every line of a document missing from the dossier:
// a system that drops lines is scored as one that keeps them.
import { normForm, overlaps } from "./match-forms.js";
import { type Accuracy, accuracy, type Prf, prf } from "./prf.js";
import { goldDocument, type Scored, type ScoringInput } from "./scoring-input.js";

export interface LineScores {
  readonly bodyLines: Prf;
  readonly title: Accuracy;
  readonly outlet: Accuracy;
  readonly byline: Accuracy;
}

/** The role a line gets when the dossier does not list it. */
const UNLISTED_LINE_ROLE = "body";

/** A gold null title is matched by no title; a gold title by one equal after `normForm`. */
function titleMatches(gold: string | null, got: string | null | undefined): boolean {
  if (gold === null) return !got;
  return Boolean(gold) && Boolean(got) && normForm(gold) === normForm(got);
}

/** Outlets and bylines match when one contains the other: "الساحل" ~ "صحيفة الساحل". */
function nameMatches(gold: string, got: string | null | undefined): boolean {
  return Boolean(got) && overlaps(gold, got);
}

export function scoreLines(input: ScoringInput): Scored<LineScores> {
  const notes: string[] = [];
  let tp = 0;
  let np = 0;
  let ng = 0;
  let titleOk = 0;
  let titleN = 0;
  let outletOk = 0;
  let outletN = 0;
  let bylineOk = 0;
  let bylineN = 0;

  for (const id of input.goldDocIds) {
    const g = goldDocument(input, id);
    const d = input.predicted.get(id);
    const roles = new Map((d?.lines ?? []).map((l) => [String(l.n), l.role]));
    for (const [n, role] of Object.entries(g.lines)) {
      const got = roles.get(n) ?? UNLISTED_LINE_ROLE;
      const goldBody = role === "body";
      const gotBody = got === "body";
      if (goldBody) ng++;
      if (gotBody) np++;
      if (goldBody && gotBody) tp++;
      else if (input.detail && goldBody !== gotBody)
        notes.push(`line role ${id}:${n} gold=${role} got=${got}`);
    }

    if (g.title !== undefined) {
      titleN++;
      if (titleMatches(g.title, d?.title)) titleOk++;
      else if (input.detail) notes.push(`title ${id}: gold=${g.title} got=${d?.title}`);
    }
    if (g.outlet) {
      outletN++;
      if (nameMatches(g.outlet, d?.outlet)) outletOk++;
      else if (input.detail) notes.push(`outlet ${id}: gold=${g.outlet} got=${d?.outlet}`);
    }
    if (g.byline) {
      bylineN++;
      if (nameMatches(g.byline, d?.byline)) bylineOk++;
    }
  }

  return {
    scores: {
      bodyLines: prf(tp, np, ng),
      title: accuracy(titleOk, titleN),
      outlet: accuracy(outletOk, outletN),
      byline: accuracy(bylineOk, bylineN),
    },
    notes,
  };
}
