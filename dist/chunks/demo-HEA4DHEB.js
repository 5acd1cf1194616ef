import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  compareFiles,
  parseNow
} from "./chunk-5QDKXLKI.js";
import "./chunk-NJC22AKB.js";
import "./chunk-RR32X5CJ.js";
import {
  renderAs
} from "./chunk-EL63LBOU.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-5ZZSNIJK.js";
import "./chunk-OLWKJ6B5.js";
import "./chunk-L3NEO4T3.js";
import "./chunk-YUX5EN7R.js";
import "./chunk-JKYYGJHM.js";
import "./chunk-IS2YVQ4A.js";
import "./chunk-4E2Z24X6.js";
import "./chunk-R4SVPOCL.js";
import "./chunk-7JJT62QE.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QHWTL2G7.js";
import "./chunk-3U32CLSX.js";
import "./chunk-LEA3M2X4.js";
import {
  EXIT,
  parseFormat
} from "./chunk-6CMZS2WV.js";
import "./chunk-YX4VYN6J.js";
import "./chunk-3PG4RK3Y.js";
import "./chunk-6L3Y262I.js";
import "./chunk-X5F7DLOD.js";
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
