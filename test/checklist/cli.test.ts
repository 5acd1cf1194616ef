import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/cli/compare.js';
import { renderAs } from '../../src/render/any.js';
import { git } from '../support/workspace.js';
import { tempDir } from '../support/temp.js';
import { BASE_PATH, HEAD_PATH, WORKSPACE, day } from './helpers.js';

/** The fixture workspace as a git repository whose report names the commit of its training code. */
function checkout(): string {
  const dir = tempDir('mlgate-cl-');
  cpSync(WORKSPACE, dir, { recursive: true });
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'training code');
  const code = git(dir, 'rev-parse', 'HEAD');
  const report = path.join(dir, HEAD_PATH);
  writeFileSync(
    report,
    readFileSync(report, 'utf8').replace('code_commit: 9d81b07', `code_commit: "${code.slice(0, 10)}"`),
  );
  git(dir, 'commit', '-q', '-am', 'report');
  return dir;
}

describe('mlgate compare (no GitHub)', () => {
  it('checks every item that needs no GitHub data from the workspace; reviews are not checked', async () => {
    const result = await compareFiles(
      { processEnv: process.env, head: HEAD_PATH, base: BASE_PATH, now: day('2026-11-02') },
      checkout(),
    );
    const items = result.models[0]!.checklist!;
    expect(items.filter((i) => i.status !== 'pass').map((i) => [i.id, i.status])).toEqual([
      ['independent_review', 'not_checked'],
    ]);
    expect(items.find((i) => i.id === 'reproducibility')!.evidence).toMatch(
      /^code [0-9a-f]{10} \(in the history, checked with git\), data sha256:/,
    );
    const json = JSON.parse(renderAs(result, 'json')) as {
      models: Array<{ checklist: Array<Record<string, unknown>> }>;
    };
    expect(json.models[0]!.checklist[0]).toEqual({
      id: 'documentation',
      title: 'Documentation',
      status: 'pass',
      severity: 'required',
      evidence: 'models/fraud/MODEL_CARD.md with 6 required sections, each written',
      fix: null,
    });
  });

  it('outside a git checkout the code commit is not checked, and says so', async () => {
    const result = await compareFiles(
      { processEnv: process.env, head: HEAD_PATH, base: BASE_PATH, now: day('2026-11-02') },
      WORKSPACE,
    );
    expect(result.models[0]!.checklist!.find((i) => i.id === 'reproducibility')).toMatchObject({
      status: 'not_checked',
      evidence: 'code_commit 9d81b07 not verified: the workspace is not the top level of a git checkout',
    });
  });

  it('finds a zombie model on the day after its expiry', async () => {
    const result = await compareFiles(
      { processEnv: process.env, head: HEAD_PATH, now: day('2027-04-01', '00:00:00') },
      WORKSPACE,
    );
    expect(result.verdict).toBe('fail');
    expect(result.reason).toBe(
      'checklist: Retraining and expiry: zombie model: expired on 2027-03-31 (1 day ago) — retrain the model and move lifecycle.retraining.expires forward, or retire it',
    );
  });
});
