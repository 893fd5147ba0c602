// The curated gazetteer (data/gazetteer/*.tsv): states, capitals, cities, places, organisations, outlets,
// armed groups, state bodies and people, each with its Arabic and English names, read once per process.
// The format and the kinds are documented in data/gazetteer/README.md.
//
// Names are compared by their matching key, the text stage's normalisation (`normalizeArabic`): «سوريا»
// and «سورية» are two names, but «إدلب» and «ادلب», «SDF» and «sdf» are one. Two entries may not share a
// key unless data/gazetteer/shared-names.tsv says both are meant: «الجزائر» is the country and its capital,
// «طرابلس» is Tripoli in Libya and Tripoli in Lebanon. Names that refer to an entry only in context
// («التحالف», the coalition: which one?) are not entry names; they are listed in ambiguous.tsv.
import { readFileSync } from "node:fs";
import { IsnadError } from "../../core/errors.js";
import { dataPath } from "../../core/lexicon.js";
import { normalizeArabic } from "../../text/normalize.js";

export type GazetteerType = "PERSON" | "ORG" | "GPE" | "LOC" | "FAC";

export interface GazetteerEntry {
  /** Stable kebab-case id, unique across files: the actor id in dossiers ("sdf", "ru-mod", "raqqa"). */
  readonly id: string;
  readonly type: GazetteerType;
  /** Finer class, one of KINDS[type]: "country", "armed-group", "ministry", "person" … */
  readonly kind: string;
  /** English label ("Syrian Democratic Forces"). */
  readonly label: string;
  /** Arabic names as written in the press, canonical first. */
  readonly ar: readonly string[];
  readonly en: readonly string[];
  /** Acronyms and other names in any script («قسد», "SDF"). */
  readonly aliases: readonly string[];
  /** The id of the entity it belongs to (ru-mod → russia, raqqa → syria), or null. */
  readonly parent: string | null;
  /** The file it came from, relative to data/gazetteer/ ("armed-groups.tsv"), and its line there. */
  readonly file: string;
  readonly line: number;
}

/** A row of shared-names.tsv or ambiguous.tsv: a name, the entries it may refer to, and why. */
export interface ListedName {
  readonly name: string;
  readonly key: string;
  readonly ids: readonly string[];
  readonly why: string;
}

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  byId(id: string): GazetteerEntry | undefined;
  /** The entries one of whose names has this name's key: one, or several for a shared name. */
  byName(name: string): readonly GazetteerEntry[];
  /** Names deliberately given to two or more entries (shared-names.tsv). */
  readonly shared: readonly ListedName[];
  /** Names that are not entry names but may refer to these entries in context (ambiguous.tsv). */
  readonly ambiguous: readonly ListedName[];
}

export interface GazetteerProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** The category files, in the order entries are listed. */
export const GAZETTEER_FILES = [
  "countries.tsv",
  "capitals.tsv",
  "cities.tsv",
  "places.tsv",
  "organisations.tsv",
  "media.tsv",
  "armed-groups.tsv",
  "state-bodies.tsv",
  "people.tsv",
] as const;
export const SHARED_NAMES_FILE = "shared-names.tsv";
export const AMBIGUOUS_FILE = "ambiguous.tsv";

function kinds(list: string): ReadonlySet<string> {
  return new Set(list.split(" "));
}

/** The kinds each type allows (data/gazetteer/README.md describes them). */
export const KINDS: Readonly<Record<GazetteerType, ReadonlySet<string>>> = {
  PERSON: kinds("person"),
  GPE: kinds("country capital city governorate territory"),
  LOC: kinds("region river sea mountain"),
  FAC: kinds("airport base crossing dam camp prison port site hospital plant"),
  ORG: kinds(
    "io ngo agency outlet armed-group party movement government presidency ministry military intelligence " +
      "legislature state-body coalition",
  ),
};

/** One data row with its 1-based line number in the file. */
export interface SourceRow {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface SourceFile {
  readonly file: string;
  readonly rows: readonly SourceRow[];
}

export interface GazetteerSources {
  readonly files: readonly SourceFile[];
  readonly shared?: SourceFile;
  readonly ambiguous?: SourceFile;
}

/** Split TSV text as readLexiconRows does (`#` comments, blank lines dropped, fields trimmed), keeping line numbers. */
export function parseRows(text: string): SourceRow[] {
  const rows: SourceRow[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const hash = raw.indexOf("#");
    const content = (hash >= 0 ? raw.slice(0, hash) : raw).trimEnd();
    if (content.trim()) rows.push({ line: i + 1, fields: content.split("\t").map((f) => f.trim()) });
  });
  return rows;
}

/** The key names are compared by: the matching normalisation (which also lowercases Latin). */
export function gazetteerKey(name: string): string {
  return normalizeArabic(name).toLowerCase();
}

