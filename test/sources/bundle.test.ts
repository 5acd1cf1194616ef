// The baseline bundle as a Source: written by recording, zipped the way actions/upload-artifact zips it
// (test/support/zip.ts), unpacked and read back with every file's hash checked; and the hostile zips an
// artifact could be (zip slip, absolute names, links, 10k entries, a 1 GB-declared entry, a lying manifest),
// each refused with a message and nothing written outside the target.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/kernel/errors.js';
import { MANIFEST, openBundle, writeBundle, type BundleManifest } from '../../src/sources/bundle.js';
import { openBundleAt, unpackZip } from '../../src/sources/bundle-zip.js';
import { findOnSource } from '../../src/sources/find.js';
import { tempDir } from '../support/temp.js';
import { rawZip, uploadArtifactZip, type RawEntry } from '../support/zip.js';

const SHA = 'a'.repeat(40);
const ABSOLUTE = path.join(tmpdir(), `mlgate-evil-${process.pid}.txt`);
const META = { sha: SHA, ref: 'refs/heads/main', recorded_at: '2026-03-01T12:00:00.000Z', mlgate_version: '0.1.0' };

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: unknown) => (e instanceof InputError ? e.format() : `not an InputError: ${String(e)}`),
  );

function workspace(files: Record<string, string>): string {
  const dir = tempDir('mlgate-ws-');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

async function recorded(files: Record<string, string>): Promise<{ dir: string; manifest: BundleManifest }> {
  const ws = workspace(files);
  const dir = path.join(tempDir('mlgate-bundle-'), 'out');
  const manifest = await writeBundle(dir, ws, Object.keys(files), META);
  return { dir, manifest };
}

/** Unpacks a zip into a target inside a parent directory, and says what the parent holds afterwards. */
async function unpack(zip: Buffer): Promise<{ error: string; parent: string[] }> {
  const parent = tempDir('mlgate-unzip-');
  writeFileSync(path.join(parent, 'a.zip'), zip);
  const error = await refusal(unpackZip(path.join(parent, 'a.zip'), path.join(parent, 'target'), 'artifact x'));
  return { error, parent: readdirSync(parent).sort() };
}

describe('baseline bundle', () => {
  it('round-trips through the zip upload-artifact makes: files at the zip root, hashes checked on read', async () => {
    const files = {
      'models/fraud/mlgate.yaml': 'version: 1\nmodel: fraud\nmetrics: { accuracy: 0.9 }\n',
      'models/fraud/preds.csv': 'id,label,pred\n1,a,a\n',
      '.eval/curve.csv': 'n,accuracy\n10,0.5\n',
    };
    const { dir, manifest } = await recorded(files);
    expect(manifest.files.map((f) => [f.path, f.stored])).toEqual([
      ['.eval/curve.csv', '_.eval/curve.csv'],
      ['models/fraud/mlgate.yaml', 'models/fraud/mlgate.yaml'],
      ['models/fraud/preds.csv', 'models/fraud/preds.csv'],
    ]);
    const zip = await uploadArtifactZip(dir);
    // The manifest is at the zip's root, as upload-artifact puts a directory's files.
    expect(zip.includes(Buffer.from(MANIFEST))).toBe(true);
    const zipFile = path.join(tempDir('mlgate-dl-'), 'mlgate-baseline.zip');
    writeFileSync(zipFile, zip);
    const bundle = await openBundleAt(zipFile, tempDir('mlgate-tmp-'), { name: 'mlgate-baseline', label: 'x.zip' });
    expect(bundle.manifest.sha).toBe(SHA);
    expect(bundle.source.kind).toBe('artifact');
    expect(bundle.source.describe()).toBe(`artifact \`mlgate-baseline\` recorded at \`${SHA.slice(0, 7)}\``);
    for (const [rel, text] of Object.entries(files)) expect(await bundle.source.read(rel)).toBe(text);
    expect(await bundle.source.read('models/other.yaml')).toBeNull();
    expect(await findOnSource(bundle.source, ['models/**/mlgate.yaml'])).toEqual(['models/fraud/mlgate.yaml']);
    const copy = await bundle.source.toFile('models/fraud/preds.csv', tempDir(), 1 << 20);
    expect(readFileSync(copy!, 'utf8')).toBe(files['models/fraud/preds.csv']);
  });

  it('refuses a file that does not match its sha256, a file the manifest does not list, and a bad manifest', async () => {
    const { dir } = await recorded({ 'r/mlgate.yaml': 'version: 1\nmodel: m\nmetrics: { accuracy: 0.9 }\n' });
    writeFileSync(path.join(dir, 'r/mlgate.yaml'), 'version: 1\nmodel: m\nmetrics: { accuracy: 0.99 }\n');
    const b = await openBundle(dir, { label: 'bundle' });
    expect(await refusal(b.source.read('r/mlgate.yaml'))).toMatch(
      /^r\/mlgate\.yaml@aaaaaaa \(baseline bundle\): does not match the sha256 in the bundle's manifest/,
    );
    expect(await refusal(b.source.toFile('r/mlgate.yaml', tempDir(), 1 << 20))).toMatch(/does not match the sha256/);

    writeFileSync(path.join(dir, 'extra.yaml'), 'x');
    expect(await refusal(openBundle(dir, { label: 'bundle' }))).toBe(
      'bundle: holds extra.yaml, which its manifest does not list; record the bundle again',
    );

    const manifest = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as BundleManifest;
    const bad = (patch: object) => {
      const d = tempDir();
      writeFileSync(path.join(d, MANIFEST), JSON.stringify({ ...manifest, files: [], ...patch }));
      return refusal(openBundle(d, { label: 'b' }));
    };
    expect(await bad({ sha: 'main' })).toMatch(/^b\/mlgate-baseline\.json: sha: is missing or malformed/);
    expect(await bad({ files: [{ ...manifest.files[0], path: '../etc/passwd' }] })).toMatch(
      /files\[0\]\.path: is not a plain relative path/,
    );
    expect(await bad({ files: [{ ...manifest.files[0], sha256: 'x' }] })).toMatch(/files\[0\]\.sha256/);
    expect(await bad({ mlgate_baseline: 2 })).toMatch(/mlgate_baseline: is not 1/);
    expect(await refusal(openBundle(tempDir(), { label: 'empty' }))).toMatch(/^empty: has no mlgate-baseline\.json/);
  });

  it('refuses a link in an unpacked bundle directory instead of following it', async () => {
    const { dir, manifest } = await recorded({ 'r.yaml': 'version: 1\nmodel: m\nmetrics: { a: 1 }\n' });
    const outside = workspace({ 'secret.yaml': 'version: 1\nmodel: m\nmetrics: { a: 1 }\n' });
    const file = path.join(dir, manifest.files[0]!.stored);
    rmSync(file);
    symlinkSync(path.join(outside, 'secret.yaml'), file);
    const b = await openBundle(dir, { label: 'bundle' });
    expect(await refusal(b.source.read('r.yaml'))).toMatch(/symbolic link that leaves the workspace/);
  });

  describe('hostile zips', () => {
    const ok: RawEntry = { name: 'mlgate-baseline.json', data: '{}' };
    const cases: Array<[string, RawEntry[], RegExp]> = [
      ['zip slip', [ok, { name: '../evil.txt', data: 'x' }], /name leaves the bundle/],
      ['a nested zip slip', [{ name: 'a/../../evil.txt', data: 'x' }], /name leaves the bundle/],
      ['an absolute name', [{ name: ABSOLUTE, data: 'x' }], /name leaves the bundle/],
      ['a backslash name', [{ name: '..\\evil.txt', data: 'x' }], /name leaves the bundle/],
      ['a symbolic link', [{ name: 'link', data: '/etc/passwd', mode: 0o120777 }], /has a symbolic link \(link\)/],
      [
        '10,000 entries',
        Array.from({ length: 10_000 }, (_, i) => ({ name: `f${i}`, data: '' })),
        /has 10000 entries \(a bundle holds at most 1000 files\)/,
      ],
      [
        'a 1 GB-declared entry',
        [{ name: 'big.csv', data: 'x', declaredSize: 1_000_000_000, deflate: true }],
        /declares 1000000000 bytes for big\.csv, more than the \d+ a bundle may hold/,
      ],
      [
        'an entry longer than declared (a zip bomb)',
        [{ name: 'bomb.csv', data: 'x'.repeat(100_000), declaredSize: 10, deflate: true }],
        /not the size its header declares/,
      ],
      ['a name twice', [ok, ok], /names mlgate-baseline\.json twice/],
      ['not a zip', [], /./],
    ];
    for (const [what, entries, message] of cases) {
      it(`refuses ${what}, writing nothing outside the target`, async () => {
        const zip = what === 'not a zip' ? Buffer.from('PK not really') : rawZip(entries);
        const { error, parent } = await unpack(zip);
        expect(error).toMatch(/^artifact x: /);
        expect(error).toMatch(message);
        expect(parent).toEqual(['a.zip', 'target']);
        expect(existsSync(ABSOLUTE)).toBe(false);
      });
    }
  });
});
