import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  compareFiles,
  parseNow
} from "./chunk-PDQY2BIT.js";
import "./chunk-RB7RV7LH.js";
import "./chunk-3PV5OX2C.js";
import {
  renderAs
} from "./chunk-UWWHDXZA.js";
import "./chunk-QZ6QKF7D.js";
import "./chunk-AVVP5UNX.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QL3GVVWQ.js";
import "./chunk-XOLMSJV3.js";
import {
  EXIT,
  parseFormat
} from "./chunk-HUAWZDTH.js";
import "./chunk-L5RAGWGL.js";
import "./chunk-L5RPWSTI.js";
import "./chunk-4ANCRVO2.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-VFNVTEDH.js";

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
      now: parseNow(values.now, io)
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
