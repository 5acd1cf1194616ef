import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  chooseEntries,
  defaultModelName,
  detectReader,
  entryPattern,
  parseSourceSpec,
  readReport,
  readerFor
} from "./chunk-OQQ53SS3.js";
import {
  findOnSource
} from "./chunk-IBGVV5XD.js";
import {
  displayPath
} from "./chunk-WT3HPS6H.js";
import {
  workspaceSource
} from "./chunk-DFHFXWES.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";

// src/cli/read-spec.ts
import path from "node:path";
function splitNamed(spec, flag, cwd) {
  const { reader, pattern, server } = parseSourceSpec(spec, flag);
  return { reader, pattern, file: path.resolve(cwd, pattern), server: server !== void 0 };
}
async function readNamed(spec, opts) {
  const { reader, pattern, file, server } = splitNamed(spec, opts.flag, opts.cwd);
  if (server)
    throw new InputError(
      `${opts.flag} ${pattern.slice(0, 80)} names a tracking server's runs, which are found by commit: use mlgate compare --base-ref REF --head ${pattern.slice(0, 80)} (with MLFLOW_TRACKING_URI set)`
    );
  const root = opts.root === "cwd" ? opts.cwd : path.dirname(file);
  const named = path.relative(root, file).split(path.sep).join("/");
  const label = displayPath(opts.cwd, pattern);
  const name = reader ?? detectReader(named);
  let rel = named;
  const labelOf = (p) => p === rel ? label : displayPath(opts.cwd, path.join(root, p));
  const source = workspaceSource(root, { label: labelOf });
  const wanted = entryPattern(reader, named);
  if (wanted !== named) {
    const [found] = chooseEntries(() => name, await findOnSource(source, [wanted]));
    if (found === void 0) return { reader: name, file, label, loaded: null };
    rel = found;
  }
  const naming = { fallback: defaultModelName(label), metrics_map: opts.metrics_map ?? {} };
  const loaded = await readReport(source, readerFor(name), rel, { label: labelOf, required: true, naming });
  return { reader: name, file, label, loaded };
}

export {
  splitNamed,
  readNamed
};
