// From the paths on the command line to raw inputs. A path is a file or a folder (walked
// recursively); a bad path never stops the batch, it becomes an InputError and the walk goes on.
//
// Order is part of the output: ids, and so the dossier, must not depend on the file system's
// readdir order, so a folder's files come sorted by relative path (by UTF-16 code unit, not by
// locale). Hidden entries (".git", ".DS_Store") are skipped inside folders; a path given explicitly
// is read even if hidden, since the user asked for it. Folders and files are identified by
// device + inode, so a symlink back to an ancestor (a loop) or a second route to the same file is
// visited once.

import type { Dirent, Stats } from "node:fs";
import { lstat, open, readdir, stat } from "node:fs/promises";
import { basename, extname, sep } from "node:path";
import type { InputError, RawInput } from "../core/types.js";
import { inputError } from "./records/types.js";

export interface WalkOptions {
  /** Inputs larger than this are reported as E_TOO_LARGE without being read. */
  readonly maxBytes?: number;
}

/** 50 MiB: a long article is ~100 KiB; anything near this is a dump or a mistake. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Formats this version does not read, with the name used in the message. Other extensions (.txt, .md,
 * .html, none, even .png) are read and judged by content, so a mislabelled file is still caught as
 * binary, and an HTML page saved as .txt is still read as HTML.
 */
const DEFERRED_FORMATS: ReadonlyMap<string, string> = new Map([
  [".json", "JSON"],
  [".pdf", "PDF"],
  [".doc", "Word"],
  [".docx", "Word"],
]);

/**
 * Containers read as streams, never whole: web archives and JSON Lines run to gigabytes, and gzip is
 * decompressed on the way. A size cap the user gives applies to each page inside them, not to the file.
 */
const STREAMED_EXTENSIONS = new Set([".warc", ".gz", ".jsonl", ".ndjson"]);

/** A file to be read as a stream (see STREAMED_EXTENSIONS): its path, not its bytes. */
export interface StreamedFile {
  readonly id: string;
  readonly source: string;
  readonly path: string;
  readonly streamed: true;
}

export async function* walkInputs(
  paths: readonly string[],
  options: WalkOptions = {},
): AsyncGenerator<RawInput | StreamedFile | InputError> {
  yield* new InputWalk(options).walk(paths);
}

/** Ids unique within one batch: a name's base, then `base~2`, `base~3` … in the order asked. */
export class InputIds {
  private readonly taken = new Set<string>();

  take(base: string): string {
    let id = base;
    for (let k = 2; this.taken.has(id); k++) id = `${base}~${k}`;
    this.taken.add(id);
    return id;
  }
}

/**
 * One batch's walk over the file system. A batch that interleaves files with URLs walks its runs of
 * files through one InputWalk, so a file met twice is read once and ids never repeat across the runs.
 */
export class InputWalk {
  /** dev:ino of every folder and file already visited, across all given paths. */
  private readonly seen = new Set<string>();
  private readonly maxBytes: number;
  readonly ids: InputIds;

