/**
 * Start-up of the CLI against a bare `node -e ''`, measured side by side: RUNS rounds (default 30, after 3 warm-up
 * rounds), each round running every command once in turn, so a change in the machine's load hits all of them.
 * Prints the median wall time of each and its ratio to node's. Each round also runs the action's analysis of two
 * learning curves in a fresh process (bench/curve-cold.ts, bundled by bench/startup.sh into MLGATE_CURVE_COLD)
 * and prints its median milliseconds, wall and CPU. Run by bench/startup.sh.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const root = process.cwd();
const cli = path.join(root, 'dist/cli.js');
const runs = Number(process.env.RUNS ?? 30);
const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-startup-'));
const sizes = [1000, 2000, 4000, 8000, 16000];
const accuracy = [0.8, 0.84, 0.868, 0.886, 0.897];
writeFileSync(
  path.join(dir, 'curve.csv'),
  `train_size,accuracy\n${sizes.map((s, i) => `${s},${accuracy[i]}`).join('\n')}\n`,
);
writeFileSync(
  path.join(dir, 'report.yaml'),
  [
    'version: 1',
    'model: startup',
    'metrics:',
    '  accuracy: 0.897',
    'learning_curve:',
    '  metric: accuracy',
    '  points:',
    ...sizes.map((s, i) => `    - { train_size: ${s}, accuracy: ${accuracy[i]} }`),
    '',
  ].join('\n'),
);

const commands: [string, string[]][] = [
  ["node -e ''", ['-e', '']],
  ['mlgate --help', [cli, '--help']],
  ['mlgate compare --help', [cli, 'compare', '--help']],
  // The curve command's modules loaded, without the fit: the start-up part of the two rows below.
  ['mlgate curve --help', [cli, 'curve', '--help']],
  ['mlgate curve curve.csv (5 points)', [cli, 'curve', path.join(dir, 'curve.csv')]],
  ['mlgate curve report.yaml (5 points)', [cli, 'curve', path.join(dir, 'report.yaml')]],
];
const targets: Record<string, number> = {
  'mlgate --help': 2.5,
  'mlgate curve curve.csv (5 points)': 3,
  'mlgate curve report.yaml (5 points)': 3,
};

const cold = process.env.MLGATE_CURVE_COLD;
const COLD_TARGET_MS = 50;

/** The two-curve analysis in a fresh process: its own wall and CPU milliseconds. */
function coldAnalysis(): { wall: number; cpu: number } {
  const res = spawnSync(process.execPath, [cold!], { env: { ...process.env, MLGATE_ROOT: root }, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`${cold} exited ${res.status}: ${res.stderr}`);
  return JSON.parse(res.stdout) as { wall: number; cpu: number };
}

function once(args: string[]): number {
  const start = process.hrtime.bigint();
  const res = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (res.status !== 0) throw new Error(`${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  return ms;
}

try {
  const times = commands.map(() => [] as number[]);
  const curves: Array<{ wall: number; cpu: number }> = [];
  const load0 = loadavg()[0]!;
  for (let r = -3; r < runs; r++) {
    commands.forEach(([, args], i) => {
      const ms = once(args);
      if (r >= 0) times[i]!.push(ms);
    });
    if (cold) {
      const c = coldAnalysis();
      if (r >= 0) curves.push(c);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = median(times[0]!);
  const load = `load average ${load0.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
  console.log(`node ${process.version}; ${runs} rounds, medians of wall time; ${load}`);
  console.log("\n| command | median ms | × node -e '' | target |");
  console.log('|---|---|---|---|');
  commands.forEach(([name], i) => {
    const m = median(times[i]!);
    const target = targets[name];
    const ratio = m / base;
    const verdict = target === undefined ? '' : `≤ ${target}× ${ratio <= target ? '(met)' : '(NOT met)'}`;
    console.log(`| ${name} | ${m.toFixed(0)} | ${ratio.toFixed(2)}× | ${verdict} |`);
  });
  if (curves.length) {
    const wall = median(curves.map((c) => c.wall)),
      cpu = median(curves.map((c) => c.cpu));
    const met = wall <= COLD_TARGET_MS ? '(met)' : '(NOT met)';
    console.log(
      `\nthe action's analysis of two curves (LCDB kr-vs-kp SVM_Linear and SVM_Sigmoid, 59 points each: both analysed, then compared), first call in a fresh process: median ${wall.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU (all threads); target ≤ ${COLD_TARGET_MS} ms ${met}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
