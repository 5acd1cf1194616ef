// W&B run directories (test/fixtures/tools/wandb; wandb SDK 0.16: files/wandb-summary.json, files/config.yaml):
// `latest-run` is a symbolic link W&B points at the newest run; a glob over run-* means the newest run too.
import { afterEach, describe, expect, it } from 'vitest';
import { parseWandbConfig } from '../../src/readers/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { cleanUp, gate, readTool, toolTree, type Tree } from './support.js';

afterEach(cleanUp);
const OLD = 'run-20240105_101500-a1b2c3d4';
const NEW = 'run-20240106_093000-e5f6g7h8';
const all = toolTree('wandb');
const only = (run: string): Tree =>
  Object.fromEntries(Object.entries(all).filter(([p]) => p.startsWith(`wandb/${run}/`)));

describe('W&B', () => {
  it('reads config.yaml values under `value`, W&B keys left out', () => {
    expect(parseWandbConfig(readTool(`wandb/wandb/${OLD}/files/config.yaml`), 'config.yaml')).toEqual({
      eval_size: '2000',
      lr: '0.001',
    });
  });

  it.each([
    ['wandb/latest-run (a link the PR moved to its new run)', 'wandb:wandb/latest-run/files/wandb-summary.json'],
    ['a glob over run-*', 'wandb:wandb/run-*/files/wandb-summary.json'],
    ['an unprefixed glob', 'wandb/*/files/wandb-summary.json'],
  ])('%s: the newest run is the PR, the base commit’s newest run its baseline', async (_, spec) => {
    const base = { ...only(OLD), 'wandb/latest-run': { link: OLD } };
    const head = { ...only(NEW), 'wandb/latest-run': { link: NEW } };
    const { models, result } = await gate(base, head, `reports: ["${spec}"]\n`);
    expect(models.map((m) => [m.name, m.head_path, m.base_path])).toEqual([
      ['model', `wandb/${NEW}/files/wandb-summary.json`, `wandb/${OLD}/files/wandb-summary.json`],
    ]);
    const m = result.models[0]!;
    const acc = m.metrics.find((x) => x.name === 'val/acc')!;
    expect([acc.base, acc.head]).toEqual([0.912, 0.85]);
    // config.yaml's eval_size: the drop is tested against 2000 examples.
    expect(acc.test).not.toBeNull();
    // train/loss is a bare NaN in the new summary: diverged, and the PR fails on it.
    const loss = m.metrics.find((x) => x.name === 'train/loss')!;
    expect([loss.diverged, loss.head, loss.base, loss.status]).toEqual(['head', null, 0.21, 'fail']);
    expect(m.findings.map((f) => f.rule)).toContain('metric.diverged');
    expect(renderMarkdown(result, { target: 'comment' })).toContain('| train/loss | 0.21 | NaN (diverged) |');
  });
});
