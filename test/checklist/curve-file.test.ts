// The learning_curve item with the curve in a CSV file: it counts distinct training sizes, as for inline points.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo, tempFiles } from '../support/cli.js';

const REPORT = 'version: 1\nmodel: m\nmetrics:\n  accuracy: 0.9\nlifecycle:\n  owner: a\n';

async function curveItem(csv: string): Promise<{ status: string; evidence: string }> {
  const dir = tempFiles({
    'h.yaml': `${REPORT}learning_curve:\n  metric: accuracy\n  file: curve.csv\n`,
    'curve.csv': csv,
  });
  const t = captureIo(dir);
  await runCli(['compare', '--head', 'h.yaml', '--format', 'json'], t.io);
  return JSON.parse(t.out()).models[0].checklist.find((c: { id: string }) => c.id === 'learning_curve');
}

describe('learning_curve from a CSV file', () => {
  it('five rows at one training size are one size, not a curve', async () => {
    const item = await curveItem('train_size,accuracy\n' + '1000,0.9\n'.repeat(5));
    expect(item.status).not.toBe('pass');
    expect(item.evidence).toContain('1 training size');
  });

  it('five distinct sizes pass', async () => {
    const item = await curveItem('train_size,accuracy\n125,0.7\n250,0.8\n500,0.85\n1000,0.88\n2000,0.9\n');
    expect(item.status).toBe('pass');
  });
});
