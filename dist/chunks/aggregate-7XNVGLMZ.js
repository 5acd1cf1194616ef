import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError,
  commentFormat
} from "./chunk-OOYFPKMQ.js";
import {
  aggregateResults
} from "./chunk-UPHXWVEY.js";
import {
  renderFor
} from "./chunk-Y4PGBOAW.js";
import "./chunk-5UEZLNC6.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-7NYZELPS.js";
import "./chunk-IBGVV5XD.js";
import "./chunk-WT3HPS6H.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-SGL4OOBV.js";
import "./chunk-IP6FT2WD.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

// src/cli/aggregate.ts
import { parseArgs } from "node:util";
var AGGREGATE_HELP = `Usage: mlgate aggregate FILE_OR_GLOB... [--format markdown|json|text]

Merges result files written by \`mlgate compare --format json\` (one per matrix job) into one result.
  FILE_OR_GLOB    result JSON files or globs (quote globs: 'results/*.json')
  --format F      text (default in a terminal), markdown (default otherwise), json or html
Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;
async function aggregateCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: "string" } },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length === 0) throw new UsageError("name the result files to merge, e.g. results/*.json");
  const format = commentFormat(values.format, io);
  const result = await aggregateResults(positionals, io.cwd);
  io.stdout(await renderFor(result, format));
  return result.verdict === "fail" ? EXIT.fail : EXIT.ok;
}
export {
  AGGREGATE_HELP,
  aggregateCommand
};
