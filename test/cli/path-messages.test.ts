// Path errors say which path, where it was looked for and from where: the report's file:line of the field, the
// path as resolved (workspace-relative) and that relative paths start at the report's folder; a file named on the
// command line outside the current directory is refused naming the flag and the directory (the CLI's workspace).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

function repo(files: Record<string, string>): string {
  const dir = tempDir('mlgate-paths-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}
async function cli(cwd: string, ...args: string[]) {
  const c = captureIo(cwd);
  const code = await runCli(args, c.io);
  return { code, err: c.err() };
}
const REPORT = 'version: 1\nmodel: fraud\nmetrics: { accuracy: 0.9 }\neval:\n  dataset: gold\n  size: 5000\n';

describe('paths in error messages', () => {
  it('a missing eval.predictions names the report line, the resolved path and the report folder', async () => {
    const dir = repo({ 'models/fraud/mlgate.yaml': `${REPORT}  predictions: out/preds.csv\n` });
    const r = await cli(dir, 'compare', '--head', 'models/fraud/mlgate.yaml', '--base', 'models/fraud/mlgate.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "error: models/fraud/mlgate.yaml:7:16: eval.predictions: predictions file not found: models/fraud/out/preds.csv does not exist (a relative path is resolved against the report's folder, models/fraud/)\n",
    );
  });

  it('a report at the root says its folder is the workspace root', async () => {
    const dir = repo({ 'mlgate.yaml': `${REPORT}  predictions: preds.csv\n` });
    const r = await cli(dir, 'compare', '--head', 'mlgate.yaml', '--base', 'mlgate.yaml');
    expect(r.err).toMatch(
      /^error: mlgate\.yaml:7:16: eval\.predictions: predictions file not found: preds\.csv does not exist \(a relative path is resolved against the report's folder, the workspace root\)\n$/,
    );
  });

  it('a missing learning_curve.file, in compare and in curve', async () => {
    const dir = repo({
      'models/fraud/mlgate.yaml': `${REPORT}learning_curve:\n  metric: accuracy\n  file: curve.csv\n`,
    });
    const expected =
      "models/fraud/mlgate.yaml:9:9: learning_curve.file: learning-curve CSV not found: models/fraud/curve.csv does not exist (a relative path is resolved against the report's folder, models/fraud/)\n";
    expect((await cli(dir, 'compare', '--head', 'models/fraud/mlgate.yaml')).err).toBe(`error: ${expected}`);
    expect((await cli(dir, 'curve', 'models/fraud/mlgate.yaml')).err).toBe(`error: ${expected}`);
  });

  it('a path that climbs out names the field, its line and the folder it is resolved against', async () => {
    const dir = repo({
      'models/fraud/mlgate.yaml': `${REPORT}learning_curve:\n  metric: accuracy\n  file: ../../../x.csv\n`,
    });
    const r = await cli(dir, 'compare', '--head', 'models/fraud/mlgate.yaml');
    expect(r.err).toBe(
      'error: models/fraud/mlgate.yaml:9:9: learning_curve.file: path "../../../x.csv" points outside the repository (it is resolved against models/fraud/); keep files inside the workspace\n',
    );
  });

  it('--base outside the current directory names the flag and the directory that is the workspace', async () => {
    const outside = repo({ 'base.yaml': REPORT });
    const dir = repo({ 'mlgate.yaml': REPORT });
    const r = await cli(dir, 'compare', '--head', 'mlgate.yaml', '--base', path.join(outside, 'base.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `error: ${path.join(outside, 'base.yaml')}: --base names a file outside the current directory (${dir}), which is the CLI's workspace: mlgate reads only files under the directory it runs in. Copy the file into it, or run mlgate from a directory that contains it\n`,
    );
  });
});
