// Reporting acts in one Arabic body line. The shapes, each with an example:
//   VSO        «وقالت وزارة الدفاع الروسية اليوم إنها …»      the phrase after the verb is the speaker
//   implicit   «وأضاف أن …», «وأكدت أن …»                   no subject: resolve/ continues a speaker
//   SVO        «لكن العقيد طلال سلو … قال إنه …», «وكانت الوزارة قد أعلنت …», and inside what is
//              reported: «… إن وزارة دفاع بلاده تؤكد …» (a nested report)
//   relay      «ونقلت وكالة إنترفاكس عن المصدر أن …», «ونسبت وكالة (تاس) إلى المصدر قوله …»
//   circ       «…، مشيراً إلى أن …» continues the sentence's speaker
//   comment    «…، وهو ما نفته وحدات حماية الشعب» (which the YPG denied): a denial of what precedes
//   noun       «سمع بنفي “قسد” صحة الاتفاق» (heard the SDF deny the deal), «إن الوزارة لديها معلومات …»
//   source     «بحسب المرصد», «على حد قول “البنتاغون”»; naming a channel or agency after a speaker has
//              spoken («…، بحسب ما نقلت قناة «روسيا اليوم»») it is the chain, not a new speaker
// Who the speakers are (actors) is left to resolve/attributions; here only spans and shapes.

import { readLexiconSet } from "../../core/lexicon.js";
import type { Entity } from "../../core/types.js";
import { isCliticProtected } from "../../text/clitics.js";
import { normalizeArabic } from "../../text/normalize.js";
import type { Tok } from "../entities/line-tokens.js";
import {
  type CueLexicon,
  cueLexicon,
  type SpeakerNoun,
  speakerNounTypo,
  type VerbForm,
} from "./cue-lexicon.js";
import { deniesContent } from "./polarity.js";
import type { ReportingAct, SpeakerKind, TextSpan } from "./types.js";

export interface LineInput {
  readonly line: number;
  readonly text: string;
  /** Offset of the line in Document.text (token offsets are into Document.text). */
  readonly offset: number;
  readonly tokens: readonly Tok[];
  readonly entities: readonly Entity[];
  /** Spans of times found in the line (a speaker's phrase stops at «اليوم الخميس»). */
  readonly times: readonly { readonly start: number; readonly end: number }[];
  /** Whether an entity is a news agency or outlet (such names carry reports; they do not make them). */
  readonly isMedia: (entity: Entity) => boolean;
  /** Normalised words of the names of earlier speakers in the document. */
  readonly knownNames?: ReadonlySet<string>;
}

const OPEN_QUOTES = new Set(["«", "“", '"', "„"]);
/** Most words a quoted name may have («"الوادي"», ««بوابة الشمال»») before an أن that opens the content. */
const QUOTED_NAME_WORDS = 3;
const CLOSE_QUOTE: Record<string, string> = { "«": "»", "“": "”", '"': '"', "„": "“" };
const QUOTE_CHARS = new Set(["«", "»", "“", "”", '"', "„", "'"]);
const CLAUSE_PUNCT = new Set(["،", ",", ":", "؛", ";", ".", "!", "?", "؟", "…", "-", "–", "—", "(", ")"]);
const COMMAS = new Set(["،", ","]);
const SENTENCE_END = new Set([".", "!", "?", "؟", "…"]);
/** How many tokens after the speaker the content may open: «وأشار “لافروف”، في تصريحات نشرت على موقع
 * الخارجية الروسية، ليلة الأربعاء-الخميس، إلى أن …» holds 17 before «أن». */
const CONTENT_WINDOW = 24;
const SUFFIXES = ["هما", "هم", "ها", "ه"];
let stopWords: Set<string> | undefined;
function speakerStops(): Set<string> {
  stopWords ??= readLexiconSet("lexicons/ar/speaker-stops.txt", normalizeArabic);
  return stopWords;
}

/** The word without a leading و/ف («وقالت» → «قالت»); the word itself when too short to carry one. */
function bare(t: Tok): string {
  const n = t.norm;
  // «والي» (governor) is no و + «الي» (to)
  return n.length >= 3 && /^[وف]/u.test(n) && !isCliticProtected(n) ? n.slice(1) : n;
}

/**
 * The forms a noun may be looked up by: as written, without و/ف, then also without ب/ل («وبنفي» →
 * «بنفي» → «نفي»); every form is tried, since «بحسب» itself is listed and «حسب» too.
 */
function nounForms(t: Tok): string[] {
  const out = [t.norm];
  const b = bare(t);
  if (b !== t.norm) out.push(b);
  if (b.length >= 4 && /^[بل]/u.test(b)) out.push(b.slice(1));
  return out;
}

const isWord = (t: Tok | undefined): t is Tok => !!t && t.kind !== "punct" && t.kind !== "symbol";
const isPunct = (t: Tok | undefined, set: ReadonlySet<string>) => !!t && t.kind === "punct" && set.has(t.raw);

class LineReader {
  readonly lex: CueLexicon = cueLexicon();
  readonly toks: readonly Tok[];
  readonly acts: ReportingAct[] = [];
  /** Token indexes consumed as part of another act (a «قائلاً» opening content, a relay's «عن»). */
  readonly consumed = new Set<number>();

