/**
 * The `run` mode of bench/compare.ts: generates each case in a temp dir, then alternates runs of mlgate and of the
 * pandas peer (so a change in the machine's load hits both), and prints medians, ratios and peak RSS.
 * Environment: ROWS (default "1000000 10000000"), CLASSES ("2 10 100"), RUNS (3), MACRO_ROWS ("1000000": sizes also
 * run with f1_macro gated), PYTHON (/usr/bin/python3, Debian's, where python3-pandas and python3-statsmodels go).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ITERATIONS = 2000; // mlgate's default bootstrap_iterations: the peer draws as many resamples
const self = process.argv[1]!;
const root = process.cwd();
const cli = path.join(root, 'dist/cli.js');
const python = process.env.PYTHON ?? '/usr/bin/python3';
const list = (v: string | undefined, d: string) => (v ?? d).split(/\s+/).filter(Boolean).map(Number);

interface Sample {
  wall: number;
  /** User + system CPU seconds: steadier than wall time on a loaded machine. */
  cpu: number;
  rssMib: number;
  /** In-process seconds (after imports), when the program reports them. */
  seconds?: number;
}

/** One process under GNU time: wall clock and peak RSS of the process itself, and its stdout. */
function timed(cmd: string, args: string[], cwd: string): Sample & { stdout: string } {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (res.status !== 0 && res.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed: ${res.stderr}`);
  const [wall, user, sys, kb] = res.stderr.trim().split('\n').pop()!.split(' ').map(Number) as number[];
  return { wall: wall!, cpu: user! + sys!, rssMib: kb! / 1024, stdout: res.stdout };
}

function peerAvailable(): boolean {
  const res = spawnSync(python, ['-c', 'import pandas, statsmodels'], { encoding: 'utf8' });
  return res.status === 0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number | undefined, d = 2) => (x === undefined ? '—' : x.toFixed(d));

function runCase(dir: string, macro: boolean, runs: number, peer: boolean): string {
  const suffix = macro ? '-macro' : '';
  const mlgate: Sample[] = [];
  const inProcess: Sample[] = [];
  const peers: Sample[] = [];
  for (let r = 0; r < runs; r++) {
    const args = ['compare', '--head', `head${suffix}.yaml`, '--base', `base${suffix}.yaml`, '--format', 'json'];
    const m = timed(process.execPath, [cli, ...args], dir);
    if (!/"verdict": "pass"/.test(m.stdout)) throw new Error(`mlgate compare did not pass in ${dir}`);
    mlgate.push(m);
    const w = timed(process.execPath, [self, 'work', 'base.csv', 'head.csv', ...(macro ? ['f1_macro'] : [])], dir);
    inProcess.push({ ...w, seconds: (JSON.parse(w.stdout) as { seconds: number }).seconds });
    if (peer) {
      const p = timed(
        python,
        [path.join(root, 'bench/peer.py'), 'base.csv', 'head.csv', String(ITERATIONS), ...(macro ? ['macro'] : [])],
        dir,
      );
      peers.push({ ...p, seconds: (JSON.parse(p.stdout) as { seconds: number }).seconds });
    }
  }
  const mw = median(mlgate.map((s) => s.wall));
  const mc = median(mlgate.map((s) => s.cpu));
  const pc = peer ? median(peers.map((s) => s.cpu)) : undefined;
  const ma = median(inProcess.map((s) => s.seconds!));
  const pw = peer ? median(peers.map((s) => s.wall)) : undefined;
  const pa = peer ? median(peers.map((s) => s.seconds!)) : undefined;
  const ratio = (a: number, b: number | undefined) => (b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
  return [
    fmt(mw),
    fmt(pw),
    ratio(mw, pw),
    ratio(mc, pc),
    fmt(ma),
    fmt(pa),
    ratio(ma, pa),
    fmt(Math.max(...mlgate.map((s) => s.rssMib)), 0),
    peer ? fmt(Math.max(...peers.map((s) => s.rssMib)), 0) : '—',
  ].join(' | ');
}

export async function runAll(): Promise<void> {
  if (!existsSync('/usr/bin/time')) throw new Error('GNU time (/usr/bin/time, Debian package "time") is needed');
  const peer = peerAvailable();
  const runs = list(process.env.RUNS, '3')[0]!;
  const macroRows = new Set(list(process.env.MACRO_ROWS, '1000000'));
  const version = (cmd: string, code: string) => execFileSync(cmd, ['-c', code], { encoding: 'utf8' }).trim();
  console.log(`node ${process.version}; dist/cli.js ${readFileSync(cli).length} bytes; ${runs} runs per row, medians`);
  console.log(
    peer
      ? `peer: ${python} — ${version(python, 'import pandas, statsmodels, numpy; print("pandas", pandas.__version__, "statsmodels", statsmodels.__version__, "numpy", numpy.__version__)')}`
      : `peer: not run (${python} lacks pandas or statsmodels: apt-get install -y python3-pandas python3-statsmodels)`,
  );
  console.log(
    '\n| rows | classes | gated | mlgate process s | peer process s | ratio | CPU ratio | mlgate analysis s | peer analysis s | ratio | mlgate peak MiB | peer peak MiB |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const rows of list(process.env.ROWS, '1000000 10000000')) {
    for (const k of list(process.env.CLASSES, '2 10 100')) {
      const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-compare-'));
      try {
        execFileSync(process.execPath, [self, 'gen', String(rows), String(k), dir]);
        const cases: [string, boolean][] = [['accuracy', false]];
        if (macroRows.has(rows)) cases.push(['accuracy, f1_macro', true]);
        for (const [gated, macro] of cases) {
          console.log(`| ${rows.toLocaleString('en')} | ${k} | ${gated} | ${runCase(dir, macro, runs, peer)} |`);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
}
