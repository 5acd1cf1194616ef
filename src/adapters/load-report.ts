/** Reads and parses a report or config file from disk (the adapter around the pure parsers). */
import path from 'node:path';
import { resolveConfig, parseConfig } from '../schema/config.js';
import type { Config } from '../kernel/config-types.js';
import { InputError } from '../kernel/errors.js';
import { parseReport } from '../schema/report.js';
import type { LoadedReport } from '../kernel/report-types.js';
import { readUntrustedText } from '../sources/workspace.js';

export async function loadReportFile(
  file: string,
  root: string,
  label = displayPath(root, file),
): Promise<LoadedReport | null> {
  const text = await readUntrustedText(file, { root, label });
  return text === null ? null : parseReport(text, label);
}

export async function loadConfigFile(file: string | undefined, root: string, required: boolean): Promise<Config> {
  if (!file) return resolveConfig({});
  const label = displayPath(root, file);
  const text = await readUntrustedText(file, { root, label });
  if (text === null) {
    if (required) throw new InputError('config file not found; check the path', { file: label });
    return resolveConfig({});
  }
  return parseConfig(text, label);
}

export function displayPath(root: string, file: string): string {
  const rel = path.relative(root, path.resolve(root, file));
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}