  constructor(readonly input: LineInput) {
    this.toks = input.tokens;
  }

  span(from: number, to: number): TextSpan {
    const a = this.toks[from]!;
    const b = this.toks[to - 1]!;
    const start = a.start;
    const end = b.end;
    return { start, end, text: this.input.text.slice(start - this.input.offset, end - this.input.offset) };
  }

  entityStartingAt(i: number): Entity | undefined {
    const t = this.toks[i];
    if (!t) return undefined;
    return this.input.entities.find((e) => e.start >= t.start && e.start < t.end);
  }

  entityCovering(i: number): Entity | undefined {
    const t = this.toks[i];
    if (!t) return undefined;
    return this.input.entities.find((e) => e.start <= t.start && t.end <= e.end);
  }

  /** Index of the first token at or after offset `end`. */
  tokenAfter(end: number): number {
    let k = 0;
    while (k < this.toks.length && this.toks[k]!.start < end) k++;
    return k;
  }

  inTime(t: Tok): boolean {
    return this.input.times.some((s) => t.start >= s.start && t.start < s.end);
  }

  verbAt(i: number): VerbForm | undefined {
    const t = this.toks[i];
    if (!isWord(t) || t.script !== "ar") return undefined;
    return this.lex.arVerbs.get(t.norm) ?? this.lex.arVerbs.get(bare(t));
  }

  marker(i: number): string | undefined {
    const t = this.toks[i];
    if (!isWord(t)) return undefined;
    return this.lex.arMarkers.get(t.norm) ?? this.lex.arMarkers.get(bare(t));
  }

  isOpener(i: number): boolean {
    const t = this.toks[i];
    if (!t) return true;
    if (t.kind === "punct") return CLAUSE_PUNCT.has(t.raw) || OPEN_QUOTES.has(t.raw);
    return this.lex.arClauseOpeners.has(t.norm) || this.lex.arClauseOpeners.has(bare(t));
  }

  /** Where the sentence holding token i ends (exclusive token index). */
  sentenceEnd(i: number): number {
    let depth = 0;
    for (let k = i; k < this.toks.length; k++) {
      const t = this.toks[k]!;
      if (t.kind !== "punct") continue;
      if (t.raw === "«" || t.raw === "“") depth++;
      else if (t.raw === "»" || t.raw === "”") depth = Math.max(0, depth - 1);
      else if (depth === 0 && SENTENCE_END.has(t.raw)) return k;
    }
    return this.toks.length;
  }

  sentenceStart(i: number): number {
    for (let k = i - 1; k >= 0; k--) if (isPunct(this.toks[k], SENTENCE_END)) return k + 1;
    return 0;
  }

  /** The first word of a phrase (skipping quotation marks and brackets). */
  headOf(from: number, to: number): number {
    let k = from;
    while (k < to && !isWord(this.toks[k])) k++;
    return k;
  }

  /** Whether a phrase can name a speaker: a name, a title, a source, a reference or a group noun. */
  speakerKindOf(from: number, to: number): SpeakerKind | null {
    const h = this.headOf(from, to);
    const head = this.toks[h];
    if (!head || h >= to) return null;
    const forms = nounForms(head);
    // «المتحدث باسم قحد فراس المسالمة»: a title before a person's name is that person
    if (this.entitiesIn(from, to).some((e) => e.type === "PERSON")) return "named";
    const noun =
      forms.map((f) => this.lex.arSpeakerNouns.get(f)).find(Boolean) ??
      forms.map((f) => speakerNounTypo(f, this.lex.arSpeakerNouns)).find(Boolean) ??
      this.definiteGroup(head);
    if (noun) return noun.kind === "source" ? "anonymous" : noun.kind === "title" ? "named" : noun.kind;
    const atHead = this.entityStartingAt(h) ?? this.entityCovering(h);
    if (atHead && atHead.type !== "LOC" && atHead.type !== "FAC") return "named";
    if (forms.some((f) => this.lex.arTitleHeads.has(f))) return "named";
    if (forms.some((f) => this.lex.arOrgHeads.has(f.replace(/^ال/u, "")))) return "named";
    // a name the page gave an earlier speaker: «ولفت الزغلامى …» after «… رابح الزغلامي»
    if (forms.some((f) => this.input.knownNames?.has(f))) return "named";
    return null;
  }

  /** «السكان», «السلطات»: a group named by what it is (speaker-nouns.tsv lists it bare), with the article. */
  definiteGroup(t: Tok): SpeakerNoun | undefined {
    const b = bare(t);
    if (!b.startsWith("ال")) return undefined;
    const noun = this.lex.arSpeakerNouns.get(b.slice(2));
    return noun?.kind === "group" ? noun : undefined;
  }

  entitiesIn(from: number, to: number): Entity[] {
    if (from >= to) return [];
    const start = this.toks[from]!.start;
    const end = this.toks[to - 1]!.end;
    return this.input.entities.filter((e) => e.start >= start && e.end <= end);
  }

