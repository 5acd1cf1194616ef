/** `mlgate validate FILE...`: schema errors as file:line:column, what was expected and how to fix it. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseConfig } from '../schema/config.js';
import { InputError, InputErrors, isInputError } from '../kernel/errors.js';
import { parseReport } from '../schema/report.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { readUntrustedText } from '../sources/workspace.js';
import { displayPath } from '../adapters/load-report.js';
import { errorLine, EXIT, UsageError, type CliIo } from './io.js';

export const VALIDATE_HELP = `Usage: mlgate validate [--kind report|config] FILE...

Checks reports and configs against their schemas. A file is a config when it is named mlgate.yml under .github/
or has no "model" key and no numeric metrics; --kind forces one. Exit status: 0 all valid, 2 errors.`;

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
  let failed = 0;
  for (const file of positionals) {
    const label = displayPath(io.cwd, file);
    try {
      const text = await readUntrustedText(path.resolve(io.cwd, file), {
        root: path.dirname(path.resolve(io.cwd, file)),
        label,
      });
      if (text === null) throw new InputError('file not found', { file: label });
      const kind = values.kind ?? guessKind(label, text);
      if (kind === 'config') parseConfig(text, label);
      else parseReport(text, label);
      io.stdout(`${label}: valid ${kind}\n`);
    } catch (e) {
      if (!isInputError(e)) throw e;
      failed++;
      const list = e instanceof InputErrors ? e.errors : [e];
      for (const err of list) io.stderr(`${errorLine(err)}\n`);
    }
  }
  return failed ? EXIT.input : EXIT.ok;
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
