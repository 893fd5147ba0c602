// Reporting acts in one English body line:
//   subject first   "The ministry said on Monday that …", "Maher Salloum, a spokesman for the HDF, told Reuters …"
//   inverted        "“We withdrew,” said the commander." / "“…,” the minister said."
//   relay           "Reuters quoted a security source as saying …"
//   participle      "…, adding that …", "…, denying any role"
//   source          "according to the observatory", "citing a local official"; an agency or outlet named
//                   after a speaker has spoken is the chain ("…, the minister told AFP" / "according to AFP")
import type { Entity } from "../../core/types.js";
import type { Tok } from "../entities/line-tokens.js";
import { type LineInput, nest } from "./arabic.js";
import { cueLexicon, type VerbForm } from "./cue-lexicon.js";
import { deniesContent } from "./polarity.js";
import type { ReportingAct, SpeakerKind, TextSpan } from "./types.js";

const QUOTES = new Set(['"', "“", "”", "'", "‘", "’"]);
const SENTENCE_END = new Set([".", "!", "?"]);
/** Words after a reporting verb within which a "that" opens what is said ("said on Sunday that"). */
const THAT_REACH = 5;
/** Words a clause before "…, the ministry said" must have to be what the trailing attribution reports. */
const TRAILING_MIN_WORDS = 3;

const isWord = (t: Tok | undefined): t is Tok => !!t && (t.kind === "word" || t.kind === "number");
const low = (t: Tok | undefined) => t?.raw.toLowerCase() ?? "";

class EnglishLineReader {
  readonly lex = cueLexicon();
  readonly toks: readonly Tok[];
  readonly acts: ReportingAct[] = [];

  constructor(readonly input: LineInput) {
    this.toks = input.tokens;
  }

  span(from: number, to: number): TextSpan {
    const start = this.toks[from]!.start;
    const end = this.toks[to - 1]!.end;
    return { start, end, text: this.input.text.slice(start - this.input.offset, end - this.input.offset) };
  }

  entitiesIn(from: number, to: number): Entity[] {
    if (from >= to) return [];
    const start = this.toks[from]!.start;
    const end = this.toks[to - 1]!.end;
    return this.input.entities.filter((e) => e.start >= start && e.end <= end);
  }

  sentenceStart(i: number): number {
    for (let k = i - 1; k >= 0; k--)
      if (this.toks[k]!.kind === "punct" && SENTENCE_END.has(this.toks[k]!.raw)) return k + 1;
    return 0;
  }

  /**
   * Where the quotation closing at or just before token `close` opens (the token after its opening mark):
   * a quotation of several sentences is reported whole ("“No one was killed. All are alive,” he said").
   * Without an opening mark on the line, the sentence's start.
   */
  quotationStart(close: number): number {
    let k = close;
    while (k > 0 && (this.toks[k]!.raw === "," || QUOTES.has(this.toks[k]!.raw))) k--;
    for (let j = k; j >= 0; j--) {
      const raw = this.toks[j]!.raw;
      if (raw === "“" || raw === "‘") return j + 1;
      if (raw === '"' && j < k) return j + 1;
    }
    return this.sentenceStart(close);
  }

  /** The index of the first token starting at or after document offset `offset`, or -1. */
  tokenAt(offset: number): number {
    return this.toks.findIndex((t) => t.start >= offset);
  }

  /**
   * Where a "that" (or a colon) opens what is said within a few words of token `from`, before any other
   * punctuation or reporting verb ("said on Sunday that …"), or -1.
   */
  thatAhead(from: number): number {
    for (let k = from; k < Math.min(this.toks.length, from + THAT_REACH); k++) {
      const t = this.toks[k]!;
      if (low(t) === "that" || t.raw === ":") return k;
      if (t.kind === "punct" || this.lex.enVerbs.has(low(t))) return -1;
    }
    return -1;
  }

  sentenceEnd(i: number): number {
    for (let k = i; k < this.toks.length; k++)
      if (this.toks[k]!.kind === "punct" && SENTENCE_END.has(this.toks[k]!.raw)) return k;
    return this.toks.length;
  }

