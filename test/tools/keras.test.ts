// Keras' CSVLogger (test/fixtures/tools/keras, shape from keras/src/callbacks/csv_logger.py): `epoch` then sorted
// keys, `NA` on epochs without validation.
import { afterEach, describe, expect, it } from 'vitest';
import { detectReader, parseSingleFile } from '../../src/readers/index.js';
import { InputError } from '../../src/kernel/errors.js';
import { cleanUp, gate, readTool, toolTree } from './support.js';

afterEach(cleanUp);

describe('Keras CSVLogger', () => {
  it('takes each metric at its last logged epoch (validation every other epoch: NA in between)', () => {
    const loaded = parseSingleFile('keras', readTool('keras/head/training.log'), 'models/cnn/training.log', {
      fallback: 'cnn',
      metrics_map: {},
    });
    expect(loaded.report.metrics).toEqual({ epoch: 4, accuracy: 0.9, loss: 0.3, val_accuracy: 0.76, val_loss: 0.54 });
    expect(loaded.source.positions.get('/metrics/val_accuracy')?.line).toBe(5);
    expect(loaded.reader).toBe('keras');
  });

  it('refuses a file that is not a CSVLogger log', () => {
    expect(() =>
      parseSingleFile('keras', 'loss,acc\n0.3,0.9\n', 'training.log', { fallback: 'm', metrics_map: {} }),
    ).toThrow(InputError);
  });

  it('is detected by its name and gates the validation accuracy against the base commit', async () => {
    expect(detectReader('models/cnn/training.log')).toBe('keras');
    const base = { 'models/cnn/training.log': toolTree('keras/base')['training.log']! };
    const head = { 'models/cnn/training.log': toolTree('keras/head')['training.log']! };
    const { models, result } = await gate(base, head, 'reports: [models/cnn/training.log]\n');
    expect(models.map((m) => [m.name, m.head?.reader, m.base?.reader])).toEqual([['cnn', 'keras', 'keras']]);
    const acc = result.models[0]!.metrics.find((m) => m.name === 'val_accuracy')!;
    expect([acc.base, acc.head, acc.status]).toEqual([0.83, 0.76, 'fail']);
  });
});
