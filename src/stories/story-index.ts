// The incremental story index: each article, as it arrives, is either a near-duplicate of one already
// seen (a wire copy: it joins that copy's story and is listed as a carrier), joins the most similar
// recent story, or opens a story of its own. Nothing already placed is moved, so adding to a store of a
// million articles costs what adding to a store of ten thousand does:
// - near-duplicates are found by MinHash over word shingles with LSH banding (BucketTable), never by
//   comparing all pairs;
// - candidate stories come from an inverted index over each story's weightiest terms, actors and
//   places, read newest first and only within a window of publication days (news stories are short-
//   lived), and capped, so the work per article is bounded whatever the store's size;
// - each candidate is scored on TF-IDF cosine to the story's centroid plus shared actors, places and
//   figures, and the score is cut when the two report events on different days (two strikes, two
//   executions in the same city on different days stay apart).
import { BucketTable } from "./bucket-table.js";
import { MinHasher, mix32, signatureAgreement } from "./hashing.js";

export interface StoryInput {
  /** The article's language code: articles in a language no member of a story uses are scored on
   * actors, places, figures and days alone, since their words cannot be compared. */
  readonly language: string;
  /** Publication day (days since 1970-01-01), null when unknown. */
  readonly day: number | null;
  /** Content words (light stems) with their counts; title words are counted twice by the caller. */
  readonly terms: ReadonlyMap<string, number>;
  /** Word-shingle hashes of the article's body text, for near-duplicate detection. */
  readonly shingles: Uint32Array;
  /** Actor ids of the people and organisations named. */
  readonly actors: readonly string[];
  /** Actor ids of the places named. */
  readonly places: readonly string[];
  /** Figures as "category:value" (people-killed:120). */
  readonly figures: readonly string[];
  /** Days of the dated events the headline and lead report. */
  readonly eventDays: readonly number[];
  /** Every day the text names. */
  readonly days: readonly number[];
}

/**
 * What the store keeps of an article so that a later run can put it back into the index exactly where
 * it was, without searching: its signature instead of its shingles, its heaviest terms.
 */
export interface SavedArticle {
  readonly language: string;
  readonly day: number | null;
  readonly terms: readonly (readonly [string, number])[];
  readonly signature: readonly number[];
  readonly actors: readonly string[];
  readonly places: readonly string[];
  readonly figures: readonly string[];
  readonly eventDays: readonly number[];
  readonly days: readonly number[];
}

/** Terms kept per saved article: enough for centroids and blocking keys. */
const SAVED_TERMS = 80;

export interface Placement {
  /** The article's number in the index (the order it was added). */
  readonly article: number;
  readonly story: number;
  /** The first copy of the text this article near-duplicates, or null. */
  readonly duplicateOf: number | null;
  /** Estimated Jaccard similarity to that copy, or the story score that placed it. */
  readonly score: number;
  readonly opened: boolean;
  /** The article as the store keeps it (see SavedArticle); built on demand, the benchmark never asks. */
  readonly saved: () => SavedArticle;
}

export interface StoryIndexOptions {
  /** MinHash signature length and LSH banding: `bands` × `rows` must equal `signatureSize`. */
  readonly signatureSize: number;
  readonly bands: number;
  readonly rows: number;
  /** Estimated Jaccard at or above which two texts are copies of one another. */
  readonly duplicateAt: number;
  /** Story score at or above which an article joins a story. */
  readonly joinAt: number;
  /** Candidate stories are those active within this many days of the article. */
  readonly windowDays: number;
  /**
   * And, further back up to this many days, those whose event days the article names: a follow-up
   * («أفرج أمس عن المهندسين المختطفين منذ 2 مارس», a verdict weeks after the crime) points back at the
   * day of its event. Compaction keeps stories within reach for the longer of this and twice `windowDays`.
   */
  readonly followUpDays: number;
  /** Terms per article used as blocking keys, and kept per story centroid. */
  readonly keyTerms: number;
  readonly centroidTerms: number;
  /** Newest entries read per posting list, and the most candidates scored per article. */
  readonly postingScan: number;
  readonly maxCandidates: number;
  /** Pseudo-documents added to document frequencies, so a small batch's terms are not all common. */
  readonly idfPrior: number;
  /** Articles between two compactions of the postings (see compactPostings). */
  readonly compactEvery: number;
}

