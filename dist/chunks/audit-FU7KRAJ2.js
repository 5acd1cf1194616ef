import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  parseNow
} from "./chunk-R4YG7PKD.js";
import "./chunk-SNZJZ7EY.js";
import {
  buildInventory,
  needsAttention,
  renderInventory,
  workspaceInventory
} from "./chunk-UANUSI62.js";
import {
  EXIT,
  parseFormat
} from "./chunk-OOYFPKMQ.js";
import "./chunk-F6YVYOTU.js";
import "./chunk-7OFE63WO.js";
import "./chunk-QNGUN6PC.js";
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
import {
  loadConfigFile
} from "./chunk-UHXSN3FL.js";
import "./chunk-HSG6742W.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-FMPUZE6X.js";
import "./chunk-7GOK2P6U.js";
import "./chunk-M3J25VAS.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

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
