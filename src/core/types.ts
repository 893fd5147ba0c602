// The data model that flows through every pipeline stage (ingest → clean → text → extract → resolve →
// stories → compare → store → report). Stages take these readonly values and return new ones.
// Field names follow the dossier contract (shared/contract/dossier.md) so report/ maps them 1:1.

/** Where the bytes came from and how they were framed. */
export type SourceFormat = "text" | "html" | "feed-item" | "warc-record" | "jsonl";

/** One input as read from disk (or, later, the network): raw bytes plus where they came from. */
export interface RawInput {
  /** Stable id: for a file, its base name without extension. */
  readonly id: string;
  /** The path or URL exactly as the user gave it (or as found while walking a folder). */
  readonly source: string;
  readonly format: SourceFormat;
  readonly bytes: Uint8Array;
}

/**
 * What a page's markup or its container said about it, before its text was read: HTML metadata
 * (og:site_name, article:published_time, JSON-LD), a feed item's fields, a JSON Lines record's.
 * Metadata first: the clean stage reads the text for what is null here.
 */
export interface PageFacts {
  /** The page's URL (final, after redirects), or its canonical URL. */
  readonly url: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  /** YYYY-MM-DD. */
  readonly published: string | null;
  /** ISO 639-1 as the page declares it (lang attribute, og:locale). */
  readonly language: string | null;
}

/** Text decoded from a RawInput, with the encoding that was detected. */
export interface DecodedInput {
  readonly id: string;
  readonly source: string;
  readonly format: SourceFormat;
  /** Canonical encoding label (utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6). */
  readonly encoding: string;
  /** Decoded text, BOM removed, line breaks untouched so line numbers match the input file. */
  readonly text: string;
  /** sha256 of the decoded text (hex): the identity of the content for idempotent storage. */
  readonly contentHash: string;
  /** For HTML, feed items, WARC records and JSON Lines: what the markup or record said of the page.
   * Their `text` is then the article's paragraphs, one a line, the headline first. */
  readonly page?: PageFacts;
}

export type LineRole = "title" | "body" | "boilerplate" | "metadata";

/** A non-blank line of the input. Offsets are into Document.text; `text` is that slice, trimmed. */
export interface Line {
  /** 1-based line number in the input file (blank lines count but are not listed). */
  readonly n: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly role: LineRole;
  /** Why the line got its role, e.g. "comment-prompt", "share-counter", "outlet-label", "dateline". */
  readonly kind?: string;
}

export type LanguageCode = "ar" | "en" | "fa" | "ur" | "other";

export interface Document {
  readonly id: string;
  readonly source: string;
  /** The page's URL, for inputs that have one (fetched, archived, listed in a feed or a JSON line). */
  readonly url?: string | null;
  readonly format: SourceFormat;
  readonly encoding: string;
  readonly contentHash: string;
  readonly language: LanguageCode;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly byline: string | null;
  /** YYYY-MM-DD or null. */
  readonly published: string | null;
  readonly publishedFrom: "metadata" | "text" | null;
  /** Which evidence gave `published`: HTML metadata, a date line, the text's own cues, or the batch. */
  readonly publishedBasis?: "metadata" | "date-line" | "text" | "batch" | null;
  /** One sentence on how the publication date was settled (or why it could not be). */
  readonly publishedReason?: string;
  readonly text: string;
  readonly lines: readonly Line[];
}

// ---- mentions found by extract/ (filled by later stages; the shapes are the dossier's) ----

export type QuantityQualifier =
  | "exact"
  | "more-than"
  | "at-least"
  | "less-than"
  | "at-most"
  | "about"
  | "range";
export type QuantityCategory =
  | "people-killed"
  | "people-injured"
  | "people"
  | "vehicles"
  | "weapons"
  | "money"
  | "distance"
  | "events"
  | "other";

export interface Quantity {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number | null;
  readonly qualifier: QuantityQualifier;
  readonly unit: string | null;
  readonly category: QuantityCategory;
  readonly rule: string;
}

export interface TimeExpression {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** YYYY | YYYY-MM | YYYY-MM-DD, or null when it cannot be resolved. */
  readonly value: string | null;
  readonly kind: "date" | "duration" | "time-of-day";
  readonly rule: string;
}

export type EntityType = "PERSON" | "ORG" | "GPE" | "LOC" | "FAC" | "OTHER";

export interface Entity {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly type: EntityType;
  /** Actor id once resolve/ has run. */
  readonly actor: string | null;
  readonly rule: string;
}