  constructor(options: WalkOptions = {}, ids: InputIds = new InputIds()) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.ids = ids;
  }

  async *walk(paths: readonly string[]): AsyncGenerator<RawInput | StreamedFile | InputError> {
    for (const path of paths) yield* this.visitGiven(path);
  }

  async *visitGiven(path: string): AsyncGenerator<RawInput | StreamedFile | InputError> {
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (cause) {
      yield await statError(path, cause);
      return;
    }
    yield* this.visit(path, stats);
  }

  private async *visit(path: string, stats: Stats): AsyncGenerator<RawInput | StreamedFile | InputError> {
    const key = `${stats.dev}:${stats.ino}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (stats.isDirectory()) yield* this.visitFolder(path);
    else if (stats.isFile()) yield await this.readFile(path, stats);
    else {
      yield inputError(
        path,
        "E_UNREADABLE",
        `${path} is not a regular file or folder (a device, socket or pipe); give files or folders of pages`,
      );
    }
  }

  private async *visitFolder(folder: string): AsyncGenerator<RawInput | StreamedFile | InputError> {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (cause) {
      yield inputError(
        folder,
        "E_UNREADABLE",
        `folder ${folder} could not be listed (${errorCode(cause)}); check its permissions`,
      );
      return;
    }
    // Resolve symlinks first: a link to a folder sorts as a folder.
    const children: { path: string; key: string; stats: Stats | null; error: InputError | null }[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = childPath(folder, entry.name);
      let stats: Stats;
      try {
        stats = entry.isSymbolicLink() ? await stat(path) : await lstat(path);
      } catch (cause) {
        // A link that points to itself (ELOOP) is a loop: skipped, like one back to an ancestor.
        if (errorCode(cause) === "ELOOP") continue;
        children.push({ path, key: entry.name, stats: null, error: await statError(path, cause) });
        continue;
      }
      // "name/" sorts a folder's files exactly where their full relative paths would sort ("a-b"
      // before "a/x", since "-" < "/"), so sorting each level gives the sorted-by-path order.
      const key = stats.isDirectory() ? `${entry.name}/` : entry.name;
      children.push({ path, key, stats, error: null });
    }
    children.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const child of children) {
      if (child.error) yield child.error;
      else if (child.stats) yield* this.visit(child.path, child.stats);
    }
  }

  private async readFile(path: string, stats: Stats): Promise<RawInput | StreamedFile | InputError> {
    const extension = extname(path).toLowerCase();
    const deferred = DEFERRED_FORMATS.get(extension);
    if (deferred) {
      return inputError(
        path,
        "E_UNSUPPORTED",
        `${path} is a ${deferred} file (${extension}); this version reads text and HTML pages, feeds, ` +
          "web archives (WARC) and JSON Lines, so convert it to one of those or leave it out",
      );
    }
    if (STREAMED_EXTENSIONS.has(extension)) {
      return { id: this.takeId(path), source: path, path, streamed: true };
    }
    if (stats.size > this.maxBytes) return this.tooLarge(path, stats.size);
    let bytes: Uint8Array;
    try {
      const handle = await open(path, "r");
      try {
        const buffer = await handle.readFile();
        // A plain Uint8Array view: consumers should not come to rely on Buffer's extras.
        bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      } finally {
        await handle.close();
      }
    } catch (cause) {
      return inputError(
        path,
        "E_UNREADABLE",
        `${path} could not be read (${errorCode(cause)}); check its permissions`,
      );
    }
    // The file may have grown between stat and read.
    if (bytes.length > this.maxBytes) return this.tooLarge(path, bytes.length);
    return { id: this.takeId(path), source: path, format: "text", bytes };
  }

  private tooLarge(path: string, size: number): InputError {
    return inputError(
      path,
      "E_TOO_LARGE",
      `${path} is ${formatSize(size)}, over the ${formatSize(this.maxBytes)} limit for one input; ` +
        "split it into pages or raise the size limit",
    );
  }

  /** Base name without its extensions (".warc.gz" too); a repeat gets "~2", "~3" … in walk order. */
  private takeId(path: string): string {
    const name = basename(path);
    const outer = extname(name).toLowerCase() === ".gz" ? basename(name, extname(name)) : name;
    return this.ids.take(basename(outer, extname(outer)) || name);
  }
}

/** Keep the folder exactly as the user typed it ("./corpus/"), so sources read like their input. */
function childPath(folder: string, name: string): string {
  return folder.endsWith(sep) || folder.endsWith("/") ? folder + name : `${folder}${sep}${name}`;
}

async function statError(path: string, cause: unknown): Promise<InputError> {
  const code = errorCode(cause);
  if (code === "ENOENT" || code === "ENOTDIR") {
    const dangling = await lstat(path).then(
      (s) => s.isSymbolicLink(),
      () => false,
    );
    if (dangling) {
      return inputError(
        path,
        "E_NOT_FOUND",
        `${path} is a symbolic link to a missing file; fix or remove the link`,
      );
    }
    return inputError(
      path,
      "E_NOT_FOUND",
      `${path} does not exist; check the path (relative paths start from ${process.cwd()})`,
    );
  }
  if (code === "ELOOP") {
    return inputError(path, "E_UNREADABLE", `${path} is a symbolic link loop; point it at a file or folder`);
  }
  return inputError(path, "E_UNREADABLE", `${path} could not be read (${code}); check its permissions`);
}

function errorCode(cause: unknown): string {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === "string" ? code : String(cause);
}

function formatSize(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${mib.toFixed(1)} MiB` : `${bytes} bytes`;
}