  speakerKindOf(from: number, to: number): SpeakerKind | null {
    let h = from;
    while (h < to && (!isWord(this.toks[h]) || this.lex.enWords.determiner.has(low(this.toks[h])))) h++;
    if (h >= to) return null;
    const head = low(this.toks[h]);
    // "No group has claimed …" names nobody
    if (this.lex.enWords.negative.has(low(this.toks[this.firstWord(from, to)]))) return null;
    if (this.lex.enPronouns.has(head) && to - from === 1) return "pronoun";
    const nouns = [];
    for (let k = h; k < Math.min(to, h + 4); k++) {
      const n = this.lex.enSpeakerNouns.get(low(this.toks[k]).replace(/'s$/u, ""));
      if (n) nouns.push(n);
      if (this.toks[k]!.raw === "of" || this.toks[k]!.raw === "for") break;
    }
    const entities = this.entitiesIn(from, to);
    if (entities.some((e) => e.type === "PERSON")) return "named";
    if (nouns[0]?.kind === "source") return "anonymous";
    if (entities.length && entities[0]!.type !== "LOC") return "named";
    if (nouns[0]) return nouns[0].kind === "title" ? "named" : nouns[0].kind;
    if (this.lex.enTitleHeads.has(head)) return "named";
    if (this.toks[h]!.cap) return "named";
    // "the water authority's director, Salim Haddad": an office, or a name in apposition, further in
    for (let k = h + 1; k < to; k++) {
      const t = this.toks[k]!;
      if (isWord(t) && (t.cap || this.lex.enTitleHeads.has(low(t).replace(/'s$/u, "")))) return "named";
    }
    return null;
  }

  firstWord(from: number, to: number): number {
    let k = from;
    while (k < to && !isWord(this.toks[k])) k++;
    return k;
  }

  /** The subject phrase ending just before token `i`, back to a clause boundary. */
  subjectBefore(i: number): { from: number; to: number } | null {
    let k = i - 1;
    while (k >= 0 && this.lex.enWords.auxiliary.has(low(this.toks[k]))) k--;
    if (this.toks[k]?.raw === ",") {
      // "the police, however, said": an aside between commas stands between the subject and its verb
      const open = this.asideBefore(k);
      return open >= 0 ? this.subjectBefore(open) : this.appositive(k);
    }
    const to = k + 1;
    let words = 0;
    while (k >= 0) {
      const t = this.toks[k]!;
      if (t.kind === "punct" && t.raw !== "-" && t.raw !== "'") break;
      if (this.lex.enWords.boundary.has(low(t))) break;
      if (this.lex.enVerbs.has(low(t))) break;
      if (++words > 14) return null;
      k--;
    }
    if (k + 1 >= to) return null;
    // "Maher Salloum, a spokesman for the HDF, told …": the name before the apposition is the speaker
    if (this.toks[k]?.raw === "," && this.toks[to]?.raw !== ",") {
      let j = k - 1;
      let w = 0;
      while (
        j >= 0 &&
        this.toks[j]!.kind !== "punct" &&
        !this.lex.enWords.boundary.has(low(this.toks[j])) &&
        w < 6
      ) {
        j--;
        w++;
      }
      const named = this.entitiesIn(j + 1, k).some((e) => e.type === "PERSON" || e.type === "ORG");
      if (w > 0 && named && this.toks[to - 1]?.raw !== ",") return { from: j + 1, to };
    }
    return { from: k + 1, to };
  }

  /** Where an aside ending at the comma `comma` opens (its first comma), or -1. */
  asideBefore(comma: number): number {
    for (let open = comma - 1; open >= 0 && comma - open <= 4; open--) {
      if (this.toks[open]!.raw !== ",") continue;
      const words = this.toks.slice(open + 1, comma).map((t) => low(t));
      return words.length > 0 && this.lex.enWords.aside.has(words.join(" ")) ? open : -1;
    }
    return -1;
  }

  /**
   * The subject of a verb right after a comma: "Maher Salloum, who heads the committee, told …" (the name
   * before the relative clause), "its spokesman, Firas al-Masalma, told AFP" (the name in apposition).
   */
  appositive(comma: number): { from: number; to: number } | null {
    let open = comma - 1;
    while (open >= 0 && this.toks[open]!.raw !== "," && comma - open < 14) {
      if (
        this.toks[open]!.kind === "punct" &&
        this.toks[open]!.raw !== "-" &&
        this.toks[open]!.raw !== "'" &&
        this.toks[open]!.raw !== "."
      )
        return null;
      open--;
    }
    if (open < 0 || this.toks[open]!.raw !== ",") return null;
    const first = low(this.toks[open + 1]);
    if (first === "who" || first === "which") {
      const before = this.subjectBefore(open + 1);
      return before && before.to <= open ? { from: before.from, to: open } : this.clauseBefore(open);
    }
    // the segment between the commas, when it holds a name
    if (this.entitiesIn(open + 1, comma).length || this.toks[open + 1]?.cap) {
      const earlier = this.clauseBefore(open);
      return earlier ? { from: earlier.from, to: comma } : { from: open + 1, to: comma };
    }
    return null;
  }

  /** The phrase ending just before token `end`, back to a clause boundary. */
  clauseBefore(end: number): { from: number; to: number } | null {
    let k = end - 1;
    let words = 0;
    while (k >= 0) {
      const t = this.toks[k]!;
      if (t.kind === "punct" && t.raw !== "-" && t.raw !== "'" && t.raw !== ".") break;
      if (this.lex.enWords.boundary.has(low(t)) || this.lex.enVerbs.has(low(t))) break;
      if (++words > 10) return null;
      k--;
    }
    return k + 1 < end ? { from: k + 1, to: end } : null;
  }

  phraseForward(from: number): number {
    let k = from;
    let words = 0;
    while (k < this.toks.length && words < 10) {
      const t = this.toks[k]!;
      if (t.kind === "punct") break;
      const w = low(t);
      if (words > 0 && (this.lex.enWords.stop.has(w) || this.lex.enVerbs.has(w))) break;
      words++;
      k++;
    }
    return k;
  }

  content(from: number): TextSpan | null {
    let s = from;
    // "said on Sunday that …": what is said opens after a "that" a few words on
    const that = this.lex.enWords.adverbial.has(low(this.toks[from])) ? this.thatAhead(from) : -1;
    if (that >= 0 && low(this.toks[that]) === "that") s = that;
    while (
      s < this.toks.length &&
      (this.toks[s]!.raw === "," || this.toks[s]!.raw === ":" || low(this.toks[s]) === "that")
    )
      s++;
    const end = this.sentenceEnd(s);
    let e = end;
    for (let k = s; k < end; k++) {
      const v = this.lex.enVerbs.get(low(this.toks[k + 1]));
      if (this.toks[k]!.raw === "," && v && "kind" in v && v.kind === "circ") {
        e = k;
        break;
      }
    }
    return s < e ? this.span(s, e) : null;
  }

  /**
   * Whether what follows a verb at token `from` leaves it nothing to report, so that it reports the
   * clause before it: the sentence ends («…, the ministry said.»), a time or place phrase follows
   * ("said on Monday"), or a short object and a comma ("told the state news agency, whose …"); but not
   * a "that" or a colon, nor a clause ("In a statement, the ministry said the group withdrew").
   */
  trails(from: number): boolean {
    const end = this.sentenceEnd(from);
    if (end - from <= 2) return true;
    if (this.thatAhead(from) >= 0) return false;
    if (this.lex.enWords.adverbial.has(low(this.toks[from]))) return true;
    for (let k = from; k < Math.min(end, from + THAT_REACH); k++) if (this.toks[k]!.raw === ",") return true;
    return false;
  }

  add(act: Omit<ReportingAct, "line" | "parent">): void {
    this.acts.push({ ...act, line: this.input.line, parent: null });
  }

  polarity(base: "assert" | "deny", content: TextSpan | null): "assert" | "deny" {
    return base === "deny" || (content && deniesContent(content.text, "en")) ? "deny" : "assert";
  }

  media(from: number, to: number): Entity[] {
    return this.entitiesIn(from, to).filter((e) => this.input.isMedia(e));
  }

  /**
   * "The director said the allowances would be paid and denied that services had been halted": a reporting
   * verb after "and" shares the subject of the reporting act before it in the sentence, and that act's
   * content ends at the "and". Returns whether the verb was read so.
   */
  coordinated(i: number, v: VerbForm): boolean {
    const and = low(this.toks[i - 1]) === "and" ? i - 1 : -1;
    if (and < 0) return false;
    const s = this.sentenceStart(i);
    const k = this.acts.findLastIndex(
      (a) => a.speaker !== null && a.cue.start >= this.toks[s]!.start && a.cue.end <= this.toks[and]!.start,
    );
    const earlier = this.acts[k];
    if (!earlier?.speaker) return false;
    // the earlier act's content runs to the "and" (and a comma before it)
    let cut = and;
    while (cut > 0 && this.toks[cut - 1]!.raw === ",") cut--;
    const c = earlier.content;
    if (c && c.start < this.toks[cut]!.start && c.end > this.toks[cut]!.start) {
      const first = this.tokenAt(c.start);
      const content = first >= 0 && first < cut ? this.span(first, cut) : null;
      const cue = this.lex.enVerbs.get(earlier.cue.text.toLowerCase());
      const base = cue && "polarity" in cue ? cue.polarity : "assert";
      this.acts[k] = { ...earlier, content, polarity: this.polarity(base, content) };
    }
    const content = this.content(i + 1);
    this.add({
      ...earlier,
      cue: this.span(i, i + 1),
      kind: v.kind === "relay" ? "relay" : "verb",
      polarity: this.polarity(v.polarity, content),
      content,
      rule: "en-coordinated",
    });
    return true;
  }

  verb(i: number, v: VerbForm): void {
    const prev = this.toks[i - 1];
    if (this.coordinated(i, v)) return;
    const subject = this.subjectBefore(i);
    let speaker: { from: number; to: number } | null = null;
    let kind: SpeakerKind | null = null;
    let content: TextSpan | null = null;
    let after = i + 1;
    if (subject) {
      kind = this.speakerKindOf(subject.from, subject.to);
      if (!kind) return;
      speaker = subject;
    } else if (
      prev &&
      (QUOTES.has(prev.raw) || (prev.raw === "," && QUOTES.has(this.toks[i - 2]?.raw ?? "")))
    ) {
      // inverted: "“…,” said the minister"
      const to = this.phraseForward(i + 1);
      kind = to > i + 1 ? this.speakerKindOf(i + 1, to) : null;
      if (!kind) return;
      speaker = { from: i + 1, to };
      after = to;
      const s = this.quotationStart(i - 1);
      content = i - 1 > s ? this.span(s, i - 1) : null;
    } else return;
    if (kind === "named" && speaker.to === i && subject && prev && QUOTES.has(prev.raw)) return;
    // "told Reuters", "told AFP": the agency is the chain
    const recipientTo = this.phraseForward(after);
    const via = v.lemma === "told" || v.lemma === "tells" ? this.media(after, recipientTo) : [];
    if (!content) {
      const s = this.sentenceStart(i);
      const before = subject ? this.toks[subject.from - 1] : undefined;
      if (subject && before && QUOTES.has(before.raw)) {
        const open = this.quotationStart(subject.from - 1);
        content = subject.from - 1 > open ? this.span(open, subject.from - 1) : null;
      } else if (
        subject &&
        before?.raw === "," &&
        subject.from - 1 - s >= TRAILING_MIN_WORDS &&
        this.trails(after)
      ) {
        // "At least 12 were killed, the ministry said on Monday": a trailing attribution reports the
        // clause before its comma
        content = this.span(s, subject.from - 1);
      } else {
        // "told Reuters the group had …": what is said follows the agency's name
        const lastVia = via[via.length - 1];
        let from = after;
        if (lastVia) while (from < this.toks.length && this.toks[from]!.start < lastVia.end) from++;
        content = this.content(from);
      }
    }
    // "said A and that B": one act per clause, each with its own polarity
    for (const part of this.thatClauses(content)) {
      this.add({
        cue: this.span(i, i + 1),
        kind: v.kind === "relay" ? "relay" : "verb",
        polarity: this.polarity(v.polarity, part),
        gender: kind === "pronoun" ? (this.lex.enPronouns.get(low(this.toks[speaker.from])) ?? null) : null,
        speaker: this.span(speaker.from, speaker.to),
        speakerKind: kind,
        speakerEntities: this.entitiesIn(speaker.from, speaker.to),
        via,
        content: part,
        rule: subject ? "en-subject" : "en-inverted",
      });
    }
  }

  /** A content split at ", and that" / "and that": "preliminary findings pointed to X and that there was no evidence". */
  thatClauses(content: TextSpan | null): (TextSpan | null)[] {
    if (!content) return [content];
    const first = this.tokenAt(content.start);
    const last = this.toks.findIndex((t) => t.end >= content.end);
    if (first < 0 || last < 0) return [content];
    for (let k = first + 1; k < last; k++) {
      if (low(this.toks[k]) !== "and" || low(this.toks[k + 1]) !== "that") continue;
      let end = k;
      while (end > first && this.toks[end - 1]!.raw === ",") end--;
      if (end <= first || k + 2 > last) break;
      return [this.span(first, end), this.span(k + 2, last + 1)];
    }
    return [content];
  }

  relay(i: number, v: VerbForm): void {
    // "Reuters quoted a security source as saying …"
    const carrier = this.subjectBefore(i);
    const to = this.phraseForward(i + 1);
    const kind = to > i + 1 ? this.speakerKindOf(i + 1, to) : null;
    if (!kind) return;
    const content = this.content(low(this.toks[to]) === "as" ? to + 2 : to);
    this.add({
      cue: this.span(i, i + 1),
      kind: "relay",
      polarity: this.polarity(v.polarity, content),
      gender: null,
      speaker: this.span(i + 1, to),
      speakerKind: kind,
      speakerEntities: this.entitiesIn(i + 1, to),
      via: carrier ? this.entitiesIn(carrier.from, carrier.to).slice(0, 1) : [],
      content,
      rule: "en-relay",
    });
  }

  circ(i: number, v: VerbForm): void {
    if (this.toks[i - 1]?.raw !== ",") return;
    const content = this.content(i + 1);
    this.add({
      cue: this.span(i, i + 1),
      kind: "circ",
      polarity: this.polarity(v.polarity, content),
      gender: null,
      speaker: null,
      speakerKind: "implicit",
      speakerEntities: [],
      via: [],
      content,
      rule: "en-circ",
    });
  }

  source(i: number, words: number): void {
    const from = i + words;
    const to = this.phraseForward(from);
    if (to <= from) return;
    const media = this.media(from, to);
    const s = this.sentenceStart(i);
    const earlier = this.acts.filter(
      (a) => a.cue.start >= this.toks[s]!.start && a.cue.start < this.toks[i]!.start,
    );
    if (media.length && earlier.length) {
      for (let n = 0; n < this.acts.length; n++) {
        const a = this.acts[n]!;
        if (earlier.includes(a)) this.acts[n] = { ...a, via: [...a.via, media[0]!] };
      }
      return;
    }
    const kind = this.speakerKindOf(from, to);
    if (!kind) return;
    const content = i > s + 1 ? this.span(s, i) : this.content(to);
    this.add({
      cue: this.span(i, from),
      kind: "source",
      polarity: this.polarity("assert", content),
      gender: null,
      speaker: this.span(from, to),
      speakerKind: kind,
      speakerEntities: this.entitiesIn(from, to),
      via: [],
      content,
      rule: "en-source",
    });
  }

  read(): ReportingAct[] {
    for (let i = 0; i < this.toks.length; i++) {
      if (!isWord(this.toks[i])) continue;
      const one = low(this.toks[i]);
      const two = `${one} ${low(this.toks[i + 1])}`;
      const hit2 = this.lex.enVerbs.get(two);
      if (hit2?.kind === "source") {
        this.source(i, 2);
        i++;
        continue;
      }
      const hit = this.lex.enVerbs.get(one);
      if (!hit) continue;
      if (hit.kind === "source") this.source(i, 1);
      else if (hit.kind === "relay") this.relay(i, hit as VerbForm);
      else if (hit.kind === "circ") this.circ(i, hit as VerbForm);
      else this.verb(i, hit as VerbForm);
    }
    return nest(this.acts);
  }
}

export function readEnglishLine(input: LineInput): ReportingAct[] {
  return new EnglishLineReader(input).read();
}