  /**
   * The speaker's phrase starting at token `from`: names taken whole (quotes and brackets inside them
   * included), stopping at what opens the content, a time, a preposition, a word carrying ل (to) or a
   * comma — unless the comma brings the person's name in apposition («وزير الخارجية الروسي، سيرغي
   * لافروف، إن …»). Returns the exclusive end index, or `from` when nothing was taken.
   */
  phraseForward(from: number, options: { allowLeadingL?: boolean } = {}): number {
    const stops = speakerStops();
    let k = from;
    let words = 0;
    let sawName = false;
    let groupHead = false;
    while (k < this.toks.length && words < 12) {
      const t = this.toks[k]!;
      // «قال محافظ المهرة لوكالة فرانس برس»: a word carrying ل (to) names whom he spoke to (except the
      // speaker of «وفقاً لـ…», which the source phrase allows)
      const toWhom = t.kind === "word" && (t.prefixes.includes("ل") || t.norm === "لـ" || t.norm === "ل");
      if (toWhom && (words > 0 || !options.allowLeadingL)) break;
      const covering = this.entityCovering(k) ?? this.entityStartingAt(k);
      // «وتتهم السلطات المحلية قوات سند الوطن …»: a name after a definite group is the verb's object
      if (covering && groupHead && words > 0) break;
      if (covering && t.start >= covering.start - 2) {
        // jump over the whole name, and a closing quote that belongs to it
        k = this.tokenAfter(covering.end);
        words++;
        sawName = true;
        // a closing quotation mark right after the name belongs to it: «… "لافروف"، …»
        const q = this.toks[k];
        if (isPunct(q, QUOTE_CHARS) && (q!.start === covering.end || !OPEN_QUOTES.has(q!.raw))) k++;
        continue;
      }
      if (t.kind === "punct") {
        if (OPEN_QUOTES.has(t.raw) && this.entityStartingAt(k + 1)) {
          k++;
          continue;
        }
        if (t.raw === "(" && this.toks[k + 2]?.raw === ")" && words > 0) {
          k += 3; // an acronym in brackets: «… (قسد)»
          continue;
        }
        if ((t.raw === "،" || t.raw === ",") && words > 0) {
          const titled = this.lex.arTitleHeads.has(bare(this.toks[k + 1] ?? this.toks[k]!));
          const e = this.entityStartingAt(k + 1) ?? (titled ? this.entityStartingAt(k + 2) : undefined);
          if (e?.type === "PERSON") {
            const after = this.tokenAfter(e.end);
            if (isPunct(this.toks[after], new Set(["،", ","])) || this.marker(after) === "that") {
              k = after;
              if (this.toks[k]?.raw === "،" || this.toks[k]?.raw === ",") k++;
              words++;
              continue;
            }
          }
        }
        break;
      }
      if (t.kind === "number" || this.inTime(t)) break;
      const b = bare(t);
      // after a name, or a definite group («السلطات المحلية»), only its adjectives follow («… الروسية»,
      // «المصدر نفسه»), not the verb's object («وتتهم السلطات المحلية قوات …»)
      if (sawName && !/^ال.+(ي|يه|يين|يون)$/u.test(t.norm) && !this.lex.arWords.same.has(t.norm)) break;
      if (words === 0 && this.definiteGroup(t)) {
        sawName = true;
        groupHead = true;
      }
      if (this.lex.arNouns.get(b)?.kind === "say-noun") break;
      if (words > 0 && this.verbAt(k)) break;
      if (words > 0 && this.marker(k) === "that") break;
      if (stops.has(t.norm) || stops.has(b)) {
        // «مصدر في وزارة الدفاع»: a source keeps the body it belongs to
        const headKind = this.speakerKindOf(from, k);
        // «مصدر في وزارة الدفاع», «النائب عن محافظة البصرة»: an unnamed source or an office keeps the
        // body or place it belongs to (a name does not: «وكالة فرانس برس عن المرصد» is two actors)
        const isIn = b === "في" || b === "من" || b === "عن";
        const headNoun = nounForms(this.toks[this.headOf(from, k)]!)
          .map((f) => this.lex.arSpeakerNouns.get(f)?.kind)
          .find(Boolean);
        const keeps = headKind === "anonymous" || headNoun === "title";
        // «صاحب المحطة في اتصال مع …», «مسؤول في بيان»: «في» before a statement or a call opens an
        // adjunct of the verb, not the body the speaker belongs to
        const next = this.toks[k + 1];
        const adjunct = b === "في" && isWord(next) && this.lex.arWords.document.has(bare(next));
        if (!(words > 0 && words <= 3 && isIn && keeps) || adjunct) break;
      }
      if (b === "من" && words > 0) break;
      words++;
      k++;
    }
    // no dangling punctuation or conjunction at the end
    while (k > from && !isWord(this.toks[k - 1]) && !QUOTE_CHARS.has(this.toks[k - 1]!.raw)) k--;
    return k;
  }