export const defaultStoryIndexOptions: StoryIndexOptions = {
  signatureSize: 32,
  bands: 8,
  rows: 4,
  duplicateAt: 0.5,
  joinAt: 0.25,
  windowDays: 10,
  followUpDays: 20,
  keyTerms: 10,
  centroidTerms: 60,
  postingScan: 64,
  maxCandidates: 24,
  idfPrior: 30,
  compactEvery: 50_000,
};

/**
 * The centre of a story's articles in one language: the sum of their unit vectors, its heaviest terms.
 * One per language, because words of two languages never meet: an Arabic article is compared with the
 * story's Arabic centre alone, which an English member would otherwise dilute (its terms add to the norm
 * and to nothing else).
 */
interface LanguageCentroid {
  readonly language: string;
  terms: Int32Array;
  weights: Float32Array;
  norm: number;
}

interface StoryState {
  readonly id: number;
  size: number;
  lastDay: number | null;
  centroids: LanguageCentroid[];
  actors: number[];
  places: number[];
  figures: number[];
  eventDays: number[];
  days: number[];
  languages: string[];
}

/** An article's TF-IDF vector: its heaviest terms, unit length, also indexed by term. */
interface ArticleVector {
  readonly terms: Int32Array;
  readonly weights: Float32Array;
  readonly byTerm: ReadonlyMap<number, number>;
}

const MAX_FEATURES = 24;
const MAX_POSTING = 512;
const NO_DAY = -1;

/** An article's actor, place and figure ids, as the index numbers them. */
interface Features {
  readonly actors: number[];
  readonly places: number[];
  readonly figures: number[];
  /** Figure-on-day keys, used only to find candidate stories. */
  readonly figureDays: number[];
}

/** Weights of the story score's parts (they sum to 1). */
const WEIGHT = { cosine: 0.55, actors: 0.15, places: 0.1, figures: 0.1, days: 0.1 };
/**
 * Factor applied when the article and the story both name places and share none (a house collapse in
 * Amman, a building collapse in Zarqa, the same morning): weaker than a date conflict, since a story's
 * places are a few of many and one report may name only the district.
 */
const PLACE_CONFLICT = 0.7;
/** Factor applied when the article and the story report events on different days. */
const DATE_CONFLICT = 0.35;
/** Days apart at which two event days are different events. */
const SAME_EVENT_DAYS = 1;

/** Whether the article names a day within `SAME_EVENT_DAYS` of one of the story's event days. */
function namesEventDay(input: StoryInput, story: StoryState): boolean {
  return input.eventDays.some((d) => story.eventDays.some((x) => Math.abs(x - d) <= SAME_EVENT_DAYS));
}

export class StoryIndex {
  readonly options: StoryIndexOptions;
  private readonly hasher: MinHasher;
  private readonly lsh = new BucketTable(4096);
  private signatures = new Uint32Array(0);
  private readonly termIds = new Map<string, number>();
  private docFreq = new Int32Array(1024);
  private articleStory = new Int32Array(1024);
  private articleCanonical = new Int32Array(1024);
  private articles = 0;
  private readonly stories: StoryState[] = [];
  private readonly postings = new Map<number, number[]>();
  /**
   * Each story's latest publication day (NO_DAY when unknown), in one typed array: the posting scan reads
   * it for hundreds of stories per article, and story objects scattered over a large heap would make
   * every read a cache miss, so that the cost per article grew with the store.
   */
  private storyDays = new Int32Array(1024).fill(NO_DAY);
  /** The latest publication day seen, and the article count at the last compaction of the postings. */
  private latestDay: number | null = null;
  private compactedAt = 0;
  /** Stories below this number are all retired (see compactPostings). */
  private retiredUpTo = 0;
  private readonly scratch: Uint32Array;

