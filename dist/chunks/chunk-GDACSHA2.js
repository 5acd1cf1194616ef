import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-5MAPMZYJ.js";

// src/sources/bounds.ts
import path from "node:path";
var DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
var MAX_LIST_ENTRIES = 5e4;
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".venv", "venv", "__pycache__", ".dvc", "mlruns"]);
function isSkippedDir(name) {
  return SKIP_DIRS.has(name);
}
function belowSkipped(rel, maxDepth) {
  const dirs = rel.split("/").slice(0, -1);
  return dirs.length > maxDepth || dirs.some(isSkippedDir);
}
function checkSourcePath(rel) {
  if (rel.includes("\0")) throw new InputError("path contains a NUL character", { file: short(rel) });
  const clean = path.posix.normalize(rel).replace(/^(\.\/)+/, "");
  if (path.posix.isAbsolute(clean) || clean === ".." || clean.startsWith("../"))
    throw new InputError("is outside the workspace; use a path inside the repository", { file: short(rel) });
  return clean === "." ? "" : clean.replace(/\/+$/, "");
}
function tooLarge(label, maxBytes, size) {
  const what = size === void 0 ? `more than ${maxBytes} bytes` : `${size} bytes; the limit is ${maxBytes}`;
  return new InputError(`is too large (${what})`, { file: label });
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
async function* boundedChunks(data, maxBytes, tooBig, label) {
  if (typeof data === "string" || data instanceof ArrayBuffer) {
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : new Uint8Array(data);
    if (bytes.byteLength > maxBytes) throw tooBig();
    yield bytes;
    return;
  }
  const stream = data;
  if (!stream || typeof stream.getReader !== "function")
    throw new InputError("the server returned an unexpected body", { file: label });
  const reader = stream.getReader();
  let size = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) return;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    yield value;
  }
}
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

// src/sources/workspace.ts
import { constants, promises as fs } from "node:fs";
import path2 from "node:path";

// src/sources/source.ts
var SourceUnavailable = class extends Error {
  constructor(why) {
    super(why);
    this.name = "SourceUnavailable";
  }
};
function defineSource(b) {
  const readBytes = async (rel, opts) => {
    const clean = checkSourcePath(rel);
    const maxBytes = opts?.maxBytes ?? DEFAULT_MAX_BYTES;
    const bytes = await b.readBytes(clean, maxBytes);
    if (bytes !== null && bytes.byteLength > maxBytes) throw tooLarge(b.label(clean), maxBytes);
    return bytes;
  };
  return {
    get kind() {
      return b.kind;
    },
    describe: () => b.describe(),
    label: (rel) => b.label(rel),
    readBytes,
    async read(rel, opts) {
      const bytes = await readBytes(rel, opts);
      return bytes === null ? null : decodeUtf8(bytes, b.label(checkSourcePath(rel)));
    },
    toFile: (rel, tempDir, maxBytes) => b.toFile(checkSourcePath(rel), tempDir, maxBytes),
    list: (dir, opts) => b.list(dir === "" ? "" : checkSourcePath(dir), {
      maxEntries: opts?.maxEntries ?? MAX_LIST_ENTRIES,
      maxDepth: opts?.maxDepth ?? Infinity,
      regularOnly: opts?.regularOnly ?? false
    })
  };
}
function firstAvailable(sources) {
  let answered = null;
  async function ask(call, fallback, isRead) {
    for (const s of sources) {
      try {
        const out = await call(s);
        if (isRead) answered = s;
        return out;
      } catch (e) {
        if (!(e instanceof SourceUnavailable)) throw e;
      }
    }
    return fallback;
  }
  return {
    get kind() {
      return answered?.kind ?? "none";
    },
    describe: () => answered?.describe() ?? "no baseline source",
    label: (rel) => (answered ?? sources[0])?.label(rel) ?? rel,
    read: (rel, opts) => ask((s) => s.read(rel, opts), null, true),
    readBytes: (rel, opts) => ask((s) => s.readBytes(rel, opts), null, true),
    toFile: (rel, tempDir, maxBytes) => ask((s) => s.toFile(rel, tempDir, maxBytes), null, false),
    list: (dir, opts) => ask((s) => s.list(dir, opts), null, false)
  };
}

