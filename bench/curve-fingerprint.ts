/**
 * A fingerprint of the learning-curve fit, to show that a change to the fitter leaves its numbers alone: every
 * LCDB and scikit-learn curve (LCDB full, cut at a quarter and sparse; scikit-learn with and without eval_size),
 * each family fit's raw parameters and cost, the held-out errors, the selection and the whole analysis, one JSON
 * line per curve at full precision. Run by bench/curve-fingerprint.sh on two commits and compare the files with cmp.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeCurve, fitCurveModels } from '../src/curve/index.js';
import type { Orientation } from '../src/curve/fit.js';
import type { CurvePoint } from '../src/kernel/curve-types.js';

const root = process.env.MLGATE_ROOT ?? process.cwd();
const fixtures = resolve(root, process.env.MLGATE_FIXTURES ?? '../shared/fixtures');
const out = process.argv[2];
if (!out) throw new Error('usage: curve-fingerprint OUT.jsonl');

interface Lcdb {
  openml_id: number;
  learner: string;
  train_size: number[];
  val_error_mean: number[];
  val_error_stderr?: Array<number | null>;
}

const curves: Array<{ id: string; points: CurvePoint[]; o: Orientation }> = [];
const lower: Orientation = { direction: 'lower', proportion: true };
for (const line of readFileSync(join(fixtures, 'lcdb', 'lcdb11-curves.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const c = JSON.parse(line) as Lcdb;
  const points = c.train_size
    .map((n, i) => {
      const p: CurvePoint = { train_size: n, value: c.val_error_mean[i]! };
      const s = c.val_error_stderr?.[i];
      if (s !== undefined && s !== null && Number.isFinite(s)) p.std = s;
      return p;
    })
    .filter((p) => Number.isFinite(p.value));
  const id = `${c.openml_id}/${c.learner}`;
  const nMax = points[points.length - 1]!.train_size;
  curves.push({ id, points, o: lower });
  curves.push({ id: `${id}/sparse`, points: points.filter((_, i) => (points.length - 1 - i) % 4 === 0), o: lower });
  curves.push({ id: `${id}/cut`, points: points.filter((p) => p.train_size <= nMax / 4), o: lower });
}
const dir = join(fixtures, 'sklearn');
for (const f of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const j = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
    test_size: number;
    points: Array<{ train_size: number; accuracy: number; train_cpu_seconds: number }>;
  };
  const points = j.points.map((p) => ({
    train_size: p.train_size,
    value: p.accuracy,
    cost: p.train_cpu_seconds / 3600,
  }));
  curves.push({ id: f, points, o: { direction: 'higher', proportion: true, eval_size: j.test_size } });
  curves.push({ id: `${f}/no-eval-size`, points, o: { direction: 'higher', proportion: false } });
}

const lines: string[] = [];
const t0 = performance.now();
for (const c of curves) {
  const m = fitCurveModels(c.points, c.o);
  const top = c.points[c.points.length - 1]?.train_size ?? 1;
  const opts = { direction: c.o.direction, proportion: c.o.proportion, min_points: 4, gain_per_doubling: 0.005 };
  const a = analyzeCurve('m', c.points, c.o.eval_size ? { ...opts, eval_size: c.o.eval_size } : opts);
  lines.push(
    JSON.stringify({
      id: c.id,
      fits: [...m.fits].map(([name, f]) => [name, f.p, f.cost]),
      holdout: [...m.holdout],
      quarter: m.quarterHoldout,
      lastValue: m.lastValueHoldout,
      selected: m.selected,
      predict: m.predict ? [1, 2, 4].map((k) => m.predict!(k * top)) : null,
      analysis: a,
    }),
  );
}
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${curves.length} curves fingerprinted in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${out}`);
