// `mlgate record` writes the bundle `mode: record` writes (reports, the predictions they name, a manifest), and
// `mlgate compare --base-artifact` reproduces a PR's verdict from that bundle, as a zip made like
// upload-artifact's or as a directory: the paired test runs on the recorded predictions.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../support/cli.js';
import { linearHistory } from '../support/history.js';
import { tempDir } from '../support/temp.js';
import { uploadArtifactZip } from '../support/zip.js';

// `n` examples, the first `wrong` mispredicted.
function predictions(n: number, wrong: number): string {
  const rows = ['id,label,prediction'];
  for (let i = 0; i < n; i++) rows.push(`${i},ok,${i < wrong ? 'fraud' : 'ok'}`);
  return rows.join('\n') + '\n';
}

const report = (acc: number) =>
  `version: 1\nmodel: fraud\nmetrics: { accuracy: ${acc} }\neval: { dataset: gold, size: 5000, predictions: preds.csv }\n`;

function writeReport(dir: string, wrong: number) {
  mkdirSync(path.join(dir, 'models/fraud'), { recursive: true });
  writeFileSync(path.join(dir, 'models/fraud/mlgate.yaml'), report((5000 - wrong) / 5000));
  writeFileSync(path.join(dir, 'models/fraud/preds.csv'), predictions(5000, wrong));
}

describe('mlgate record and compare --base-artifact', () => {
  it('records a bundle and compares a regressed working tree with it, zipped or not', async () => {
    const h = linearHistory(4, {});
    mkdirSync(path.join(h.dir, '.github'));
    writeFileSync(path.join(h.dir, '.github/mlgate.yml'), 'version: 1\nreports: [models/*/mlgate.yaml]\n');
    writeReport(h.dir, 400); // 92 %
    const out = path.join(tempDir('mlgate-rec-'), 'bundle');
    const rec = captureIo(h.dir);
    expect(await runCli(['record', '--out', out, '--sha', h.shas[1]!], rec.io)).toBe(0);
    expect(rec.out()).toContain('recorded models/fraud/mlgate.yaml');
    expect(rec.out()).toContain('recorded models/fraud/preds.csv');
    const manifest = JSON.parse(readFileSync(path.join(out, 'mlgate-baseline.json'), 'utf8'));
    expect(manifest).toMatchObject({ mlgate_baseline: 1, sha: h.shas[1], mlgate_version: '0.1.0' });

    writeReport(h.dir, 550); // 89 %: −3 pp
    const zip = path.join(tempDir('mlgate-dl-'), 'mlgate-baseline.zip');
    writeFileSync(zip, await uploadArtifactZip(out));
    for (const bundle of [zip, out]) {
      const cmp = captureIo(h.dir);
      const code = await runCli(['compare', '--base-artifact', bundle, '--format', 'json'], cmp.io);
      const result = JSON.parse(cmp.out());
      expect(code).toBe(1);
      expect(result.base).toMatchObject({ source: 'artifact', provenance: { sha: h.shas[1], behind: null } });
      const accuracy = result.models[0].metrics[0];
      expect(accuracy.delta).toBeCloseTo(-0.03, 10);
      expect(accuracy.test).toMatch(/McNemar|paired/i);
    }

    // With --base-ref, the distance behind that commit is known, and staleness judged as on a PR.
    const text = captureIo(h.dir);
    expect(
      await runCli(['compare', '--base-artifact', zip, '--base-ref', h.shas[3]!, '--format', 'text'], text.io),
    ).toBe(1);
    expect(text.out()).toContain(`baseline: the bundle \`${zip}\` recorded at \`${h.shas[1]!.slice(0, 7)}\``);
    expect(text.out()).toContain(`(2 commits behind the PR’s base \`${h.shas[3]!.slice(0, 7)}\``);
  });

  it('refuses what is not a bundle, and a directory that is not empty', async () => {
    const h = linearHistory(1);
    writeReport(h.dir, 400);
    const io = captureIo(h.dir);
    expect(
      await runCli(['compare', '--base-artifact', 'nothing.zip', '--head', 'models/fraud/mlgate.yaml'], io.io),
    ).toBe(2);
    expect(io.err()).toContain('nothing.zip: does not exist; give the downloaded artifact');
    const busy = tempDir('mlgate-busy-');
    writeFileSync(path.join(busy, 'x'), '');
    const rec = captureIo(h.dir);
    expect(await runCli(['record', '--out', busy, '--report', 'models/fraud/mlgate.yaml'], rec.io)).toBe(2);
    expect(rec.err()).toContain('is not empty; a baseline bundle is written to a new or empty directory');
    const missing = captureIo(h.dir);
    writeFileSync(path.join(h.dir, 'models/fraud/mlgate.yaml'), report(0.9).replace('preds.csv', 'gone.csv'));
    expect(
      await runCli(['record', '--out', path.join(busy, 'b'), '--report', 'models/fraud/mlgate.yaml'], missing.io),
    ).toBe(2);
    expect(missing.err()).toContain('names models/fraud/gone.csv, which does not exist');
  });
});
