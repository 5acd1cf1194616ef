// Hugging Face Trainer output directories (test/fixtures/tools/hf; shapes from transformers'
// trainer_pt_utils.save_metrics and TrainerState.save_to_json).
import { afterEach, describe, expect, it } from 'vitest';
import { detectReader, parseSingleFile } from '../../src/readers/index.js';
import { cleanUp, gate, readTool, toolTree } from './support.js';

afterEach(cleanUp);
const naming = { fallback: 'mrpc', metrics_map: {} };

describe('Hugging Face Trainer', () => {
  it('all_results.json: eval_samples is the eval set size and train_samples the training size, not metrics', () => {
    const loaded = parseSingleFile(
      'hf',
      readTool('hf/head/outputs/all_results.json'),
      'mrpc/outputs/all_results.json',
      naming,
    );
    expect(loaded.report.eval).toEqual({ size: 408 });
    expect(loaded.report.data).toEqual({ train_size: 3668 });
    expect(loaded.report.metrics.eval_accuracy).toBe(0.7941);
    expect(Object.keys(loaded.report.metrics)).not.toContain('eval_samples');
    expect(loaded.source.positions.get('/metrics/eval_accuracy')?.line).toBeGreaterThan(1);
  });

  it('trainer_state.json: each key at its last log_history entry', () => {
    const loaded = parseSingleFile(
      'hf',
      readTool('hf/state-only/outputs/trainer_state.json'),
      'trainer_state.json',
      naming,
    );
    // The epoch-3 evaluation, not the epoch-1 one logged first.
    expect(loaded.report.metrics.eval_accuracy).toBe(0.8603);
    expect(loaded.report.metrics.loss).toBe(0.5512);
    expect(loaded.report.metrics.train_runtime).toBe(118.42);
  });

  it('detects the Trainer file names', () => {
    expect(
      ['all_results.json', 'eval_results.json', 'trainer_state.json'].map((f) => detectReader(`out/${f}`)),
    ).toEqual(['hf', 'hf', 'hf']);
  });

  it('an hf: output directory is read from all_results.json and gated with the eval set size', async () => {
    const { models, result } = await gate(
      toolTree('hf/base', 'models/mrpc/'),
      toolTree('hf/head', 'models/mrpc/'),
      'reports: ["hf:models/mrpc/outputs"]\n',
    );
    expect(models.map((m) => [m.name, m.head_path, m.base_path, m.head?.reader])).toEqual([
      ['mrpc', 'models/mrpc/outputs/all_results.json', 'models/mrpc/outputs/all_results.json', 'hf'],
    ]);
    const acc = result.models[0]!.metrics.find((m) => m.name === 'eval_accuracy')!;
    // 408 examples: a two-proportion test can judge the 6.6 pp drop (it has one, and it is significant).
    expect([acc.base, acc.head, acc.test !== null, acc.status]).toEqual([0.8603, 0.7941, true, 'fail']);
  });

  it('an output directory with only trainer_state.json is read from its log', async () => {
    const { models } = await gate({}, toolTree('hf/state-only', 'm/'), 'reports: ["hf:m/outputs/"]\n');
    expect(models.map((m) => [m.name, m.head_path])).toEqual([['m', 'm/outputs/trainer_state.json']]);
  });
});

describe('Hugging Face Trainer on the command line', () => {
  it('compare --head hf:DIR and validate hf:DIR read the output directory', async () => {
    const { runCli } = await import('../../src/cli/main.js');
    const { captureIo } = await import('../support/cli.js');
    const { tempDir } = await import('../support/temp.js');
    const { writeTree } = await import('./support.js');
    const dir = tempDir('mlgate-hf-cli-');
    writeTree(dir, { ...toolTree('hf/head', 'pr/'), ...toolTree('hf/base', 'main/') });
    const t = captureIo(dir);
    expect(await runCli(['compare', '--head', 'hf:pr/outputs', '--base', 'hf:main/outputs'], t.io)).toBe(1);
    expect(t.err()).toBe('');
    expect(t.out()).toMatch(/eval_accuracy \| 86\.0% \| 79\.4%/);
    const v = captureIo(dir);
    expect(await runCli(['validate', 'hf:pr/outputs'], v.io)).toBe(0);
    expect(v.out()).toMatch(/read as hf/);
  });
});
