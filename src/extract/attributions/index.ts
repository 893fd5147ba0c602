// extract/attributions: the reporting acts of a document's body lines — cue, speaker phrase, content,
// carriers and nesting — read with the lexicons of data/lexicons/{ar,en} (reporting-verbs,
// reporting-nouns, content-markers, speaker-nouns, denial-phrases, …). Headlines are left out: a
// headline sums up the body's reports, and how it frames them («قسد» تفتح ممراً… stated as fact, against
// «لافروف: …» attributed) is read by resolve/attributions as the outlet's voice.
import type { Document, Entity, TimeExpression } from "../../core/types.js";
import { normalizeArabic } from "../../text/normalize.js";
import { lineTokens } from "../entities/line-tokens.js";
import { type LineInput, readArabicLine } from "./arabic.js";
import { readEnglishLine } from "./english.js";
import type { ReportingAct } from "./types.js";

export { cueLexicon, reportingVerb, type SpeakerNoun, speakerNounTypo } from "./cue-lexicon.js";
export { deniesContent } from "./polarity.js";
export type { ActKind, ReportingAct, SpeakerKind, TextSpan } from "./types.js";

export interface ActInputs {
  readonly entities: readonly Entity[];
  readonly times: readonly TimeExpression[];
  readonly isMedia: (entity: Entity) => boolean;
}

/** The reporting acts of a document, in reading order; `parent` indexes into the returned list. */
export function findReportingActs(document: Document, inputs: ActInputs): ReportingAct[] {
  const out: ReportingAct[] = [];
  const knownNames = new Set<string>();
  for (const { line, tokens } of lineTokens(document)) {
    if (line.role !== "body") continue;
    const input: LineInput = {
      line: line.n,
      text: document.text.slice(line.start, line.end),
      offset: line.start,
      tokens,
      entities: inputs.entities.filter((e) => e.line === line.n),
      times: inputs.times.filter((t) => t.line === line.n),
      isMedia: inputs.isMedia,
      knownNames,
    };
    // the line's own script decides: an English paragraph in an Arabic page is read as English
    const arabicLetters = line.text.match(/[\u0600-\u06ff]/gu)?.length ?? 0;
    const latinLetters = line.text.match(/[A-Za-z]/gu)?.length ?? 0;
    const acts =
      arabicLetters + latinLetters === 0
        ? []
        : arabicLetters >= latinLetters
          ? readArabicLine(input)
          : readEnglishLine(input);
    const base = out.length;
    for (const act of acts) {
      out.push({ ...act, parent: act.parent === null ? null : act.parent + base });
      // the last word of a named speaker («… رابح الزغلامي») names them again later in the page
      if (act.speakerKind !== "named" || !act.speaker) continue;
      const words = normalizeArabic(act.speaker.text)
        .replace(/["«»“”()]/gu, " ")
        .split(" ")
        .filter(Boolean);
      const last = words[words.length - 1];
      if (last && last.length >= 4) knownNames.add(last);
    }
  }
  return out;
}
