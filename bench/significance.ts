/**
 * Benchmark of the significance core (issue 4). Modes:
 *   aa [fixturesDir]           A/A false-fail rate at α = 0.05 on real scikit-learn predictions
 *   gen <rows> <dir>           write base.csv / head.csv of <rows> rows (with --shuffled also head-shuffled.csv, and
 *                              base-str.csv / head-str-shuffled.csv with string ids)
 *   scale <base> <head>        read + join + McNemar + bootstrap once; prints time and peak RSS of this process
 * bench/significance.sh runs all three with a fresh process per measurement, so peak RSS is the analysis alone.
 */
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { readJointCounts } from '../src/adapters/predictions-reader.js';
import type { JointCounts } from '../src/stats/joint-counts.js';
import { createRandom } from '../src/stats/prng.js';
import type { Random } from '../src/stats/prng.js';
import { analysePaired, pairedSummaryFor } from '../src/stats/paired.js';
import { adjustHolm, significanceForMetric } from '../src/stats/significance.js';
import { mcnemar } from '../src/stats/mcnemar.js';
import { unpairedProportionTest } from '../src/stats/unpaired.js';

const ALPHA = 0.05;

interface Row {
  id: string;
  label: string;
  prediction: string;
}

function readCsv(path: string): Row[] {
  const lines = readFileSync(path, 'utf8').trim().split('\n').slice(1);
  return lines.map((l) => {
    const [id, label, prediction] = l.split(',') as [string, string, string];
    return { id, label, prediction };
  });
}

/** Joint table of a paired A/A draw: each example's base/head predictions are swapped with probability ½. */
function swappedTable(base: Row[], head: Row[], rng: Random): JointCounts {
  const labels = [
    ...new Set([...base.map((r) => r.label), ...base.map((r) => r.prediction), ...head.map((r) => r.prediction)]),
  ];
  const idx = new Map(labels.map((l, i) => [l, i]));
  const k = labels.length;
  const counts = new Float64Array(k * k * k);
  base.forEach((r, i) => {
    const h = head[i]!;
    let bp = idx.get(r.prediction)!;
    let hp = idx.get(h.prediction)!;
    if (rng.next() < 0.5) [bp, hp] = [hp, bp];
    counts[(idx.get(r.label)! * k + bp) * k + hp]!++;
  });
  return { labels, counts, n: base.length };
}

function aa(fixtures: string): void {
  const files = readdirSync(fixtures);
  const seedPairs = files
    .filter((f) => f.endsWith('__seed11.preds.csv'))
    .map((f) => [f, f.replace('seed11', 'seed12')] as const);
  const rng = createRandom(2024);

  console.log(
    '## A/A 1: seed11 vs seed12 of the same learner (paired, McNemar mid-p / bootstrap, Holm over accuracy + f1_macro)',
  );
  let direct = 0;
  for (const [a, b] of seedPairs) {
    const base = readCsv(join(fixtures, a));
    const head = readCsv(join(fixtures, b));
    const labels = [...new Set(base.map((r) => r.label))];
    let worse = 0;
    let better = 0;
    base.forEach((r, i) => {
      const bOk = r.prediction === r.label;
      const hOk = head[i]!.prediction === r.label;
      if (bOk && !hOk) worse++;
      if (!bOk && hOk) better++;
    });
    const bc = [worse, better];
    const m = mcnemar(worse, better);
    if (m.mid_p < ALPHA) direct++;
    console.log(
      `  ${a.replace('__seed11.preds.csv', '')}: n=${base.length} k=${labels.length} b=${bc[0]} c=${bc[1]} mid-p=${m.mid_p.toFixed(3)}`,
    );
  }
  console.log(`  significant at α=${ALPHA}: ${direct} of ${seedPairs.length}`);

  console.log(
    '## A/A 2: seed pairs with base/head swapped per example at random (exchangeable null), 200 draws per pair',
  );
  let tests = 0;
  let rejectAcc = 0;
  let failAcc = 0;
  let rejectF1 = 0;
  let failGate = 0;
  for (const [a, b] of seedPairs) {
    const base = readCsv(join(fixtures, a));
    const head = readCsv(join(fixtures, b));
    for (let i = 0; i < 200; i++) {
      const t = swappedTable(base, head, rng);
      const an = analysePaired(t, { iterations: 400, seed: i });
      const metrics = ['accuracy', 'f1_macro'].map((metric) => ({
        metric,
        delta: an.bootstrap[metric as 'accuracy' | 'f1_macro']!.delta,
        ...significanceForMetric({
          metric,
          proportion: metric === 'accuracy',
          base: 0,
          head: 0,
          eval_size: t.n,
          paired: pairedSummaryFor(metric, an),
        }),
      }));
      const [acc, f1] = metrics as [(typeof metrics)[0], (typeof metrics)[0]];
      tests++;
      if (acc.significant) rejectAcc++;
      if (acc.significant && acc.delta < 0) failAcc++;
      if (f1.significant) rejectF1++;
      // Gate: the model fails if any gated metric regresses significantly after Holm.
      const adjusted = adjustHolm(metrics, ALPHA);
      if (adjusted.some((m) => m.significant && m.delta < 0)) failGate++;
    }
  }
  const pct = (x: number) => `${((100 * x) / tests).toFixed(2)} %`;
  console.log(`  draws: ${tests}`);
  console.log(
    `  accuracy (McNemar mid-p), two-sided rejections: ${pct(rejectAcc)}; regressions flagged (false fails): ${pct(failAcc)}`,
  );
  console.log(`  f1_macro (paired bootstrap, 400 iterations), two-sided rejections: ${pct(rejectF1)}`);
  console.log(
    `  gate (fail if any of accuracy, f1_macro regresses significantly after Holm): false-fail rate ${pct(failGate)}  [target ≤ 5 %]`,
  );

  console.log(
    '## A/A 3: one predictions file split into two random halves (unpaired z-test on accuracy, eval.size only), 200 splits per file',
  );
  let splits = 0;
  let rejected = 0;
  let failed = 0;
  for (const f of files.filter((x) => x.endsWith('.preds.csv') && !x.includes('__seed'))) {
    const rows = readCsv(join(fixtures, f));
    if (rows.length < 200) continue;
    for (let i = 0; i < 200; i++) {
      let nA = 0;
      let okA = 0;
      let nB = 0;
      let okB = 0;
      for (const r of rows) {
        const ok = r.label === r.prediction ? 1 : 0;
        if (rng.next() < 0.5) {
          nA++;
          okA += ok;
        } else {
          nB++;
          okB += ok;
        }
      }
      const r = unpairedProportionTest(okA / nA, nA, okB / nB, nB);
      splits++;
      if (r.p_value < ALPHA) rejected++;
      if (r.p_value < ALPHA && r.delta < 0) failed++;
    }
  }
  console.log(
    `  splits: ${splits}; two-sided rejections ${((100 * rejected) / splits).toFixed(2)} %; false fails (head half worse) ${((100 * failed) / splits).toFixed(2)} %  [target ≤ 5 %]`,
  );
}

