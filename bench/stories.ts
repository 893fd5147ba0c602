// `npm run bench` (second part): the story index on generated corpora of 10k, 100k and 1M articles.
// A stream of news is simulated — a steady number of articles a day, each story living a few days,
// one article in ten a wire copy of a recent one — and every article is added to one StoryIndex, as
// `isnad` would add it to its store. Reported:
//   - the time to add each corpus and the cost growth exponent (slope of log time over log size;
//     1 is linear; the goal is ≤ 1.1), measured in this run, so machine speed cancels out;
//   - peak memory (JS heap and typed arrays) at each size;
//   - adding one more article to the 1M store: p50 and p99 latency over 2,000 single adds;
//   - how well the generated stories were recovered (pairwise precision and recall of story
//     membership, sampled), so that speed is not bought with wrong grouping.
// BENCH_STORIES_MAX=100000 stops earlier (quick runs); the corpus is deterministic (seeded).
import { performance } from "node:perf_hooks";
import { StoryIndex, type StoryInput, seededRandom, shingleHashes } from "../src/stories/index.js";

const SIZES = [10_000, 100_000, 1_000_000].filter(
  (n) => n <= Number(process.env.BENCH_STORIES_MAX ?? 1_000_000),
);
const ARTICLES_PER_DAY = 2_000;
const STORY_DAYS = 3;
const WIRE_SHARE = 0.1;
const VOCABULARY = 50_000;
const WORDS_PER_ARTICLE = 120;
const STORY_WORDS = 30;
const ADD_ONE_SAMPLES = 2_000;

interface GeneratedStory {
  readonly id: number;
  readonly words: string[];
  readonly actors: string[];
  readonly places: string[];
  readonly figures: string[];
  readonly day: number;
}

/** A deterministic stream of generated articles with their true story. */
function* articles(seed: number): Generator<{ input: StoryInput; truth: number }> {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  // Zipf-like general vocabulary: low ranks are common
  const general = () => `g${Math.floor(VOCABULARY ** random())}`;
  const live: GeneratedStory[] = [];
  const recent: { words: string[]; story: GeneratedStory }[] = [];
  let storyCount = 0;
  for (let n = 0; ; n++) {
    const day = 19_000 + Math.floor(n / ARTICLES_PER_DAY);
    while (live.length && live[0]!.day < day - STORY_DAYS) live.shift();
    if (live.length === 0 || random() < 0.2) {
      const id = storyCount++;
      live.push({
        id,
        words: Array.from({ length: STORY_WORDS }, () => `s${Math.floor(random() * VOCABULARY * 4)}`),
        actors: Array.from({ length: 3 }, () => `a${Math.floor(random() * 5_000)}`),
        places: [`p${Math.floor(random() * 2_000)}`],
        figures: [`people-killed:${1 + Math.floor(random() * 200)}`],
        day,
      });
    }
    let words: string[];
    let story: GeneratedStory;
    if (recent.length > 10 && random() < WIRE_SHARE) {
      // a wire copy: the same text, a few words changed
      const original = pick(recent);
      story = original.story;
      words = original.words.map((w) => (random() < 0.05 ? general() : w));
    } else {
      story = pick(live);
      words = Array.from({ length: WORDS_PER_ARTICLE }, () =>
        random() < 0.5 ? pick(story.words) : general(),
      );
      recent.push({ words, story });
      if (recent.length > 200) recent.shift();
    }
    const terms = new Map<string, number>();
    for (const w of words) terms.set(w, (terms.get(w) ?? 0) + 1);
    yield {
      truth: story.id,
      input: {
        language: "ar",
        day,
        terms,
        shingles: shingleHashes(words, 4),
        actors: story.actors.filter(() => random() < 0.7),
        places: story.places,
        figures: random() < 0.5 ? story.figures : [],
        eventDays: [story.day],
        days: [story.day],
      },
    };
  }
}

