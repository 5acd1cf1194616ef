/**
 * Learning-curve extrapolation benchmark (issue 3).
 *
 * Protocol: fit on the points up to a quarter of the largest size, predict at 2x and 4x that size, report the
 * absolute error (pp) of each family, of the "last observed value" baseline and of the selected model, and how
 * often the call "gain < 1 pp" (from the last fitted size to 4x) is right. On the scikit-learn curves, it also
 * analyses the full curves and compares the accuracy at the recommended size with the full size, and the CPU saved.
 *
 * Run: bench/curve.sh (bundles this file with esbuild and runs it with node). Fixtures: $MLGATE_FIXTURES or
 * ../shared/fixtures relative to the project root.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeCurve, fitCurveModels } from '../src/curve/analyze.js';
import { FAMILY_NAMES } from '../src/curve/families.js';
import type { Orientation } from '../src/curve/fit.js';
import type { CurvePoint } from '../src/kernel/curve-types.js';

const root = process.env.MLGATE_ROOT ?? process.cwd();
const fixtures = resolve(root, process.env.MLGATE_FIXTURES ?? '../shared/fixtures');
if (!existsSync(fixtures)) {
  console.error(`fixtures not found at ${fixtures} (set MLGATE_FIXTURES)`);
  process.exit(2);
}
const limit = Number(process.env.BENCH_LIMIT ?? Infinity);

interface BenchCurve {
  id: string;
  points: CurvePoint[];
  o: Orientation;
  eval_size?: number;
}

function loadLcdb(): BenchCurve[] {
  const file = join(fixtures, 'lcdb', 'lcdb11-curves.jsonl');
  const out: BenchCurve[] = [];
  const stride = Number(process.env.BENCH_STRIDE ?? 1);
  let lineNo = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line) as {
      openml_id: number;
      learner: string;
      train_size: number[];
      val_error_mean: number[];
      val_error_stderr?: number[];
    };
    const points = c.train_size
      .map((n, i) => {
        const p: CurvePoint = { train_size: n, value: c.val_error_mean[i]! };
        const s = c.val_error_stderr?.[i];
        if (s !== undefined && s !== null && Number.isFinite(s)) p.std = s;
        return p;
      })
      .filter((p) => Number.isFinite(p.value));
    if (lineNo++ % stride !== 0) continue;
    out.push({ id: `${c.openml_id}/${c.learner}`, points, o: { direction: 'lower', proportion: true } });
    if (out.length >= limit) break;
  }
  return out;
}

function loadSklearn(): Array<BenchCurve & { cpu: number[] }> {
  const dir = join(fixtures, 'sklearn');
  const out: Array<BenchCurve & { cpu: number[] }> = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const j = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      test_size: number;
      points: Array<{ train_size: number; accuracy: number; train_cpu_seconds: number }>;
    };
    out.push({
      id: f.replace(/\.json$/, ''),
      points: j.points.map((p) => ({ train_size: p.train_size, value: p.accuracy, cost: p.train_cpu_seconds / 3600 })),
      cpu: j.points.map((p) => p.train_cpu_seconds),
      o: { direction: 'higher', proportion: true, eval_size: j.test_size },
      eval_size: j.test_size,
    });
  }
  return out;
}

const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const pos = (s.length - 1) * q,
    lo = Math.floor(pos),
    hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
};
const meanOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '  - ').padStart(7);

interface Row {
  errs2: number[];
  errs4: number[];
}

function extrapolation(name: string, curves: BenchCurve[]): void {
  const rows = new Map<string, Row>();
  const keys = [...FAMILY_NAMES, 'last_value', 'selected', 'selected, reliable', 'selected, not reliable'];
  for (const k of keys) rows.set(k, { errs2: [], errs4: [] });
  const selectedCount = new Map<string, number>();
  let used = 0,
    skipped = 0,
    callRight = 0,
    callBase = 0;
  const t0 = Date.now();
  for (const c of curves) {
    const pts = c.points;
    const nMax = pts[pts.length - 1]!.train_size;
    const cut = nMax / 4;
    const fit = pts.filter((p) => p.train_size <= cut * 1.0001);
    const later = pts.filter((p) => p.train_size > cut * 1.0001);
    if (fit.length < 4 || later.length === 0) {
      skipped++;
      continue;
    }
    const t2 = later.reduce((b, p) =>
      Math.abs(Math.log(p.train_size / (2 * cut))) < Math.abs(Math.log(b.train_size / (2 * cut))) ? p : b,
    );
    const t4 = pts[pts.length - 1]!;
    const m = fitCurveModels(fit, c.o);
    if (!m.predict) {
      skipped++;
      continue;
    }
    used++;
    const last = fit[fit.length - 1]!;
    const add = (k: string, pred: (n: number) => number) => {
      rows.get(k)!.errs2.push(100 * Math.abs(pred(t2.train_size) - t2.value));
      rows.get(k)!.errs4.push(100 * Math.abs(pred(t4.train_size) - t4.value));
    };
    for (const [k, f] of m.fits) if (m.holdout.has(k) || k === m.selected) add(k, f.predict);
    add('last_value', () => last.value);
    const sel = { predict: m.predict! };
    add('selected', sel.predict);
    // What a user sees: the same fit, split by the analysis's own "reliable" verdict on the points up to the cut.
    const a = analyzeCurve('error', fit, {
      direction: c.o.direction,
      proportion: c.o.proportion,
      ...(c.eval_size ? { eval_size: c.eval_size } : {}),
      min_points: 4,
      gain_per_doubling: 0.005,
      bootstrap_samples: 0,
    });
    add(a.reliable ? 'selected, reliable' : 'selected, not reliable', sel.predict);
    const label = m.lastValueSelected ? 'last_value' : m.members.join('+');
    selectedCount.set(label, (selectedCount.get(label) ?? 0) + 1);
    // "gain < 1 pp" from the last fitted size to the largest size.
    const better = (a: number, b: number) => (c.o.direction === 'higher' ? b - a : a - b);
    const predGain = better(sel.predict(last.train_size), sel.predict(t4.train_size));
    const trueGain = better(last.value, t4.value);
    if (predGain < 0.01 === trueGain < 0.01) callRight++;
    if (trueGain < 0.01) callBase++;
  }
  console.log(
    `\n## ${name}: ${used} curves (skipped ${skipped}: fewer than 4 points up to a quarter of the largest size), ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log('absolute error in pp        | at 2x: median    mean     p90 | at 4x: median    mean     p90 |     n');
  for (const k of keys) {
    const r = rows.get(k)!;
    console.log(
      `${k.padEnd(27)} |       ${f2(pct(r.errs2, 0.5))} ${f2(meanOf(r.errs2))} ${f2(pct(r.errs2, 0.9))} |       ${f2(pct(r.errs4, 0.5))} ${f2(meanOf(r.errs4))} ${f2(pct(r.errs4, 0.9))} | ${String(r.errs4.length).padStart(5)}`,
    );
  }
  const top = [...selectedCount].sort((x, y) => y[1] - x[1]).slice(0, 6);
  console.log(
    `selected = for dense curves, mean of pow3 on the last 1.5/2/3 doublings or the last value (nested quarter split), median of the best 3 families by held-out error for sparse ones; most frequent: ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
  console.log(
    `"gain to 4x < 1 pp" call right: ${((100 * callRight) / used).toFixed(1)} % (always saying "< 1 pp" would be right ${((100 * callBase) / used).toFixed(1)} %)`,
  );
}

function interpLog(points: CurvePoint[], n: number, val: (p: CurvePoint, i: number) => number): number {
  if (n <= points[0]!.train_size) return val(points[0]!, 0);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!,
      b = points[i]!;
    if (n <= b.train_size) {
      const t = Math.log(n / a.train_size) / Math.log(b.train_size / a.train_size);
      return val(a, i - 1) + t * (val(b, i) - val(a, i - 1));
    }
  }
  return val(points[points.length - 1]!, points.length - 1);
}

function recommendations(curves: Array<BenchCurve & { cpu: number[] }>): void {
  console.log('\n## scikit-learn curves: recommended size (0.5 pp per doubling) vs full size');
  let reliable = 0,
    over = 0,
    cpuFull = 0,
    cpuRec = 0;
  const losses: number[] = [];
  const lines: string[] = [];
  for (const c of curves) {
    const a = analyzeCurve('accuracy', c.points, {
      direction: 'higher',
      proportion: true,
      eval_size: c.eval_size,
      min_points: 4,
      gain_per_doubling: 0.005,
      bootstrap_samples: 0,
    });
    const full = c.points[c.points.length - 1]!;
    const fullCpu = c.cpu[c.cpu.length - 1]!;
    if (!a.reliable) {
      lines.push(`${c.id.padEnd(42)} not reliable: ${a.reason}`);
      continue;
    }
    reliable++;
    cpuFull += fullCpu;
    if (a.recommended_size === null || a.recommended_size >= full.train_size) {
      cpuRec += fullCpu;
      lines.push(`${c.id.padEnd(42)} keep all ${full.train_size} (rec ${a.recommended_size ?? 'beyond range'})`);
      continue;
    }
    over++;
    const accRec = interpLog(c.points, a.recommended_size, (p) => p.value);
    const cpu = interpLog(c.points, a.recommended_size, (_p, i) => c.cpu[i]!);
    cpuRec += Math.min(cpu, fullCpu);
    losses.push(100 * (full.value - accRec));
    lines.push(
      `${c.id.padEnd(42)} rec ${String(a.recommended_size).padStart(6)} of ${String(full.train_size).padStart(5)}: acc ${(100 * accRec).toFixed(1)} % vs ${(100 * full.value).toFixed(1)} % (${(100 * (accRec - full.value)).toFixed(2)} pp), CPU ${cpu.toFixed(3)} s vs ${fullCpu.toFixed(3)} s`,
    );
  }
  if (process.env.BENCH_VERBOSE) for (const l of lines) console.log(l);
  console.log(`${curves.length} curves, ${reliable} reliable, ${over} of them train beyond the recommended size`);
  if (losses.length) {
    console.log(
      `accuracy at the recommended size minus full size (measured, pp): median ${(-pct(losses, 0.5)).toFixed(2)}, mean ${(-meanOf(losses)).toFixed(2)}, worst ${(-Math.max(...losses)).toFixed(2)}`,
    );
  }
  console.log(
    `CPU of the reliable curves' final fits: ${cpuFull.toFixed(2)} s at full size, ${cpuRec.toFixed(2)} s at the recommended sizes (${(100 * (1 - cpuRec / cpuFull)).toFixed(0)} % saved)`,
  );
}

const t = Date.now();
console.log(`mlgate learning-curve benchmark; fixtures: ${fixtures}`);
extrapolation('LCDB 1.1 (validation error)', loadLcdb());
const sk = loadSklearn();
extrapolation('scikit-learn (accuracy)', sk);
recommendations(sk);
console.log(`\ntotal ${((Date.now() - t) / 1000).toFixed(1)} s`);
