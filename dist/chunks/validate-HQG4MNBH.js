import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  readNamed,
  splitNamed
} from "./chunk-4LLFHW5K.js";
import {
  EXIT,
  UsageError,
  errorLine
} from "./chunk-OOYFPKMQ.js";
import {
  collectSources,
  detectReader
} from "./chunk-OQQ53SS3.js";
import "./chunk-IBGVV5XD.js";
import {
  displayPath,
  parseReport
} from "./chunk-WT3HPS6H.js";
import {
  parseConfig,
  parseYamlOrJson
} from "./chunk-IP6FT2WD.js";
import {
  readUntrustedText
} from "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError,
  InputErrors,
  isInputError
} from "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

// src/cli/validate.ts
import path from "node:path";
import { parseArgs } from "node:util";
var VALIDATE_HELP = `Usage: mlgate validate [--kind report|config] FILE...

Checks reports and configs against their schemas. A file is a config when it is named mlgate.yml under .github/
or has no "model" key and no numeric metrics; --kind forces one. Another tool's output is read by its reader, as
the action reads it: by a prefix (json:eval/metrics.json, dvc:dvc.yaml, ...; docs/readers.md) or by its name
(dvc.yaml, wandb-summary.json, *.csv). Exit status: 0 all valid, 2 errors.`;
async function validateCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    options: { kind: { type: "string" } },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length === 0) throw new UsageError("name at least one file to validate");
  if (values.kind !== void 0 && values.kind !== "report" && values.kind !== "config")
    throw new UsageError("--kind must be report or config");
  const kind = values.kind;
  let failed = 0;
  for (const file of positionals) {
    try {
      io.stdout(`${await validateOne(file, kind, io.cwd)}
`);
    } catch (e) {
      if (!isInputError(e)) throw e;
      failed++;
      const list = e instanceof InputErrors ? e.errors : [e];
      for (const err of list) io.stderr(`${errorLine(err)}
`);
    }
  }
  return failed ? EXIT.input : EXIT.ok;
}
async function validateOne(spec, forced, cwd) {
  const { reader, pattern, file } = splitNamed(spec, "validate", cwd);
  const label = displayPath(cwd, pattern);
  const tool = reader ?? detectReader(label);
  if (forced !== "config" && tool !== "mlgate") {
    const named = await readNamed(spec, { cwd, flag: "validate", root: "file" });
    if (!named.loaded) throw new InputError("file not found", { file: label });
    const count = Object.keys(named.loaded.report.metrics).length;
    return `${label}: valid report (read as ${tool}: ${count} metric${count === 1 ? "" : "s"})`;
  }
  const text = await readUntrustedText(file, { root: path.dirname(file), label });
  if (text === null) throw new InputError("file not found", { file: label });
  const kind = forced ?? (reader ? "report" : guessKind(label, text));
  if (kind === "config") checkSpecs(parseConfig(text, label), label);
  else parseReport(text, label);
  return `${label}: valid ${kind}`;
}
function checkSpecs(config, label) {
  try {
    collectSources(config.reports, config.models);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, { file: label, field: e.field });
    throw e;
  }
}
function guessKind(label, text) {
  if (/(^|\/)\.github\/mlgate\.ya?ml$/.test(label)) return "config";
  try {
    const doc = parseYamlOrJson(text, label).value;
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) return "report";
    if ("model" in doc) return "report";
    const metrics = doc.metrics;
    const numeric = metrics && typeof metrics === "object" && Object.values(metrics).every((v) => typeof v === "number");
    return numeric ? "report" : "config";
  } catch {
    return "report";
  }
}
export {
  VALIDATE_HELP,
  validateCommand
};
