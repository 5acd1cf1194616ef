/**
 * Learning-curve benchmark.
 *
 * Protocol: cut every curve at a quarter of its largest size, analyse the points up to the cut as mlgate does,
 * and hold what it says against what was measured after the cut: the 80 % interval of the next doubling's gain
 * (coverage), the 4x error of the curves it calls reliable, the call "the next two doublings gain < 1 pp". The
 * interval factors and the "uncertain" width are fitted on LCDB (dense as measured, and sparse: every fourth
 * size) with 5-fold cross-validation by dataset; figures are cross-validated, each with a 90 % interval from
 * resampling datasets. The scikit-learn curves are never fitted on. Also: per-family errors, the scikit-learn
 * recommendations, and the speed of the analysis (bench/curve-speed.ts).
 *
 * Run: bench/curve.sh (bundles this file with esbuild and runs it with node). Fixtures: $MLGATE_FIXTURES or
 * ../shared/fixtures relative to the project root. BENCH_STRIDE=k keeps every k-th LCDB curve (quicker, noisier).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeFitted, fitCurveModels } from '../src/curve/analyze.js';
import { FAMILY_NAMES } from '../src/curve/families.js';
import type { Orientation } from '../src/curve/fit.js';
import { CALIBRATION, uncertaintyOf, type CurveCalibration } from '../src/curve/interval.js';
import type { CurveAnalysis, CurvePoint } from '../src/kernel/curve-types.js';
import {
  calibrate,
  covered,
  crossValidated,
  datasetInterval,
  isReliable,
  P90_TARGET,
  pct,
  twoCall,
  type Rec,
} from './curve-calibrate.js';
import type { TwoDoublingsCall } from '../src/curve/recommend.js';
import { analyseTwo, speed } from './curve-speed.js';

const root = process.env.MLGATE_ROOT ?? process.cwd();
const fixtures = resolve(root, process.env.MLGATE_FIXTURES ?? '../shared/fixtures');
if (!existsSync(fixtures)) {
  console.error(`fixtures not found at ${fixtures} (set MLGATE_FIXTURES)`);
  process.exit(2);
}
const THR = 0.005;

interface BenchCurve {
  id: string;
  dataset: string;
  points: CurvePoint[];
  o: Orientation;
  cpu?: number[];
}

function loadLcdb(sparse: boolean): BenchCurve[] {
  const file = join(fixtures, 'lcdb', 'lcdb11-curves.jsonl');
  const stride = Number(process.env.BENCH_STRIDE ?? 1);
  const out: BenchCurve[] = [];
  let lineNo = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || lineNo++ % stride !== 0) continue;
    const c = JSON.parse(line) as {
      openml_id: number;
      learner: string;
      train_size: number[];
      val_error_mean: number[];
      val_error_stderr?: number[];
    };
    let points = c.train_size
      .map((n, i) => {
        const p: CurvePoint = { train_size: n, value: c.val_error_mean[i]! };
        const s = c.val_error_stderr?.[i];
        if (s !== undefined && s !== null && Number.isFinite(s)) p.std = s;
        return p;
      })
      .filter((p) => Number.isFinite(p.value));
    // Sparse: two sizes per doubling (every fourth of LCDB's eight), ending at the largest.
    if (sparse) points = points.filter((_, i) => (points.length - 1 - i) % 4 === 0);
    out.push({ id: `${c.openml_id}/${c.learner}`, dataset: String(c.openml_id), points, o: lower });
  }
  return out;
}
const lower: Orientation = { direction: 'lower', proportion: true };

function loadSklearn(): BenchCurve[] {
  const dir = join(fixtures, 'sklearn');
  const out: BenchCurve[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const j = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      dataset: string;
      test_size: number;
      points: Array<{ train_size: number; accuracy: number; train_cpu_seconds: number }>;
    };
    out.push({
      id: f.replace(/\.json$/, ''),
      dataset: j.dataset,
      points: j.points.map((p) => ({ train_size: p.train_size, value: p.accuracy, cost: p.train_cpu_seconds / 3600 })),
      cpu: j.points.map((p) => p.train_cpu_seconds),
      o: { direction: 'higher', proportion: true, eval_size: j.test_size },
    });
  }
  return out;
}

interface Cut {
  c: BenchCurve;
  rec: Rec;
  /** |pred − measured| in pp at 2x and 4x, for the selected model, each family and the last value */
  errs: Map<string, [number, number]>;
  /** the analysis with every rule but "uncertain" (CALIBRATION otherwise) */
  a: CurveAnalysis;
  members: string;
}

