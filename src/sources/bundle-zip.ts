/**
 * Unpacks a baseline artifact's zip as untrusted input (anyone who can run a workflow can upload one): yauzl reads
 * the central directory and refuses absolute names, `..` and backslashes, and checks each entry's inflated size
 * against the one declared; on top, entries and declared sizes are bounded before anything is inflated, links and
 * encrypted entries are refused, and files are only ever created new (`wx`) under a fresh target directory.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { InputError } from '../kernel/errors.js';
import { checkSourcePath, short } from './bounds.js';
import { MAX_BUNDLE_BYTES, MAX_BUNDLE_FILES, openBundle, type Bundle } from './bundle.js';

/** Entries in the zip's central directory: files plus the directory entries some zip tools add. */
export const MAX_ZIP_ENTRIES = 2 * MAX_BUNDLE_FILES;

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

const bad = (label: string, what: string) =>
  new InputError(`${what}; a bundle made by mlgate record and actions/upload-artifact has none`, { file: label });

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(
      file,
      { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true, decodeStrings: true },
      (err, zip) => (err ? reject(err) : resolve(zip)),
    ),
  );
}

/** yauzl's own refusals, in our words (its messages quote the entry's name verbatim). */
function zipError(e: unknown, label: string): InputError {
  if (e instanceof InputError) return e;
  const m = String((e as Error)?.message ?? e);
  if (/^(absolute path|invalid relative path|invalid characters in fileName)/.test(m))
    return bad(
      label,
      `has an entry whose name leaves the bundle (absolute, \`..\` or a backslash: ${short(m.replace(/^[^:]*: /, ''))})`,
    );
  if (/too many bytes|too few bytes|size mismatch/i.test(m))
    return bad(label, 'has an entry whose content is not the size its header declares');
  return new InputError(`is not a readable zip archive (${short(m)}); download the artifact again`, { file: label });
}

/** The next entry, or null at the end of the central directory. */
function nextEntry(zip: yauzl.ZipFile): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (e: yauzl.Entry) => (cleanup(), resolve(e));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (e: Error) => (cleanup(), reject(e));
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

function checkEntry(entry: yauzl.Entry, budget: number, label: string): string {
  const rel = checkSourcePath(entry.fileName);
  if (rel === '') throw bad(label, 'has an entry without a name');
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
    throw bad(label, `has a symbolic link (${short(rel)})`);
  if (entry.isEncrypted()) throw bad(label, `has an encrypted entry (${short(rel)})`);
  if (entry.uncompressedSize > budget)
    throw bad(
      label,
      `declares ${entry.uncompressedSize} bytes for ${short(rel)}, more than the ${MAX_BUNDLE_BYTES} a bundle may hold in all`,
    );
  return rel;
}

async function extract(zip: yauzl.ZipFile, entry: yauzl.Entry, dest: string): Promise<void> {
  const stream: Readable = await new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))),
  );
  // yauzl's own size check may fire after the pipeline below has already failed on ours: never unhandled.
  stream.on('error', () => undefined);
  let size = 0;
  // yauzl already stops at the declared size; this is the same bound, kept where the bytes are written.
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.byteLength;
      done(size > entry.uncompressedSize ? new Error('too many bytes in the stream') : null, chunk);
    },
  });
  await fs.mkdir(path.dirname(dest), { recursive: true });
  await pipeline(stream, meter, createWriteStream(dest, { flags: 'wx', mode: 0o644 }));
}

/**
 * Unpacks `zipFile` into `target` (created; it must not exist yet). Throws an InputError naming `label` for
 * anything a bundle does not have, before writing it.
 */
export async function unpackZip(zipFile: string, target: string, label: string): Promise<void> {
  await fs.mkdir(target);
  let zip: yauzl.ZipFile | null = null;
  try {
    zip = await openZip(zipFile);
    if (zip.entryCount > MAX_ZIP_ENTRIES)
      throw bad(label, `has ${zip.entryCount} entries (a bundle holds at most ${MAX_BUNDLE_FILES} files)`);
    let budget = MAX_BUNDLE_BYTES;
    const seen = new Set<string>();
    for (let entry = await nextEntry(zip); entry !== null; entry = await nextEntry(zip)) {
      const rel = checkEntry(entry, budget, label);
      if (seen.has(rel)) throw bad(label, `names ${short(rel)} twice`);
      seen.add(rel);
      const dest = path.join(target, rel);
      if (path.relative(target, dest).startsWith('..')) throw bad(label, `has an entry outside the bundle`);
      if (entry.fileName.endsWith('/')) {
        await fs.mkdir(dest, { recursive: true });
        continue;
      }
      budget -= entry.uncompressedSize;
      await extract(zip, entry, dest);
    }
  } catch (e) {
    throw zipError(e, label);
  } finally {
    zip?.close();
  }
}

/**
 * The bundle at `file`: a directory (unpacked already, e.g. by `gh run download`) or a zip (the artifact as
 * downloaded), unpacked into a new directory under `tempRoot`.
 */
export async function openBundleAt(
  file: string,
  tempRoot: string,
  opts: { name?: string; label: string },
): Promise<Bundle> {
  const st = await fs.stat(file).catch(() => null);
  if (!st)
    throw new InputError('does not exist; give the downloaded artifact (its .zip or its directory)', {
      file: opts.label,
    });
  if (st.isDirectory()) return openBundle(file, opts);
  if (!st.isFile()) throw new InputError('is neither a zip file nor a directory', { file: opts.label });
  const dir = path.join(await fs.mkdtemp(path.join(tempRoot, 'mlgate-bundle-')), 'bundle');
  await unpackZip(file, dir, opts.label);
  return openBundle(dir, opts);
}
