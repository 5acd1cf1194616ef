/**
 * Zips for tests. `uploadArtifactZip` makes the zip of a directory exactly as actions/upload-artifact does:
 * - actions/upload-artifact src/shared/search.ts: a single directory `path` is the artifact's root directory;
 *   directories themselves are not uploaded (only files), hidden files are left out unless
 *   `include-hidden-files: true`;
 * - actions/toolkit packages/artifact/src/internal/upload/upload-zip-specification.ts: each file's name in the
 *   zip is its path with the root directory cut off (`/dir/file3.txt`);
 * - actions/toolkit packages/artifact/src/internal/upload/zip.ts: written by zip-stream (archiver's zip
 *   engine, which drops the leading `/`), deflate level 6.
 * `rawZip` writes entries byte by byte (PKWARE APPNOTE 4.3: local headers, central directory, end record), so
 * that tests can make the hostile zips no zip library would: `../` names, absolute names, symbolic links,
 * declared sizes that lie, ten thousand entries.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import ZipStream from 'zip-stream';

function filesUnder(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    // upload-artifact's default `include-hidden-files: false` (@actions/glob excludeHiddenFiles).
    if (e.name.startsWith('.')) continue;
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...filesUnder(root, child));
    else out.push(child);
  }
  return out;
}

export async function uploadArtifactZip(dir: string): Promise<Buffer> {
  const zip = new ZipStream({ zlib: { level: 6 } });
  const chunks: Buffer[] = [];
  zip.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    zip.on('end', () => resolve());
    zip.on('error', reject);
  });
  for (const rel of filesUnder(dir)) {
    const file = path.join(dir, rel);
    if (!statSync(file).isFile()) continue;
    await new Promise<void>((resolve, reject) =>
      zip.entry(createReadStream(file), { name: `/${rel}` }, (err) => (err ? reject(err) : resolve())),
    );
  }
  zip.finalize();
  await done;
  return Buffer.concat(chunks);
}

export interface RawEntry {
  name: string;
  data?: Buffer | string;
  /** Unix mode in the external attributes (0o100644 a file, 0o120777 a symbolic link). */
  mode?: number;
  /** The uncompressed size the headers declare, whatever the data is. */
  declaredSize?: number;
  deflate?: boolean;
}

export function rawZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.from(e.data ?? '');
    const body = e.deflate ? deflateRawSync(data) : data;
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
