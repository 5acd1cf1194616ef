import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  globBase,
  globMatcher,
  isGlob
} from "./chunk-IP6FT2WD.js";
import {
  workspaceSource
} from "./chunk-DFHFXWES.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";

// src/sources/find.ts
import path from "node:path";
var MAX_REPORTS = 100;
async function matchFiles(source, pattern) {
  const found = await expand(source, pattern);
  return found.kind === "files" ? found.files : null;
}
async function expand(source, pattern) {
  if (!isGlob(pattern)) {
    const dir = path.posix.dirname(pattern);
    const listing2 = await source.list(dir === "." ? "" : dir, { maxDepth: 0 });
    if (listing2 === null) return { kind: "unlisted" };
    if (listing2.truncated) return { kind: "too-many" };
    if (listing2.link !== void 0) return { kind: "files", files: [pattern] };
    return { kind: "files", files: listing2.files.includes(pattern) ? [pattern] : [] };
  }
  const base = globBase(pattern);
  const listing = await source.list(base, { maxDepth: globDepth(pattern, base) });
  if (listing === null) return { kind: "unlisted" };
  if (listing.link !== void 0) return { kind: "link", link: listing.link };
  if (listing.truncated) return { kind: "too-many" };
  const matches = globMatcher(pattern);
  return { kind: "files", files: listing.files.filter((f) => matches(f)) };
}
function globDepth(pattern, base) {
  if (pattern.includes("**") || /\{[^}]*\/[^}]*\}/.test(pattern)) return Infinity;
  const below = pattern.split("/").length - (base === "" ? 0 : base.split("/").length);
  return Math.max(0, below - 1);
}
function checkPattern(pattern) {
  const clean = pattern.replace(/^\.\//, "");
  if (path.isAbsolute(clean) || clean.split("/").includes("..")) {
    throw new InputError(`report path "${clean.slice(0, 80)}" must be relative to the repository and stay inside it`, {
      field: "reports"
    });
  }
  return path.posix.normalize(clean);
}
async function findOnSource(source, patterns) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const clean = checkPattern(pattern);
    const got = await expand(source, clean);
    if (got.kind === "link") {
      throw new InputError(
        `the report glob "${clean.slice(0, 80)}" starts in ${got.link.slice(0, 80)}, which is a symbolic link; globs do not follow links: commit the directory itself or name the reports`,
        { field: "reports" }
      );
    }
    if (got.kind === "too-many")
      throw new InputError(`the report glob "${clean.slice(0, 80)}" scans too many files; make it more specific`, {
        field: "reports"
      });
    if (got.kind === "files") for (const f of got.files) found.add(f);
  }
  if (found.size > MAX_REPORTS)
    throw new InputError(`more than ${MAX_REPORTS} reports match; narrow the report globs`, { field: "reports" });
  return [...found].sort();
}
function findReports(workspace, patterns) {
  return findOnSource(workspaceSource(workspace), patterns);
}

export {
  MAX_REPORTS,
  matchFiles,
  findOnSource,
  findReports
};
