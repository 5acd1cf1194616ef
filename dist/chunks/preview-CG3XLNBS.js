import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  demoResult
} from "./chunk-PPIQZ6C2.js";
import {
  parseNow
} from "./chunk-R4YG7PKD.js";
import "./chunk-SNZJZ7EY.js";
import {
  EXIT,
  UsageError
} from "./chunk-OOYFPKMQ.js";
import "./chunk-F6YVYOTU.js";
import "./chunk-7OFE63WO.js";
import {
  aggregateResults
} from "./chunk-MG7EMQQO.js";
import {
  renderFor
} from "./chunk-QNGUN6PC.js";
import "./chunk-ZKQWAGAN.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-AZEGWMYJ.js";
import "./chunk-B4LL22YL.js";
import "./chunk-XGWR25BH.js";
import "./chunk-M4IMDPQH.js";
import "./chunk-MSSWUBPQ.js";
import "./chunk-PFA33LBX.js";
import "./chunk-B3QY3ZEW.js";
import "./chunk-WMS4W5DM.js";
import "./chunk-52BD3KVO.js";
import "./chunk-UJKRQEQM.js";
import "./chunk-UHXSN3FL.js";
import "./chunk-HSG6742W.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-FMPUZE6X.js";
import "./chunk-7GOK2P6U.js";
import "./chunk-M3J25VAS.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

// src/cli/preview.ts
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
var PREVIEW_HELP = `Usage: mlgate preview [RESULT.json...] [--out FILE] [--mermaid-src URL] [--now YYYY-MM-DD]

Writes the PR comment as a standalone HTML page, as GitHub would show it, and prints where.
  RESULT.json       result files (\`mlgate compare --format json\`, the action's result-json); several are merged
                    like \`mlgate aggregate\`; none: the demo's comment
  --out FILE        the page to write (default: mlgate-preview.html), under the current directory
  --mermaid-src URL where the page loads Mermaid from (default: jsDelivr; e.g. a local copy of mermaid.min.js)
  --now DATE        the demo's day for expiry checks (default: today, UTC)
Exit status: 0 written, 2 bad input or usage.`;
async function previewCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    options: { out: { type: "string" }, "mermaid-src": { type: "string" }, now: { type: "string" } },
    allowPositionals: true,
    strict: true
  });
  const src = values["mermaid-src"];
  if (src !== void 0 && !/^(https?:\/\/|file:\/\/|\.{0,2}\/)[^\s"'<>]*$/.test(src))
    throw new UsageError("--mermaid-src must be an http(s) or file URL, or a path, without spaces or quotes");
  const out = values.out ?? "mlgate-preview.html";
  const rel = path.relative(io.cwd, path.resolve(io.cwd, out));
  if (rel.startsWith("..") || path.isAbsolute(rel))
    throw new InputError("--out names a file outside the current directory: write the page under it", {
      file: out.slice(0, 200)
    });
  const result = positionals.length ? await aggregateResults(positionals, io.cwd) : await demoResult(parseNow(values.now, io), io.env);
  const html = await renderFor(result, "html", src === void 0 ? {} : { mermaid_src: src });
  await writeFile(path.resolve(io.cwd, out), html);
  io.stdout(`wrote ${rel}: the comment (${result.verdict}) as GitHub would show it; open it in a browser
`);
  return EXIT.ok;
}
export {
  PREVIEW_HELP,
  previewCommand
};
