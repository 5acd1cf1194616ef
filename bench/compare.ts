/**
 * mlgate's predictions path side by side with a pandas/statsmodels peer (bench/compare.sh runs it). Modes:
 *   run                          for each ROWS × CLASSES: gen, then RUNS alternating runs of mlgate's CLI
 *                                (`mlgate compare --head … --base … --format json`), of the in-process analysis and
 *                                of the peer (bench/peer.py, when PYTHON has pandas and statsmodels); prints medians,
 *                                ratios and peak RSS (GNU time). MACRO_ROWS: sizes also run with f1_macro gated.
 *   gen <rows> <classes> <dir>   base.csv / head.csv (id,label,prediction; ids 0…n-1 in the same order) and the two
 *                                reports base.yaml / head.yaml naming them, accuracy (and f1_macro) computed exactly
 *                                from the files. About 91 % accuracy on both sides with correlated errors: head is
 *                                right on 97 % of the examples base gets right and on 35 % of the others, and where
 *                                both are wrong they agree 60 % of the time.
 *   work <base> <head> [metric…] the analysis in this process (read + join + McNemar + paired bootstrap of the named
 *                                metrics, default accuracy); prints {"seconds", "rss_mib", "p", "interval"} as JSON.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { runAll } from './compare-run.js';
import { join } from 'node:path';
import { readJointCounts } from '../src/adapters/predictions-reader.js';
import { createRandom } from '../src/stats/prng.js';
import { analysePaired } from '../src/stats/paired.js';
import { summarizeJointCounts } from '../src/stats/joint-counts.js';

const SEED = 20240611;

/** Class c with a mild skew (weights 1/√(c+1)), as real label distributions are rarely uniform. */
function classSampler(k: number): (u: number) => number {
  const cdf: number[] = [];
  let total = 0;
  for (let c = 0; c < k; c++) cdf.push((total += 1 / Math.sqrt(c + 1)));
  return (u) => {
    const x = u * total;
    let lo = 0;
    let hi = k - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

function gen(rows: number, k: number, dir: string): void {
  const rng = createRandom(SEED + k);
  const pick = classSampler(k);
  const other = (label: number) => (label + 1 + Math.floor(rng.next() * (k - 1))) % k;
  const base = openSync(join(dir, 'base.csv'), 'w');
  const head = openSync(join(dir, 'head.csv'), 'w');
  let bBuf = 'id,label,prediction\n';
  let hBuf = bBuf;
  for (let i = 0; i < rows; i++) {
    const label = pick(rng.next());
    const baseRight = rng.next() < 0.91;
    const bp = baseRight ? label : other(label);
    const headRight = rng.next() < (baseRight ? 0.97 : 0.35);
    const hp = headRight ? label : !baseRight && rng.next() < 0.6 ? bp : other(label);
    bBuf += `${i},c${label},c${bp}\n`;
    hBuf += `${i},c${label},c${hp}\n`;
    if (bBuf.length > 1 << 20) {
      writeSync(base, bBuf);
      writeSync(head, hBuf);
      bBuf = hBuf = '';
    }
  }
  writeSync(base, bBuf);
  writeSync(head, hBuf);
  closeSync(base);
  closeSync(head);
}

/**
 * The reports, with the metrics the files score (the gate checks that they agree): base.yaml / head.yaml gate
 * accuracy (the common case), base-macro.yaml / head-macro.yaml gate f1_macro too.
 */
async function reports(dir: string): Promise<void> {
  const t = await readJointCounts(join(dir, 'base.csv'), join(dir, 'head.csv'));
  const s = summarizeJointCounts(t);
  for (const [side, m] of [
    ['base', s.base],
    ['head', s.head],
  ] as const) {
    for (const macro of [false, true]) {
      const yaml = [
        'version: 1',
        'model: bench-classifier',
        'metrics:',
        `  accuracy: ${m.accuracy}`,
        ...(macro ? [`  f1_macro: ${m.f1_macro}`] : []),
        'eval:',
        '  dataset: bench',
        `  size: ${t.n}`,
        `  predictions: ${side}.csv`,
        '',
      ].join('\n');
      writeFileSync(join(dir, `${side}${macro ? '-macro' : ''}.yaml`), yaml);
    }
  }
}

async function work(basePath: string, headPath: string, metrics: string[]): Promise<void> {
  const start = performance.now();
  const table = await readJointCounts(basePath, headPath);
  const an = analysePaired(table, { gated: metrics.length ? metrics : ['accuracy'] });
  const seconds = (performance.now() - start) / 1000;
  const acc = an.bootstrap.accuracy;
  const out = {
    seconds,
    rss_mib: process.resourceUsage().maxRSS / 1024,
    mcnemar_exact_p: an.mcnemar.exact_p,
    accuracy_interval: acc?.interval,
    f1_macro_p: an.bootstrap.f1_macro?.p_value,
  };
  console.log(JSON.stringify(out));
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'run') {
  await runAll();
} else if (mode === 'gen') {
  gen(Number(args[0]), Number(args[1]), args[2]!);
  await reports(args[2]!);
} else if (mode === 'work') {
  await work(args[0]!, args[1]!, args.slice(2));
} else {
  console.error('usage: compare.ts gen <rows> <classes> <dir> | work <base> <head> [metric…]');
  process.exit(2);
}