  /**
   * The subject phrase before the verb at `cue` (SVO), back to the clause's opener, or null when the verb
   * opens its clause. `[from, to)` token indexes.
   */
  phraseBackward(cue: number): { from: number; to: number; opener: number } | null {
    let k = cue - 1;
    if (this.toks[k] && bare(this.toks[k]!) === "قد") k--;
    const to = k + 1;
    let words = 0;
    while (k >= 0) {
      const t = this.toks[k]!;
      const covering = this.entityCovering(k);
      if (covering) {
        let s = k;
        while (s > 0 && this.toks[s - 1]!.end > covering.start) s--;
        k = s - 1;
        if (isPunct(this.toks[k], QUOTE_CHARS)) k--;
        words++;
        continue;
      }
      if (t.kind === "punct") {
        if (QUOTE_CHARS.has(t.raw) && this.entityCovering(k - 1)) {
          k--;
          continue;
        }
        if (t.raw === ")" && this.toks[k - 2]?.raw === "(") {
          k -= 3;
          continue;
        }
        break;
      }
      if (this.isOpener(k) || this.verbAt(k)) break;
      if (++words > 12) return null;
      k--;
    }
    const from = k + 1;
    if (from >= to) return null;
    // «وفي هذا الإطار أكد المصدر …»: a phrase opening with a preposition is an adverbial, so the verb
    // still opens its clause and its subject follows it
    const head = this.toks[this.headOf(from, to)];
    if (head && (this.lex.arWords.adverbial.has(bare(head)) || head.prefixes.includes("ب"))) return null;
    return { from, to, opener: k };
  }

  /** Whether the quotation opening at token k follows «لـ»/«مع» (he spoke to, in contact with). */
  namesRecipient(k: number): boolean {
    const prev = this.toks[k - 1];
    return !!prev && (prev.norm === "لـ" || prev.norm === "ل" || bare(prev) === "مع");
  }

  /** Whether the quotation opening at token k holds a short name and is followed by «أن»/«إن». */
  quotedNameBeforeThat(k: number): boolean {
    const close = CLOSE_QUOTE[this.toks[k]!.raw];
    for (let j = k + 1; j < this.toks.length && j <= k + 1 + QUOTED_NAME_WORDS; j++) {
      if (this.toks[j]!.raw !== close) continue;
      let next = j + 1;
      while (next < this.toks.length && this.toks[next]!.kind === "punct") next++;
      return j > k + 1 && this.marker(next) === "that";
    }
    return false;
  }

  /**
   * Where the reported content opens after token `from`: an أن/إن clause (after «إلى» for «أشار إلى
   * أن»), a quotation, a colon or «قائلاً». Looks a few words ahead, past «في بيان», «أمس» and the like.
   */
  contentOpening(
    from: number,
    anyObject: boolean,
    nounContent = true,
  ): { at: number; start: number; circ?: number } | null {
    const end = Math.min(this.sentenceEnd(from), from + CONTENT_WINDOW);
    // «أعلن الجيش، اليوم الاثنين، مقتل ستة … في جزيرة … بإقليم البحيرة»: after a time set off by
    // commas right after the speaker, the object begins; a ب further on is inside it, no opening
    let timeClosed = false;
    let inTime = false;
    let wordBeforeTime = false;
    /** A comma after words that are not a time: what follows is another clause. */
    let clauseAfterWords = false;
    for (let k = from; k < end; k++) {
      const t = this.toks[k]!;
      if (t.kind === "punct") {
        if (inTime && !wordBeforeTime && COMMAS.has(t.raw)) timeClosed = true;
        if (wordBeforeTime && !inTime && COMMAS.has(t.raw)) clauseAfterWords = true;
        if (t.raw === ":") return { at: k, start: k + 1 };
        if (CLOSE_QUOTE[t.raw] && (this.namesRecipient(k) || this.quotedNameBeforeThat(k))) {
          // «قال لـ«الضفتين» إنه …», «في اتصال مع "الوادي" أن …»: the quotation marks name whom he spoke
          // to, not what he said
          const close = CLOSE_QUOTE[t.raw];
          while (k + 1 < end && this.toks[k + 1]!.raw !== close) k++;
          k++;
          continue;
        }
        if (OPEN_QUOTES.has(t.raw) && !this.entityStartingAt(k + 1)) return { at: k, start: k };
        continue; // commas and other marks between the speaker and what is said
      }
      const m = this.marker(k);
      // «أبلغت الوسطاء موافقتها على مرور القافلة، وأن الشاحنات ستتحرك»: a «وأن» after the verb's object
      // continues the outer report's content; it is not what this verb reports
      if (m === "that" && k > from && t.prefixes[0] === "و") return null;
      if (m === "that") return { at: k, start: k + 1 };
      // «أفاد مصدر أمني بإصابة 14 متظاهراً»: what is reported as a noun after ب
      if (timeClosed && anyObject && !this.inTime(t) && !t.prefixes.includes("ب") && !this.marker(k))
        return { at: k, start: k };
      if (
        nounContent &&
        !this.entityCovering(k) &&
        // «بثّه» (broadcast it) is no ب + «ثه»: a verbal noun after ب has three letters at least
        t.stem.length >= 3 &&
        (t.prefixes[0] === "ب" || (t.prefixes[0] === "و" && t.prefixes[1] === "ب"))
      )
        return { at: k, start: k };
      if (m === "to-that" && this.marker(k + 1) === "that") return { at: k + 1, start: k + 2 };
      // «تنفي الكتيبة نفياً قاطعاً ما روّجته الوزارة عن اقتحام …»; but in «وثّق المرصد اعتقال أكثر من ٤٠
      // شخصاً، بينهم قاصران، أُفرج عن تسعة» the object came first, and after its clause the «عن» is another's
      if (m === "about" && anyObject && !clauseAfterWords) return { at: k, start: k + 1 };
      const v = this.verbAt(k);
      if (v?.kind === "circ" && v.lemma === "قال") return { at: k, start: k + 1, circ: k };
      if (v && k > from) return null;
      inTime = this.inTime(t);
      if (!inTime) wordBeforeTime = true;
    }
    return null;
  }

