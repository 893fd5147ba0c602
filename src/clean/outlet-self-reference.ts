// An outlet often names itself only inside its copy: "وتحاول «سمارت» التواصل مع قيادات … دون تلقي رد"
// (SMART is trying to reach the leadership … with no answer yet). The triggers and the words that
// must follow them are data (data/lexicons/ar/outlet-self-reference.tsv); known outlet names come
// from data/lexicons/ar/outlets.tsv.

import { readLexiconRows } from "../core/lexicon.js";
import { escapeRegExp } from "../core/regex.js";
import { matchKey } from "../text/match-key.js";
import { cleanName } from "./metadata-lines.js";

interface Trigger {
  readonly key: string;
  readonly mode: "quoted" | "known";
  readonly follow: readonly string[];
}

let triggers: Map<string, Trigger> | undefined;
let knownOutlets: Map<string, string> | undefined;

function loadTriggers(): Map<string, Trigger> {
  triggers ??= new Map(
    readLexiconRows("lexicons/ar/outlet-self-reference.tsv").map(([trigger = "", mode, follow = ""]) => {
      const key = trigger;
      const entry: Trigger = {
        key,
        mode: mode === "known" ? "known" : "quoted",
        follow: follow.split(",").map(matchKey).filter(Boolean),
      };
      return [key, entry] as const;
    }),
  );
  return triggers;
}

/** Known outlet names (canonical and aliases), keyed by match key, valued by the canonical name. */
export function knownOutletNames(): Map<string, string> {
  if (knownOutlets) return knownOutlets;
  const names = new Map<string, string>();
  for (const [canonical = "", english = "", aliases = ""] of readLexiconRows("lexicons/ar/outlets.tsv")) {
    for (const name of [canonical, english, ...aliases.split(",")]) {
      const key = matchKey(name);
      if (key && !names.has(key)) names.set(key, canonical);
    }
  }
  knownOutlets = names;
  return names;
}

// Raw-text scan: a trigger word (optionally with و/ف, and a tatweel after لـ), then a quoted name or the
// next few words, then what follows. Works on the displayed text so the name comes out as written.
const QUOTE_OPEN = /^["«“]/u;
const QUOTE_CLOSE = /["»”]/u;

function triggerPattern(table: Map<string, Trigger>): RegExp {
  const alternatives = [...table.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{M}])[وف]?(${alternatives.join("|")})(?=[\\sـ"«“]|$)`, "gu");
}

/** The outlet a document names as itself, by majority over its self-references, or null. */
export function findSelfReferencedOutlet(lines: readonly string[]): string | null {
  const votes = new Map<string, number>();
  const table = loadTriggers();
  const outlets = knownOutletNames();
  const pattern = triggerPattern(table);
  for (const line of lines) {
    for (const match of line.matchAll(pattern)) {
      const trigger = table.get(match[1] ?? "");
      if (!trigger) continue;
      const rest = line.slice((match.index ?? 0) + match[0].length).replace(/^[\sـ]+/u, "");
      const found = readName(rest, trigger, outlets);
      if (!found) continue;
      if (trigger.follow.length && !trigger.follow.some((f) => matchKey(found.after).startsWith(f))) continue;
      votes.set(found.name, (votes.get(found.name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let bestVotes = 0;
  for (const [name, count] of votes) if (count > bestVotes) [best, bestVotes] = [name, count];
  return best;
}

function readName(
  rest: string,
  trigger: Trigger,
  outlets: Map<string, string>,
): { name: string; after: string } | null {
  if (QUOTE_OPEN.test(rest)) {
    const close = rest.slice(1).search(QUOTE_CLOSE);
    if (close < 0) return null;
    const name = cleanName(rest.slice(1, close + 1));
    const after = rest.slice(close + 2).trim();
    if (!name) return null;
    if (outlets.has(matchKey(name))) return { name, after };
    if (name.split(/\s+/u).length > 4) return null;
    // "وقالت مصادر محلية لـ"عدن الساعة"": a source speaking to a quoted name is speaking to the outlet,
    // unless the name is a wire agency that other outlets quote ("لـ«رويترز»").
    if (trigger.mode === "known" && (trigger.key === "لـ" || trigger.key === "ل"))
      return isAgency(name) ? null : { name, after };
    return trigger.mode === "quoted" ? { name, after } : null;
  }
  // Unquoted: the longest run of leading words that is a known outlet ("عنب بلدي من مصادر" → عنب بلدي).
  const words = rest.split(/\s+/u).slice(0, 4);
  for (let n = words.length; n > 0; n--) {
    const name = cleanName(words.slice(0, n).join(" "));
    if (outlets.has(matchKey(name))) return { name, after: rest.split(/\s+/u).slice(n).join(" ") };
  }
  return null;
}

let agencies: Set<string> | undefined;

function isAgency(name: string): boolean {
  agencies ??= new Set(readLexiconRows("lexicons/ar/agencies.txt").map(([a = ""]) => matchKey(a)));
  return agencies.has(matchKey(name).replace(/^وكاله /u, ""));
}
