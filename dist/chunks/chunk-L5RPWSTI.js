import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-VFNVTEDH.js";

// src/adapters/files.ts
import { constants, promises as fs } from "node:fs";
import path from "node:path";
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
function resolveInside(root, fromDir, relative, label, where = {}) {
  const at = { file: label, ...where };
  if (relative.includes("\0")) throw new InputError("path contains a NUL character", at);
  if (path.isAbsolute(relative))
    throw new InputError(
      `path "${short(relative)}" is absolute; use a path relative to ${folderName(root, fromDir)}`,
      at
    );
  const full = path.resolve(fromDir, relative);
  const rel = path.relative(path.resolve(root), full);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new InputError(
      `path "${short(relative)}" points outside the repository (it is resolved against ${folderName(root, fromDir)}); keep files inside the workspace`,
      at
    );
  }
  return full;
}
function folderName(root, dir) {
  const rel = path.relative(path.resolve(root), path.resolve(dir)).split(path.sep).join("/");
  return rel === "" ? "the workspace root" : `${short(rel)}/`;
}
function notFoundFromReport(what, root, fromDir, full) {
  const resolved = path.relative(path.resolve(root), full).split(path.sep).join("/");
  return `${what} not found: ${short(resolved)} does not exist (a relative path is resolved against the report's folder, ${folderName(root, fromDir)})`;
}
function short(s) {
  const clean = s.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 80 ? clean.slice(0, 79) + "\u2026" : clean;
}
async function checkUntrustedFile(file, opts) {
  const label = opts.label ?? path.relative(opts.root, file) ?? file;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let real;
  try {
    real = await fs.realpath(file);
  } catch (e) {
    if (e.code === "ENOENT") {
      const isLink = await fs.lstat(file).then(
        (s) => s.isSymbolicLink(),
        () => false
      );
      if (isLink) throw new InputError("is a symbolic link to nothing; commit the file itself", { file: label });
      return null;
    }
    throw new InputError(`cannot be read (${e.code ?? "error"})`, { file: label });
  }
  const rootReal = await fs.realpath(opts.root).catch(() => path.resolve(opts.root));
  const rel = path.relative(rootReal, real);
  if (rel.startsWith("..") || path.isAbsolute(rel)) {
    const lexical = path.relative(path.resolve(opts.root), path.resolve(file));
    const byPath = lexical.startsWith("..") || path.isAbsolute(lexical);
    throw new InputError(
      byPath ? "is outside the workspace; use a path inside the repository" : "is a symbolic link that leaves the workspace; commit the file itself",
      { file: label }
    );
  }
  const stat = await fs.stat(real);
  if (!stat.isFile())
    throw new InputError("is not a regular file (a directory, FIFO or device); point to a file", { file: label });
  if (stat.size > maxBytes)
    throw new InputError(`is too large (${stat.size} bytes; the limit is ${maxBytes})`, { file: label });
  return { real, size: stat.size };
}
async function readUntrustedText(file, opts) {
  const label = opts.label ?? path.relative(opts.root, file) ?? file;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const checked = await checkUntrustedFile(file, opts);
  if (!checked) return null;
  const handle = await fs.open(checked.real, constants.O_RDONLY | constants.O_NONBLOCK).catch((e) => {
    throw new InputError(`cannot be opened (${e.code ?? "error"})`, { file: label });
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile())
      throw new InputError("is not a regular file (a directory, FIFO or device); point to a file", { file: label });
    if (stat.size > maxBytes)
      throw new InputError(`is too large (${stat.size} bytes; the limit is ${maxBytes})`, { file: label });
    const bytes = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    if (bytesRead > maxBytes) throw new InputError(`is too large (more than ${maxBytes} bytes)`, { file: label });
    return decodeUtf8(bytes.subarray(0, bytesRead), label);
  } finally {
    await handle.close();
  }
}
function decodeUtf8(bytes, label) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    throw new InputError("is encoded as UTF-16; save it as UTF-8", { file: label });
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("is not valid UTF-8 text; save it as UTF-8", { file: label });
  }
}

export {
  DEFAULT_MAX_BYTES,
  resolveInside,
  notFoundFromReport,
  checkUntrustedFile,
  readUntrustedText,
  decodeUtf8
};
