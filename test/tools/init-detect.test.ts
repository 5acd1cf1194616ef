// `mlgate init` in a repository that already holds tools' output (test/fixtures/tools): the config's reports:
// reads those files, and the gate then runs on them with that config as it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { detectReports } from '../../src/cli/init-detect.js';
import { parseConfig } from '../../src/schema/config.js';
import { captureIo } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { cleanUp, gate, toolTree, writeTree } from './support.js';

afterEach(cleanUp);

const TREE = {
  ...toolTree('dvc/head', 'pipelines/fraud/'),
  ...toolTree('lightning/head'),
  ...toolTree('hf/head', 'nlp/'),
  ...toolTree('wandb'),
  'models/cnn/training.log': toolTree('keras/head')['training.log']!,
  'mlflow.db': readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'tools', 'mlflow', 'head', 'mlflow.db')),
  ...toolTree('mlflow/mlruns', 'legacy/mlruns/'),
};

describe('mlgate init detects the tools', () => {
  it('writes one reports: line per tool output and no example report', async () => {
    const dir = tempDir('mlgate-init-tools-');
    writeTree(dir, TREE);
    const t = captureIo(dir);
    expect(await runCli(['init'], t.io)).toBe(0);
    const config = parseConfig(readFileSync(path.join(dir, '.github/mlgate.yml'), 'utf8'), '.github/mlgate.yml');
    expect(config.reports).toEqual([
      'dvc:pipelines/fraud/dvc.yaml',
      'hf:nlp/outputs',
      'keras:models/cnn/training.log',
      'lightning:logs/churn/version_*/metrics.csv',
      'mlflow:legacy/mlruns/1/*',
      'mlflow:mlflow.db',
      'wandb:wandb/latest-run/files/wandb-summary.json',
    ]);
    expect(t.out()).toContain('Found your tools');
    expect(t.out()).not.toContain('wrote mlgate.yaml');
  });

  it('the written lines gate the tools’ files as they are', async () => {
    const dir = tempDir('mlgate-init-tools-');
    writeTree(dir, TREE);
    await runCli(['init'], captureIo(dir).io);
    const configYaml = readFileSync(path.join(dir, '.github/mlgate.yml'), 'utf8');
    const { models } = await gate({}, TREE, configYaml);
    expect(models.map((m) => [m.name, m.head?.reader]).sort()).toEqual([
      ['churn', 'lightning'],
      ['churn-classifier', 'mlflow'],
      ['cnn', 'keras'],
      ['fraud', 'dvc'],
      ['legacy', 'mlflow'],
      ['model', 'wandb'],
      ['nlp', 'hf'],
    ]);
  });

  it('without any tool output, the example report as before', () => {
    expect(detectReports(['README.md', 'src/train.py', 'outputs/checkpoint-500/trainer_state.json'])).toEqual([]);
  });
});