const noUncertain = (c: CurveCalibration): CurveCalibration => ({ ...c, max_width: Infinity });

function optionsOf(c: BenchCurve) {
  return {
    direction: c.o.direction,
    proportion: c.o.proportion,
    ...(c.o.eval_size ? { eval_size: c.o.eval_size } : {}),
    min_points: 4,
    gain_per_doubling: THR,
  };
}

/** Fit on the points up to a quarter of the largest size, once; everything else is read from that fit. */
function cut(c: BenchCurve): Cut | null {
  const pts = c.points;
  const nMax = pts[pts.length - 1]!.train_size;
  const fit = pts.filter((p) => p.train_size <= (nMax / 4) * 1.0001);
  const later = pts.filter((p) => p.train_size > (nMax / 4) * 1.0001);
  if (fit.length < 4 || later.length === 0) return null;
  const m = fitCurveModels(fit, c.o);
  if (!m.predict) return null;
  const last = m.points[m.points.length - 1]!;
  const near = (n: number) =>
    later.reduce((b, p) => (Math.abs(Math.log(p.train_size / n)) < Math.abs(Math.log(b.train_size / n)) ? p : b));
  const t2 = near(2 * last.train_size),
    t4 = pts[pts.length - 1]!;
  const better = (v: number) => (c.o.direction === 'higher' ? v : -v);
  const errs = new Map<string, [number, number]>();
  const add = (k: string, f: (n: number) => number) =>
    errs.set(k, [100 * Math.abs(f(t2.train_size) - t2.value), 100 * Math.abs(f(t4.train_size) - t4.value)]);
  for (const [k, f] of m.fits) if (m.holdout.has(k) || k === m.selected) add(k, f.predict);
  add('last_value', () => last.value);
  add('selected', m.predict);
  const a = analyzeFitted('error', fit, m, optionsOf(c), noUncertain(CALIBRATION));
  const u1 = uncertaintyOf(m, c.o, last.train_size, THR, 1)!,
    u2 = uncertaintyOf(m, c.o, last.train_size, THR, 2)!;
  const rec: Rec = {
    dataset: c.dataset,
    dense: u1.dense,
    hardOk: a.reliable,
    lastValueSelected: m.lastValueSelected,
    u1,
    u2,
    g2: better(t2.value - last.value),
    d4: better(t4.value) - better(m.predict(t4.train_size)),
    e4: 100 * Math.abs(m.predict(t4.train_size) - t4.value),
    pg4: better(m.predict(t4.train_size) - last.value),
    tg4: better(t4.value - last.value),
    thr: THR,
    o: c.o,
    now: m.predict(last.train_size),
    at4: m.predict(4 * last.train_size),
  };
  return { c, rec, errs, a, members: m.lastValueSelected ? 'last_value' : m.members.join('+') };
}

function cutAll(curves: BenchCurve[]): { cuts: Cut[]; skipped: number; seconds: number } {
  const t0 = Date.now();
  const cuts: Cut[] = [];
  for (const c of curves) {
    const x = cut(c);
    if (x) cuts.push(x);
  }
  return { cuts, skipped: curves.length - cuts.length, seconds: (Date.now() - t0) / 1000 };
}

