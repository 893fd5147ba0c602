export type { RunRecord, SaveSummary, Store } from "./store.js";
export { openSqliteStore } from "./sqlite/sqlite-store.js";
export { defaultStorePath } from "./default-path.js";
