// From reporting acts (extract/attributions) to the dossier's attributions, one document at a time:
//   1. the speaker's actor: the person named in the speaker's phrase, else its first actor
//      («مصدر في وزارة الدفاع الروسية» → the Russian defence ministry);
//   2. references and implicit subjects continue an earlier speaker: «المصدر» the last anonymous source,
//      «البيان» the last body that spoke, «وأضاف أن …» / "he said" the last speaker whose verb agreed in
//      gender and number («وأكدت» continues «قالت الوزارة», not «قال لافروف»);
//   3. the chain (`via`), nearest first: the act's own carriers («نقلت وكالة إنترفاكس عن …»), then for a
//      nested report the speaker reporting it and that speaker's chain;
//   4. one attribution per speaker and polarity in a paragraph: «وتابع لافروف قائلاً …، مشيراً إلى …»
//      is one act of Lavrov's (its first cue); a denial by the same speaker stays apart.
import type { Attribution, Entity } from "../../core/types.js";
import {
  cueLexicon,
  type ReportingAct,
  type SpeakerNoun,
  speakerNounTypo,
} from "../../extract/attributions/index.js";
import { normalizeArabic } from "../../text/normalize.js";

interface Resolved {
  readonly act: ReportingAct;
  readonly actor: string | null;
  /** The speaker's words, or those of the speaker continued. */
  readonly speakerText: string | null;
  readonly gender: "m" | "f" | "p" | null;
  readonly via: readonly string[];
  readonly kind: ReportingAct["speakerKind"];
  /** Who speaks, for merging: the actor, else the speaker's words (an implicit act: its antecedent's). */
  readonly key: string;
  /** Whether the speaker is a person (a bare title, «وزير الخارجية الروسي», points back at one). */
  readonly person: boolean;
  /** What a reference speaker pointed back at (speaker-nouns.tsv), for a later «المصدر». */
  readonly refers: SpeakerNoun["refers"];
}

const PRIORITY: Record<ReportingAct["kind"], number> = {
  verb: 0,
  relay: 0,
  info: 1,
  "deny-noun": 1,
  source: 1,
  circ: 2,
};

function compatible(want: Resolved["gender"], have: Resolved["gender"]): boolean {
  if (!want || !have) return true;
  if (want === "p") return true; // a plural verb may follow any earlier subject named as a group
  return want === have;
}

/** The actor a speaker's phrase names: a person in it first («العقيد طلال سلو الناطق باسم قسد»). */
function phraseActor(entities: readonly Entity[], isMedia: (e: Entity) => boolean): string | null {
  const withActor = entities.filter((e) => e.actor);
  const person = withActor.find((e) => e.type === "PERSON");
  if (person) return person.actor;
  const body = withActor.find((e) => !isMedia(e) && e.type !== "LOC") ?? withActor[0];
  return body?.actor ?? null;
}

/**
 * What a reference speaker points back at, from the speaker-noun lexicons: «المصدر» the last unnamed
 * source, «البيان» / "the statement" the last body that spoke, «الوزارة» the last speaker that agrees.
 */