/** Every name of an entry: Arabic, English, then aliases. */
export function entryNames(entry: GazetteerEntry): readonly string[] {
  return [...entry.ar, ...entry.en, ...entry.aliases];
}

const TYPES: ReadonlySet<string> = new Set(Object.keys(KINDS));
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Letters and marks of the Arabic or Latin script, ASCII digits, and the punctuation names carry
// ("U.S.", "Guinea-Bissau", "People's", "AT&T", "(YPG)"). Tatweel, «،», Eastern digits and ’ are refused:
// a name is written in its plain form and the normalisation does the rest.
const NAME = /^(?:(?=[\p{L}\p{M}])[\p{sc=Arabic}\p{sc=Latin}\p{sc=Inherited}]|[0-9 .\-'&()])+$/u;
const ARABIC = /\p{sc=Arabic}/u;
const COLUMNS = ["id", "type", "kind", "label", "ar", "en", "aliases", "parent"] as const;
const REQUIRED_COLUMNS = 6; // aliases and parent may be left off the end of a row

function splitList(field: string | undefined): string[] {
  return field ? field.split(",").map((s) => s.trim()) : [];
}

function toEntry(file: string, row: SourceRow): GazetteerEntry | null {
  const [id, type, kind, label, ar, en, aliases, parent] = row.fields;
  if (row.fields.length < REQUIRED_COLUMNS || !id || !TYPES.has(type ?? "")) return null;
  return {
    id,
    type: type as GazetteerType,
    kind: kind ?? "",
    label: label ?? "",
    ar: splitList(ar),
    en: splitList(en),
    aliases: splitList(aliases),
    parent: parent ? parent : null,
    file,
    line: row.line,
  };
}

function toListed(row: SourceRow): ListedName {
  const [name = "", ids, why = ""] = row.fields;
  return { name, key: gazetteerKey(name), ids: splitList(ids), why };
}

/** Problems of one entry taken alone: columns, id, type, kind, label and names. */
function rowProblems(row: SourceRow, problem: (message: string) => void): void {
  const n = row.fields.length;
  if (n < REQUIRED_COLUMNS || n > COLUMNS.length) {
    problem(`expected ${REQUIRED_COLUMNS} to ${COLUMNS.length} columns (${COLUMNS.join(", ")}), found ${n}`);
    return;
  }
  const [id = "", type = "", kind = "", label = ""] = row.fields;
  if (!ID.test(id)) problem(`id «${id}» is not kebab-case (a-z, 0-9, single hyphens)`);
  if (!TYPES.has(type)) problem(`unknown type «${type}» (one of ${[...TYPES].join(", ")})`);
  else if (!KINDS[type as GazetteerType].has(kind)) {
    problem(`unknown kind «${kind}» for ${type} (one of ${[...KINDS[type as GazetteerType]].join(", ")})`);
  }
  if (!label) problem("empty label");
  else if (!NAME.test(label))
    problem(`label «${label}» has a character outside Arabic/Latin/digits/space/.-'&()`);
  (["ar", "en", "aliases"] as const).forEach((column) => {
    const field = row.fields[COLUMNS.indexOf(column)] ?? "";
    const names = splitList(field);
    if (column !== "aliases" && names.length === 0) problem(`no ${column} name`);
    for (const name of names) {
      if (!name) problem(`empty name in ${column} («${field}»: two commas or a comma at an end)`);
      else if (!NAME.test(name)) {
        problem(`${column} name «${name}» has a character outside Arabic/Latin/digits/space/.-'&()`);
      } else if (column === "ar" && !ARABIC.test(name)) problem(`ar name «${name}» has no Arabic letter`);
      else if (column === "en" && ARABIC.test(name)) problem(`en name «${name}» has Arabic letters`);
    }
  });
}

type Report = (file: string, line: number, message: string) => void;

/** Parents must exist and must not loop back to the entry. */
function parentProblems(g: Gazetteer, report: Report): void {
  for (const entry of g.entries) {
    if (entry.parent === null) continue;
    if (!g.byId(entry.parent)) report(entry.file, entry.line, `parent «${entry.parent}» is not an id`);
    const seen = new Set([entry.id]);
    for (let p = g.byId(entry.parent); p; p = p.parent ? g.byId(p.parent) : undefined) {
      if (seen.has(p.id)) {
        report(entry.file, entry.line, `parent chain of «${entry.id}» loops through «${p.id}»`);
        break;
      }
      seen.add(p.id);
    }
  }
}

/** A name shared by two entries must be allowed by shared-names.tsv; reported at the later entry. */
function sharedNameProblems(g: Gazetteer, allowed: ReadonlyMap<string, ListedName>, report: Report): void {
  for (const entry of g.entries) {
    const seen = new Set<string>();
    for (const name of entryNames(entry)) {
      const key = gazetteerKey(name);
      const [owner, ...others] = g.byName(name);
      if (seen.has(key) || !owner || !others.includes(entry)) continue;
      seen.add(key);
      const ok = allowed.get(key);
      if (ok?.ids.includes(owner.id) && ok.ids.includes(entry.id)) continue;
      report(
        entry.file,
        entry.line,
        `name «${name}» is also a name of «${owner.id}» (${owner.file}:${owner.line}); ` +
          `if both are meant, list it in ${SHARED_NAMES_FILE}`,
      );
    }
  }
}

/** Rows of shared-names.tsv (shared: true) or ambiguous.tsv: well formed, ids real, names (not) entry names. */
function listProblems(
  g: Gazetteer,
  source: SourceFile,
  shared: boolean,
  report: Report,
): Map<string, ListedName> {
  const listed = new Map<string, ListedName>();
  const least = shared ? 2 : 1;
  for (const row of source.rows) {
    const problem = (message: string) => report(source.file, row.line, message);
    const item = toListed(row);
    if (row.fields.length !== 3 || !item.name || !item.why || item.ids.length < least) {
      problem(`expected: name <TAB> ${shared ? "two" : "one"} or more ids (comma-separated) <TAB> why`);
      continue;
    }
    if (listed.has(item.key)) problem(`«${item.name}» is listed twice`);
    listed.set(item.key, item);
    const having = g.byName(item.name).map((e) => e.id);
    if (!shared && having.length > 0) {
      problem(`«${item.name}» is a name of «${having[0]}»: an ambiguous name is not an entry name`);
    }
    for (const id of item.ids) {
      if (!g.byId(id)) problem(`«${id}» is not an id`);
      else if (shared && !having.includes(id)) {
        problem(`«${item.name}» is not a name of «${id}»: remove it from the list`);
      }
    }
  }
  return listed;
}

/** Check gazetteer rows (real files or an in-memory sample): every problem, with its file and line. */
export function checkGazetteer(sources: GazetteerSources): GazetteerProblem[] {
  const problems: GazetteerProblem[] = [];
  const report: Report = (file, line, message) => problems.push({ file, line, message });
  const firstAt = new Map<string, string>(); // id → "file:line" of its first entry
  for (const { file, rows } of sources.files) {
    for (const row of rows) {
      rowProblems(row, (message) => report(file, row.line, message));
      const id = toEntry(file, row)?.id;
      if (id === undefined) continue;
      const first = firstAt.get(id);
      if (first) report(file, row.line, `id «${id}» is already used at ${first}`);
      else firstAt.set(id, `${file}:${row.line}`);
    }
  }
  const g = buildGazetteer(sources);
  parentProblems(g, report);
  const empty: SourceFile = { file: "", rows: [] };
  const allowed = listProblems(g, sources.shared ?? empty, true, report);
  sharedNameProblems(g, allowed, report);
  listProblems(g, sources.ambiguous ?? empty, false, report);
  return problems;
}

function readSource(file: string): SourceFile {
  const relative = `gazetteer/${file}`;
  let text: string;
  try {
    text = readFileSync(dataPath(relative), "utf8");
  } catch (cause) {
    throw new IsnadError("E_UNREADABLE", `gazetteer data/${relative} could not be read`, relative, { cause });
  }
  return { file, rows: parseRows(text) };
}

function readSources(): GazetteerSources {
  return {
    files: GAZETTEER_FILES.map(readSource),
    shared: readSource(SHARED_NAMES_FILE),
    ambiguous: readSource(AMBIGUOUS_FILE),
  };
}

/** Validate the shipped gazetteer files; an empty list means they are well formed. */
export function validateGazetteer(): GazetteerProblem[] {
  return checkGazetteer(readSources());
}

/**
 * Build a gazetteer from sources. Rows too broken to read (under six columns, unknown type) are skipped,
 * and a repeated id keeps its first entry; `checkGazetteer` reports both.
 */
export function buildGazetteer(sources: GazetteerSources): Gazetteer {
  const entries: GazetteerEntry[] = [];
  const ids = new Map<string, GazetteerEntry>();
  const names = new Map<string, GazetteerEntry[]>();
  for (const { file, rows } of sources.files) {
    for (const row of rows) {
      const entry = toEntry(file, row);
      if (!entry || ids.has(entry.id)) continue;
      entries.push(entry);
      ids.set(entry.id, entry);
      for (const key of new Set(entryNames(entry).filter(Boolean).map(gazetteerKey))) {
        const list = names.get(key) ?? [];
        list.push(entry);
        names.set(key, list);
      }
    }
  }
  const listed = (source?: SourceFile) => (source?.rows ?? []).map(toListed).filter((l) => l.name);
  return {
    entries,
    byId: (id) => ids.get(id),
    byName: (name) => names.get(gazetteerKey(name)) ?? [],
    shared: listed(sources.shared),
    ambiguous: listed(sources.ambiguous),
  };
}

let cached: Gazetteer | undefined;

/** The shipped gazetteer, read once per process. */
export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer(readSources());
  return cached;
}
