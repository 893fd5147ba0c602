#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm run build` (run automatically by `npm install`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  console.error(
    "isnad: dist/ is missing; run `npm install` (or `npm run build`) in the project folder first.",
  );
  process.exit(1);
}
await import(entry.href);