  constructor(options: Partial<StoryIndexOptions> = {}) {
    this.options = { ...defaultStoryIndexOptions, ...options };
    if (this.options.bands * this.options.rows !== this.options.signatureSize) {
      throw new Error("story index: bands × rows must equal the signature size");
    }
    this.hasher = new MinHasher(this.options.signatureSize);
    this.scratch = new Uint32Array(this.options.signatureSize);
  }

  get articleCount(): number {
    return this.articles;
  }

  get storyCount(): number {
    return this.stories.length;
  }

  storyOf(article: number): number {
    return this.articleStory[article]!;
  }

  add(input: StoryInput): Placement {
    const article = this.articles++;
    this.ensureArticleCapacity(article + 1);
    const signature = this.hasher.signature(input.shingles, this.scratch);
    const duplicate = input.shingles.length > 0 ? this.findDuplicate(signature) : null;
    const kept = Uint32Array.from(signature);
    const saved = () => savedForm(input, kept);
    this.storeSignature(article, signature);

    const vector = this.vectorOf(input);
    const features = this.featureIds(input);
    let placement: Placement;
    if (duplicate) {
      const story = this.articleStory[duplicate.article]!;
      this.articleCanonical[article] = this.articleCanonical[duplicate.article]!;
      placement = {
        article,
        story,
        duplicateOf: this.articleCanonical[article]!,
        score: duplicate.score,
        opened: false,
        saved,
      };
    } else {
      this.articleCanonical[article] = article;
      const best = this.bestStory(input, vector, features);
      if (best && best.score >= this.options.joinAt) {
        placement = {
          article,
          story: best.story,
          duplicateOf: null,
          score: best.score,
          opened: false,
          saved,
        };
      } else {
        const story = this.openStory();
        placement = { article, story, duplicateOf: null, score: best?.score ?? 0, opened: true, saved };
      }
    }
    this.articleStory[article] = placement.story;
    this.joinStory(this.stories[placement.story]!, input, vector, features);
    this.compactPostings();
    return placement;
  }

  /**
   * Every `compactEvery` articles, posting entries of stories that have had no article for more than
   * twice the window are dropped: no article of a current day can reach them, and keeping them would
   * make the index (and the garbage collector's work) grow with the whole history instead of the
   * window. Such stories also give up their centroids and feature lists: they keep their members and
   * days. An article dated much earlier than the stream then opens a story of its own.
   */
  private compactPostings(): void {
    if (this.articles - this.compactedAt < this.options.compactEvery || this.latestDay === null) return;
    this.compactedAt = this.articles;
    const horizon = this.latestDay - Math.max(2 * this.options.windowDays, this.options.followUpDays);
    // the stories themselves keep only what describes them; their centroids and feature lists are freed
    for (let id = this.retiredUpTo; id < this.stories.length; id++) {
      const last = this.storyDays[id]!;
      if (last === NO_DAY || last >= horizon) continue;
      const story = this.stories[id]!;
      story.centroids = [];
      story.actors = [];
      story.places = [];
      story.figures = [];
      story.eventDays = [];
      story.days = [];
      if (id === this.retiredUpTo) this.retiredUpTo++;
    }
    for (const [key, posting] of this.postings) {
      const kept = posting.filter((story) => {
        const last = this.storyDays[story]!;
        return last === NO_DAY || last >= horizon;
      });
      if (kept.length === 0) this.postings.delete(key);
      else if (kept.length < posting.length) this.postings.set(key, kept);
    }
  }

  /**
   * Puts back an article a previous run placed, into the story it was placed in (`story`: an index
   * story number, `openStory` when it opened one, or null for "a new story"), with no search: loading a
   * store replays its placements instead of clustering it again. Returns the story number.
   */
  restore(saved: SavedArticle, story: number | null, duplicateOf: number | null = null): number {
    const article = this.articles++;
    this.ensureArticleCapacity(article + 1);
    const signature = Uint32Array.from(saved.signature);
    this.storeSignature(article, signature);
    const input: StoryInput = { ...saved, terms: new Map(saved.terms), shingles: new Uint32Array(0) };
    const vector = this.vectorOf(input);
    const features = this.featureIds(input);
    const placed = story ?? this.openStory();
    this.articleCanonical[article] = duplicateOf ?? article;
    this.articleStory[article] = placed;
    this.joinStory(this.stories[placed]!, input, vector, features);
    return placed;
  }

