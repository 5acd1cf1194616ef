/**
 * End-to-end figures of the action on the update path: the built dist/index.js started as the runner starts it,
 * against the local GitHub-like server, one model, mlgate's comment already there; the baseline from git (the
 * report committed at the base), or from the recorded artifact (the report not committed: the listing, the
 * download's redirect and the zip from the storage server, which counts as one more request). Prints wall time
 * from process start to comment written, HTTP requests, peak RSS and the size of dist/index.js, with 0 ms and
 * 50 ms of injected server latency. Run: bash bench/e2e.sh [runs]
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
const runs = Number(process.argv[2] ?? 5);
const demo = (f: string) => readFileSync(path.join(root, 'examples/demo', f), 'utf8');

// Records the child's own peak RSS at exit without any code in dist/ knowing about benchmarks.
const rssProbe = (file: string) =>
  `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(${JSON.stringify(file)},String(process.resourceUsage().maxRSS)))`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

async function once(
  latencyMs: number,
  scenario: Scenario,
): Promise<{ wallMs: number; requests: number; rssMb: number; exit: number | null }> {
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
    const t0 = Date.now();
    const exit = await new Promise<number | null>((resolve) => {
      const child = spawn(process.execPath, ['--import', rssProbe(rssFile), dist], {
        env: { PATH: process.env.PATH ?? '', ...ws.env, GITHUB_API_URL: fake.url, 'INPUT_FAIL-ON': 'never' },
        stdio: 'ignore',
      });
      child.on('close', resolve);
    });
    const patch = fake.requests.find((r) => r.method === 'PATCH');
    if (!patch) throw new Error('the comment was not updated');
    const written = new Date(patch.time).getTime() + (patch.durationMs ?? 0);
    if (process.env.MLGATE_BENCH_VERBOSE) console.log(fake.requests.map((r) => `${r.method} ${r.path}`).join('\n'));
    return {
      wallMs: written - t0,
      requests: fake.requests.length + fake.storageRequests.length,
      rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
      exit,
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

// The core report (metrics, eval, cost, data), and the full demo (learning curve, lifecycle checklist).
const core = (acc: number) =>
  `version: 1\nmodel: fraud-detector\nmetrics: { accuracy: ${acc}, f1_macro: 0.874, latency_p95_ms: 41 }\neval: { dataset: gold-2026-10, size: 12000 }\ncost: { train_cpu_hours: 1.5, train_gpu_hours: 0 }\ndata: { train_size: 2000000, version: "sha256:ab" }\n`;
const scenarios: Scenario[] = [
  { name: 'core report, git', base: core(0.912), head: core(0.915) },
  { name: 'core report, artifact', base: core(0.912), head: core(0.915), artifact: true },
  { name: 'demo (curve + checklist)', base: demo('base.yaml'), head: demo('head.yaml') },
];

console.log(`dist/index.js: ${(statSync(dist).size / 1024).toFixed(0)} KiB; ${runs} runs per row, medians`);
console.log('scenario                   latency  wall to comment written  requests  peak RSS');
for (const scenario of scenarios) {
  for (const latency of [0, 50]) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await once(latency, scenario));
    const requests = [...new Set(results.map((r) => r.requests))].join('/');
    console.log(
      `${scenario.name.padEnd(25)} ${String(latency).padStart(4)} ms  ${median(results.map((r) => r.wallMs))
        .toFixed(0)
        .padStart(18)} ms  ${requests.padStart(8)}  ${median(results.map((r) => r.rssMb))
        .toFixed(0)
        .padStart(5)} MiB`,
    );
  }
}
