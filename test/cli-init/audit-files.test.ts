/** What `mlgate init` adds for the lifecycle: the weekly audit workflow and a model card template. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/main.js';
import { markdownHeadings, missingSections } from '../../src/checklist/headings.js';
import { resolveConfig } from '../../src/schema/config.js';

let dir = '';
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'mlgate-init-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const SHA = 'mlgate/mlgate@0123456789abcdef0123456789abcdef01234567';
async function init(...args: string[]) {
  const io: CliIo = { cwd: dir, stdout: () => undefined, stderr: () => undefined, now: () => new Date(), env: {} };
  return runCli(['init', ...args], io);
}
const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');

describe('mlgate init: the sweep and the card', () => {
  it('scaffolds the weekly audit: schedule and manual runs, issues: write as the only write, pinned, one at a time', async () => {
    expect(await init('--action-ref', SHA)).toBe(0);
    const wf = parse(read('.github/workflows/mlgate-audit.yml')) as {
      on: Record<string, unknown>;
      permissions: Record<string, string>;
      concurrency: { group: string; 'cancel-in-progress': boolean };
      jobs: { audit: { steps: Array<{ uses?: string; with?: Record<string, string> }> } };
    };
    expect(Object.keys(wf.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(wf.on.schedule).toEqual([{ cron: '17 6 * * 1' }]);
    expect(wf.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(wf.concurrency).toEqual({ group: 'mlgate-audit', 'cancel-in-progress': false });
    const steps = wf.jobs.audit.steps;
    expect(steps.map((s) => s.uses)).toEqual(['actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8', SHA]);
    expect(steps[1]!.with).toEqual({ mode: 'audit' });
  });

  it('writes a model card with every section the documentation item requires by default', async () => {
    expect(await init()).toBe(0);
    const headings = markdownHeadings(read('MODEL_CARD.md'));
    expect(missingSections(resolveConfig({}).checklist.documentation.required_sections, headings)).toEqual([]);
    expect(read('mlgate.yaml')).toContain('#   model_card: MODEL_CARD.md');
  });
});
