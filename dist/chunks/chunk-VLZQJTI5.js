import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  compareFiles,
  parseNow
} from "./chunk-BWUPUSMG.js";
import {
  EXIT,
  commentFormat
} from "./chunk-OOYFPKMQ.js";
import {
  renderFor
} from "./chunk-Y4PGBOAW.js";

// src/cli/demo.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
var DEMO_HELP = `Usage: mlgate demo [--format markdown|json|text|html] [--now YYYY-MM-DD]

Runs \`mlgate compare\` on the example reports in examples/demo/ and prints the PR comment it would post
(in a terminal as text; piped, the markdown GitHub receives; \`mlgate preview\` shows it as GitHub would).
  --format F   text (default in a terminal), markdown (default otherwise), json, or html (a standalone page)
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
async function demoResult(now, processEnv) {
  const root = packageRoot();
  const demo = path.join(root, "examples", "demo");
  return compareFiles(
    {
      base: path.join(demo, "base.yaml"),
      head: path.join(demo, "head.yaml"),
      config: path.join(demo, "mlgate.yml"),
      now,
      // The example's code commits are not commits of the package's repository: not looked up, and said so.
      verifyCodeCommit: false,
      processEnv
    },
    root
  );
}
async function demoCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: { format: { type: "string" }, now: { type: "string" } },
    strict: true
  });
  const format = commentFormat(values.format, io);
  const result = await demoResult(parseNow(values.now, io), io.env);
  io.stdout(await renderFor(result, format));
  return EXIT.ok;
}

export {
  DEMO_HELP,
  packageRoot,
  demoResult,
  demoCommand
};