  // ---- near-duplicates -------------------------------------------------------------------------

  private bandKey(signature: Uint32Array, band: number): number {
    const { rows } = this.options;
    let h = mix32(band + 0x9e37);
    for (let r = 0; r < rows; r++) h = mix32(h ^ signature[band * rows + r]!);
    return h;
  }

  private findDuplicate(signature: Uint32Array): { article: number; score: number } | null {
    const size = this.options.signatureSize;
    let best: { article: number; score: number } | null = null;
    const seen = new Set<number>();
    for (let band = 0; band < this.options.bands; band++) {
      this.lsh.forEach(
        this.bandKey(signature, band),
        (other) => {
          if (seen.has(other)) return true;
          seen.add(other);
          const score = signatureAgreement(signature, 0, this.signatures, other * size, size);
          if (score >= this.options.duplicateAt && (!best || score > best.score))
            best = { article: other, score };
          return true;
        },
        this.options.postingScan,
      );
    }
    return best;
  }

  private storeSignature(article: number, signature: Uint32Array): void {
    const size = this.options.signatureSize;
    for (let band = 0; band < this.options.bands; band++)
      this.lsh.add(this.bandKey(signature, band), article);
    this.signatures.set(signature, article * size);
  }

  // ---- term vectors ----------------------------------------------------------------------------

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.termIds.size;
      this.termIds.set(term, id);
      if (id >= this.docFreq.length) {
        const grown = new Int32Array(this.docFreq.length * 2);
        grown.set(this.docFreq);
        this.docFreq = grown;
      }
    }
    return id;
  }

  /** The article's TF-IDF vector, its heaviest terms only, unit length; document frequencies updated. */
  private vectorOf(input: StoryInput): ArticleVector {
    const n = this.articles + this.options.idfPrior;
    const entries: [number, number][] = [];
    for (const [term, count] of input.terms) {
      const id = this.termId(term);
      this.docFreq[id]!++;
      const idf = Math.log((n + 1) / (this.docFreq[id]! + 0.5));
      entries.push([id, (1 + Math.log(count)) * idf]);
    }
    entries.sort((a, b) => b[1] - a[1]);
    const kept = entries.slice(0, this.options.centroidTerms);
    let norm = 0;
    for (const [, w] of kept) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    const terms = Int32Array.from(kept, ([id]) => id);
    const weights = Float32Array.from(kept, ([, w]) => w / norm);
    const byTerm = new Map<number, number>();
    for (let i = 0; i < terms.length; i++) byTerm.set(terms[i]!, weights[i]!);
    return { terms, weights, byTerm };
  }

  private featureIds(input: StoryInput): Features {
    const ids = (prefix: string, values: readonly string[]) =>
      [...new Set(values)].slice(0, MAX_FEATURES).map((v) => this.termId(`${prefix}${v}`));
    const figures = [...new Set(input.figures)].slice(0, MAX_FEATURES);
    return {
      actors: ids("\u0001a:", input.actors),
      places: ids("\u0001p:", input.places),
      figures: ids("\u0001f:", figures),
      // a figure on an event day («3 قتلى» on 20 August) is as specific as a rare word and needs no
      // language: it finds the story for an English page whose places the gazetteer does not know
      figureDays: ids(
        "\u0001d:",
        figures.flatMap((f) => input.eventDays.map((d) => `${f}@${d}`)),
      ),
    };
  }

  // ---- candidate stories -----------------------------------------------------------------------

  private blockingKeys(vector: { terms: Int32Array }, features: Features): number[] {
    return [
      ...vector.terms.slice(0, this.options.keyTerms),
      ...features.actors,
      ...features.places,
      ...features.figureDays,
    ];
  }

  private bestStory(
    input: StoryInput,
    vector: ArticleVector,
    features: Features,
  ): { story: number; score: number } | null {
    const hits = new Map<number, number>();
    // a story past the window can be followed up only by an article naming a day up to its last one
    const earliestEventDay = input.eventDays.length > 0 ? Math.min(...input.eventDays) : null;
    for (const key of this.blockingKeys(vector, features)) {
      const posting = this.postings.get(key);
      if (!posting) continue;
      const stop = Math.max(0, posting.length - this.options.postingScan);
      for (let i = posting.length - 1; i >= stop; i--) {
        const story = posting[i]!;
        if (!this.withinWindow(story, input.day) && !this.followsUp(story, input, earliestEventDay)) continue;
        hits.set(story, (hits.get(story) ?? 0) + 1);
      }
    }
    const candidates = [...hits].sort((a, b) => b[1] - a[1]).slice(0, this.options.maxCandidates);
    let best: { story: number; score: number } | null = null;
    for (const [story] of candidates) {
      const score = this.storyScore(this.stories[story]!, input, vector, features);
      if (!best || score > best.score) best = { story, score };
    }
    return best;
  }

  /**
   * Whether the article names an event day of the story, which was active within `followUpDays`. Read
   * from the typed array of last days first: the story's own state is touched only when the article
   * names a day no later than the story's last (its events' days are no later), which few articles do.
   */
  private followsUp(story: number, input: StoryInput, earliestEventDay: number | null): boolean {
    const last = this.storyDays[story]!;
    if (input.day === null || last === NO_DAY || earliestEventDay === null) return false;
    if (Math.abs(input.day - last) > this.options.followUpDays) return false;
    if (earliestEventDay > last + SAME_EVENT_DAYS) return false;
    return namesEventDay(input, this.stories[story]!);
  }

  private withinWindow(story: number, day: number | null): boolean {
    const last = this.storyDays[story]!;
    if (day === null || last === NO_DAY) return true;
    return Math.abs(day - last) <= this.options.windowDays;
  }

  /** How well the article fits the story, 0…1. */
  private storyScore(
    story: StoryState,
    input: StoryInput,
    vector: ArticleVector,
    features: { actors: number[]; places: number[]; figures: number[] },
  ): number {
    let dot = 0;
    const weights = vector.byTerm;
    const centre = story.centroids.find((c) => c.language === input.language);
    if (centre) {
      for (let i = 0; i < centre.terms.length; i++) {
        const w = weights.get(centre.terms[i]!);
        if (w !== undefined) dot += w * centre.weights[i]!;
      }
    }
    const cosine = centre && centre.norm > 0 ? dot / centre.norm : 0;
    const shared = (a: readonly number[], b: readonly number[]) => a.filter((x) => b.includes(x)).length;
    const sameDay = namesEventDay(input, story);
    const sharedPlaces = shared(features.places, story.places);
    const evidence =
      WEIGHT.actors * Math.min(1, shared(features.actors, story.actors) / 3) +
      WEIGHT.places * Math.min(1, sharedPlaces / 2) +
      WEIGHT.figures * Math.min(1, shared(features.figures, story.figures) / 2) +
      (sameDay ? WEIGHT.days : 0);
    // across languages the words cannot meet: the other evidence stands for the whole
    const crossLanguage = story.languages.length > 0 && !story.languages.includes(input.language);
    const score = crossLanguage ? evidence / (1 - WEIGHT.cosine) : WEIGHT.cosine * cosine + evidence;
    // both name places and none in common: another town's event of the same kind, the same day
    const placesConflict = sharedPlaces === 0 && features.places.length > 0 && story.places.length > 0;
    const placed = placesConflict ? score * PLACE_CONFLICT : score;
    return datesConflict(input, story) ? placed * DATE_CONFLICT : placed;
  }

  // ---- stories ---------------------------------------------------------------------------------

  private openStory(): number {
    const id = this.stories.length;
    if (id >= this.storyDays.length) {
      const grown = new Int32Array(this.storyDays.length * 2).fill(NO_DAY);
      grown.set(this.storyDays);
      this.storyDays = grown;
    }
    this.stories.push({
      id,
      size: 0,
      lastDay: null,
      centroids: [],
      actors: [],
      places: [],
      figures: [],
      eventDays: [],
      days: [],
      languages: [],
    });
    return id;
  }

  private joinStory(
    story: StoryState,
    input: StoryInput,
    vector: { terms: Int32Array; weights: Float32Array },
    features: Features,
  ): void {
    story.size++;
    if (input.day !== null) this.latestDay = Math.max(this.latestDay ?? input.day, input.day);
    if (input.day !== null)
      story.lastDay = story.lastDay === null ? input.day : Math.max(story.lastDay, input.day);
    if (story.lastDay !== null) this.storyDays[story.id] = story.lastDay;
    // the centre in the article's language: the sum of the members' unit vectors, its heaviest terms kept
    let centre = story.centroids.find((c) => c.language === input.language);
    if (!centre) {
      centre = { language: input.language, terms: new Int32Array(0), weights: new Float32Array(0), norm: 0 };
      story.centroids.push(centre);
    }
    const sum = new Map<number, number>();
    for (let i = 0; i < centre.terms.length; i++) sum.set(centre.terms[i]!, centre.weights[i]!);
    for (let i = 0; i < vector.terms.length; i++)
      sum.set(vector.terms[i]!, (sum.get(vector.terms[i]!) ?? 0) + vector.weights[i]!);
    const kept = [...sum].sort((a, b) => b[1] - a[1]).slice(0, this.options.centroidTerms);
    centre.terms = Int32Array.from(kept, ([id]) => id);
    centre.weights = Float32Array.from(kept, ([, w]) => w);
    centre.norm = Math.sqrt(kept.reduce((s, [, w]) => s + w * w, 0));
    const merge = (into: number[], values: readonly number[]) => {
      for (const v of values) if (!into.includes(v) && into.length < MAX_FEATURES) into.push(v);
    };
    merge(story.actors, features.actors);
    merge(story.places, features.places);
    merge(story.figures, features.figures);
    merge(story.eventDays, input.eventDays);
    merge(story.days, input.days);
    if (!story.languages.includes(input.language)) story.languages.push(input.language);
    for (const key of this.blockingKeys(vector, features)) {
      let posting = this.postings.get(key);
      if (!posting) {
        posting = [];
        this.postings.set(key, posting);
      }
      if (posting[posting.length - 1] === story.id) continue;
      posting.push(story.id);
      // the oldest half of a very common key's list can never be read again within the window
      if (posting.length > MAX_POSTING) posting.splice(0, MAX_POSTING / 2);
    }
  }

  private ensureArticleCapacity(count: number): void {
    if (count > this.articleStory.length) {
      const size = this.articleStory.length * 2;
      const grow = (a: Int32Array) => {
        const b = new Int32Array(size);
        b.set(a);
        return b;
      };
      this.articleStory = grow(this.articleStory);
      this.articleCanonical = grow(this.articleCanonical);
    }
    const needed = count * this.options.signatureSize;
    if (needed > this.signatures.length) {
      const grown = new Uint32Array(Math.max(needed, this.signatures.length * 2));
      grown.set(this.signatures);
      this.signatures = grown;
    }
  }
}

function savedForm(input: StoryInput, signature: Uint32Array): SavedArticle {
  const terms = [...input.terms].sort((a, b) => b[1] - a[1]).slice(0, SAVED_TERMS);
  return {
    language: input.language,
    day: input.day,
    terms,
    signature: [...signature],
    actors: input.actors,
    places: input.places,
    figures: input.figures,
    eventDays: input.eventDays,
    days: input.days,
  };
}

/**
 * Whether the article and the story report events on different days: both name event days, none of the
 * article's is within a day of a day the story names, and none of the story's is named by the article.
 */
function datesConflict(input: StoryInput, story: StoryState): boolean {
  if (input.eventDays.length === 0 || story.eventDays.length === 0) return false;
  const near = (d: number, days: readonly number[]) =>
    days.some((x) => x !== NO_DAY && Math.abs(x - d) <= SAME_EVENT_DAYS);
  if (input.eventDays.some((d) => near(d, story.days))) return false;
  if (story.eventDays.some((d) => near(d, input.days))) return false;
  return true;
}
