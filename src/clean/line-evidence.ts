// Pass 1 of the line-role cascade: evidence about each line on its own (lexicon phrases, shape,
// bylines and dates, recurrence across pages), then the evidence that needs neighbours: later copies
// of a line the page already carried, and headline lists under a "related articles" header.
import type { LineRole } from "../core/types.js";
import {
  isButtonRow,
  isFigureRow,
  isMenuRow,
  matchBoilerplatePhrase,
  matchPhraseItem,
} from "../text/boilerplate-phrases.js";
import { type LineShape, measureLine, PARAGRAPH_MIN_WORDS, startsWithConjunction } from "./line-shape.js";
import { detectByline, detectDateLine, type MetadataFinding } from "./metadata-lines.js";
import { isRecurringFurniture, type LineFrequency } from "./recurrence.js";

export interface Evidence {
  readonly role: Exclude<LineRole, "body" | "title">;
  readonly kind: string;
  readonly finding?: MetadataFinding;
  /** A "related articles" style header: the headline list below it is furniture too. */
  readonly header?: boolean;
}

export interface WorkingLine {
  readonly text: string;
  readonly shape: LineShape;
  readonly key: string;
  evidence: Evidence | null;
}

export interface EvidenceContext {
  readonly language: string;
  readonly lineFrequency: LineFrequency;
}

// Lines under a related-articles header are headlines until a line that reads like a paragraph; a
// headline longer than this is taken as the article resuming.
export const RELATED_HEADLINE_MAX_WORDS = 20;
// A Latin-only line in an Arabic page is a UI word ("Share", "pictogram-avatar") up to this length.
export const LATIN_UI_MAX_WORDS = 4;
// "© 2024 بوابة الشرق الإخبارية": the sign alone marks a short line as a copyright notice.
const COPYRIGHT_SIGN = /©|\(c\)\s*\d{4}/iu;
export const COPYRIGHT_MAX_WORDS = 12;
// A caption ends with its credit: "… Photograph: Janet Bryce/The Gazette", "… (الصورة: خاص)".
const PHOTO_CREDIT =
  /(?:photograph|photo|picture|image|credit|الصورة|صورة|تصوير)\s*:\s*[^.:!?؟]{2,60}[)\]]?\s*$/iu;
export const CAPTION_MAX_WORDS = 40;
// "__________________", "----------", "* * *": a rule drawn with symbols (forum signatures follow one).
const SEPARATOR_RULE = /^[\s_\-=*~.·•]{4,}$/u;

export function collectEvidence(lines: WorkingLine[], ctx: EvidenceContext): void {
  for (const line of lines) line.evidence = lineEvidence(line, ctx);
  const firstSeen = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // A line the page already carried is a repeat (a second copy of the title, a duplicated block).
    // Which copy is the title is decided with the head; here later copies are marked.
    if (!firstSeen.has(line.key)) firstSeen.set(line.key, i);
    else if (!line.evidence && line.key) line.evidence = { role: "boilerplate", kind: "repeated-line" };
    if (line.evidence?.header) claimRelatedList(lines, i, line.evidence.kind);
  }
}

/** The items of a row of page furniture: separated by «|», a spaced dash or dot, or a breadcrumb's separator. */
function rowItems(text: string): string[] {
  return text.split(/\s*\|\s*|\s+[—–·•/»›>]\s+/u).filter(Boolean);
}

/**
 * «عاجل | 02/05/2025 | وزارة التعليم تعلن … عاجل | 02/05/2025 | …»: a row that carries a breaking-news
 * marker and a date (or the marker twice) is a ticker, whatever dates its items give: they date the
 * ticker's items, not the page. A marker alone does not do: «عاجل | مقتل خمسة …» may be the headline.
 */
function isTickerRow(items: readonly string[], dated: MetadataFinding | null): boolean {
  const markers = items.filter(
    (item) => matchBoilerplatePhrase(item, measureLine(item).words)?.kind === "ticker",
  ).length;
  return markers >= 2 || (markers === 1 && dated !== null);
}