const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : '  - ').padStart(7);
const pc = (x: number) => `${(100 * x).toFixed(1)} %`;
const meanOf = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const iv = ([a, b]: [number, number], f: (x: number) => string) => `(90 % interval ${f(a)}–${f(b)})`;

function errorTable(cuts: Cut[], reliable: (x: Cut) => boolean): void {
  const rows = new Map<string, Array<[number, number]>>();
  const push = (k: string, e: [number, number] | undefined) => {
    if (e) rows.set(k, [...(rows.get(k) ?? []), e]);
  };
  for (const x of cuts) {
    for (const k of [...FAMILY_NAMES, 'last_value', 'selected']) push(k, x.errs.get(k));
    push(reliable(x) ? 'selected, reliable' : 'selected, not reliable', x.errs.get('selected'));
  }
  console.log('absolute error in pp        | at 2x: median    mean     p90 | at 4x: median    mean     p90 |     n');
  for (const [k, es] of rows) {
    const e2 = es.map((e) => e[0]),
      e4 = es.map((e) => e[1]);
    console.log(
      `${k.padEnd(27)} |       ${f2(pct(e2, 0.5))} ${f2(meanOf(e2))} ${f2(pct(e2, 0.9))} |       ${f2(pct(e4, 0.5))} ${f2(meanOf(e4))} ${f2(pct(e4, 0.9))} | ${String(es.length).padStart(5)}`,
    );
  }
}

/**
 * The point prediction's call "the next two doublings gain < 1 pp": the value predicted at the largest size (4×
 * the cut or a little more) against the value measured at the cut, on every curve, reliable or not.
 */
const callRight = (rs: readonly Rec[]) => meanOf(rs.map((r) => (r.pg4 < 2 * r.thr === r.tg4 < 2 * r.thr ? 1 : 0)));

interface Said {
  r: Rec;
  rel: boolean;
  call: TwoDoublingsCall;
}
/** The call as the comment states it: on reliable curves, when the 80 % interval is on one side of 2 × thr. */
const said = (xs: readonly Said[]) => xs.filter((x) => x.rel && x.call !== 'uncertain');
const saidRight = (xs: readonly Said[]) =>
  meanOf(said(xs).map((x) => ((x.call === 'below') === x.r.tg4 < 2 * x.r.thr ? 1 : 0)));

function printCalls<T extends Said & { dataset: string }>(xs: readonly T[], withIntervals: boolean): void {
  const rel = xs.filter((x) => x.rel);
  const n = said(xs).length;
  const ivOf = (f: (ys: readonly T[]) => number) => (withIntervals ? ` ${iv(datasetInterval(xs, f), pc)}` : '');
  console.log(
    `"next two doublings gain < 1 pp" as the comment states it (reliable curves, the 80 % interval on one side of 1 pp): right ${n ? pc(saidRight(xs)) : '-'}${n ? ivOf(saidRight) : ''} on the ${n} where stated (target ≥ 80 %), "uncertain" on ${rel.length - n} of ${rel.length} reliable (${pc(1 - n / rel.length)}); stated on ${pc(n / xs.length)} of all curves`,
  );
  const yes = (ys: readonly Rec[]) => pc(meanOf(ys.map((r) => (r.tg4 < 2 * r.thr ? 1 : 0))));
  const rs = xs.map((x) => x.r);
  console.log(
    `the point prediction's call, stated or not: right ${pc(callRight(rs))}${ivOf((ys) => callRight(ys.map((y) => y.r)))} on all ${xs.length} curves (always "yes": ${yes(rs)}), ${pc(callRight(rel.map((x) => x.r)))}${ivOf((ys) => callRight(ys.filter((y) => y.rel).map((y) => y.r)))} on the ${rel.length} reliable (always "yes": ${yes(rel.map((x) => x.r))})`,
  );
}

