/**
 * A baseline bundle: the reports a `mode: record` run validated on the default branch, the files they reference,
 * and a manifest (`mlgate-baseline.json`: the commit, the time, mlgate's version, each file's size and sha256),
 * as a directory or as the zip actions/upload-artifact made of it. As a Source it serves only the files its
 * manifest lists, each checked against its hash when read; a zip is unpacked as untrusted input first
 * (bundle-zip.ts). Layout and limits: docs/baselines.md.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InputError } from '../kernel/errors.js';
import type { BaselineOrigin } from '../kernel/provenance.js';
import { parseYamlOrJson } from '../kernel/safe-parse.js';
import { belowSkipped, checkSourcePath, short, tooLarge } from './bounds.js';
import { defineSource, type Source } from './source.js';
import { checkUntrustedFile, readUntrustedBytes, readUntrustedText, workspaceSource } from './workspace.js';

export const MANIFEST = 'mlgate-baseline.json';
export const MAX_BUNDLE_FILES = 1000;
/** All files together, uncompressed: a baseline is reports, predictions and curves, not a model. */
export const MAX_BUNDLE_BYTES = 512 * 1024 ** 2;
const MAX_MANIFEST_BYTES = 1024 ** 2;

export interface BundleFile {
  /** Where the file was in the recorded workspace (root-relative): the path the gate reads it by. */
  path: string;
  /** Where it is in the bundle: `path`, with hidden components (`.x`) stored as `_.x`, which upload-artifact skips. */
  stored: string;
  size: number;
  sha256: string;
}

export interface BundleManifest {
  mlgate_baseline: 1;
  sha: string;
  ref: string | null;
  recorded_at: string;
  mlgate_version: string;
  files: BundleFile[];
}

export interface Bundle {
  dir: string;
  manifest: BundleManifest;
  source: Source;
}

export function storedName(rel: string): string {
  return rel
    .split('/')
    .map((c) => (c.startsWith('.') ? `_${c}` : c))
    .join('/');
}

const fail = (label: string, field: string, what: string) =>
  new InputError(`${what}; the bundle was not written by mlgate record, or was altered: record it again`, {
    file: label,
    field,
  });

function str(v: unknown, label: string, field: string, re: RegExp, max = 200): string {
  if (typeof v !== 'string' || v.length > max || !re.test(v)) throw fail(label, field, 'is missing or malformed');
  return v;
}

/** The path as a Source names it, or null when it leaves the root. */
function plain(p: string): string | null {
  try {
    return checkSourcePath(p);
  } catch {
    return null;
  }
}

function checkFile(v: unknown, i: number, label: string): BundleFile {
  const at = `files[${i}]`;
  const f = (v ?? {}) as Record<string, unknown>;
  const rel = (k: 'path' | 'stored') => {
    const p = str(f[k], label, `${at}.${k}`, /^[^\0]+$/, 1000);
    if (plain(p) !== p || p === '') throw fail(label, `${at}.${k}`, 'is not a plain relative path');
    return p;
  };
  const size = f.size;
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0 || size > MAX_BUNDLE_BYTES)
    throw fail(label, `${at}.size`, 'is not a size in bytes within the bundle limit');
  return {
    path: rel('path'),
    stored: rel('stored'),
    size,
    sha256: str(f.sha256, label, `${at}.sha256`, /^[0-9a-f]{64}$/),
  };
}

