/** `mlgate audit`: the model inventory of the current directory's reports, as the scheduled audit builds it. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildInventory, needsAttention } from '../audit/inventory.js';
import { workspaceInventory } from '../adapters/inventory-source.js';
import { loadConfigFile } from '../adapters/load-report.js';
import { renderInventory } from '../render/inventory.js';
import { parseNow } from './compare.js';
import { EXIT, parseFormat, type CliIo } from './io.js';

export const AUDIT_HELP = `Usage: mlgate audit [--config FILE] [--report GLOB]... [--format markdown|json] [--now YYYY-MM-DD]

Lists every model whose report is under the current directory: owners, training and expiry dates, status (ok,
expiring, expired = zombie, no report, no expiry date), the headline metric, the training cost and the net value
per month. The same table the action's \`mode: audit\` keeps in the "mlgate: model inventory" issue.
  --config FILE  the policy (default: .github/mlgate.yml when it exists): where the reports are, expiry_warning_days
  --report GLOB  report paths or globs instead of the config's \`reports\` (repeatable)
  --format F     markdown (default) or json (the rows)
  --now DATE     the day to check expiry dates against (default: today, UTC)
Exit status: 0 nothing needs attention, 1 a model is expired, expiring, without a report or losing money,
2 bad input or usage.`;

export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      config: { type: 'string' },
      report: { type: 'string', multiple: true },
      format: { type: 'string' },
      now: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const format = parseFormat(values.format, 'markdown', ['markdown', 'json']);
  const now = parseNow(values.now, io);
  const file = path.resolve(io.cwd, values.config ?? path.join('.github', 'mlgate.yml'));
  const config = await loadConfigFile(file, io.cwd, values.config !== undefined);
  const patterns = values.report?.length ? values.report : config.reports;
  const { models, label } = await workspaceInventory({ workspace: io.cwd, config, patterns });
  const rows = buildInventory(models, config, now);
  io.stdout(
    format === 'json'
      ? `${JSON.stringify({ models: rows }, null, 2)}\n`
      : `${renderInventory(rows, { now, source: label })}\n`,
  );
  return rows.some(needsAttention) ? EXIT.fail : EXIT.ok;
}