function lcdbTargets(dense: Cut[], sparse: Cut[]): CurveCalibration {
  const D = dense.map((x) => x.rec),
    S = sparse.map((x) => x.rec);
  const all = calibrate(D, S);
  console.log(`\n## Calibration (LCDB, dense ${D.length} and sparse ${S.length} cut curves)`);
  const fmt = (c: CurveCalibration) =>
    `dense next [${c.dense.next}], two [${c.dense.two}]; sparse next [${c.sparse.next}], two [${c.sparse.two}]; max_width ${c.max_width}`;
  console.log(`derived on all LCDB curves: ${fmt(all)}`);
  console.log(`in src/curve/interval.ts:   ${fmt(CALIBRATION)}`);
  const cv = crossValidated(D, S).map(({ r, c }) => ({
    dataset: r.dataset,
    r,
    rel: isReliable(r, c),
    cov: covered(r, c),
    call: twoCall(r, c),
  }));
  type Row = (typeof cv)[number];
  const share = (xs: readonly Row[]) => meanOf(xs.map((x) => (x.rel ? 1 : 0)));
  const p90 = (xs: readonly Row[]) =>
    pct(
      xs.filter((x) => x.rel).map((x) => x.r.e4),
      0.9,
    );
  const cover = (xs: readonly Row[]) => meanOf(xs.filter((x) => x.rel).map((x) => (x.cov ? 1 : 0)));
  console.log(
    `\n## Targets, LCDB (cross-validated: 5 folds by dataset; 90 % intervals from resampling the ${new Set(D.map((r) => r.dataset)).size} datasets)`,
  );
  console.log(
    `coverage of the 80 % gain interval, reliable curves: ${pc(cover(cv))} ${iv(datasetInterval(cv, cover), pc)} (target 76–84 %)`,
  );
  console.log(`curves called reliable: ${pc(share(cv))} ${iv(datasetInterval(cv, share), pc)} (target ≥ 40 %)`);
  console.log(
    `4x error of reliable curves, p90: ${p90(cv).toFixed(2)} pp ${iv(datasetInterval(cv, p90), (x) => x.toFixed(2))} (target ≤ 1.5 pp; the width is chosen for ${P90_TARGET} pp)`,
  );
  const med = (xs: readonly Row[]) =>
    pct(
      xs.map((x) => x.r.e4),
      0.5,
    );
  printCalls(cv, true);
  console.log(
    `(issue 3's retired target) selected model, 4x median error: ${med(cv).toFixed(2)} pp ${iv(datasetInterval(cv, med), (x) => x.toFixed(2))}`,
  );
  const shipped = D.map((r) => ({
    dataset: r.dataset,
    r,
    rel: isReliable(r, CALIBRATION),
    cov: covered(r, CALIBRATION),
    call: twoCall(r, CALIBRATION),
  }));
  console.log(
    `with the shipped constants, in sample: coverage ${pc(cover(shipped))}, reliable ${pc(share(shipped))}, 4x p90 ${p90(shipped).toFixed(2)} pp`,
  );
  return all;
}

function sklearnTargets(cuts: Cut[]): void {
  const rows = cuts.map((x) => ({
    dataset: x.rec.dataset,
    r: x.rec,
    rel: isReliable(x.rec, CALIBRATION),
    cov: covered(x.rec, CALIBRATION),
    call: twoCall(x.rec, CALIBRATION),
  }));
  type Row = (typeof rows)[number];
  const cover = (xs: readonly Row[]) => meanOf(xs.map((x) => (x.cov ? 1 : 0)));
  const coverRel = (xs: readonly Row[]) => cover(xs.filter((x) => x.rel));
  console.log(
    `\n## Targets, scikit-learn (${rows.length} cut curves of ${new Set(rows.map((x) => x.dataset)).size} datasets; never fitted on)`,
  );
  console.log(
    `coverage of the 80 % gain interval, all curves: ${pc(cover(rows))} ${iv(datasetInterval(rows, cover), pc)} (target 76–84 %)`,
  );
  console.log(`coverage on the ${rows.filter((x) => x.rel).length} curves called reliable: ${pc(coverRel(rows))}`);
  printCalls(rows, false);
}

