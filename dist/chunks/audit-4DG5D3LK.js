import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  parseNow
} from "./chunk-BWUPUSMG.js";
import "./chunk-4LLFHW5K.js";
import {
  buildInventory,
  needsAttention,
  renderInventory,
  workspaceInventory
} from "./chunk-EAQMDFPH.js";
import {
  EXIT,
  parseFormat
} from "./chunk-OOYFPKMQ.js";
import "./chunk-QDHITOZ5.js";
import "./chunk-E7A3V4XF.js";
import "./chunk-Y4PGBOAW.js";
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
import {
  loadConfigFile
} from "./chunk-WT3HPS6H.js";
import "./chunk-FFP66OKL.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-SGL4OOBV.js";
import "./chunk-IP6FT2WD.js";
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
