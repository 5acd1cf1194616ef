/** `mlgate compare --base FILE --head FILE [--config FILE] [--format markdown|json|text]`. */
import type { ProcessEnv } from '../sources/git-env.js';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluate, type ModelInput } from '../pipeline/evaluate.js';
import { realpath } from 'node:fs/promises';
import { baseCommitSource } from '../sources/base-commit.js';
import { gitResolveCommit, gitTopLevel } from '../sources/git.js';
import { workspaceSource } from '../sources/workspace.js';
import { gatherForPolicy, loadPolicy, type Policy } from '../adapters/policy.js';
import { enrichLocal, explicitHead } from './local-run.js';
import type { GateResult } from '../kernel/result-types.js';
import { InputError } from '../kernel/errors.js';
import { loadConfigFile } from '../adapters/load-report.js';
import { readNamed, splitNamed } from './read-spec.js';
import { renderFor } from '../render/any.js';
import { commentFormat, EXIT, UsageError, type CliIo } from './io.js';
import { parseIsoDay } from '../kernel/dates.js';
import { compareWithArtifact } from './compare-artifact.js';
import { mlflowContext, withServerOrigin } from '../adapters/gather-mlflow-server.js';
import { ancestryFor } from '../sources/ancestry.js';
import type { BaselineFrom } from '../kernel/provenance.js';

export const COMPARE_HELP = `Usage: mlgate compare --head FILE [--base FILE] [--config FILE] [--format markdown|json|text|html] [--now YYYY-MM-DD]
       mlgate compare --base-ref REF [--head FILE] [--config FILE] [--format …] [--now …]
       mlgate compare --base-artifact FILE.zip|DIR [--base-ref REF] [--head FILE] [--config FILE] [--format …]

Compares a model report with its baseline and prints the verdict.
  --head FILE     the PR's report: mlgate's YAML or JSON, or another tool's file with its reader
                  (json:eval/metrics.json, dvc:dvc.yaml, mlflow:mlruns/1/<run>, ...; docs/readers.md);
                  with --base-ref, default: the config's reports
  --base FILE     the baseline report (a reader prefix too); omit when there is none
  --base-ref REF  read the baselines, their predictions and curve files, and the policy from commit REF
                  (e.g. main), as the action does; run from the repository's top level
  --base-artifact FILE.zip|DIR
                  read the baselines from a baseline bundle (a downloaded \`mlgate-baseline\` artifact, zip or
                  unpacked) to reproduce a PR's verdict; with --base-ref, REF gives the policy and the distance
  --config FILE   the policy (default: .github/mlgate.yml when it exists; with --base-ref, REF's copy)
  --format F      text (default in a terminal), markdown (the PR comment; default when piped), json (the result
                  model) or html (the comment as a standalone page, as \`mlgate preview\` writes it)
  --now DATE      the date used for expiry checks (default: today, UTC)
Exit status: 0 pass or warn, 1 fail, 2 bad input or usage.`;

