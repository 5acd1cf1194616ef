/** `mlgate init`: the three files, valid against mlgate's own parsers, never overwritten without --force. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { INIT_HELP } from '../../src/cli/init.js';
import { runCli } from '../../src/cli/main.js';
import { parseConfig } from '../../src/schema/config.js';
import { parseReport } from '../../src/schema/report.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'mlgate-init-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function init(...args: string[]) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    cwd: dir,
    stdout: (s) => (out.stdout += s),
    stderr: (s) => (out.stderr += s),
    now: () => new Date('2026-01-01'),
    env: {},
  };
  return { code: await runCli(['init', ...args], io), ...out };
}
const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');

describe('mlgate init', () => {
  it('writes a valid config, a least-privilege pinned workflow and a valid example report', async () => {
    const r = await init();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('wrote .github/workflows/mlgate.yml');

    const config = parseConfig(read('.github/mlgate.yml'), '.github/mlgate.yml');
    expect(config.reports).toEqual(['mlgate.yaml']);
    expect(read('.github/mlgate.yml')).toMatch(/^# yaml-language-server: \$schema=\S+\/config\.schema\.json\n/);

    const report = parseReport(read('mlgate.yaml'), 'mlgate.yaml');
    expect(report.report.metrics.accuracy).toBe(0.912);
    expect(read('mlgate.yaml')).toMatch(/^# yaml-language-server: \$schema=\S+\/report\.schema\.json\n/);

    type Job = {
      if: string;
      permissions: Record<string, string>;
      steps: Array<{ uses?: string; id?: string; with?: Record<string, string> }>;
    };
    const wf = parse(read('.github/workflows/mlgate.yml')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      concurrency: { group: string; 'cancel-in-progress': string };
      jobs: { gate: Job; record: Job };
    };
    // Nothing by default; each job asks for what it uses.
    expect(wf.permissions).toEqual({});
    expect(wf.jobs.gate.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      checks: 'write',
      actions: 'read',
    });
    expect(wf.jobs.record.permissions).toEqual({ contents: 'read' });
    // An approval must re-run the gate (the checklist's independent_review), and the check to require is `mlgate`.
    expect(Object.keys(wf.on)).toEqual(['pull_request', 'pull_request_review', 'merge_group', 'push']);
    expect(wf.on.pull_request_review).toEqual({ types: ['submitted', 'dismissed'] });
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect(wf.concurrency).toEqual({
      group: 'mlgate-${{ github.event.pull_request.number || github.ref }}',
      'cancel-in-progress': "${{ github.event_name != 'push' }}",
    });
    expect(read('.github/workflows/mlgate.yml')).toContain('require the `mlgate` check');
    const uses = wf.jobs.gate.steps.map((s) => s.uses).filter(Boolean);
    expect(uses[0]).toBe('actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8');
    expect(read('.github/workflows/mlgate.yml')).toContain('# v5.0.0');
    // The push job records the baseline and uploads it under the name the gate looks for, every action pinned.
    expect(wf.jobs.gate.if).toBe("github.event_name != 'push'");
    expect(wf.jobs.record.if).toBe("github.event_name == 'push'");
    const [checkout, mlgate, upload] = wf.jobs.record.steps;
    expect(checkout!.uses).toBe(uses[0]);
    expect(mlgate).toMatchObject({ id: 'mlgate', with: { mode: 'record' } });
    expect(upload).toEqual({
      uses: 'actions/upload-artifact@b7c566a772e6b6bfb58ed0dc250532a479d7789f',
      with: {
        name: 'mlgate-baseline',
        path: '${{ steps.mlgate.outputs.baseline-dir }}',
        'if-no-files-found': 'error',
      },
    });
    expect(read('.github/workflows/mlgate.yml')).toContain('# v6.0.0');
  });

  it('pins the mlgate action to the SHA given with --action-ref', async () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    expect((await init('--action-ref', `mlgate/mlgate@${sha}`)).code).toBe(0);
    const wf = parse(read('.github/workflows/mlgate.yml')) as { jobs: { gate: { steps: Array<{ uses?: string }> } } };
    expect(wf.jobs.gate.steps.map((s) => s.uses)).toContain(`mlgate/mlgate@${sha}`);
    expect((await init('--force', '--action-ref', 'mlgate/mlgate@$(rm -rf /)')).code).toBe(2);
  });

  it('accepts a tag for --action-ref, as its help says, and writes and prints the reminder to pin it', async () => {
    expect(INIT_HELP).toMatch(/a tag or branch[\s\S]*is accepted and written with a reminder to pin it to a SHA/);
    const r = await init('--action-ref', 'mlgate/mlgate@v1.2.0');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Note: mlgate/mlgate@v1.2.0 is not a commit SHA');
    expect(read('.github/workflows/mlgate.yml')).toContain(
      "uses: mlgate/mlgate@v1.2.0  # pin to a release's commit SHA",
    );
    const bad = await init('--force', '--action-ref', 'v1.2.0');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--action-ref must look like owner/repo@<ref>: a 40-character commit SHA (pinned), or a tag such as v1.2.0',
    );
  });

  it('points editors at the same schema URLs as the docs', async () => {
    await init();
    const docs = ['docs/report.md', 'docs/config.md']
      .map((f) => readFileSync(path.join(__dirname, '../..', f), 'utf8'))
      .join('\n');
    for (const file of ['mlgate.yaml', '.github/mlgate.yml']) {
      const url = /\$schema=(\S+)/.exec(read(file))![1]!;
      expect(docs).toContain(url);
    }
  });

  it('never overwrites without --force: exit 2 and nothing written at all', async () => {
    mkdirSync(path.join(dir, '.github'), { recursive: true });
    writeFileSync(path.join(dir, '.github', 'mlgate.yml'), 'reports: [my/report.yaml]\n');
    const r = await init();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.github/mlgate.yml exists; not overwritten (use --force');
    expect(read('.github/mlgate.yml')).toBe('reports: [my/report.yaml]\n');
    // The other files were not written either: a refusal leaves the repository as it was.
    expect(() => read('mlgate.yaml')).toThrow();

    const forced = await init('--force');
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('overwrote .github/mlgate.yml');
    expect(read('.github/mlgate.yml')).toContain('version: 1');
  });

  it('refuses to write through a symbolic link, even with --force', async () => {
    mkdirSync(path.join(dir, '.github'), { recursive: true });
    writeFileSync(path.join(dir, 'outside.txt'), 'keep');
    symlinkSync(path.join(dir, 'outside.txt'), path.join(dir, 'mlgate.yaml'));
    const r = await init('--force');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/mlgate\.yaml: exists and is not a regular file/);
    expect(read('outside.txt')).toBe('keep');
  });

  it('writes into --dir', async () => {
    mkdirSync(path.join(dir, 'repo'));
    expect((await init('--dir', 'repo')).code).toBe(0);
    expect(read('repo/.github/workflows/mlgate.yml')).toContain('pull-requests: write');
    expect((await init('--dir', 'missing')).code).toBe(2);
  });
});
