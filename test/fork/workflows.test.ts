// The workflows we ship and recommend follow the rules they preach: least-privilege permissions, third-party
// actions pinned by commit SHA, and a privileged workflow_run job that never touches the PR's code.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '../..');
type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Job = { permissions?: unknown; steps?: Step[]; if?: string };
type Workflow = { on?: unknown; permissions?: unknown; jobs: Record<string, Job> };

const files = [
  ...readdirSync(path.join(ROOT, '.github/workflows')).map((f) => `.github/workflows/${f}`),
  ...readdirSync(path.join(ROOT, 'examples/workflows')).map((f) => `examples/workflows/${f}`),
].filter((f) => /\.ya?ml$/.test(f));
const load = (f: string) => parse(readFileSync(path.join(ROOT, f), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);

/** `uses:` lines must name a full commit SHA; mlgate itself is pinned by the user to the release they pick. */
function unpinned(uses: string[]): string[] {
  return uses.filter((u) => !u.startsWith('./') && !u.startsWith('mlgate/mlgate@') && !/@[0-9a-f]{40}$/.test(u));
}

describe('workflows', () => {
  it('there are workflows to check (CI and the fork pair)', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        'examples/workflows/fork-gate.yml',
        'examples/workflows/fork-publish.yml',
      ]),
    );
  });

  for (const f of files) {
    it(`${f}: top-level permissions, every third-party action pinned by SHA`, () => {
      const w = load(f);
      expect(w.permissions, 'top-level permissions').toBeDefined();
      expect(JSON.stringify(w.permissions)).not.toMatch(/write-all|read-all/);
      const uses = steps(w).flatMap((s) => (s.uses ? [s.uses] : []));
      expect(unpinned(uses)).toEqual([]);
      // Every pin carries its version in a trailing comment, so updates are reviewable.
      for (const line of readFileSync(path.join(ROOT, f), 'utf8')
        .split('\n')
        .filter((l) => /uses: .*@[0-9a-f]{40}/.test(l))) {
        expect(line).toMatch(/# v\d/);
      }
      for (const s of steps(w))
        if (s.uses?.startsWith('actions/checkout@')) expect(s.with?.['persist-credentials']).toBe(false);
    });
  }

  it('fork-gate.yml: read-only, no comment, uploads the result even when the gate fails', () => {
    const w = load('examples/workflows/fork-gate.yml');
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(Object.keys(w.on as object)).toEqual(['pull_request']);
    const gate = steps(w).find((s) => s.uses?.startsWith('mlgate/mlgate@'))!;
    expect(gate.with?.['comment-mode']).toBe('none');
    const upload = steps(w).find((s) => s.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.if).toMatch(/always\(\)/);
    expect(upload.with?.path).toBe('${{ steps.mlgate.outputs.result-json }}');
  });

  it('fork-publish.yml: workflow_run, minimal write permissions, never checks out or runs PR code', () => {
    const w = load('examples/workflows/fork-publish.yml');
    const gateName = (load('examples/workflows/fork-gate.yml') as unknown as { name: string }).name;
    expect(w.on).toEqual({ workflow_run: { workflows: [gateName], types: ['completed'] } });
    expect(w.permissions).toEqual({});
    const job = Object.values(w.jobs)[0]!;
    expect(job.permissions).toEqual({ 'pull-requests': 'write', checks: 'write', actions: 'read' });
    expect(steps(w).some((s) => s.uses?.startsWith('actions/checkout@'))).toBe(false);
    expect(steps(w).some((s) => s.run !== undefined)).toBe(false);
    const text = readFileSync(path.join(ROOT, 'examples/workflows/fork-publish.yml'), 'utf8');
    expect(text).not.toMatch(/head_branch|head\.ref|pull_requests\[/); // nothing attacker-named reaches an expression
    const download = steps(w).find((s) => s.uses?.startsWith('actions/download-artifact@'))!;
    expect(download.with).toMatchObject({
      'run-id': '${{ github.event.workflow_run.id }}',
      'github-token': '${{ github.token }}',
    });
    const publish = steps(w).find((s) => s.uses?.startsWith('mlgate/mlgate@'))!;
    expect(publish.with).toEqual({ mode: 'publish', results: `${download.with?.path}/result.json` });
  });

  it('the README’s recommended workflows follow the same rules', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => dedent(m[1]!));
    const workflows = blocks
      .map((b) => parse(b) as Workflow | null)
      .filter((w): w is Workflow => !!w && typeof w === 'object' && 'jobs' in w);
    expect(workflows.length).toBeGreaterThan(0);
    for (const w of workflows) {
      expect(w.permissions).toBeDefined();
      expect(unpinned(steps(w).flatMap((s) => (s.uses ? [s.uses] : [])))).toEqual([]);
    }
  });
});

/** Blocks inside list items are indented as a whole: remove the common indentation. */
function dedent(block: string): string {
  const lines = block.split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