export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: 'string' },
      'base-ref': { type: 'string' },
      'base-artifact': { type: 'string' },
      head: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      now: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const ref = values['base-ref'];
  const artifact = values['base-artifact'];
  if (artifact !== undefined && values.base !== undefined)
    throw new UsageError('--base and --base-artifact exclude each other: name the baseline file, or the bundle');
  if (ref !== undefined && values.base !== undefined)
    throw new UsageError(
      '--base and --base-ref exclude each other: name the baseline file, or the commit to read it from',
    );
  if (ref === undefined && artifact === undefined && !values.head)
    throw new UsageError('--head FILE is required (or --base-ref REF to gate the repository like the action)');
  const format = commentFormat(values.format, io);
  const now = parseNow(values.now, io);
  const result =
    artifact !== undefined
      ? await compareWithArtifact(
          { artifact, ref, head: values.head, config: values.config, now, processEnv: io.env },
          io.cwd,
        )
      : ref !== undefined
        ? await compareWithRef({ ref, head: values.head, config: values.config, now, processEnv: io.env }, io.cwd)
        : await compareFiles(
            { base: values.base, head: values.head!, config: values.config, now, processEnv: io.env },
            io.cwd,
          );
  io.stdout(await renderFor(result, format));
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
  files: {
    base?: string;
    head: string;
    config?: string;
    now: Date;
    verifyCodeCommit?: boolean;
    processEnv: ProcessEnv;
  },
  cwd: string,
): Promise<GateResult> {
  checkInsideCwd('--head', splitNamed(files.head, '--head', cwd).pattern, cwd);
  if (files.base !== undefined) checkInsideCwd('--base', splitNamed(files.base, '--base', cwd).pattern, cwd);
  checkInsideCwd('--config', files.config, cwd);
  // Files named on the command line must be inside the current directory (the workspace), and so must what they reference.
  const root = cwd;
  const defaultConfig = path.join(cwd, '.github', 'mlgate.yml');
  const config = await loadConfigFile(
    files.config ? path.resolve(cwd, files.config) : defaultConfig,
    root,
    files.config !== undefined,
  );
  const read = (flag: string, spec: string) =>
    readNamed(spec, { cwd, flag, root: 'cwd', metrics_map: config.metrics_map });
  const head = (await read('--head', files.head)).loaded;
  if (!head) throw new InputError('file not found; check the path given to --head', { file: files.head });
  const base = files.base ? (await read('--base', files.base)).loaded : null;
  if (files.base && !base) throw new InputError('file not found; check the path given to --base', { file: files.base });
  const models: ModelInput[] = [
    { name: head.report.model, head, base, head_path: head.source.file, base_path: base ? base.source.file : null },
  ];
  await enrichLocal(models, {
    workspace: root,
    processEnv: files.processEnv,
    config,
    baseline: workspaceSource(root),
    now: files.now,
    ...(files.verifyCodeCommit === false ? { verify_code_commit: false } : {}),
  });
  // Two files named by hand may be two different models: compared all the same, but said.
  const notes =
    base && base.report.model !== head.report.model
      ? [
          `the base report is for model "${base.report.model}" and the PR's for "${head.report.model}": check that --base and --head are the same model`,
        ]
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

/** The commit `--base-ref` names, from the repository's top level (files at a commit are read by that path). */
async function baseRefCommit(ref: string, cwd: string, processEnv: ProcessEnv): Promise<string> {
  const top = await gitTopLevel(cwd, processEnv);
  if (top === null) throw new InputError(`--base-ref needs a git repository, and ${cwd} is not in one`);
  if (path.resolve(top) !== path.resolve(await realpath(cwd))) {
    throw new InputError(
      `--base-ref reads files at the commit by their path from the repository's top level: run mlgate from ${top}`,
    );
  }
  const sha = await gitResolveCommit(cwd, ref, processEnv);
  if (sha === null)
    throw new InputError(
      `--base-ref ${JSON.stringify(ref.slice(0, 60))} is not a commit of this repository (try main, origin/main or a SHA)`,
    );
  return sha;
}

/**
 * The action's pipeline on the local repository: the baselines (and every file they reference, and the policy)
 * at commit `ref`, the PR side from the working tree. So relative paths in the base's report resolve in the base
 * commit, not next to the PR's files.
 */
export async function compareWithRef(
  opts: { ref: string; head?: string | undefined; config?: string | undefined; now: Date; processEnv: ProcessEnv },
  cwd: string,
): Promise<GateResult> {
  const sha = await baseRefCommit(opts.ref, cwd, opts.processEnv);
  const head = opts.head === undefined ? undefined : splitNamed(opts.head, '--head', cwd);
  checkInsideCwd('--head', head?.pattern, cwd);
  checkInsideCwd('--config', opts.config, cwd);
  const baseline = baseCommitSource({
    sha,
    workspace: cwd,
    processEnv: opts.processEnv,
    client: null,
    owner: '',
    repo: '',
  });
  const notes: string[] = [];
  const policy: Policy =
    opts.config !== undefined
      ? { config: await loadConfigFile(path.resolve(cwd, opts.config), cwd, true), added: null }
      : await loadPolicy(
          {
            configPath: path.join('.github', 'mlgate.yml'),
            configFrom: 'base',
            workspace: cwd,
            baseline,
            how: '--config .github/mlgate.yml',
          },
          notes,
        );
  const config = policy.config;
  const explicit = head?.server ? [head.pattern] : explicitHead(head, cwd);
  // The working tree's commit: its runs on a tracking server are the PR's side.
  const mlflow = mlflowContext(opts.processEnv, {
    head: [await gitResolveCommit(cwd, 'HEAD', opts.processEnv)],
    base: sha,
    ancestry: (base) =>
      ancestryFor({ workspace: cwd, base, client: null, owner: '', repo: '', processEnv: opts.processEnv }),
  });
  const models = await gatherForPolicy(policy, { workspace: cwd, baseline, explicit, fix: 'pass --head FILE', mlflow });
  await enrichLocal(models, { workspace: cwd, processEnv: opts.processEnv, config, baseline, now: opts.now });
  const base = withServerOrigin({ sha, source: 'git' as BaselineFrom }, mlflow);
  return evaluate({ config, models, base, head: { sha: null }, now: opts.now, notes: [...notes, ...mlflow.notes] });
}
