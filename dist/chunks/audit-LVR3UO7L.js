import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  buildInventory,
  needsAttention,
  renderInventory,
  workspaceInventory
} from "./chunk-HRVVFSCW.js";
import {
  parseNow
} from "./chunk-NUKL3SJM.js";
import "./chunk-VIBCI5AV.js";
import "./chunk-IEPGJEZW.js";
import "./chunk-U75656VF.js";
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
import {
  loadConfigFile
} from "./chunk-WBZ4SVLD.js";
import "./chunk-KL43FA6V.js";
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
