// Smoke run of the built action (dist/index.js) under whichever Node runs this script: a temp git repository
// with a base and a head report, a push event with `base-sha`, no token, no network. Exits non-zero on surprise.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(path.join(tmpdir(), 'mlgate-smoke-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 's',
  GIT_AUTHOR_EMAIL: 's@example.com',
  GIT_COMMITTER_NAME: 's',
  GIT_COMMITTER_EMAIL: 's@example.com',
};
const git = (...args) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' }).trim();
git('init', '-q', '-b', 'main');
writeFileSync(path.join(dir, 'mlgate.yaml'), readFileSync(path.join(root, 'examples/demo/base.yaml')));
git('add', '-A');
git('commit', '-qm', 'base');
const base = git('rev-parse', 'HEAD');
writeFileSync(path.join(dir, 'mlgate.yaml'), readFileSync(path.join(root, 'examples/demo/head.yaml')));
const summary = path.join(dir, '.summary.md');
const output = path.join(dir, '.output.txt');
writeFileSync(summary, '');
writeFileSync(output, '');
const res = spawnSync(process.execPath, [path.join(root, 'dist/index.js')], {
  encoding: 'utf8',
  env: {
    PATH: process.env.PATH,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: base,
    GITHUB_WORKSPACE: dir,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: dir,
    'INPUT_BASE-SHA': base,
    'INPUT_FAIL-ON': 'never',
  },
});
const out = readFileSync(output, 'utf8');
const ok =
  res.status === 0 && /verdict<<.*\n(pass|warn|fail)\n/.test(out) && readFileSync(summary, 'utf8').includes('mlgate:');
console.log(
  `smoke: node ${process.version}: dist/index.js exit ${res.status}, verdict ${/\n(pass|warn|fail)\n/.exec(out)?.[1] ?? 'none'}: ${ok ? 'ok' : 'FAILED'}`,
);
if (!ok) {
  console.log(res.stdout, res.stderr);
  process.exit(1);
}