function refersOf(text: string | null): SpeakerNoun["refers"] {
  const lex = cueLexicon();
  for (const raw of (text ?? "").replace(/["«»“”()]/gu, " ").split(/\s+/u)) {
    const ar = normalizeArabic(raw).replace(/^[وف](?=ال)/u, "");
    const noun =
      lex.arSpeakerNouns.get(ar) ??
      speakerNounTypo(ar, lex.arSpeakerNouns) ??
      lex.enSpeakerNouns.get(raw.toLowerCase());
    if (noun?.refers) return noun.refers;
  }
  return null;
}

export function resolveDocumentAttributions(
  acts: readonly ReportingAct[],
  isMedia: (e: Entity) => boolean,
): Attribution[] {
  const done: Resolved[] = [];
  const topLevel = (r: Resolved) => r.act.parent === null;

  const previous = (test: (r: Resolved) => boolean): Resolved | undefined => {
    for (let k = done.length - 1; k >= 0; k--) if (topLevel(done[k]!) && test(done[k]!)) return done[k];
    return undefined;
  };

  for (const act of acts) {
    let actor = phraseActor(act.speakerEntities, isMedia);
    let speakerText = act.speaker?.text ?? null;
    let gender: Resolved["gender"] = act.gender;
    let inherited: readonly string[] = [];
    const refers = act.speakerKind === "reference" ? refersOf(act.speaker?.text ?? null) : null;
    if (!actor && act.speakerKind === "reference") {
      const hit =
        refers === "source"
          ? previous((r) => r.kind === "anonymous" || r.refers === "source")
          : refers === "document"
            ? previous((r) => !!r.actor)
            : previous((r) => !!r.actor && compatible(act.gender, r.gender) && r.kind !== "implicit");
      actor = hit?.actor ?? null;
    }
    const person = act.speakerEntities.some((e) => e.type === "PERSON" && e.actor);
    if (!actor && act.speakerKind === "named" && !act.speakerEntities.length) {
      // a title without a name: the last person who spoke
      actor = previous((r) => r.person && !!r.actor)?.actor ?? null;
    }
    let key = actor ?? normalizeArabic(speakerText ?? "?");
    if (act.speakerKind === "implicit" || act.speakerKind === "pronoun") {
      // the paragraph's own speaker first: «…، مشيراً إلى …», «… أعلنت وزير الدفاع شويغو أنّ …، وأعلن
      // أنّ …» (the verb's gender may even disagree through a typo); then the last speaker that agrees
      const sameLine = [...done]
        .reverse()
        .find((r) => topLevel(r) && r.act.line === act.line && r.act.cue.start < act.cue.start);
      const hit =
        sameLine ??
        previous((r) => compatible(act.gender, r.gender) && (r.actor !== null || r.speakerText !== null));
      if (!hit) continue;
      actor = hit.actor;
      gender = hit.gender ?? gender;
      if (hit === sameLine) inherited = hit.via;
      key = hit.key;
      if (act.speakerKind === "implicit") speakerText = null;
      else speakerText = act.speaker?.text ?? null;
    }
    const own = [...new Set(act.via.map((e) => e.actor).filter((a): a is string => !!a))];
    const parent = act.parent !== null ? done.find((r) => r.act === acts[act.parent!]) : undefined;
    const via = [
      ...own,
      ...inherited,
      ...(parent ? [parent.actor, ...parent.via].filter((a): a is string => !!a) : []),
    ];
    done.push({
      act,
      actor,
      speakerText,
      gender,
      via: [...new Set(via)].filter((a) => a !== actor),
      kind: act.speakerKind,
      refers,
      key,
      person: person || (!!actor && !!previous((r) => r.person && r.actor === actor)),
    });
  }

  // one attribution per speaker, polarity and chain in a paragraph
  const merged: Resolved[] = [];
  for (const r of done) {
    const key = (x: Resolved) => `${x.act.line}|${x.key}|${x.act.polarity}|${x.via.join(">")}`;
    const same = merged.findIndex((m) => key(m) === key(r));
    if (same < 0) {
      merged.push(r);
      continue;
    }
    const kept = merged[same]!;
    if (PRIORITY[r.act.kind] < PRIORITY[kept.act.kind]) {
      merged[same] = { ...r, speakerText: r.speakerText ?? kept.speakerText };
    } else if (!kept.speakerText && r.speakerText) merged[same] = { ...kept, speakerText: r.speakerText };
  }
  return merged.map(
    (r): Attribution => ({
      line: r.act.line,
      speaker: r.speakerText,
      actor: r.actor,
      cue: r.act.cue.text,
      polarity: r.act.polarity,
      content: r.act.content?.text ?? "",
      via: r.via,
      rule: r.act.rule,
      speakerType: r.kind,
    }),
  );
}
