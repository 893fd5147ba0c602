// The voice of each headline. «لافروف: اتفاق “قسد” و“داعش” في الرقة مؤكد» (Lavrov: the deal is
// confirmed) names who says it; ««قسد» تفتح ممراً آمناً لـ«داعش» من الرقة» (the SDF opens a safe
// corridor for ISIS) states it in the outlet's own voice. A headline in the outlet's voice whose words
// the batch's attributions carry as somebody's claim is a framing signal: the outlet asserts as fact
// what others attribute. Headlines are not attributions (they sum up the body's reports).
import type { Document, Extraction, HeadlineVoice } from "../../core/types.js";
import { reportingVerb } from "../../extract/attributions/index.js";
import { contentWords } from "../../text/content-words.js";
import { tokenize } from "../../text/tokenize.js";

const MIN_SHARED = 2;
const MIN_SHARE = 0.3;
const MAX_LISTED = 5;

/** Who a headline names as its speaker, or null when it speaks in the outlet's voice. */
function headlineSpeaker(
  title: string,
  x: Extraction,
  line: number,
): { speaker: string; actor: string | null } | null {
  const entities = x.entities.filter((e) => e.line === line);
  const colon = title.search(/[:：]/u);
  if (colon > 0) {
    const before = title.slice(0, colon).trim();
    const words = before.split(/\s+/u).length;
    const named = entities.find((e) => title.indexOf(e.text) >= 0 && title.indexOf(e.text) < colon);
    if (words <= 5 && (named || /^["«“].+["»”]$/u.test(before)))
      return { speaker: before.replace(/^["«“]|["»”]$/gu, ""), actor: named?.actor ?? null };
  }
  for (const t of tokenize(title)) {
    const verb = reportingVerb(t.text);
    if (verb && verb.kind !== "source") {
      const named = entities.find((e) => e.type !== "LOC" && e.type !== "GPE") ?? entities[0];
      return { speaker: named?.text ?? t.text, actor: named?.actor ?? null };
    }
  }
  return null;
}

export function readHeadlineVoices(
  documents: readonly Document[],
  extractions: readonly Extraction[],
): Extraction[] {
  const reported = extractions.flatMap((x) =>
    x.attributions.filter((a) => a.content).map((a) => ({ document: x.documentId, a })),
  );
  // which reported contents hold each word: a headline is compared with those sharing its words only
  const holding = new Map<string, number[]>();
  reported.forEach((r, k) => {
    for (const w of new Set(contentWords(r.a.content))) holding.set(w, [...(holding.get(w) ?? []), k]);
  });
  const documentOf = new Map(documents.map((d) => [d.id, d]));
  return extractions.map((x) => {
    const doc = documentOf.get(x.documentId);
    const framing: HeadlineVoice[] = [];
    for (const line of doc?.lines ?? []) {
      if (line.role !== "title") continue;
      const speaker = headlineSpeaker(line.text, x, line.n);
      if (speaker) {
        framing.push({ line: line.n, voice: "attributed", ...speaker, attributedElsewhere: [] });
        continue;
      }
      const words = new Set(contentWords(line.text));
      const shared = new Map<number, number>();
      for (const w of words) for (const k of holding.get(w) ?? []) shared.set(k, (shared.get(k) ?? 0) + 1);
      const elsewhere = [...shared]
        .filter(([, n]) => n >= MIN_SHARED && n / Math.max(1, words.size) >= MIN_SHARE)
        .map(([k]) => k)
        .sort((a, b) => a - b)
        .slice(0, MAX_LISTED)
        .map((k) => reported[k]!)
        .map(({ document, a }) => ({ document, line: a.line, actor: a.actor, speaker: a.speaker }));
      framing.push({
        line: line.n,
        voice: "outlet",
        speaker: null,
        actor: null,
        attributedElsewhere: elsewhere,
      });
    }
    return { ...x, framing };
  });
}