export interface Attribution {
  readonly line: number;
  readonly speaker: string | null;
  readonly actor: string | null;
  readonly cue: string;
  readonly polarity: "assert" | "deny";
  readonly content: string;
  /** Actors the report passed through (agency, outlet), nearest first. */
  readonly via: readonly string[];
  readonly rule: string;
  /** How the speaker was given: named, anonymous, reference, group, pronoun or implicit. */
  readonly speakerType: string;
}

/**
 * The voice of a headline: `attributed` when it names who says what it says («لافروف: …»), `outlet`
 * when it states it as the outlet's own. For the latter, the attributions of the batch that carry the
 * same words as somebody's claim: the outlet asserts what others attribute.
 */
export interface HeadlineVoice {
  readonly line: number;
  readonly voice: "outlet" | "attributed";
  readonly speaker: string | null;
  readonly actor: string | null;
  readonly attributedElsewhere: readonly {
    readonly document: string;
    readonly line: number;
    readonly actor: string | null;
    readonly speaker: string | null;
  }[];
}

/** Everything extract/ finds in one document. */
export interface Extraction {
  readonly documentId: string;
  readonly quantities: readonly Quantity[];
  readonly times: readonly TimeExpression[];
  readonly entities: readonly Entity[];
  readonly attributions: readonly Attribution[];
  /** The voice of each headline (filled by resolve/attributions). */
  readonly framing: readonly HeadlineVoice[];
}

export interface Actor {
  readonly id: string;
  readonly type: EntityType;
  readonly label: string;
  /** Surface forms per document id. */
  readonly names: Readonly<Record<string, readonly string[]>>;
}

export interface MentionRef {
  readonly document: string;
  readonly line: number;
}

export type ClaimStance = "asserts" | "denies";

export interface ClaimMentionRef extends MentionRef {
  readonly stance: ClaimStance;
  /** Extra: "outlet" when the outlet states it in its own voice, "attributed" when it reports a source. */
  readonly voice: "outlet" | "attributed";
  /** Extra: who the report belongs to (speakers as written, or the outlet). */
  readonly who: string;
}

export interface Claim {
  readonly id: string;
  readonly label: string;
  readonly mentions: readonly ClaimMentionRef[];
  /** Extra: for the denial of a proposition, the id of the claim that asserts it (when one does). */
  readonly negates?: string;
  /** Extra: the days (YYYY-MM-DD) its mentions name, most named first. */
  readonly dates: readonly string[];
}

export interface Discrepancy {
  readonly kind: "contradiction" | "figure-mismatch";
  readonly description: string;
  readonly between: readonly MentionRef[];
  /** Extra: the claims involved. */
  readonly claims: readonly string[];
}

/** A syndicated text: the first copy seen and the documents that carry it again. */
export interface WireCopy {
  readonly canonical: string;
  readonly carriers: readonly string[];
}

/** How one document of a story treats a claim: in its own voice, as a source's report, or denied. */
export type Carriage = "asserting" | "attributing" | "denying";

/** One document's (outlet's) view of a story's claims. */
export interface OutletView {
  readonly document: string;
  readonly outlet: string;
  /** Claim id → how this document carries it; claims it does not carry are absent (silent). */
  readonly carries: Readonly<Record<string, readonly Carriage[]>>;
  /** Claims no other document of the story carries. */
  readonly only: readonly string[];
  /** Claims most other documents carry and this one does not. */
  readonly omits: readonly string[];
}

export interface TimelineEntry {
  readonly date: string;
  readonly claims: readonly string[];
  /** Extra: the documents whose mentions name that day. */
  readonly sources: readonly string[];
}

export interface Story {
  readonly id: string;
  /** Extra: the story's key in the store, stable across runs (its first document's content hash). */
  readonly key: string;
  /** Extra: documents of earlier runs in the store that belong to this story too. */
  readonly earlier: number;
  readonly title: string;
  readonly documents: readonly string[];
  readonly claims: readonly Claim[];
  readonly discrepancies: readonly Discrepancy[];
  readonly timeline: readonly TimelineEntry[];
  /** Extra: wire copies among the story's documents. */
  readonly copies: readonly WireCopy[];
  /** Extra: each document's carriage of the claims, what it alone reports and what it leaves out. */
  readonly outlets: readonly OutletView[];
}

/** An input that could not be analysed; the batch goes on without it. */
export interface InputError {
  readonly source: string;
  readonly code: string;
  readonly message: string;
}
