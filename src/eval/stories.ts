// Metric 6: stories, as pairwise clustering over the gold's documents: a pair is linked in the gold
// when both documents are in one gold story, and in the dossier when they share at least one story
// (a document may sit in several). Documents only the dossier knows are not paired.
import { type Prf, prf } from "./prf.js";
import type { Scored, ScoringInput } from "./scoring-input.js";

export type StoryScores = Prf;

export function scoreStories(input: ScoringInput): Scored<StoryScores> {
  // A document in two gold stories belongs to the last one.
  const goldStoryOf = new Map<string, number>();
  input.gold.stories.forEach((story, i) => {
    for (const doc of story.documents) goldStoryOf.set(doc, i);
  });
  const predictedStoriesOf = new Map<string, Set<number>>();
  (input.dossier.stories ?? []).forEach((story, i) => {
    for (const doc of story.documents ?? []) {
      const stories = predictedStoriesOf.get(doc) ?? new Set<number>();
      stories.add(i);
      predictedStoriesOf.set(doc, stories);
    }
  });

  const ids = input.goldDocIds;
  let tp = 0;
  let np = 0;
  let ng = 0;
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!;
      const b = ids[j]!;
      const inGold = goldStoryOf.has(a) && goldStoryOf.get(a) === goldStoryOf.get(b);
      const shared = predictedStoriesOf.get(b);
      const inDossier = [...(predictedStoriesOf.get(a) ?? [])].some((s) => shared?.has(s) ?? false);
      if (inGold) ng++;
      if (inDossier) np++;
      if (inGold && inDossier) tp++;
    }
  }

  return { scores: prf(tp, np, ng), notes: [] };
}