// src/sources/workspace.ts
function workspaceSource(root, opts = {}) {
  const label = opts.label ?? ((rel) => rel);
  return defineSource({
    kind: opts.kind ?? "file",
    describe: () => "the working tree",
    label,
    readBytes: (rel, maxBytes) => readUntrustedBytes(path2.join(root, rel), { root, label: label(rel), maxBytes }),
    async toFile(rel, _tempDir, maxBytes) {
      const checked = await checkUntrustedFile(path2.join(root, rel), { root, label: label(rel), maxBytes });
      return checked ? checked.real : null;
    },
    list: (dir, o) => listWorkspace(root, dir, o)
  });
}
async function checkUntrustedFile(file, opts) {
  const label = opts.label ?? path2.relative(opts.root, file);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const real = await realpathOrNull(file, label);
  if (real === null) return null;
  const rootReal = await fs.realpath(opts.root).catch(() => path2.resolve(opts.root));
  const rel = path2.relative(rootReal, real);
  if (rel.startsWith("..") || path2.isAbsolute(rel)) {
    const lexical = path2.relative(path2.resolve(opts.root), path2.resolve(file));
    const byPath = lexical.startsWith("..") || path2.isAbsolute(lexical);
    throw new InputError(
      byPath ? "is outside the workspace; use a path inside the repository" : "is a symbolic link that leaves the workspace; commit the file itself",
      { file: label }
    );
  }
  const stat = await fs.stat(real);
  if (!stat.isFile()) throw notRegular(label);
  if (stat.size > maxBytes) throw tooLarge(label, maxBytes, stat.size);
  return { real, size: stat.size };
}
async function realpathOrNull(file, label) {
  try {
    return await fs.realpath(file);
  } catch (e) {
    if (e.code !== "ENOENT")
      throw new InputError(`cannot be read (${e.code ?? "error"})`, { file: label });
    const isLink = await fs.lstat(file).then(
      (s) => s.isSymbolicLink(),
      () => false
    );
    if (isLink) throw new InputError("is a symbolic link to nothing; commit the file itself", { file: label });
    return null;
  }
}
var notRegular = (label) => new InputError("is not a regular file (a directory, FIFO or device); point to a file", { file: label });
async function readUntrustedBytes(file, opts) {
  const label = opts.label ?? path2.relative(opts.root, file);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const checked = await checkUntrustedFile(file, opts);
  if (!checked) return null;
  const handle = await fs.open(checked.real, constants.O_RDONLY | constants.O_NONBLOCK).catch((e) => {
    throw new InputError(`cannot be opened (${e.code ?? "error"})`, { file: label });
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw notRegular(label);
    if (stat.size > maxBytes) throw tooLarge(label, maxBytes, stat.size);
    const bytes = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    if (bytesRead > maxBytes) throw tooLarge(label, maxBytes);
    return bytes.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
async function readUntrustedText(file, opts) {
  const bytes = await readUntrustedBytes(file, opts);
  return bytes === null ? null : decodeUtf8(bytes, opts.label ?? path2.relative(opts.root, file));
}
async function linkedComponent(root, dir) {
  let rel = "";
  for (const part of dir.split("/").filter((p) => p !== "")) {
    rel = rel ? `${rel}/${part}` : part;
    const st = await fs.lstat(path2.join(root, rel)).catch(() => null);
    if (!st) return null;
    if (st.isSymbolicLink()) return rel;
  }
  return null;
}
async function listWorkspace(root, dir, opts) {
  const link = await linkedComponent(root, dir);
  if (link !== null) return { files: [], link };
  const files = [];
  let seen = 0;
  const walk = async (rel, depth) => {
    const entries = await fs.readdir(path2.join(root, rel), { withFileTypes: true }).catch(() => []);
    for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
      if (++seen > opts.maxEntries) return false;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!isSkippedDir(e.name) && depth < opts.maxDepth && !await walk(child, depth + 1)) return false;
      } else if (!opts.regularOnly || e.isFile()) files.push(child);
    }
    return true;
  };
  const complete = await walk(dir, 0);
  return complete ? { files } : { files, truncated: true };
}

export {
  isSkippedDir,
  belowSkipped,
  checkSourcePath,
  tooLarge,
  boundedChunks,
  resolveInside,
  notFoundFromReport,
  short,
  SourceUnavailable,
  defineSource,
  firstAvailable,
  workspaceSource,
  checkUntrustedFile,
  readUntrustedBytes,
  readUntrustedText
};
