import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  demoResult
} from "./chunk-VLZQJTI5.js";
import {
  parseNow
} from "./chunk-BWUPUSMG.js";
import "./chunk-4LLFHW5K.js";
import {
  EXIT,
  UsageError
} from "./chunk-OOYFPKMQ.js";
import "./chunk-QDHITOZ5.js";
import "./chunk-E7A3V4XF.js";
import {
  aggregateResults
} from "./chunk-UPHXWVEY.js";
import {
  renderFor
} from "./chunk-Y4PGBOAW.js";
import "./chunk-5UEZLNC6.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-7NYZELPS.js";
import "./chunk-O2KFI24N.js";
import "./chunk-SPFXGID2.js";
import "./chunk-H5ZBH3QL.js";
import "./chunk-TGL7QEVK.js";
import "./chunk-4BD3YC2D.js";
import "./chunk-TNIQRK4K.js";
import "./chunk-6C6Y4PAF.js";
import "./chunk-OQQ53SS3.js";
import "./chunk-IBGVV5XD.js";
import "./chunk-WT3HPS6H.js";
import "./chunk-FFP66OKL.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-SGL4OOBV.js";
import "./chunk-IP6FT2WD.js";
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
