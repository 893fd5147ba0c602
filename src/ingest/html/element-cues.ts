// What an element's own markup says about its text, before any text is read: its tag (nav, footer,
// aside), its ARIA role, schema.org itemprop, and the words of its class and id
// (data/lexicons/html/element-cues.tsv). These are priors, not verdicts: the scorer weighs them against
// what the text itself looks like.
import { readLexiconRows } from "../../core/lexicon.js";
import type { HtmlElement } from "./parse-html.js";

/** `junk!` is furniture whatever the element holds (a comment thread); `junk` may be a layout name. */
export type ElementCue = "content" | "junk" | "junk!" | null;

interface CueLexicon {
  readonly parts: ReadonlyMap<string, ElementCue>;
  readonly joined: readonly { readonly cue: string; readonly weight: ElementCue }[];
}

let lexicon: CueLexicon | null = null;

function cueLexicon(): CueLexicon {
  if (lexicon) return lexicon;
  const parts = new Map<string, ElementCue>();
  const joined: { cue: string; weight: ElementCue }[] = [];
  for (const [cue, weight, match, always] of readLexiconRows("lexicons/html/element-cues.tsv")) {
    if (!cue || (weight !== "content" && weight !== "junk")) continue;
    const kind: ElementCue = weight === "junk" && always === "always" ? "junk!" : weight;
    if (match === "joined") joined.push({ cue, weight: kind });
    else parts.set(cue, kind);
  }
  lexicon = { parts, joined };
  return lexicon;
}

/** Tags that are page furniture by definition (HTML's own sectioning semantics). */
const JUNK_TAGS = new Set(["nav", "aside", "footer", "menu", "form", "dialog"]);
const JUNK_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "menu",
  "menubar",
  "search",
  "dialog",
  "alert",
]);

const cache = new WeakMap<HtmlElement, ElementCue>();

/** The cue of one element alone (not its ancestors). Cached per element. */
export function elementCue(element: HtmlElement): ElementCue {
  const cached = cache.get(element);
  if (cached !== undefined) return cached;
  const cue = computeCue(element);
  cache.set(element, cue);
  return cue;
}

function computeCue(element: HtmlElement): ElementCue {
  const attrs = element.attrs;
  const itemprop = attrs.itemprop?.toLowerCase();
  if (itemprop === "articlebody" || itemprop === "reviewbody") return "content";
  const role = attrs.role?.toLowerCase();
  if (role === "article") return "content";
  // HTML's own furniture elements and roles are believed whatever they hold, unlike class words
  if (role && JUNK_ROLES.has(role)) return "junk!";
  if (itemprop === "comment" || itemprop === "comments") return "junk!";
  // A <form> wrapping a whole page (ASP.NET does this) is not furniture: only small forms are.
  if (JUNK_TAGS.has(element.tag) && element.tag !== "form") return "junk!";
  const names = `${attrs.class ?? ""} ${attrs.id ?? ""}`;
  if (!names.trim()) return null;
  return cueOfNames(names);
}

const nameCache = new Map<string, ElementCue>();

/** The cue of a class+id string; content wins over junk when both appear («article-body share-bar»
 * is rare, «post-content» inside «main-content» common). */
export function cueOfNames(names: string): ElementCue {
  const cached = nameCache.get(names);
  if (cached !== undefined) return cached;
  const { parts, joined } = cueLexicon();
  let junk = false;
  let always = false;
  let content = false;
  const squashed = names.toLowerCase().replace(/[^a-z0-9 ]+/g, "");
  for (const entry of joined) {
    if (squashed.includes(entry.cue)) {
      if (entry.weight === "content") content = true;
      else if (entry.weight === "junk!") always = true;
      else junk = true;
    }
  }
  // camelCase boundaries first, then any non-letter: «relatedPosts» → related, posts.
  const words = names
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  for (const raw of words) {
    if (!raw) continue;
    const word = raw.length > 3 && raw.endsWith("s") ? raw.slice(0, -1) : raw;
    const weight = parts.get(raw) ?? parts.get(word);
    if (weight === "content") content = true;
    else if (weight === "junk!") always = true;
    else if (weight === "junk") junk = true;
  }
  const cue: ElementCue = content ? "content" : always ? "junk!" : junk ? "junk" : null;
  if (nameCache.size < 50_000) nameCache.set(names, cue);
  return cue;
}