  /** The content's end: the sentence's end, a closing quotation mark, or the next act of the sentence. */
  contentEnd(start: number): number {
    const first = this.toks[start];
    // a quotation is the content, unless the marks only wrap a name («أن "قسد" نفت …»)
    const wrapped = this.entityStartingAt(start + 1);
    const wrapsName = wrapped && isPunct(this.toks[this.tokenAfter(wrapped.end)], QUOTE_CHARS);
    if (first && first.kind === "punct" && OPEN_QUOTES.has(first.raw) && !wrapsName) {
      const close = CLOSE_QUOTE[first.raw]!;
      for (let k = start + 1; k < this.toks.length; k++) if (this.toks[k]!.raw === close) return k + 1;
    }
    const end = this.sentenceEnd(start);
    for (let k = start; k < end; k++) {
      const t = this.toks[k]!;
      if (t.raw !== "،" && t.raw !== ",") continue;
      const next = this.toks[k + 1];
      const v = this.verbAt(k + 1);
      if (v?.kind === "circ") return k;
      if (v && next && next.norm !== bare(next)) return k; // «، وقال …»
      if (next && this.lex.arWords.comment.has(bare(next)) && this.toks[k + 2]?.norm === "ما") return k;
      if (next && this.sourcePhraseAt(k + 1)) return k;
    }
    return end;
  }

  contentSpan(start: number): TextSpan | null {
    const end = this.contentEnd(start);
    if (end <= start) return null;
    let s = start;
    let e = end;
    while (s < e && isPunct(this.toks[s], new Set(["،", ",", ":"]))) s++;
    while (e > s && isPunct(this.toks[e - 1], new Set(["،", ",", "."]))) e--;
    return s < e ? this.span(s, e) : null;
  }

  /** A source phrase («بحسب», «وفقاً لـ», «على حد قول») at token i: its length in tokens. */
  sourcePhraseAt(i: number): { words: number; kind: string } | null {
    const t = this.toks[i];
    if (!isWord(t)) return null;
    for (let n = this.lex.arNounMaxWords; n >= 1; n--) {
      const ws: Tok[] = [];
      for (let k = i; ws.length < n && k < this.toks.length; k++) {
        const x = this.toks[k]!;
        if (!isWord(x)) break;
        ws.push(x);
      }
      if (ws.length < n) continue;
      const variants = nounForms(ws[0]!).map((f) => [f, ...ws.slice(1).map((w) => w.norm)].join(" "));
      // «وفقاً لبيان»: the phrase «وفقا ل» ends in a proclitic glued to the next word
      const next = this.toks[i + n];
      for (const v of variants) {
        const hit = this.lex.arNouns.get(v);
        if (hit && hit.kind === "source") return { words: n, kind: hit.kind };
        if (next && isWord(next) && /^ل/u.test(next.norm)) {
          const withL = this.lex.arNouns.get(`${v} ل`);
          if (withL?.kind === "source") return { words: n, kind: "source-l" };
        }
      }
    }
    return null;
  }

  add(act: Omit<ReportingAct, "line" | "parent">): void {
    this.acts.push({ ...act, line: this.input.line, parent: null });
  }

  polarityOf(base: "assert" | "deny", content: TextSpan | null): "assert" | "deny" {
    if (base === "deny") return "deny";
    return content && deniesContent(content.text, "ar") ? "deny" : "assert";
  }

  isImpersonal(i: number): boolean {
    const ws = [bare(this.toks[i]!)];
    for (let k = i + 1; k < this.toks.length && ws.length < 4; k++)
      if (isWord(this.toks[k])) ws.push(this.toks[k]!.norm);
    return this.lex.arImpersonal.some((p) => p.every((w, k) => ws[k] === w));
  }

  // ---- the shapes ----

