export { defaultStorePath } from "./default-path.js";
export { openSqliteStore } from "./sqlite/sqlite-store.js";
export type { RunRecord, SaveSummary, Store, StoryMember } from "./store.js";
