/**
 * End-to-end figures of the action on the update path: the built dist/index.js started as the runner starts it,
 * against the local GitHub-like server, one model, mlgate's comment already there; the baseline from git (the
 * report committed at the base), or from the recorded artifact (the report not committed: the listing, the
 * download's redirect and the zip from the storage server, which counts as one more request). Beside it, run for
 * run, the floor: bench/floor.mjs, a comment-only step (list the comments, update ours) on the same server.
 * Prints wall time from process start to exit for both and their ratio, HTTP requests, the phases of the run
 * (from the action's debug log: modules loaded, reports read, verdict, GitHub written; exit is after publish),
 * peak RSS and the size of dist/index.js, with 0 ms and 50 ms of injected server latency.
 * Run: bash bench/e2e.sh [runs]
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startGitHubServer } from '../test/support/github-server/index.js';
import { removeTempDirs, tempDir } from '../test/support/temp.js';
import { makeWorkspace, REPO } from '../test/support/workspace.js';
import { uploadArtifactZip } from '../test/support/zip.js';
import { writeBundle } from '../src/sources/bundle.js';

const root = process.env.MLGATE_ROOT ?? process.cwd();
const dist = path.join(root, 'dist/index.js');
const floorScript = path.resolve('bench/floor.mjs'); // bench/e2e.sh runs from the repository's root
// MLGATE_BENCH_BEFORE=DIR: another checkout's built action (an earlier commit), run in turn with the two others.
const before = process.env.MLGATE_BENCH_BEFORE ? path.join(process.env.MLGATE_BENCH_BEFORE, 'dist/index.js') : null;
const runs = Number(process.argv[2] ?? 5);
const demo = (f: string) => readFileSync(path.join(root, 'examples/demo', f), 'utf8');

// Records the child's own peak RSS at exit without any code in dist/ knowing about benchmarks.
const rssProbe = (file: string) =>
  `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(${JSON.stringify(file)},String(process.resourceUsage().maxRSS)))`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

interface Run {
  wallMs: number;
  writtenMs: number;
  requests: number;
  rssMb: number;
  phases: Record<string, number>;
}

/** Starts `args` under Node with the runner's environment, to its exit; the action's debug timings from stdout. */
function spawnTimed(args: string[], env: Record<string, string>): Promise<{ t0: number; ms: number; out: string }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH ?? '', ...env }, stdio: 'pipe' });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.at(-1)} exited with ${code}: ${out.slice(-500)}`));
      else resolve({ t0, ms: Date.now() - t0, out });
    });
  });
}

const PHASES = /mlgate timings \(ms since the process started\): (.*)/;

async function once(latencyMs: number, scenario: Scenario, program: string): Promise<Run> {
  const floor = program === floorScript;
  const fake = await startGitHubServer({ latencyMs });
  try {
    const ws = scenario.artifact
      ? makeWorkspace({ 'README.md': 'no report committed\n' }, { 'mlgate.yaml': scenario.head })
      : makeWorkspace({ 'mlgate.yaml': scenario.base }, { 'mlgate.yaml': scenario.head });
    if (scenario.artifact) await recordArtifact(fake, ws.baseSha, scenario.base);
    fake.addPull(REPO, { number: 7, head_sha: ws.headSha, base_sha: ws.baseSha, user: 'alice' });
    fake.addComment(REPO, 7, {
      user: 'github-actions[bot]',
      body: `old\n<!-- mlgate:comment key=default head=${ws.headSha} -->`,
    });
    fake.clearRequests();
    const rssFile = path.join(tempDir('mlgate-rss-'), 'rss');
    const env = { ...ws.env, GITHUB_API_URL: fake.url, 'INPUT_FAIL-ON': 'never' };
    // MLGATE_BENCH_CPU_PROF=dir: a V8 CPU profile of each mlgate run (node --cpu-prof), to see where the time goes.
    const prof =
      process.env.MLGATE_BENCH_CPU_PROF && !floor
        ? ['--cpu-prof', '--cpu-prof-interval=200', `--cpu-prof-dir=${process.env.MLGATE_BENCH_CPU_PROF}`]
        : process.env.MLGATE_BENCH_NODE_FLAGS && !floor
          ? process.env.MLGATE_BENCH_NODE_FLAGS.split(' ')
          : [];
    const { t0, ms, out } = await spawnTimed([...prof, '--import', rssProbe(rssFile), program], env);
    const patch = fake.requests.find((r) => r.method === 'PATCH');
    if (!patch) throw new Error('the comment was not updated');
    if (process.env.MLGATE_BENCH_PHASES) console.log(PHASES.exec(out)?.[1]);
    if (process.env.MLGATE_BENCH_VERBOSE && !floor)
      console.log(
        out
          .split('\n')
          .filter((l) => /^\[\d+:/.test(l))
          .join('\n'),
      );
    if (process.env.MLGATE_BENCH_VERBOSE)
      console.log(
        fake.requests
          .map((r) => `${new Date(r.time).getTime() - t0} +${r.durationMs ?? '?'} ms ${r.method} ${r.path}`)
          .join('\n'),
      );
    const phases = Object.fromEntries(
      (PHASES.exec(out)?.[1] ?? '').split(', ').flatMap((p) => {
        const [name, v] = p.split(' ');
        return name && v ? [[name, Number(v)]] : [];
      }),
    );
    return {
      wallMs: ms,
      writtenMs: new Date(patch.time).getTime() + (patch.durationMs ?? 0) - t0,
      requests: fake.requests.length + fake.storageRequests.length,
      rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
      phases,
    };
  } finally {
    removeTempDirs();
    await fake.close();
  }
}

interface Scenario {
  name: string;
  base: string;
  head: string;
  /** The base's report is not committed but recorded as the `mlgate-baseline` artifact of the base commit. */
  artifact?: boolean;
}

/** What `mode: record` writes at `sha` and upload-artifact uploads, listed by the fake server. */
async function recordArtifact(fake: Awaited<ReturnType<typeof startGitHubServer>>, sha: string, report: string) {
  const ws = tempDir('mlgate-bench-rec-');
  writeFileSync(path.join(ws, 'mlgate.yaml'), report);
  const out = path.join(tempDir('mlgate-bench-out-'), 'bundle');
  await writeBundle(out, ws, ['mlgate.yaml'], {
    sha,
    ref: 'refs/heads/main',
    recorded_at: new Date().toISOString(),
    mlgate_version: 'bench',
  });
  fake.addArtifact(REPO, 1, 'mlgate-baseline', await uploadArtifactZip(out), { head_sha: sha, head_branch: 'main' });
}

// The issue's core report (metrics, eval, cost, data), and the full demo (learning curve, lifecycle checklist).
const core = (acc: number) =>
  `version: 1\nmodel: fraud-detector\nmetrics: { accuracy: ${acc}, f1_macro: 0.874, latency_p95_ms: 41 }\neval: { dataset: gold-2026-10, size: 12000 }\ncost: { train_cpu_hours: 1.5, train_gpu_hours: 0 }\ndata: { train_size: 2000000, version: "sha256:ab" }\n`;
const scenarios: Scenario[] = [
  // MLGATE_BENCH_ONLY=demo: only the scenarios whose name contains it.
  { name: 'core report, git', base: core(0.912), head: core(0.915) },
  { name: 'core report, artifact', base: core(0.912), head: core(0.915), artifact: true },
  { name: 'demo (curve + checklist)', base: demo('base.yaml'), head: demo('head.yaml') },
];

const ms = (x: number) => `${x.toFixed(0)}`;
console.log(
  `dist/index.js: ${(statSync(dist).size / 1024).toFixed(0)} KiB; ${runs} runs per row, alternating, medians`,
);
console.log(
  '| scenario | latency | mlgate to exit ms | floor ms | ratio | mlgate requests | floor requests | load | read | analyse | publish | comment written ms | peak RSS MiB |' +
    (before ? ' before: to exit ms | ratio | requests |' : ''),
);
console.log(`|---|---|---|---|---|---|---|---|---|---|---|---|---|${before ? '---|---|---|' : ''}`);
function beforeCells(rs: Run[], floorWall: number): string {
  const wall = median(rs.map((r) => r.wallMs));
  return `${ms(wall)} | ${(wall / floorWall).toFixed(2)}× | ${[...new Set(rs.map((r) => r.requests))].join('/')}`;
}
for (const scenario of scenarios.filter((s) => s.name.includes(process.env.MLGATE_BENCH_ONLY ?? ''))) {
  for (const latency of (process.env.MLGATE_BENCH_LATENCY ?? '0,50').split(',').map(Number)) {
    const ours: Run[] = [];
    const floors: Run[] = [];
    const befores: Run[] = [];
    for (let i = 0; i < runs; i++) {
      // The programs take turns in a rotating order, so none always runs first (or right after another).
      const turn: Array<[string, Run[]]> = [
        [dist, ours],
        [floorScript, floors],
        ...(before ? [[before, befores] as [string, Run[]]] : []),
      ];
      for (let k = 0; k < turn.length; k++) {
        const [program, into] = turn[(i + k) % turn.length]!;
        into.push(await once(latency, scenario, program));
      }
    }
    const requests = (rs: Run[]) => [...new Set(rs.map((r) => r.requests))].join('/');
    const phase = (p: string) => {
      const xs = ours.map((r) => r.phases[p]).filter((x): x is number => x !== undefined);
      return xs.length ? ms(median(xs)) : '–';
    };
    const wall = median(ours.map((r) => r.wallMs));
    const floorWall = median(floors.map((r) => r.wallMs));
    console.log(
      `| ${scenario.name} | ${latency} ms | ${ms(wall)} | ${ms(floorWall)} | ${(wall / floorWall).toFixed(2)}× | ${requests(ours)} | ${requests(floors)} | ${phase('load')} | ${phase('read')} | ${phase('analyse')} | ${phase('publish')} | ${ms(median(ours.map((r) => r.writtenMs)))} | ${ms(median(ours.map((r) => r.rssMb)))} |${before ? ` ${beforeCells(befores, floorWall)} |` : ''}`,
    );
  }
}
console.log('phases: ms since the process started, at the end of each (exit follows publish); ratio = mlgate ÷ floor');
