import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  compareFiles,
  parseNow
} from "./chunk-ROFNFIJT.js";
import "./chunk-KNCL6PLJ.js";
import "./chunk-62RMIQFA.js";
import {
  renderAs
} from "./chunk-BRN7PCEI.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-UNFW4TOJ.js";
import "./chunk-ABGUTBIC.js";
import "./chunk-CN2PJZLY.js";
import "./chunk-SAF6SKTA.js";
import "./chunk-ZKA3FZLD.js";
import "./chunk-RSSASB3A.js";
import "./chunk-OSCLXZKB.js";
import "./chunk-ZNC2XHYH.js";
import "./chunk-TGWOYUKL.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-LAXIAOUO.js";
import "./chunk-3U32CLSX.js";
import "./chunk-EULIIIQK.js";
import {
  EXIT,
  parseFormat
} from "./chunk-JI7563OT.js";
import "./chunk-GHUOGD52.js";
import "./chunk-JFIWJM5W.js";
import "./chunk-YCP5R2QE.js";
import "./chunk-KZIOOV4P.js";
import "./chunk-GBD7IP3D.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-HWJBGXO7.js";

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
