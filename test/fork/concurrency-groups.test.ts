// Every workflow mlgate documents or scaffolds runs one mlgate job per PR at a time, the newest push winning:
// without a `concurrency:` group, two pushes in quick succession run two gates at once and the older one can
// write last. The group must be per PR (a group shared by all PRs would cancel other PRs' gates), and where a
// trigger runs for events that skip the job (comments that are not commands), the group is the job's, so a
// skipped run never cancels a gate.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { workflowTemplate } from '../../src/cli/init-templates.js';

const ROOT = path.resolve(__dirname, '../..');
type Concurrency = { group?: string; 'cancel-in-progress'?: boolean };
type Job = { if?: string; concurrency?: Concurrency; steps?: Array<{ uses?: string }> };
type Workflow = { on?: unknown; concurrency?: Concurrency; jobs: Record<string, Job> };

function documented(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const f of readdirSync(path.join(ROOT, 'examples/workflows')))
    out.push([`examples/workflows/${f}`, readFileSync(path.join(ROOT, 'examples/workflows', f), 'utf8')]);
  for (const f of ['README.md', ...readdirSync(path.join(ROOT, 'docs')).map((d) => `docs/${d}`)]) {
    if (!f.endsWith('.md')) continue;
    const text = readFileSync(path.join(ROOT, f), 'utf8');
    for (const [i, m] of [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].entries())
      if (/^jobs:/m.test(m[1]!) && m[1]!.includes('mlgate/mlgate@')) out.push([`${f} (block ${i + 1})`, m[1]!]);
  }
  out.push(['mlgate init', workflowTemplate('mlgate/mlgate@v0')]);
  return out;
}

const events = (on: unknown): string[] =>
  typeof on === 'string' ? [on] : Array.isArray(on) ? on.map(String) : Object.keys((on ?? {}) as object);

describe('concurrency groups', () => {
  const workflows = documented();

  it('finds the workflows: the README’s, the checklist’s, the examples and init’s', () => {
    expect(workflows.map(([f]) => f.replace(/ \(block \d+\)/, ''))).toEqual(
      expect.arrayContaining([
        'README.md',
        'docs/checklist.md',
        'examples/workflows/fork-gate.yml',
        'examples/workflows/fork-publish.yml',
        'examples/workflows/matrix.yml',
        'mlgate init',
      ]),
    );
  });

  for (const [name, text] of workflows) {
    it(`${name}: one mlgate run per PR at a time, the newest cancelling the older`, () => {
      const w = parse(text) as Workflow;
      const on = events(w.on);
      const gateJobs = Object.values(w.jobs).filter((j) => j.steps?.some((s) => s.uses?.startsWith('mlgate/')));
      expect(gateJobs.length).toBeGreaterThan(0);
      for (const job of gateJobs) {
        // Where events skip the job (comments that are not commands), the group is the job's own.
        const c = on.includes('issue_comment') ? job.concurrency : (job.concurrency ?? w.concurrency);
        expect(c, 'concurrency').toBeDefined();
        // A scheduled sweep (mode: audit) queues instead: cancelling it mid-write would leave the issue half-updated.
        const sweep = on.every((e) => e === 'schedule' || e === 'workflow_dispatch');
        // With a push trigger (mode: record) the recording queues, the gates cancel: an expression says so.
        const cancel = on.includes('push') ? "${{ github.event_name != 'push' }}" : !sweep;
        expect(c!['cancel-in-progress']).toBe(cancel);
        const group = c!.group ?? '';
        expect(group).toMatch(/^mlgate/);
        if (on.includes('pull_request') || on.includes('pull_request_review'))
          expect(group).toContain('github.event.pull_request.number');
        if (on.includes('issue_comment')) expect(group).toContain('github.event.issue.number');
        // workflow_run: no PR number, the same github.ref for every PR, and the branch is the PR author's text.
        if (on.includes('workflow_run')) expect(group).toBe('mlgate-publish-${{ github.event.workflow_run.head_sha }}');
        if (on.includes('merge_group') || on.includes('push')) expect(group).toContain('github.ref');
      }
    });
  }
});
