import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-QZLJ3CWH.js";
import "./chunk-W7LXR7Q7.js";
import {
  renderAs
} from "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import {
  EXIT,
  UsageError,
  parseFormat
} from "./chunk-6CMZS2WV.js";
import "./chunk-SASLFZXE.js";
import "./chunk-WBZ4SVLD.js";
import "./chunk-KL43FA6V.js";
import "./chunk-WFHBRDMS.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-NGHGDPWE.js";

// src/cli/aggregate.ts
import { parseArgs } from "node:util";
var AGGREGATE_HELP = `Usage: mlgate aggregate FILE_OR_GLOB... [--format markdown|json|text]

Merges result files written by \`mlgate compare --format json\` (one per matrix job) into one result.
  FILE_OR_GLOB    result JSON files or globs (quote globs: 'results/*.json')
  --format F      markdown (default), json or text
Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;
async function aggregateCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    options: { format: { type: "string" } },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length === 0) throw new UsageError("name the result files to merge, e.g. results/*.json");
  const format = parseFormat(values.format, "markdown");
  const result = await aggregateResults(positionals, io.cwd);
  io.stdout(renderAs(result, format));
  return result.verdict === "fail" ? EXIT.fail : EXIT.ok;
}
export {
  AGGREGATE_HELP,
  aggregateCommand
};
