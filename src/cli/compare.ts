/** `mlgate compare --base FILE --head FILE [--config FILE] [--format markdown|json|text]`. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, type ModelInput } from '../core/evaluate.js';
import { createFileBaselineReader } from '../adapters/baseline.js';
import { enrichModels } from '../adapters/enrich.js';
import type { GateResult } from '../core/result-types.js';
import { InputError } from '../core/errors.js';
import { loadConfigFile, loadReportFile } from '../adapters/load-report.js';
import { renderAs } from '../render/any.js';
import { EXIT, parseFormat, UsageError, type CliIo } from './io.js';
import { parseIsoDay } from '../checklist/dates.js';

export const COMPARE_HELP = `Usage: mlgate compare --head FILE [--base FILE] [--config FILE] [--format markdown|json|text] [--now YYYY-MM-DD]

Compares a model report with its baseline and prints the verdict.
  --head FILE     the PR's report (YAML or JSON)
  --base FILE     the baseline report; omit when there is none
  --config FILE   the policy (default: .github/mlgate.yml when it exists)
  --format F      markdown (default), json (the result model) or text
  --now DATE      the date used for expiry checks (default: today, UTC)
Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;

export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      now: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.head) throw new UsageError('--head FILE is required');
  const format = parseFormat(values.format, 'markdown');
  const result = await compareFiles({ base: values.base, head: values.head, config: values.config, now: parseNow(values.now, io) }, io.cwd);
  io.stdout(renderAs(result, format));
  return result.verdict === 'fail' ? EXIT.fail : EXIT.ok;
}

export function parseNow(value: string | undefined, io: CliIo): Date {
  if (value === undefined) return io.now();
  const day = parseIsoDay(value);
  if (day === null) throw new UsageError(`--now must be a calendar date YYYY-MM-DD (got "${value.slice(0, 20)}")`);
  return new Date(day * 86_400_000);
}

/**
 * The CLI's workspace is the current directory: the files named with --head, --base and --config, and every file
 * they reference, must be under it (as the action's must be under the checkout). Said up front, with the flag.
 */
function checkInsideCwd(flag: string, file: string | undefined, cwd: string): void {
  if (file === undefined || file.includes('\0')) return;
  const rel = path.relative(cwd, path.resolve(cwd, file));
  if (!rel.startsWith('..') && !path.isAbsolute(rel)) return;
  throw new InputError(
    `${flag} names a file outside the current directory (${cwd}), which is the CLI's workspace: mlgate reads only files under the directory it runs in. Copy the file into it, or run mlgate from a directory that contains it`,
    { file: file.slice(0, 200) },
  );
}

export async function compareFiles(
  files: { base?: string; head: string; config?: string; now: Date },
  cwd: string,
): Promise<GateResult> {
  checkInsideCwd('--head', files.head, cwd);
  checkInsideCwd('--base', files.base, cwd);
  checkInsideCwd('--config', files.config, cwd);
  // Files named on the command line must be inside the current directory (the workspace), and so must what they reference.
  const root = cwd;
  const defaultConfig = path.join(cwd, '.github', 'mlgate.yml');
  const config = await loadConfigFile(files.config ? path.resolve(cwd, files.config) : defaultConfig, root, files.config !== undefined);
  const head = await loadReportFile(path.resolve(cwd, files.head), root);
  if (!head) throw new InputError('file not found; check the path given to --head', { file: files.head });
  const base = files.base ? await loadReportFile(path.resolve(cwd, files.base), root) : null;
  if (files.base && !base) throw new InputError('file not found; check the path given to --base', { file: files.base });
  const models: ModelInput[] = [
    { name: head.report.model, head, base, head_path: head.source.file, base_path: base ? base.source.file : null },
  ];
  await enrichModels(models, { workspace: root, config, client: null, repo: null, pull: null, baseline: createFileBaselineReader(root), now: files.now });
  // Two files named by hand may be two different models: compared all the same, but said.
  const notes = base && base.report.model !== head.report.model
    ? [`the base report is for model "${base.report.model}" and the PR's for "${head.report.model}": check that --base and --head are the same model`]
    : [];
  return evaluate({
    config,
    models,
    base: { sha: null, source: base ? 'file' : 'none' },
    head: { sha: null },
    now: files.now,
    notes,
  });
}
