// SQLite store on better-sqlite3: one file, WAL journal, every run written in one transaction.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { IsnadError } from "../../core/errors.js";
import type { Document } from "../../core/types.js";
import type { SavedArticle } from "../../stories/story-index.js";
import type { RunRecord, SaveSummary, Store, StoryMember } from "../store.js";
import { MIGRATIONS } from "./migrations.js";

type LineKeyOf = (text: string) => string;

// SQLite's default limit on bound parameters is 32766; stay far below it per query.
const KEY_CHUNK = 500;

export function openSqliteStore(path: string, lineKey: LineKeyOf): Store {
  let db: Database.Database;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    migrate(db);
  } catch (cause) {
    throw new IsnadError("E_STORE", `cannot open the store at ${path}: ${(cause as Error).message}`, path, {
      cause,
    });
  }
  return new SqliteStore(db, path, lineKey);
}

function migrate(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

class SqliteStore implements Store {
  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    private readonly lineKey: LineKeyOf,
  ) {}

  countLineKeys(keys: readonly string[], excludeContentHashes: readonly string[]): Map<string, number> {
    const counts = new Map<string, number>();
    const unique = [...new Set(keys)].filter(Boolean);
    const exclude = JSON.stringify([...excludeContentHashes]);
    for (let i = 0; i < unique.length; i += KEY_CHUNK) {
      const chunk = unique.slice(i, i + KEY_CHUNK);
      const rows = this.db
        .prepare(
          `SELECT match_key AS key, COUNT(DISTINCT content_hash) AS carriers FROM lines
           WHERE match_key IN (${chunk.map(() => "?").join(",")})
             AND content_hash NOT IN (SELECT value FROM json_each(?))
           GROUP BY match_key`,
        )
        .all(...chunk, exclude) as { key: string; carriers: number }[];
      for (const row of rows) counts.set(row.key, row.carriers);
    }
    return counts;
  }

  saveRun(run: RunRecord): SaveSummary {
    const insertRun = this.db.prepare(
      "INSERT INTO runs (started_at, finished_at, tool_version, inputs) VALUES (?, ?, ?, ?)",
    );
    const exists = this.db.prepare("SELECT 1 FROM documents WHERE content_hash = ?");
    const upsertDocument = this.db.prepare(`
      INSERT INTO documents (content_hash, id, source, format, encoding, language, outlet, title, byline,
                             published, published_from, text, first_run, last_run)
      VALUES (@contentHash, @id, @source, @format, @encoding, @language, @outlet, @title, @byline,
              @published, @publishedFrom, @text, @run, @run)
      ON CONFLICT (content_hash) DO UPDATE SET
        id = excluded.id, source = excluded.source, format = excluded.format, encoding = excluded.encoding,
        language = excluded.language, outlet = excluded.outlet, title = excluded.title,
        byline = excluded.byline, published = excluded.published, published_from = excluded.published_from,
        last_run = excluded.last_run`);
    const deleteLines = this.db.prepare("DELETE FROM lines WHERE content_hash = ?");
    const insertLine = this.db.prepare(
      "INSERT INTO lines (content_hash, n, start, end, role, kind, match_key) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    const linkDocument = this.db.prepare(
      "INSERT OR IGNORE INTO run_documents (run_id, content_hash, source) VALUES (?, ?, ?)",
    );
    const insertMember = this.db.prepare(
      `INSERT OR IGNORE INTO story_members (content_hash, seq, story_key, canonical, features)
       VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM story_members), ?, ?, ?)`,
    );
    const insertError = this.db.prepare(
      "INSERT INTO run_errors (run_id, source, code, message) VALUES (?, ?, ?, ?)",
    );

    const save = this.db.transaction((): SaveSummary => {
      const runId = Number(
        insertRun.run(run.startedAt, run.finishedAt, run.toolVersion, JSON.stringify(run.inputs))
          .lastInsertRowid,
      );
      let inserted = 0;
      let updated = 0;
      for (const doc of run.documents) {
        if (exists.get(doc.contentHash)) updated++;
        else inserted++;
        upsertDocument.run(documentRow(doc, runId));
        deleteLines.run(doc.contentHash);
        for (const line of doc.lines) {
          insertLine.run(
            doc.contentHash,
            line.n,
            line.start,
            line.end,
            line.role,
            line.kind ?? null,
            this.lineKey(line.text),
          );
        }
        linkDocument.run(runId, doc.contentHash, doc.source);
      }
      for (const error of run.errors) insertError.run(runId, error.source, error.code, error.message);
      for (const m of run.storyMembers ?? []) {
        insertMember.run(m.contentHash, m.storyKey, m.canonical, JSON.stringify(m.saved));
      }
      return { runId, inserted, updated };
    });
    try {
      return save();
    } catch (cause) {
      throw new IsnadError(
        "E_STORE",
        `could not write the run to ${this.location}: ${(cause as Error).message}`,
        this.location,
        {
          cause,
        },
      );
    }
  }

  loadStoryMembers(): StoryMember[] {
    const rows = this.db
      .prepare("SELECT content_hash, story_key, canonical, features FROM story_members ORDER BY seq")
      .all() as { content_hash: string; story_key: string; canonical: string | null; features: string }[];
    return rows.map((r) => ({
      contentHash: r.content_hash,
      storyKey: r.story_key,
      canonical: r.canonical,
      saved: JSON.parse(r.features) as SavedArticle,
    }));
  }

  documentCount(): number {
    return (this.db.prepare("SELECT COUNT(*) AS n FROM documents").get() as { n: number }).n;
  }

  close(): void {
    this.db.close();
  }
}

function documentRow(doc: Document, run: number) {
  return {
    contentHash: doc.contentHash,
    id: doc.id,
    source: doc.source,
    format: doc.format,
    encoding: doc.encoding,
    language: doc.language,
    outlet: doc.outlet,
    title: doc.title,
    byline: doc.byline,
    published: doc.published,
    publishedFrom: doc.publishedFrom,
    text: doc.text,
    run,
  };
}
