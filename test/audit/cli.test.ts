/** `mlgate audit` in-process on real files: the inventory table, the JSON rows, and its exit status. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { captureIo } from '../support/cli.js';
import { tempDir } from '../support/temp.js';
import { demoText } from '../checklist/demo.js';
import { dollars } from '../support/github-text.js';

function repo(expires: string): string {
  const dir = tempDir('mlgate-audit-cli-');
  const write = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  write('.github/mlgate.yml', 'version: 1\nreports: ["models/*/mlgate.yaml"]\n');
  write(
    'models/fraud/mlgate.yaml',
    demoText('examples/demo/head.yaml').replace('expires: 2027-02-28', `expires: ${expires}`),
  );
  write('models/plain/mlgate.yaml', 'version: 1\nmodel: plain\nmetrics:\n  accuracy: 0.8\n');
  return dir;
}

describe('mlgate audit', () => {
  it('prints the inventory and exits 0 when nothing needs attention', async () => {
    const t = captureIo(repo('2027-02-28'));
    expect(await runCli(['audit'], t.io)).toBe(0);
    const out = dollars(t.out());
    expect(out).toContain('### ✅ mlgate: model inventory: 2 models — nothing needs attention');
    expect(out).toContain(
      '| fraud-detector | @&#8203;alice, @&#8203;bob | 2026-11-02 | 2027-02-28 | ✅ ok (99 days left) | accuracy 91.5% | $45.17 | +$175,860 |',
    );
    expect(out).toContain('| plain | — | — | — | ⏺️ no expiry date | accuracy 80.0% | — | — |');
  });

  it('exits 1 with an expired model first; --format json gives the rows', async () => {
    const t = captureIo(repo('2026-11-01'));
    expect(await runCli(['audit', '--format', 'json', '--now', '2026-11-21'], t.io)).toBe(1);
    const rows = (JSON.parse(t.out()) as { models: Array<Record<string, unknown>> }).models;
    expect(rows[0]).toMatchObject({ model: 'fraud-detector', status: 'expired', days: 20, owners: ['alice', 'bob'] });
    expect(rows[1]).toMatchObject({ model: 'plain', status: 'no_expiry' });
  });
});
