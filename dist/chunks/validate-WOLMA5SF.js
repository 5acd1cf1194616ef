import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError,
  errorLine
} from "./chunk-HUAWZDTH.js";
import {
  displayPath,
  parseReport
} from "./chunk-L5RAGWGL.js";
import {
  readUntrustedText
} from "./chunk-L5RPWSTI.js";
import {
  parseConfig,
  parseYamlOrJson
} from "./chunk-4ANCRVO2.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError,
  InputErrors,
  isInputError
} from "./chunk-VFNVTEDH.js";

// src/cli/validate.ts
import path from "node:path";
import { parseArgs } from "node:util";
var VALIDATE_HELP = `Usage: mlgate validate [--kind report|config] FILE...

Checks reports and configs against their schemas. A file is a config when it is named mlgate.yml under .github/
or has no "model" key and no numeric metrics; --kind forces one. Exit status: 0 all valid, 2 errors.`;
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
  let failed = 0;
  for (const file of positionals) {
    const label = displayPath(io.cwd, file);
    try {
      const text = await readUntrustedText(path.resolve(io.cwd, file), {
        root: path.dirname(path.resolve(io.cwd, file)),
        label
      });
      if (text === null) throw new InputError("file not found", { file: label });
      const kind = values.kind ?? guessKind(label, text);
      if (kind === "config") parseConfig(text, label);
      else parseReport(text, label);
      io.stdout(`${label}: valid ${kind}
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
