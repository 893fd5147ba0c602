// Schema migrations for the SQLite store, applied in order inside one transaction each; the schema
// version lives in PRAGMA user_version so an old database is upgraded in place.
export const MIGRATIONS: readonly string[] = [
  // 1: documents by content, their lines, runs and what each run saw or rejected.
  `
  CREATE TABLE documents (
    content_hash   TEXT PRIMARY KEY,
    id             TEXT NOT NULL,
    source         TEXT NOT NULL,
    format         TEXT NOT NULL,
    encoding       TEXT NOT NULL,
    language       TEXT NOT NULL,
    outlet         TEXT,
    title          TEXT,
    byline         TEXT,
    published      TEXT,
    published_from TEXT,
    text           TEXT NOT NULL,
    first_run      INTEGER NOT NULL,
    last_run       INTEGER NOT NULL
  );
  CREATE TABLE lines (
    content_hash TEXT NOT NULL REFERENCES documents(content_hash) ON DELETE CASCADE,
    n            INTEGER NOT NULL,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('title', 'body', 'boilerplate', 'metadata')),
    kind         TEXT,
    match_key    TEXT NOT NULL,
    PRIMARY KEY (content_hash, n)
  );
  CREATE INDEX lines_by_key ON lines(match_key);
  CREATE TABLE runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at   TEXT NOT NULL,
    finished_at  TEXT NOT NULL,
    tool_version TEXT NOT NULL,
    inputs       TEXT NOT NULL
  );
  CREATE TABLE run_documents (
    run_id       INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL REFERENCES documents(content_hash) ON DELETE CASCADE,
    source       TEXT NOT NULL,
    PRIMARY KEY (run_id, content_hash, source)
  );
  CREATE TABLE run_errors (
    run_id  INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    source  TEXT NOT NULL,
    code    TEXT NOT NULL,
    message TEXT NOT NULL
  );
  `,
  // 2: where the story index placed each document, so that a later run restores the index instead of
  //    clustering the store again (src/stories/). seq is the order of placement; features the saved
  //    article (signature, heaviest terms, actors, places, figures, days) as JSON.
  `
  CREATE TABLE story_members (
    content_hash TEXT PRIMARY KEY REFERENCES documents(content_hash) ON DELETE CASCADE,
    seq          INTEGER NOT NULL UNIQUE,
    story_key    TEXT NOT NULL,
    canonical    TEXT,
    features     TEXT NOT NULL
  );
  CREATE INDEX story_members_by_story ON story_members(story_key);
  `,
];
