import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  renderAs
} from "./chunk-Y4PGBOAW.js";
import {
  mergeResults,
  parseResult
} from "./chunk-5UEZLNC6.js";
import {
  findReports
} from "./chunk-IBGVV5XD.js";
import {
  displayPath
} from "./chunk-WT3HPS6H.js";
import {
  readUntrustedText
} from "./chunk-DFHFXWES.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";

// src/adapters/aggregate.ts
import path from "node:path";
var MAX_RESULT_BYTES = 2 * 1024 * 1024;
async function aggregateResults(files, root) {
  const rels = [];
  for (const f of files) {
    const rel = displayPath(root, path.resolve(root, f));
    if (path.isAbsolute(rel) || rel.startsWith(".."))
      throw new InputError("result files must be inside the working directory", { file: f.slice(0, 120) });
    const found = await findReports(root, [rel]);
    if (found.length === 0)
      throw new InputError("no result file matches; did the matrix jobs upload their results?", { file: rel });
    for (const x of found) if (!rels.includes(x)) rels.push(x);
  }
  const parts = [];
  for (const rel of rels) {
    const text = await readUntrustedText(path.join(root, rel), { root, label: rel, maxBytes: MAX_RESULT_BYTES });
    if (text === null) throw new InputError("file not found", { file: rel });
    parts.push({ file: rel, result: parseResult(text, rel) });
  }
  const merged = mergeResults(parts);
  for (const m of merged.models) {
    try {
      renderAs({ ...merged, models: [m] }, "markdown");
    } catch (e) {
      if (e instanceof InputError) throw e;
      throw new InputError(
        "the learning_curve or checklist block of this model is malformed; regenerate it with `mlgate compare --format json`",
        {
          file: parts.find((p) => p.result.models.some((x) => x.name === m.name))?.file,
          field: `models.${m.name.slice(0, 60)}`
        }
      );
    }
  }
  return merged;
}

export {
  aggregateResults
};