function gen(rows: number, dir: string, fixtures: string, shuffled: boolean): void {
  const base = readCsv(join(fixtures, 'Satellite__logreg.preds.csv'));
  const head = readCsv(join(fixtures, 'Satellite__hist_gbdt.preds.csv'));
  const write = (
    name: string,
    pick: (i: number) => [Row, Row],
    order: (i: number) => number,
    id = (i: number): string => String(i),
  ) => {
    const fd = openSync(join(dir, name), 'w');
    let buf = 'id,label,prediction\n';
    for (let j = 0; j < rows; j++) {
      const i = order(j);
      const [b, h] = pick(i);
      buf += `${id(i)},${b.label},${h.prediction}\n`;
      if (buf.length > 1 << 20) {
        writeSync(fd, buf);
        buf = '';
      }
    }
    writeSync(fd, buf);
    closeSync(fd);
  };
  const m = base.length;
  write(
    'base.csv',
    (i) => [base[i % m]!, base[i % m]!],
    (j) => j,
  );
  write(
    'head.csv',
    (i) => [base[i % m]!, head[i % m]!],
    (j) => j,
  );
  // A fixed pseudo-random permutation (multiplicative, coprime stride) for the hash-join case.
  if (shuffled) {
    const permuted = (j: number): number => (j * 7919 + 13) % rows;
    write('head-shuffled.csv', (i) => [base[i % m]!, head[i % m]!], permuted);
    // String ids (not integers) take the slower path of the hash join: one string per row, compared by content.
    const name = (i: number): string => `img_${String(i).padStart(8, '0')}.png`;
    write(
      'base-str.csv',
      (i) => [base[i % m]!, base[i % m]!],
      (j) => j,
      name,
    );
    write('head-str-shuffled.csv', (i) => [base[i % m]!, head[i % m]!], permuted, name);
  }
}

async function scale(basePath: string, headPath: string): Promise<void> {
  const t0 = performance.now();
  const table = await readJointCounts(basePath, headPath);
  const t1 = performance.now();
  const an = analysePaired(table, { iterations: 2000, seed: 1 });
  const t2 = performance.now();
  const rssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
  console.log(
    `  rows=${table.rows} join=${table.join} classes=${table.labels.length}: read+join ${((t1 - t0) / 1000).toFixed(2)} s, ` +
      `McNemar+bootstrap(2000) ${((t2 - t1) / 1000).toFixed(3)} s, total ${((t2 - t0) / 1000).toFixed(2)} s, peak RSS ${rssMb.toFixed(0)} MB ` +
      `(b=${an.b} c=${an.c} mid-p=${an.mcnemar.mid_p.toExponential(2)}, Δacc=${an.bootstrap.accuracy.delta.toFixed(4)} ` +
      `[${an.bootstrap.accuracy.interval.map((x) => x.toFixed(4)).join(', ')}])`,
  );
}

const [mode, ...args] = process.argv.slice(2);
// MLGATE_FIXTURES points at the shared fixtures root (default ../shared/fixtures from the project root).
const fixturesDir = join(process.env.MLGATE_FIXTURES ?? join(process.cwd(), '..', 'shared', 'fixtures'), 'sklearn');
if (mode === 'aa' && !existsSync(args[0] ?? fixturesDir)) {
  console.error(
    `fixtures not found at ${args[0] ?? fixturesDir} (set MLGATE_FIXTURES to the folder that holds sklearn/)`,
  );
  process.exit(2);
} else if (mode === 'aa') aa(args[0] ?? fixturesDir);
else if (mode === 'gen') gen(Number(args[0]), args[1]!, fixturesDir, args.includes('--shuffled'));
else if (mode === 'scale') await scale(args[0]!, args[1]!);
else {
  console.error('usage: bench-sig.mjs aa [fixtures] | gen <rows> <dir> [--shuffled] | scale <base.csv> <head.csv>');
  process.exit(2);
}
