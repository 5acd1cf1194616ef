/**
 * `mlgate init [--force] [--dir DIR] [--action-ref REF]`: writes the config, the workflow and an example
 * report. Never overwrites: without --force an existing file stops everything before anything is written.
 */
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { InputError } from '../kernel/errors.js';
import {
  auditWorkflowTemplate,
  configTemplate,
  DEFAULT_ACTION_REF,
  modelCardTemplate,
  PINNED,
  reportTemplate,
  workflowTemplate,
} from './init-templates.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { detectReports } from './init-detect.js';
import { workspaceSource } from '../sources/workspace.js';

export const INIT_HELP = `Usage: mlgate init [--force] [--dir DIR] [--action-ref OWNER/REPO@REF]

Writes .github/mlgate.yml, .github/workflows/mlgate.yml (the gate), .github/workflows/mlgate-audit.yml (the
weekly model inventory), an example report mlgate.yaml and a model card template MODEL_CARD.md. When the
repository already holds a tool's output (dvc.yaml, mlflow.db or mlruns/, wandb/, lightning_logs/, a Hugging Face
output directory, Keras' training.log), the config's reports: reads those files instead and no example is written.
  --dir DIR         the repository's root (default: the current directory)
  --force           overwrite files that exist
  --action-ref REF  the mlgate action to use: owner/repo@<40-hex commit SHA> pins it; a tag or branch
                    (default: ${DEFAULT_ACTION_REF}) is accepted and written with a reminder to pin it to a SHA
Exit status: 0 written, 2 a file exists (without --force) or bad usage.`;

/** With tools' outputs detected, the config reads them and no example report is written. */
export function initFiles(actionRef: string, detected: readonly string[] = []): Array<{ path: string; text: string }> {
  return [
    { path: '.github/mlgate.yml', text: configTemplate(detected) },
    { path: '.github/workflows/mlgate.yml', text: workflowTemplate(actionRef) },
    ...(detected.length ? [] : [{ path: 'mlgate.yaml', text: reportTemplate() }]),
    { path: '.github/workflows/mlgate-audit.yml', text: auditWorkflowTemplate(actionRef) },
    { path: 'MODEL_CARD.md', text: modelCardTemplate() },
  ];
}

/** The tools' files under the root: a bounded listing (vendored trees skipped, links never followed). */
async function detected(root: string): Promise<string[]> {
  const source = workspaceSource(root);
  const files = (await source.list('', { maxDepth: 6, maxEntries: 50_000, regularOnly: true }))?.files ?? [];
  // Listings skip mlruns/ (a store of thousands of files): it is looked for by name, three levels down at most.
  for (const d of await mlrunsDirs(root, '', 3)) {
    const runs = await source.list(d, { maxDepth: 2, maxEntries: 5000, regularOnly: true });
    files.push(...(runs?.files ?? []));
  }
  return detectReports(files);
}

/** Directories named mlruns under `rel`, not through links, hidden directories or node_modules. */
async function mlrunsDirs(root: string, rel: string, depth: number): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries.slice(0, 500)) {
    if (!e.isDirectory() || e.name.startsWith('.') || e.name === 'node_modules') continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.name === 'mlruns') out.push(child);
    else if (depth > 1) out.push(...(await mlrunsDirs(root, child, depth - 1)));
  }
  return out;
}

export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { force: { type: 'boolean', default: false }, dir: { type: 'string' }, 'action-ref': { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  const actionRef = values['action-ref'] ?? DEFAULT_ACTION_REF;
  if (!/^[A-Za-z0-9-]+\/[A-Za-z0-9_.-]+(\/[A-Za-z0-9_./-]+)?@[A-Za-z0-9_.-]+$/.test(actionRef)) {
    throw new UsageError(
      '--action-ref must look like owner/repo@<ref>: a 40-character commit SHA (pinned), or a tag such as v1.2.0',
    );
  }
  const pinned = PINNED.test(actionRef);
  const root = path.resolve(io.cwd, values.dir ?? '.');
  const st = await fs.stat(root).catch(() => null);
  if (!st?.isDirectory())
    throw new InputError('is not a directory; pass the repository root with --dir', { file: values.dir ?? '.' });
  const found = await detected(root);
  const files = initFiles(actionRef, found);

  // Check everything first, so a refusal leaves the repository exactly as it was.
  const existing: string[] = [];
  for (const f of files) {
    const full = path.join(root, f.path);
    const info = await fs.lstat(full).catch(() => null);
    if (!info) continue;
    if (info.isSymbolicLink() || !info.isFile()) {
      throw new InputError('exists and is not a regular file (a link or directory); remove it first', { file: f.path });
    }
    existing.push(f.path);
  }
  if (existing.length && !values.force) {
    for (const p of existing) io.stderr(`mlgate init: ${p} exists; not overwritten (use --force to replace it)\n`);
    return EXIT.input;
  }
  for (const f of files) {
    const full = path.join(root, f.path);
    await fs.mkdir(path.dirname(full), { recursive: true });
    // 'wx' refuses a file that appeared since the check; with --force, O_NOFOLLOW refuses a link placed there.
    const flags = values.force
      ? constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW
      : 'wx';
    await fs.writeFile(full, f.text, { flag: flags });
    io.stdout(`${existing.includes(f.path) ? 'overwrote' : 'wrote'} ${f.path}\n`);
  }
  if (!pinned)
    io.stdout(
      `\nNote: ${actionRef} is not a commit SHA, and a tag can be moved; the workflow says to pin it (--action-ref owner/repo@<sha>).\n`,
    );
  if (found.length) {
    io.stdout(
      `\nFound your tools' output; .github/mlgate.yml reads it:\n${found.map((f) => `  reports: ${f}\n`).join('')}`,
    );
    io.stdout(
      '\nNext: make sure the PR job writes (or commits) these files, commit the config and open a pull request.\n',
    );
  } else io.stdout('\nNext: make your evaluation job write mlgate.yaml, commit these files and open a pull request.\n');
  return EXIT.ok;
}