/**
 * The date finding of a row of items (separated by «|», a spaced dash or dot: «… — كاتب الموضوع: …», or
 * a breadcrumb's separator: «الرئيسية / أخبار تشاد / الأحد 15 يونيو 2025») one of which is a date line,
 * or null.
 */
function datedRow(items: readonly string[]): MetadataFinding | null {
  for (const item of items) {
    const found = detectDateLine(item, measureLine(item));
    if (found) return found;
  }
  return null;
}

function lineEvidence(line: WorkingLine, ctx: EvidenceContext): Evidence | null {
  const { shape, text } = line;
  if (SEPARATOR_RULE.test(text)) return { role: "boilerplate", kind: "separator" };
  if (!line.key) return { role: "boilerplate", kind: "symbols" };
  const date = detectDateLine(text, shape);
  if (date) return { role: "metadata", kind: "date", finding: date };
  // «كاتب الموضوع: أبو مرتضى | الأربعاء 10 تموز 2024 - 21:47», "Home / Chad — March 10, 2025 — 6 min read",
  // "By Jane Doe | March 3, 2024": a row of page furniture one of whose items is a date is the page's
  // date line, before its other items (a read time, a post counter, a clock) make it furniture
  const items = rowItems(text);
  if (items.length >= 2) {
    const dated = datedRow(items);
    if (isTickerRow(items, dated)) return { role: "boilerplate", kind: "ticker" };
    if (dated) return { role: "metadata", kind: "date", finding: dated };
  }
  const phrase = matchBoilerplatePhrase(text, shape.words);
  if (phrase)
    return { role: "boilerplate", kind: phrase.kind, ...(phrase.scope === "header" ? { header: true } : {}) };
  if (shape.isCounter) return { role: "boilerplate", kind: "counter" };
  if (PHOTO_CREDIT.test(text) && shape.words <= CAPTION_MAX_WORDS)
    return { role: "boilerplate", kind: "caption" };
  if (shape.clockTimes >= 2) return { role: "boilerplate", kind: "ticker" };
  if (COPYRIGHT_SIGN.test(text) && shape.words <= COPYRIGHT_MAX_WORDS)
    return { role: "boilerplate", kind: "copyright" };
  if (isButtonRow(text)) return { role: "boilerplate", kind: "buttons" };
  if (isFigureRow(text)) return { role: "boilerplate", kind: "ticker" };
  if (isMenuRow(text)) return { role: "boilerplate", kind: "menu" };
  const item = matchPhraseItem(text, shape.words);
  if (item)
    return { role: "boilerplate", kind: item.kind, ...(item.scope === "header" ? { header: true } : {}) };
  const byline = detectByline(text, shape);
  if (byline) return { role: "metadata", kind: byline.kind, finding: byline };
  if (ctx.language === "ar" && shape.arabicLetters === 0 && shape.latinLetters > 0) {
    if (shape.words <= LATIN_UI_MAX_WORDS) return { role: "boilerplate", kind: "ui-latin" };
  }
  if (!shape.endsSentence && isRecurringFurniture(shape.words, ctx.lineFrequency(line.key))) {
    return { role: "boilerplate", kind: "recurring" };
  }
  return null;
}

/** Marks the headlines listed under a "related articles" header, up to the next paragraph. */
function claimRelatedList(lines: WorkingLine[], headerIndex: number, kind: string): void {
  for (let j = headerIndex + 1; j < lines.length; j++) {
    const next = lines[j]!;
    if (next.evidence) {
      if (next.evidence.header) return;
      continue;
    }
    // The article resumes with a real paragraph: longer than any headline, or a finished sentence of
    // paragraph length. Gallery captions and poll questions are short sentences and stay in the list.
    // A finished sentence opening with a conjunction ("ويستقبل الترامواي …") carries the article on.
    const resumes =
      next.shape.words > RELATED_HEADLINE_MAX_WORDS ||
      (next.shape.endsWithStop &&
        (next.shape.words >= PARAGRAPH_MIN_WORDS || startsWithConjunction(next.text)));
    if (resumes) return;
    next.evidence = { role: "boilerplate", kind: `${kind}-list` };
  }
}
