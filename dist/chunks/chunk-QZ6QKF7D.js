import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  globBase,
  globToRegExp,
  isGlob
} from "./chunk-QL3GVVWQ.js";
import {
  InputError
} from "./chunk-VFNVTEDH.js";

// src/adapters/find-reports.ts
import { promises as fs } from "node:fs";
import path from "node:path";
var SKIP = /* @__PURE__ */ new Set(["node_modules", ".git", ".venv", "venv", "__pycache__", ".dvc", "mlruns"]);
var MAX_ENTRIES = 5e4;
var MAX_REPORTS = 100;
function inSkippedDir(rel) {
  return rel.split("/").slice(0, -1).some((d) => SKIP.has(d));
}
async function refuseLinkedBase(workspace, base, pattern) {
  let rel = "";
  for (const part of base.split("/").filter((p) => p !== "" && p !== ".")) {
    rel = rel ? `${rel}/${part}` : part;
    const st = await fs.lstat(path.join(workspace, rel)).catch(() => null);
    if (!st) return;
    if (st.isSymbolicLink()) {
      throw new InputError(
        `the report glob "${pattern.slice(0, 80)}" starts in ${rel.slice(0, 80)}, which is a symbolic link; globs do not follow links: commit the directory itself or name the reports`,
        { field: "reports" }
      );
    }
  }
}
async function findReports(workspace, patterns) {
  const found = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    const clean = pattern.replace(/^\.\//, "");
    if (path.isAbsolute(clean) || clean.split("/").includes("..")) {
      throw new InputError(
        `report path "${clean.slice(0, 80)}" must be relative to the repository and stay inside it`,
        { field: "reports" }
      );
    }
    if (!isGlob(clean)) {
      const st = await fs.lstat(path.join(workspace, clean)).catch(() => null);
      if (st) found.add(clean);
      continue;
    }
    const re = globToRegExp(clean);
    let seen = 0;
    const walk = async (dir) => {
      const entries = await fs.readdir(path.join(workspace, dir), { withFileTypes: true }).catch(() => []);
      for (const e of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
        if (++seen > MAX_ENTRIES)
          throw new InputError(`the report glob "${clean.slice(0, 80)}" scans too many files; make it more specific`, {
            field: "reports"
          });
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.isDirectory()) {
          if (!SKIP.has(e.name)) await walk(rel);
        } else if (re.test(rel)) found.add(rel);
      }
    };
    const base = globBase(clean);
    await refuseLinkedBase(workspace, base, clean);
    await walk(base);
  }
  if (found.size > MAX_REPORTS)
    throw new InputError(`more than ${MAX_REPORTS} reports match; narrow the report globs`, { field: "reports" });
  return [...found].sort();
}

export {
  MAX_REPORTS,
  inSkippedDir,
  findReports
};
