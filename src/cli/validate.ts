/** `mlgate validate FILE...`: schema errors as file:line:column, what was expected and how to fix it. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '../schema/config.js';
import { InputError, InputErrors, isInputError } from '../kernel/errors.js';
import { parseReport } from '../schema/report.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { readUntrustedText } from '../sources/workspace.js';
import { displayPath } from '../adapters/load-report.js';
import { collectSources, detectReader } from '../readers/index.js';
import { readNamed, splitNamed } from './read-spec.js';
import { errorLine, EXIT, UsageError, type CliIo } from './io.js';

export const VALIDATE_HELP = `Usage: mlgate validate [--kind report|config] FILE...

Checks reports and configs against their schemas. A file is a config when it is named mlgate.yml under .github/
or has no "model" key and no numeric metrics; --kind forces one. Another tool's output is read by its reader, as
the action reads it: by a prefix (json:eval/metrics.json, dvc:dvc.yaml, ...; docs/readers.md) or by its name
(dvc.yaml, wandb-summary.json, *.csv). Exit status: 0 all valid, 2 errors.`;

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { kind: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length === 0) throw new UsageError('name at least one file to validate');
  if (values.kind !== undefined && values.kind !== 'report' && values.kind !== 'config')
    throw new UsageError('--kind must be report or config');
  const kind = values.kind as 'report' | 'config' | undefined;
  let failed = 0;
  for (const file of positionals) {
    try {
      io.stdout(`${await validateOne(file, kind, io.cwd)}\n`);
    } catch (e) {
      if (!isInputError(e)) throw e;
      failed++;
      const list = e instanceof InputErrors ? e.errors : [e];
      for (const err of list) io.stderr(`${errorLine(err)}\n`);
    }
  }
  return failed ? EXIT.input : EXIT.ok;
}

/** The line printed for a valid file; throws the InputError(s) that make it invalid. */
async function validateOne(spec: string, forced: 'report' | 'config' | undefined, cwd: string): Promise<string> {
  const { reader, pattern, file } = splitNamed(spec, 'validate', cwd);
  const label = displayPath(cwd, pattern);
  // Another tool's output (a prefix, or a name such as dvc.yaml): read as the action reads it.
  const tool = reader ?? detectReader(label);
  if (forced !== 'config' && tool !== 'mlgate') {
    const named = await readNamed(spec, { cwd, flag: 'validate', root: 'file' });
    if (!named.loaded) throw new InputError('file not found', { file: label });
    const count = Object.keys(named.loaded.report.metrics).length;
    return `${label}: valid report (read as ${tool}: ${count} metric${count === 1 ? '' : 's'})`;
  }
  const text = await readUntrustedText(file, { root: path.dirname(file), label });
  if (text === null) throw new InputError('file not found', { file: label });
  const kind = forced ?? (reader ? 'report' : guessKind(label, text));
  if (kind === 'config') checkSpecs(parseConfig(text, label), label);
  else parseReport(text, label);
  return `${label}: valid ${kind}`;
}

/** The `reports` and `models.<name>.report` entries as the gate parses them (reader prefixes, server filters). */
function checkSpecs(config: ReturnType<typeof parseConfig>, label: string): void {
  try {
    collectSources(config.reports, config.models);
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, { file: label, field: e.field });
    throw e;
  }
}

function guessKind(label: string, text: string): 'report' | 'config' {
  if (/(^|\/)\.github\/mlgate\.ya?ml$/.test(label)) return 'config';
  try {
    const doc = parseYamlOrJson(text, label).value;
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return 'report';
    if ('model' in doc) return 'report';
    // A config's `metrics` maps names to rules; a report's maps names to numbers.
    const metrics = (doc as { metrics?: unknown }).metrics;
    const numeric =
      metrics && typeof metrics === 'object' && Object.values(metrics).every((v) => typeof v === 'number');
    return numeric ? 'report' : 'config';
  } catch {
    return 'report';
  }
}