/** The manifest's fields, each checked: it comes from an artifact anyone who can push a workflow could upload. */
export function checkManifest(value: unknown, label: string): BundleManifest {
  const m = (value ?? {}) as Record<string, unknown>;
  if (m.mlgate_baseline !== 1) throw fail(label, 'mlgate_baseline', 'is not 1');
  if (!Array.isArray(m.files) || m.files.length > MAX_BUNDLE_FILES)
    throw fail(label, 'files', `is not a list of at most ${MAX_BUNDLE_FILES} files`);
  const files = m.files.map((f, i) => checkFile(f, i, label));
  const seen = new Set<string>([MANIFEST]);
  for (const f of files) {
    for (const p of new Set([f.path, f.stored])) {
      if (seen.has(p)) throw fail(label, 'files', `names ${short(p)} twice`);
      seen.add(p);
    }
  }
  if (files.reduce((n, f) => n + f.size, 0) > MAX_BUNDLE_BYTES)
    throw fail(label, 'files', `add up to more than ${MAX_BUNDLE_BYTES} bytes`);
  const recorded_at = str(m.recorded_at, label, 'recorded_at', /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/);
  if (!Number.isFinite(Date.parse(recorded_at))) throw fail(label, 'recorded_at', 'is not a time');
  return {
    mlgate_baseline: 1,
    sha: str(m.sha, label, 'sha', /^[0-9a-f]{40,64}$/),
    ref: m.ref === null || m.ref === undefined ? null : str(m.ref, label, 'ref', /^[\x20-\x7e]+$/),
    recorded_at,
    mlgate_version: str(m.mlgate_version, label, 'mlgate_version', /^[0-9A-Za-z.+-]+$/, 40),
    files,
  };
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The bundle in `dir` (unpacked, or a download of one): its manifest, and a Source of the files it lists.
 * `name` is the artifact's name, for the small print; `label` names the bundle in messages.
 */
export async function openBundle(dir: string, opts: { name?: string; label: string }): Promise<Bundle> {
  const manifestLabel = `${opts.label}/${MANIFEST}`;
  const text = await readUntrustedText(path.join(dir, MANIFEST), {
    root: dir,
    maxBytes: MAX_MANIFEST_BYTES,
    label: manifestLabel,
  });
  if (text === null)
    throw new InputError(
      `has no ${MANIFEST}: it is not a baseline bundle (make one with mode: record or mlgate record)`,
      { file: opts.label },
    );
  const manifest = checkManifest(parseYamlOrJson(text, manifestLabel).value, manifestLabel);
  await refuseStrangers(dir, manifest, opts.label);
  return { dir, manifest, source: bundleSource(dir, manifest, opts) };
}

/** Every file of the directory is the manifest or one it lists: nothing else rides along. */
async function refuseStrangers(dir: string, manifest: BundleManifest, label: string): Promise<void> {
  const listed = new Set([MANIFEST, ...manifest.files.map((f) => f.stored)]);
  const listing = await workspaceSource(dir).list('', { maxEntries: 4 * MAX_BUNDLE_FILES });
  if (listing?.truncated) throw new InputError(`holds more than ${MAX_BUNDLE_FILES} files`, { file: label });
  const stranger = listing?.files.find((f) => !listed.has(f));
  if (stranger !== undefined)
    throw new InputError(`holds ${short(stranger)}, which its manifest does not list; record the bundle again`, {
      file: label,
    });
}

function bundleSource(dir: string, manifest: BundleManifest, opts: { name?: string; label: string }): Source {
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  const short7 = manifest.sha.slice(0, 7);
  const label = (rel: string) => `${rel}@${short7} (baseline bundle)`;
  const verified = new Set<string>();
  const mismatch = (f: BundleFile) =>
    new InputError(
      `does not match the sha256 in the bundle's manifest: the baseline was altered or damaged after it was recorded; record it again on the default branch`,
      { file: label(f.path) },
    );
  const entry = (rel: string, maxBytes: number) => {
    const f = byPath.get(rel);
    if (f && f.size > maxBytes) throw tooLarge(label(rel), maxBytes, f.size);
    return f ?? null;
  };
  const missing = (f: BundleFile) =>
    new InputError('is listed in the manifest but missing from the bundle; record it again', { file: label(f.path) });
  return defineSource({
    kind: 'artifact',
    describe: () =>
      opts.name
        ? `artifact \`${opts.name}\` recorded at \`${short7}\``
        : `the bundle \`${short(opts.label)}\` recorded at \`${short7}\``,
    label,
    async readBytes(rel, maxBytes) {
      const f = entry(rel, maxBytes);
      if (!f) return null;
      const file = path.join(dir, f.stored);
      const bytes = await readUntrustedBytes(file, { root: dir, maxBytes, label: label(rel) });
      if (bytes === null) throw missing(f);
      if (bytes.byteLength !== f.size || sha256(bytes) !== f.sha256) throw mismatch(f);
      return bytes;
    },
    async toFile(rel, _tempDir, maxBytes) {
      const f = entry(rel, maxBytes);
      if (!f) return null;
      const checked = await checkUntrustedFile(path.join(dir, f.stored), { root: dir, maxBytes, label: label(rel) });
      if (!checked) throw missing(f);
      if (!verified.has(rel)) {
        if (checked.size !== f.size || (await sha256File(checked.real)) !== f.sha256) throw mismatch(f);
        verified.add(rel);
      }
      return checked.real;
    },
    async list(prefixDir, bounds) {
      const prefix = prefixDir ? `${prefixDir}/` : '';
      const files = [...byPath.keys()]
        .filter((p) => p.startsWith(prefix) && !belowSkipped(p.slice(prefix.length), bounds.maxDepth))
        .sort();
      return files.length > bounds.maxEntries
        ? { files: files.slice(0, bounds.maxEntries), truncated: true }
        : { files };
    },
  });
}

/** What the small print and the staleness rules know about the bundle, once its distance is known. */
export function bundleOrigin(b: Bundle, baseSha: string | null, behind: number | null): BaselineOrigin {
  return {
    from: 'artifact',
    description: b.source.describe(),
    sha: b.manifest.sha,
    base_sha: baseSha,
    behind,
    recorded_at: b.manifest.recorded_at,
  };
}

/** Copies `bytes` of a file while hashing it; refuses more than `max` bytes. */
async function copyHashed(
  from: string,
  to: string,
  max: number,
  label: string,
): Promise<{ size: number; sha: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.byteLength;
      if (size > max) return done(tooLarge(label, max));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await fs.mkdir(path.dirname(to), { recursive: true });
  await pipeline(createReadStream(from), meter, createWriteStream(to, { flags: 'wx' }));
  return { size, sha: hash.digest('hex') };
}

/**
 * Writes the files `paths` of the workspace `root` and the manifest into `outDir`, which must not exist or be
 * empty. The limits of reading one apply: at most MAX_BUNDLE_FILES files and MAX_BUNDLE_BYTES in all.
 */
export async function writeBundle(
  outDir: string,
  root: string,
  paths: readonly string[],
  meta: Omit<BundleManifest, 'mlgate_baseline' | 'files'>,
): Promise<BundleManifest> {
  const unique = [...new Set(paths)].sort();
  if (unique.length > MAX_BUNDLE_FILES)
    throw new InputError(
      `a baseline bundle holds at most ${MAX_BUNDLE_FILES} files (these reports need ${unique.length})`,
    );
  await fs.mkdir(outDir, { recursive: true });
  if ((await fs.readdir(outDir)).length > 0)
    throw new InputError('is not empty; a baseline bundle is written to a new or empty directory', { file: outDir });
  const files: BundleFile[] = [];
  let total = 0;
  for (const rel of unique) {
    const stored = storedName(rel);
    if (stored === MANIFEST || files.some((f) => f.stored === stored))
      throw new InputError(`cannot be stored in the bundle under its own name (${short(stored)} is taken)`, {
        file: rel,
      });
    const left = MAX_BUNDLE_BYTES - total;
    const checked = await checkUntrustedFile(path.join(root, rel), { root, maxBytes: left, label: rel });
    if (checked === null) throw new InputError('was read for a report but is gone; record again', { file: rel });
    const copy = await copyHashed(checked.real, path.join(outDir, stored), left, rel);
    total += copy.size;
    files.push({ path: rel, stored, size: copy.size, sha256: copy.sha });
  }
  const manifest: BundleManifest = { mlgate_baseline: 1, ...meta, files };
  await fs.writeFile(path.join(outDir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n', { flag: 'wx' });
  return manifest;
}