  verbAct(c: number, v: VerbForm, requireExplicit = false): void {
    const cueTok = this.toks[c]!;
    if (this.isImpersonal(c)) return;
    let left = this.phraseBackward(c);
    if (!left && cueTok.norm === bare(cueTok) && isPunct(this.toks[c - 1], COMMAS)) {
      // «غير أن مسؤولاً في «حزب الله»، طلب عدم الكشف عن اسمه، نفى …»: a verb with no «و» after a
      // comma-enclosed aside has its subject before the aside
      for (let k = c - 2; k >= Math.max(0, c - 12); k--) {
        if (!isPunct(this.toks[k], COMMAS)) continue;
        const before = this.phraseBackward(k);
        if (before && this.speakerKindOf(before.from, before.to)) left = before;
        break;
      }
    }
    let speakerFrom = -1;
    let speakerTo = -1;
    let kind: SpeakerKind = "implicit";
    let rule = "vso";
    if (left) {
      // a subject before the verb: it must look like a speaker («المعلومات … تشير» is no report)
      const sk = this.speakerKindOf(left.from, left.to);
      if (!sk) return;
      [speakerFrom, speakerTo, kind, rule] = [left.from, left.to, sk, "svo"];
    } else {
      const prev = this.toks[c - 1];
      const afterThat = prev && isWord(prev) && this.marker(c - 1) === "that" && cueTok.norm === bare(cueTok);
      const to = this.phraseForward(c + 1);
      const sk = to > c + 1 ? this.speakerKindOf(c + 1, to) : null;
      if (sk) [speakerFrom, speakerTo, kind] = [c + 1, to, sk];
      // «منذ أن أعلن الخلافة»: a clause about an act, not a report
      else if (afterThat || requireExplicit) return;
      else rule = "implicit";
    }
    // what is said follows the verb (SVO) or the speaker after it (VSO)
    const after = rule === "vso" ? speakerTo : c + 1;
    const opening = this.contentOpening(after, !v.marked);
    if (!opening && v.marked) return;
    if (opening?.circ !== undefined) this.consumed.add(opening.circ);
    const content = this.contentSpan(opening ? opening.start : after);
    const via = this.recipients(after, opening ? opening.at : after);
    let cue: TextSpan = this.span(c, c + 1);
    if (opening?.circ !== undefined) {
      const circ = this.toks[opening.circ]!;
      cue = {
        ...cue,
        text: `${cue.text} ${this.input.text.slice(circ.start - this.input.offset, circ.end - this.input.offset)}`,
      };
    }
    this.add({
      cue,
      kind: "verb",
      polarity: this.polarityOf(v.polarity, content),
      gender: v.gender,
      speaker: speakerFrom >= 0 ? this.span(speakerFrom, speakerTo) : null,
      speakerKind: kind,
      speakerEntities: speakerFrom >= 0 ? this.entitiesIn(speakerFrom, speakerTo) : [],
      via,
      content,
      rule,
    });
  }

  /** Agencies and outlets the speaker spoke to: «قال لوكالة فرانس برس», «في حديث لـ«الجزيرة»». */
  recipients(from: number, to: number): Entity[] {
    const out: Entity[] = [];
    for (const e of this.entitiesIn(from, Math.max(from, to))) if (this.input.isMedia(e)) out.push(e);
    return out;
  }

  relayAct(c: number, v: VerbForm): void {
    // «نقلت وكالة إنترفاكس الروسية عن المصدر أن …»: the carrier, then عن/إلى and the speaker
    const carrierTo = this.phraseForward(c + 1);
    const carriers = this.entitiesIn(c + 1, carrierTo).filter((e) => e.type !== "GPE");
    const end = Math.min(this.sentenceEnd(c), carrierTo + 10);
    let k = carrierTo;
    while (k < end && !["عن", "الى", "إلى"].map(normalizeArabic).includes(bare(this.toks[k]!))) k++;
    if (k >= end) return;
    this.consumed.add(k);
    const speakerTo = this.phraseForward(k + 1);
    const sk = speakerTo > k + 1 ? this.speakerKindOf(k + 1, speakerTo) : null;
    if (!sk) return;
    let after = speakerTo;
    // «… عن طبيب في المستشفى، طلب عدم ذكر اسمه، قوله إن …»: an aside may stand before «قوله»
    for (let k2 = after; k2 < Math.min(this.sentenceEnd(after), after + 14); k2++) {
      const say = this.toks[k2];
      if (say && isWord(say) && this.lex.arNouns.get(bare(say))?.kind === "say-noun") {
        after = k2 + 1;
        break;
      }
      if (k2 === after && !isPunct(say, COMMAS)) break;
    }
    const opening = this.contentOpening(after, false, false);
    if (!opening && after === speakerTo) return; // «نُقل الجرحى إلى مستشفى …» (taken to hospital)
    const content = this.contentSpan(opening ? opening.start : after);
    this.add({
      cue: this.span(c, c + 1),
      kind: "relay",
      polarity: this.polarityOf(v.polarity, content),
      gender: null,
      speaker: this.span(k + 1, speakerTo),
      speakerKind: sk,
      speakerEntities: this.entitiesIn(k + 1, speakerTo),
      via: carriers.length ? [carriers[0]!] : [],
      content,
      rule: "relay",
    });
  }

  circAct(c: number, v: VerbForm): void {
    const prev = this.toks[c - 1];
    // a circumstantial form continues a sentence: after a comma, a quotation or at the line's start
    if (prev && isWord(prev) && !this.isOpener(c - 1)) return;
    const opening = this.contentOpening(c + 1, !v.marked);
    if (!opening && v.marked) return;
    const content = this.contentSpan(opening ? opening.start : c + 1);
    // «وعلّقت المؤسسة العمل في …، مشيرة إلى أن …»: with no report before it in the sentence, the
    // speaker is the subject of the sentence's first verb
    const subject = this.sentenceSubject(c);
    const [from, to] = subject ? [subject.from, subject.to] : [-1, -1];
    this.add({
      cue: this.span(c, c + 1),
      kind: "circ",
      polarity: this.polarityOf(v.polarity, content),
      gender: v.gender,
      speaker: from >= 0 ? this.span(from, to) : null,
      speakerKind: from >= 0 ? (this.speakerKindOf(from, to) ?? "named") : "implicit",
      speakerEntities: from >= 0 ? this.entitiesIn(from, to) : [],
      via: [],
      content,
      rule: "circ",
    });
  }