function memory() {
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

/**
 * The share of sampled pairs from the same group (of `groupOf`) that `agree` also puts together: with
 * true stories as groups it is pairwise recall, with found stories pairwise precision.
 */
function sampledAgreement(
  groupOf: (i: number) => number,
  agree: (a: number, b: number) => boolean,
  n: number,
  seed: number,
): number {
  const random = seededRandom(seed);
  const byGroup = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const g = groupOf(i);
    const list = byGroup.get(g);
    if (list) list.push(i);
    else byGroup.set(g, [i]);
  }
  const groups = [...byGroup.values()].filter((g) => g.length > 1);
  let pairs = 0;
  let agreeing = 0;
  for (let k = 0; k < 20_000; k++) {
    const g = groups[Math.floor(random() * groups.length)]!;
    const a = g[Math.floor(random() * g.length)]!;
    const b = g[Math.floor(random() * g.length)]!;
    if (a === b) continue;
    pairs++;
    if (agree(a, b)) agreeing++;
  }
  return agreeing / Math.max(1, pairs);
}

function pairQuality(truth: Int32Array, found: (i: number) => number, n: number, seed: number) {
  return {
    recall: sampledAgreement(
      (i) => truth[i]!,
      (a, b) => found(a) === found(b),
      n,
      seed,
    ),
    precision: sampledAgreement(found, (a, b) => truth[a] === truth[b], n, seed + 1),
  };
}

const rows: {
  n: number;
  seconds: number;
  peakHeap: number;
  peakBuffers: number;
  stories: number;
  precision: number;
  recall: number;
}[] = [];
let addOne: { p50: number; p99: number } | null = null;
for (const size of SIZES) {
  const index = new StoryIndex();
  const truth = new Int32Array(size);
  const stream = articles(42);
  let spent = 0;
  let peakHeap = 0;
  let peakBuffers = 0;
  for (let i = 0; i < size; i++) {
    const { input, truth: t } = stream.next().value!;
    truth[i] = t;
    const start = performance.now();
    index.add(input);
    spent += performance.now() - start;
    if (i % 10_000 === 0 || i === size - 1) {
      const m = memory();
      peakHeap = Math.max(peakHeap, m.heap);
      peakBuffers = Math.max(peakBuffers, m.buffers);
    }
  }
  const quality = pairQuality(truth, (i) => index.storyOf(i), Math.min(size, 100_000), 7);
  rows.push({ n: size, seconds: spent / 1000, peakHeap, peakBuffers, stories: index.storyCount, ...quality });
  if (size === SIZES[SIZES.length - 1]) {
    const samples: number[] = [];
    for (let k = 0; k < ADD_ONE_SAMPLES; k++) {
      const { input } = stream.next().value!;
      const start = performance.now();
      index.add(input);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    addOne = {
      p50: samples[Math.floor(samples.length * 0.5)]!,
      p99: samples[Math.floor(samples.length * 0.99)]!,
    };
  }
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
console.log("\nstory index on generated corpora (2,000 articles a day, stories of ~3 days, 10% wire copies)");
console.log(
  "articles     add time   µs/article   stories   peak heap   peak buffers   pair precision   pair recall",
);
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(9)}  ${r.seconds.toFixed(2).padStart(8)} s  ${((r.seconds * 1e6) / r.n).toFixed(1).padStart(10)}  ${String(r.stories).padStart(8)}  ${mb(r.peakHeap).padStart(10)}  ${mb(r.peakBuffers).padStart(13)}  ${r.precision.toFixed(3).padStart(15)}  ${r.recall.toFixed(3).padStart(12)}`,
  );
}
if (rows.length >= 2) {
  // least-squares slope of log(time) over log(size)
  const xs = rows.map((r) => Math.log(r.n));
  const ys = rows.map((r) => Math.log(r.seconds));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope =
    xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0) / xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  console.log(`cost growth exponent (log time / log size): ${slope.toFixed(3)} (goal ≤ 1.1; 1 = linear)`);
}
if (addOne) {
  console.log(
    `adding one article to the ${rows[rows.length - 1]!.n.toLocaleString("en")}-article store: p50 ${(addOne.p50 * 1000).toFixed(0)} µs, p99 ${(addOne.p99 * 1000).toFixed(0)} µs`,
  );
}
