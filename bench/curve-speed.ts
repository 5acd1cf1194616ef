/**
 * Speed of the learning-curve analysis, as ratios and figures measured side by side in this run:
 * - the action's analysis of two curves (base and PR, then their comparison), first call in a fresh process
 *   (cold: what one action run pays) and warm;
 * - a long CSV: 1k, 10k and 100k rows (one size each) parsed and analysed; each step of 10x rows should cost
 *   about 10x (the analysis merges sizes beyond MAX_CURVE_POINTS into bins, every step is linear or n log n).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCurve, compareCurves } from '../src/curve/index.js';
import { parseCurveCsv } from '../src/readers/curve-csv.js';
import type { CurvePoint } from '../src/kernel/curve-types.js';

const ACC = { direction: 'higher' as const, proportion: true, min_points: 4, gain_per_doubling: 0.005 };

/** Two LCDB curves of one dataset (the committed test fixture), as accuracy. */
function twoCurves(root: string): [CurvePoint[], CurvePoint[]] {
  const file = join(root, 'test', 'fixtures', 'curves', 'lcdb-examples.json');
  const j = JSON.parse(readFileSync(file, 'utf8')) as {
    curves: Array<{ train_size: number[]; val_error_mean: number[]; val_error_stderr: number[] }>;
  };
  return j.curves.map((c) =>
    c.train_size.map((n, i) => ({ train_size: n, value: 1 - c.val_error_mean[i]!, std: c.val_error_stderr[i]! })),
  ) as [CurvePoint[], CurvePoint[]];
}

/** The two-curve analysis once: wall and CPU milliseconds (CPU time is less sensitive to a busy machine). */
export function analyseTwo(root: string): { wall: number; cpu: number } {
  const [a, b] = twoCurves(root);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const head = analyzeCurve('accuracy', a, ACC);
  const base = analyzeCurve('accuracy', b, ACC);
  compareCurves(base, head);
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

function csv(rows: number): string {
  const out = ['train_size,accuracy,train_cpu_hours'];
  for (let i = 1; i <= rows; i++) {
    const n = 100 * i;
    out.push(`${n},${(0.95 - 2 / Math.sqrt(n) + 0.002 * Math.sin(i)).toFixed(6)},${(n * 1e-6).toFixed(6)}`);
  }
  return out.join('\n') + '\n';
}

function timeCsv(rows: number): number {
  const text = csv(rows);
  const t0 = performance.now();
  analyzeCurve('accuracy', parseCurveCsv(text, 'curve.csv', 'accuracy'), ACC);
  return performance.now() - t0;
}

export function speed(root: string): void {
  console.log('\n## Speed (measured side by side in this run)');
  const cold = [0, 1, 2].map(
    () =>
      JSON.parse(
        execFileSync(process.execPath, [process.argv[1]!, '--cold'], {
          env: { ...process.env, MLGATE_ROOT: root },
        }).toString(),
      ) as { wall: number; cpu: number },
  );
  const warm = [0, 1, 2, 3, 4].map(() => analyseTwo(root).cpu);
  const ms = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' / ');
  console.log(
    `two curves (LCDB kr-vs-kp SVM_Linear and SVM_Sigmoid, 59 points each) analysed and compared, first call in a fresh process: CPU ${ms(cold.map((c) => c.cpu))} ms, wall ${ms(cold.map((c) => c.wall))} ms (target ≤ 50 ms); warm: CPU ${Math.min(...warm).toFixed(1)} ms`,
  );
  timeCsv(1000);
  const t = [1000, 10_000, 100_000].map((n) => Math.min(timeCsv(n), timeCsv(n)));
  console.log(
    `CSV of 1k / 10k / 100k rows parsed and analysed: ${t.map((x) => x.toFixed(0)).join(' / ')} ms; ratio per 10x rows ${(t[1]! / t[0]!).toFixed(1)}x, ${(t[2]! / t[1]!).toFixed(1)}x (linear: about 10x)`,
  );
}