  /** «…، وهو ما نفته وحدات حماية الشعب»: a verb with an object pronoun, commenting on what precedes. */
  commentAct(c: number): boolean {
    const t = this.toks[c]!;
    if (t.script !== "ar" || this.toks[c - 1]?.norm !== "ما") return false;
    const before = this.toks[c - 2];
    if (!before || !this.lex.arWords.comment.has(bare(before))) return false;
    const v = this.verbWithObject(c);
    if (!v) return false;
    const to = this.phraseForward(c + 1);
    const sk = to > c + 1 ? this.speakerKindOf(c + 1, to) : null;
    if (!sk) return false;
    const s = this.sentenceStart(c);
    const content = c - 3 > s ? this.span(s, c - 3 + (isWord(this.toks[c - 3]) ? 1 : 0)) : null;
    this.add({
      cue: this.span(c, c + 1),
      kind: "verb",
      polarity: v.polarity,
      gender: v.gender,
      speaker: this.span(c + 1, to),
      speakerKind: sk,
      speakerEntities: this.entitiesIn(c + 1, to),
      via: [],
      content,
      rule: "comment",
    });
    return true;
  }

  /**
   * With no report before token `c` in its sentence, the subject of the sentence's first verb:
   * «وعلّقت المؤسسة العمل …، مشيرة إلى أن …», «جددت «قحد» نفيها …».
   */
  sentenceSubject(c: number): { from: number; to: number; kind: SpeakerKind } | null {
    const s = this.sentenceStart(c);
    const sentenceFrom = this.toks[s]!.start;
    if (this.acts.some((a) => a.cue.start >= sentenceFrom && a.cue.start < this.toks[c]!.start)) return null;
    const h = this.headOf(s, c);
    const end = h < c ? Math.min(this.phraseForward(h + 1), c) : h;
    const kind = end > h + 1 ? this.speakerKindOf(h + 1, end) : null;
    return kind ? { from: h + 1, to: end, kind } : null;
  }

  /** «أبلغه» (told him), «كذّبها» (belied it): a verb with an object pronoun. */
  verbWithObject(i: number): VerbForm | undefined {
    const t = this.toks[i];
    // a final «ة» folds to «ه» when normalised: «تابعة» (belonging) is a noun, not «تابع» + «ه»
    if (!isWord(t) || t.script !== "ar" || /ة$/u.test(t.raw)) return undefined;
    const b = bare(t);
    const suffix = SUFFIXES.find((x) => b.endsWith(x) && b.length - x.length >= 3);
    if (!suffix) return undefined;
    const stem = b.slice(0, -suffix.length);
    // a past form before a suffix: «نفت» + «ه» = «نفته»; «نفى» + «ه» is written «نفاه»
    const v = this.lex.arVerbs.get(stem) ?? this.lex.arVerbs.get(stem.replace(/ا$/u, "ي"));
    return v?.kind === "verb" ? v : undefined;
  }

  nounAct(i: number): number {
    const t = this.toks[i]!;
    const forms = nounForms(t);
    // «إن وزارة الدفاع الروسية لديها معلومات …»
    const two = this.toks[i + 1];
    if (two && isWord(two)) {
      const info = forms.map((f) => this.lex.arNouns.get(`${f} ${two.norm}`)).find(Boolean);
      if (info?.kind === "info") {
        const left = this.phraseBackward(i);
        const sk = left ? this.speakerKindOf(left.from, left.to) : null;
        if (!left || !sk) return 0;
        const content = this.contentSpan(i + 2);
        this.add({
          cue: this.span(i, i + 2),
          kind: "info",
          polarity: "assert",
          gender: null,
          speaker: this.span(left.from, left.to),
          speakerKind: sk,
          speakerEntities: this.entitiesIn(left.from, left.to),
          via: [],
          content,
          rule: "info",
        });
        return 2;
      }
    }
    const noun = forms.map((f) => this.lex.arNouns.get(f)).find(Boolean);
    if (noun?.kind !== "deny-noun") return 0;
    const pronoun = /(ه|ها|هم)$/u.test(bare(t));
    if (pronoun) {
      const content = this.contentSpan(i + 1);
      const subject = this.sentenceSubject(i);
      this.add({
        cue: this.span(i, i + 1),
        kind: "deny-noun",
        polarity: "deny",
        gender: null,
        speaker: subject ? this.span(subject.from, subject.to) : null,
        speakerKind: subject ? subject.kind : "implicit",
        speakerEntities: subject ? this.entitiesIn(subject.from, subject.to) : [],
        via: [],
        content,
        rule: "deny-noun",
      });
      return 1;
    }
    const to = this.phraseForward(i + 1);
    const sk = to > i + 1 ? this.speakerKindOf(i + 1, to) : null;
    if (!sk) return 0;
    const content = this.contentSpan(to);
    this.add({
      cue: this.span(i, i + 1),
      kind: "deny-noun",
      polarity: "deny",
      gender: null,
      speaker: this.span(i + 1, to),
      speakerKind: sk,
      speakerEntities: this.entitiesIn(i + 1, to),
      via: [],
      content,
      rule: "deny-noun",
    });
    return 1;
  }

