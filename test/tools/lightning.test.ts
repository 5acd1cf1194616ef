// Lightning's CSVLogger (test/fixtures/tools/lightning, shapes from lightning/fabric/loggers/csv_logs.py): sparse
// rows, the newest version_N of a logger, the model named by the logger's name.
import { afterEach, describe, expect, it } from 'vitest';
import { parseSingleFile } from '../../src/readers/index.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { cleanUp, gate, readTool, toolTree } from './support.js';

afterEach(cleanUp);
const naming = { fallback: 'x', metrics_map: {} };
const HEAD = 'lightning/head/logs/churn/version_1/metrics.csv';

describe('Lightning CSVLogger', () => {
  it('reads each metric at its last non-empty row, not only the last row', () => {
    const loaded = parseSingleFile('lightning', readTool(HEAD), 'logs/churn/version_1/metrics.csv', naming);
    // The last row holds only train_loss_epoch; val_acc and val_loss were logged on the row before it.
    expect(loaded.report.metrics).toEqual({
      train_loss_step: 0.43,
      epoch: 1,
      step: 3,
      val_acc: 0.84,
      val_loss: 0.16,
      train_loss_epoch: 0.38,
    });
    expect(loaded.source.positions.get('/metrics/val_acc')?.line).toBe(8);
    expect(loaded.report.model).toBe('churn');
  });

  it('the plain csv reader reads a sparse log the same way', () => {
    const loaded = parseSingleFile('csv', readTool(HEAD), 'm.csv', naming);
    expect(loaded.report.metrics.val_acc).toBe(0.84);
  });

  it('fails the 6 pp val_acc drop logged on an earlier row; the newest version is the PR, the base its baseline', async () => {
    for (const spec of ['lightning:logs/churn/version_*/metrics.csv', 'logs/churn/version_*/metrics.csv']) {
      const { models, result } = await gate(
        toolTree('lightning/base'),
        toolTree('lightning/head'),
        `reports: ["${spec}"]\n`,
      );
      expect(models.map((m) => [m.name, m.head_path, m.base_path, m.head?.reader])).toEqual([
        ['churn', 'logs/churn/version_1/metrics.csv', 'logs/churn/version_0/metrics.csv', 'lightning'],
      ]);
      const acc = result.models[0]!.metrics.find((m) => m.name === 'val_acc')!;
      expect([acc.base, acc.head, acc.status]).toEqual([0.9, 0.84, 'fail']);
      expect(result.verdict).toBe('fail');
      // The small print says which file was read, by which reader.
      expect(renderMarkdown(result, { target: 'comment' })).toContain(
        '<sub>Read from logs/churn/version_1/metrics.csv by the lightning reader.</sub>',
      );
    }
  });

  it('names the model lightning_logs for the default logger name at the root', () => {
    const loaded = parseSingleFile('lightning', readTool(HEAD), 'lightning_logs/version_1/metrics.csv', {
      fallback: 'lightning_logs',
      metrics_map: {},
    });
    expect(loaded.report.model).toBe('lightning_logs');
  });
});
