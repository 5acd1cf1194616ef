import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  buildInventory,
  needsAttention,
  renderInventory,
  workspaceInventory
} from "./chunk-RNFYUOZZ.js";
import {
  parseNow
} from "./chunk-5QDKXLKI.js";
import "./chunk-NJC22AKB.js";
import "./chunk-RR32X5CJ.js";
import "./chunk-EL63LBOU.js";
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
import {
  loadConfigFile
} from "./chunk-6L3Y262I.js";
import "./chunk-X5F7DLOD.js";
import "./chunk-WFHBRDMS.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-NGHGDPWE.js";

// src/cli/audit.ts
import path from "node:path";
import { parseArgs } from "node:util";
var AUDIT_HELP = `Usage: mlgate audit [--config FILE] [--report GLOB]... [--format markdown|json] [--now YYYY-MM-DD]

Lists every model whose report is under the current directory: owners, training and expiry dates, status (ok,
expiring, expired = zombie, no report, no expiry date), the headline metric, the training cost and the net value
per month. The same table the action's \`mode: audit\` keeps in the "mlgate: model inventory" issue.
  --config FILE  the policy (default: .github/mlgate.yml when it exists): where the reports are, expiry_warning_days
  --report GLOB  report paths or globs instead of the config's \`reports\` (repeatable)
  --format F     markdown (default) or json (the rows)
  --now DATE     the day to check expiry dates against (default: today, UTC)
Exit status: 0 nothing needs attention, 1 a model is expired, expiring, without a report or losing money,
2 bad input or usage.`;
async function auditCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: "string" },
      report: { type: "string", multiple: true },
      format: { type: "string" },
      now: { type: "string" }
    },
    strict: true,
    allowPositionals: false
  });
  const format = parseFormat(values.format, "markdown", ["markdown", "json"]);
  const now = parseNow(values.now, io);
  const file = path.resolve(io.cwd, values.config ?? path.join(".github", "mlgate.yml"));
  const config = await loadConfigFile(file, io.cwd, values.config !== void 0);
  const patterns = values.report?.length ? values.report : config.reports;
  const { models, label } = await workspaceInventory({ workspace: io.cwd, config, patterns });
  const rows = buildInventory(models, config, now);
  io.stdout(
    format === "json" ? `${JSON.stringify({ models: rows }, null, 2)}
` : `${renderInventory(rows, { now, source: label })}
`
  );
  return rows.some(needsAttention) ? EXIT.fail : EXIT.ok;
}
export {
  AUDIT_HELP,
  auditCommand
};
