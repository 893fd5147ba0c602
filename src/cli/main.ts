// The `isnad` command line. Exit statuses follow the dossier contract: 0 all analysed, 3 some inputs
// rejected (dossier still written), 2 usage error, 1 nothing could be done.
import { Command, CommanderError, InvalidArgumentError } from "commander";
import { runAnalyze } from "./analyze-command.js";
import { runEval } from "./eval-command.js";
import { EXIT_USAGE } from "./exit-codes.js";
import { runGazetteerCheck } from "./gazetteer-command.js";
import { VERSION } from "./version.js";

const io = { stdout: process.stdout, stderr: process.stderr };

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/iu.exec(value.trim());
  if (!match) throw new InvalidArgumentError("give a size such as 200k, 50m or 1g");
  const unit = (match[2] ?? "b").toLowerCase()[0] as "b" | "k" | "m" | "g";
  return Math.round(Number(match[1]) * { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit]);
}

/** Milliseconds: a whole number, zero or more. */
function parseMilliseconds(value: string): number {
  if (!/^\d+$/u.test(value.trim()))
    throw new InvalidArgumentError("give a whole number of milliseconds, such as 1000");
  return Number(value.trim());
}

export function buildProgram(): Command {
  const program = new Command("isnad")
    .description(
      "Reads news articles from many outlets and tells, story by story, who claims what and through whom.\n" +
        "Arabic first, then English.",
    )
    .version(VERSION)
    .showHelpAfterError()
    .exitOverride();

  program
    .command("analyze")
    .description(
      "Analyse pages (files, folders walked recursively, or URLs) and write the dossier: text and HTML pages, RSS/Atom feeds, web archives (WARC, .warc.gz) and JSON Lines.",
    )
    .argument(
      "<inputs...>",
      "files, folders or http(s) URLs: text (UTF-8, UTF-16, windows-1256, ISO-8859-6), HTML, feeds, WARC, JSON Lines; .gz read as a stream",
    )
    .option("--json <file>", "write the dossier (schema isnad.dossier/1) as JSON to this file")
    .option("--md <file>", "write a Markdown report to this file")
    .option("--db <file>", "SQLite store to record the run in (default: $ISNAD_DB or the user data folder)")
    .option("--no-store", "do not record the run in any store")
    .option("--max-size <size>", "reject inputs larger than this (default 50m)", parseSize)
    .option("--no-fetch", "do not fetch URLs (given ones, and feed items that carry only a summary)")
    .option(
      "--allow-private",
      "let the fetcher reach private, loopback and link-local addresses (refused by default)",
    )
    .option("--no-robots", "fetch pages that robots.txt disallows (only for sites you run)")
    .option(
      "--fetch-interval <ms>",
      "least time between two requests to one host (default 1000)",
      parseMilliseconds,
    )
    .addHelpText(
      "after",
      [
        "",
        "Exit status:",
        "  0  every input was analysed",
        "  3  some inputs were rejected (listed under `errors` in the dossier; the rest is still written)",
        "  2  usage error",
        "  1  nothing could be analysed (or the store or an output file could not be written)",
        "",
        "Examples:",
        "  isnad analyze examples/corpus --json out/dossier.json --md out/report.md",
        "  isnad analyze page1.txt page2.txt --no-store --json -   (dossier to standard output)",
        "  isnad analyze crawl.warc.gz items.jsonl https://example.org/feed.xml --json out/dossier.json",
      ].join("\n"),
    )
    .action(async (paths: string[], options) => {
      process.exitCode = await runAnalyze(paths, options, io);
    });

  program
    .command("eval")
    .description("Score a dossier against a gold annotation file; the last line is the overall score.")
    .argument("<gold>", "gold file (format of examples/gold.json)")
    .argument("<dossier>", "dossier written by `isnad analyze --json`")
    .option("--detail", "list every miss and extra")
    .option("--json", "print the scores as JSON")
    .action((gold: string, dossier: string, options) => {
      process.exitCode = runEval(gold, dossier, options, io);
    });

  program
    .command("gazetteer")
    .description("Work with the gazetteer of places, organisations and people (data/gazetteer/).")
    .command("check")
    .description("Validate the gazetteer files and print how many entries each holds; exit 1 on a problem.")
    .action(() => {
      process.exitCode = runGazetteerCheck(io);
    });

  return program;
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version end through here with exit code 0; real usage errors become 2.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else throw error;
}
