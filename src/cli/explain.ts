/** `mlgate explain NAME [BASE [PR]] [--config FILE]`: how the gate reads a metric, and why. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../kernel/errors.js';
import { escapeLog } from '../kernel/escape.js';
import { parseYamlOrJson, pointerOf } from '../kernel/safe-parse.js';
import { readUntrustedText } from '../sources/workspace.js';
import { displayPath } from '../adapters/load-report.js';
import { explainMetric, type ConfigWhere } from '../pipeline/explain.js';
import { parseConfig, resolveConfig } from '../schema/config.js';
import type { Config } from '../kernel/config-types.js';
import { EXIT, UsageError, type CliIo } from './io.js';

export const EXPLAIN_HELP = `Usage: mlgate explain NAME [BASE [PR]] [--config FILE]

Prints how mlgate reads the metric NAME: its kind in the registry, which way is better, its scale, which tests
apply (from eval.size, from per-example predictions) and the tolerance, each with where it came from (a registry
entry or a line of the config). With values (the PR's, or the base's and the PR's) it also says the scale they are
read in and the verdict they get without a test.
  --config FILE   the policy (default: .github/mlgate.yml when it exists)
Exit status: 0 explained, 2 bad input or usage.`;

async function loadConfig(
  file: string,
  cwd: string,
  required: boolean,
): Promise<{ config: Config; where: ConfigWhere }> {
  const label = displayPath(cwd, file);
  const text = await readUntrustedText(file, { root: cwd, label });
  if (text === null) {
    if (required) throw new InputError('config file not found; check the path', { file: label });
    return { config: resolveConfig({}), where: () => undefined };
  }
  const config = parseConfig(text, label);
  const { positions } = parseYamlOrJson(text, label);
  const where: ConfigWhere = (parts) => {
    const pos = positions.get(`${pointerOf(parts)}#key`) ?? positions.get(pointerOf(parts));
    return pos ? `config ${label}:${pos.line} (${parts.join('.')})` : undefined;
  };
  return { config, where };
}

function number(text: string): number {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v))
    throw new UsageError(`a value must be a number (got "${text.slice(0, 40)}")`);
  return v;
}

export async function explainCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { config: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [name, ...rest] = positionals;
  if (name === undefined || name.trim() === '') throw new UsageError('name the metric to explain');
  if (rest.length > 2) throw new UsageError('give at most two values: the base and the PR');
  const numbers = rest.map(number);
  const file = values.config ? path.resolve(io.cwd, values.config) : path.join(io.cwd, '.github', 'mlgate.yml');
  const { config, where } = await loadConfig(file, io.cwd, values.config !== undefined);
  const lines = explainMetric(name.slice(0, 200), config, numbers, where);
  io.stdout(lines.map((l) => escapeLog(l, 1000)).join('\n') + '\n');
  return EXIT.ok;
}