/** Zero-width intervals and the reasons of the new rules, over every analysis made. */
function honesty(cuts: Cut[]): void {
  let zero = 0,
    constant = 0,
    chance = 0;
  for (const x of cuts) {
    const g = x.a.predicted_gain_per_doubling?.interval;
    if (!g || !(g[1] - g[0] > 0)) zero++;
    if (/\bconstant: /.test(x.a.reason ?? '')) constant++;
    if (/no learning measured/.test(x.a.reason ?? '')) chance++;
  }
  console.log(
    `intervals of zero width: ${zero} of ${cuts.length}; "constant" windows: ${constant}; "no learning measured": ${chance}`,
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

function recommendations(curves: BenchCurve[]): void {
  console.log('\n## scikit-learn curves: recommended size (0.5 pp per doubling) vs full size');
  let reliable = 0,
    over = 0,
    cpuFull = 0,
    cpuRec = 0;
  const losses: number[] = [];
  for (const c of curves) {
    const m = fitCurveModels(c.points, c.o);
    const a = analyzeFitted('accuracy', c.points, m, optionsOf(c));
    const full = c.points[c.points.length - 1]!;
    const fullCpu = c.cpu![c.cpu!.length - 1]!;
    if (!a.reliable) continue;
    reliable++;
    cpuFull += fullCpu;
    if (a.recommended_size === null || a.recommended_size >= full.train_size) {
      cpuRec += fullCpu;
      continue;
    }
    over++;
    losses.push(100 * (full.value - interpLog(c.points, a.recommended_size, (p) => p.value)));
    cpuRec += Math.min(
      interpLog(c.points, a.recommended_size, (_p, i) => c.cpu![i]!),
      fullCpu,
    );
  }
  console.log(`${curves.length} curves, ${reliable} reliable, ${over} of them train beyond the recommended size`);
  if (losses.length)
    console.log(
      `accuracy at the recommended size minus full size (measured, pp): median ${(-pct(losses, 0.5)).toFixed(2)}, worst ${(-Math.max(...losses)).toFixed(2)}`,
    );
  if (cpuFull > 0)
    console.log(
      `CPU of the reliable curves' final fits: ${(100 * (1 - cpuRec / cpuFull)).toFixed(0)} % saved at the recommended sizes`,
    );
}

function section(name: string, r: { cuts: Cut[]; skipped: number; seconds: number }): void {
  console.log(
    `\n## ${name}: ${r.cuts.length} cut curves (skipped ${r.skipped}: fewer than 4 points up to a quarter of the largest size), fitted in ${r.seconds.toFixed(1)} s`,
  );
  errorTable(r.cuts, (x) => isReliable(x.rec, CALIBRATION));
  const counts = new Map<string, number>();
  for (const x of r.cuts) counts.set(x.members, (counts.get(x.members) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 4);
  console.log(`selected model (most frequent): ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  honesty(r.cuts);
}

function main(): void {
  const t = Date.now();
  console.log(`mlgate learning-curve benchmark; fixtures: ${fixtures}`);
  const dense = cutAll(loadLcdb(false));
  section('LCDB 1.1 (validation error)', dense);
  const sparse = cutAll(loadLcdb(true));
  console.log(
    `\nLCDB sparse (every fourth size): ${sparse.cuts.length} cut curves, fitted in ${sparse.seconds.toFixed(1)} s`,
  );
  lcdbTargets(dense.cuts, sparse.cuts);
  const sk = loadSklearn();
  const skCut = cutAll(sk);
  section('scikit-learn (accuracy)', skCut);
  sklearnTargets(skCut.cuts);
  recommendations(sk);
  speed(root);
  console.log(`\ntotal ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

// A fresh process runs one two-curve analysis and prints its time (the cold figure of curve-speed.ts).
if (process.argv[2] === '--cold') console.log(JSON.stringify(analyseTwo(root)));
else main();
