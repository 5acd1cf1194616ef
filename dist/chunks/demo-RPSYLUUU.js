import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  compareFiles,
  parseNow
} from "./chunk-NUKL3SJM.js";
import "./chunk-VIBCI5AV.js";
import "./chunk-IEPGJEZW.js";
import {
  renderAs
} from "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-2HICJFIU.js";
import "./chunk-4Z2JHNVM.js";
import "./chunk-3SIIUPAB.js";
import "./chunk-L2P4ZUEY.js";
import "./chunk-XCVPF6O3.js";
import "./chunk-YRKVDMQU.js";
import "./chunk-7HY5PB3F.js";
import "./chunk-PEPEURLR.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import "./chunk-VY2WX77I.js";
import {
  EXIT,
  parseFormat
} from "./chunk-6CMZS2WV.js";
import "./chunk-GDUAKQOP.js";
import "./chunk-SASLFZXE.js";
import "./chunk-WBZ4SVLD.js";
import "./chunk-KL43FA6V.js";
import "./chunk-WFHBRDMS.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-NGHGDPWE.js";

// src/cli/demo.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
var DEMO_HELP = `Usage: mlgate demo [--format markdown|json|text] [--now YYYY-MM-DD]

Runs \`mlgate compare\` on the example reports in examples/demo/ and prints the PR comment it would post
(markdown, with HTML escapes as GitHub needs them; --format text for a terminal).
  --format F   markdown (default), json or text
  --now DATE   the day to check expiry dates against (default: today, UTC)
Exit status: 0 whatever the example's verdict (it is a demonstration; \`compare\` exits 1 on fail), 2 bad usage.`;
function packageRoot() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(path.join(dir, "examples", "demo", "head.yaml"))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error("examples/demo not found next to the mlgate package");
}
async function demoCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: { format: { type: "string" }, now: { type: "string" } },
    strict: true
  });
  const root = packageRoot();
  const demo = path.join(root, "examples", "demo");
  const result = await compareFiles(
    {
      base: path.join(demo, "base.yaml"),
      head: path.join(demo, "head.yaml"),
      config: path.join(demo, "mlgate.yml"),
      now: parseNow(values.now, io),
      // The example's code commits are not commits of the package's repository: not looked up, and said so.
      verifyCodeCommit: false
    },
    root
  );
  io.stdout(renderAs(result, parseFormat(values.format, "markdown")));
  return EXIT.ok;
}
export {
  DEMO_HELP,
  demoCommand,
  packageRoot
};