  sourceAct(i: number, phrase: { words: number; kind: string }): void {
    let k = i + phrase.words;
    // «بحسب ما نقلت قناة …», «وفق ما أفاد مصدر …»: «ما» and the verb belong to the cue
    let cueEnd = k;
    if (this.toks[k]?.norm === "ما" || this.toks[i + phrase.words - 1]?.norm === "ما") {
      if (this.toks[k]?.norm === "ما") k++;
      if (isWord(this.toks[k]) && this.toks[k]!.script === "ar") k++;
      cueEnd = k;
    }
    const say = this.toks[k];
    if (say && isWord(say) && this.lex.arNouns.get(bare(say))?.kind === "say-noun") return; // «حسب قولها»
    // «وفق حصيلة المرصد», «وفقاً لبيان وزارة الصحة»: the document, then whose it is
    if (
      say &&
      isWord(say) &&
      nounForms(say).some((f) => this.lex.arWords.document.has(f)) &&
      this.speakerKindOf(k + 1, this.phraseForward(k + 1))
    ) {
      k++;
      cueEnd = k;
    }
    const to = this.phraseForward(k, { allowLeadingL: phrase.kind === "source-l" });
    if (to <= k) return;
    const entities = this.entitiesIn(k, to);
    const media = entities.find((e) => this.input.isMedia(e));
    const s = this.sentenceStart(i);
    const earlier = this.acts.filter(
      (a) => a.cue.start >= this.toks[s]!.start && a.cue.start < this.toks[i]!.start,
    );
    const last = this.acts.length ? this.acts[this.acts.length - 1]! : undefined;
    const carrierSpoke =
      !!last &&
      earlier.includes(last) &&
      last.speakerEntities.length > 0 &&
      last.speakerEntities.every(this.input.isMedia);
    if (!media && last && carrierSpoke && bare(this.toks[i]!) === "نقلا") {
      // «ذكرت هيئة البث الإسرائيلية، نقلاً عن مسؤول كبير، أن …»: the outlet carries the official's words
      const sk = this.speakerKindOf(k, to);
      if (sk) {
        this.acts[this.acts.length - 1] = {
          ...last,
          speaker: this.span(k, to),
          speakerKind: sk,
          speakerEntities: entities,
          via: [...last.speakerEntities.slice(0, 1), ...last.via],
          rule: `${last.rule}+relay`,
        };
        return;
      }
    }
    if (media && earlier.length) {
      // the channel an earlier speaker's words came through: the end of those acts' chains
      for (let n = 0; n < this.acts.length; n++) {
        const a = this.acts[n]!;
        if (earlier.includes(a) && !a.via.includes(media)) this.acts[n] = { ...a, via: [...a.via, media] };
      }
      return;
    }
    const sk = this.speakerKindOf(k, to);
    if (!sk) return;
    const content = i > s + 1 ? this.span(s, i) : this.contentSpan(to);
    const cueSpan = this.span(i, cueEnd);
    this.add({
      cue: cueSpan,
      kind: "source",
      polarity: this.polarityOf("assert", content),
      gender: null,
      speaker: this.span(k, to),
      speakerKind: sk,
      speakerEntities: entities,
      via: [],
      content,
      rule: "source",
    });
  }

  read(): ReportingAct[] {
    for (let i = 0; i < this.toks.length; i++) {
      const t = this.toks[i]!;
      if (!isWord(t) || t.script !== "ar" || this.consumed.has(i)) continue;
      const source = this.sourcePhraseAt(i);
      if (source) {
        this.sourceAct(i, source);
        i += source.words - 1;
        continue;
      }
      const v = this.verbAt(i);
      if (v?.kind === "verb") this.verbAct(i, v);
      else if (v?.kind === "relay") this.relayAct(i, v);
      else if (v?.kind === "circ") this.circAct(i, v);
      else if (!this.commentAct(i)) {
        const used = this.nounAct(i);
        if (used > 1) i += used - 1;
        const objectVerb = used ? undefined : this.verbWithObject(i);
        if (objectVerb) this.verbAct(i, objectVerb, true);
      }
    }
    return nest(this.acts);
  }
}

/** Acts whose cue lies inside another act's content are nested reports: they get that act as parent. */
export function nest(acts: readonly ReportingAct[]): ReportingAct[] {
  const sorted = [...acts].sort((a, b) => a.cue.start - b.cue.start);
  const out: ReportingAct[] = [];
  for (const act of sorted) {
    let parent: number | null = null;
    let best = Number.POSITIVE_INFINITY;
    out.forEach((outer, k) => {
      const c = outer.content;
      if (!c || act.kind === "circ" || outer === act) return;
      if (act.cue.start >= c.start && act.cue.end <= c.end && c.end - c.start < best) {
        best = c.end - c.start;
        parent = k;
      }
    });
    // a nested report needs its own speaker: «… وأكدت أن …» inside a quotation says nothing of who
    if (parent !== null && act.speakerKind === "implicit") continue;
    out.push({ ...act, parent });
  }
  return out;
}

export function readArabicLine(input: LineInput): ReportingAct[] {
  return new LineReader(input).read();
}
