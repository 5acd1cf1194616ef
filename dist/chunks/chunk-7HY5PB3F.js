import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  chooseDbRuns,
  chooseEntries,
  collectSources,
  defaultModelName,
  detectReader,
  done,
  entryPattern,
  fetchFor,
  finish,
  isDatabase,
  isFailedRun,
  mlflowModelHint,
  mlflowRunFiles,
  modelDirName,
  need,
  readMlflowRun,
  readReport,
  readerFor,
  runGroup
} from "./chunk-GDUAKQOP.js";
import {
  MAX_REPORTS,
  findOnSource,
  matchFiles
} from "./chunk-SASLFZXE.js";
import {
  isGlob
} from "./chunk-KL43FA6V.js";
import {
  workspaceSource
} from "./chunk-WFHBRDMS.js";
import {
  InputError
} from "./chunk-NGHGDPWE.js";

// src/pipeline/match-baselines.ts
var nameOf = (r) => r.report.model;
function renamed(r, name) {
  return nameOf(r) === name ? r : { ...r, report: { ...r.report, model: name } };
}
function matchBaselines(heads, baseOnly) {
  const headNames = new Set(heads.map((h) => nameOf(h.head)));
  const bases = /* @__PURE__ */ new Map();
  for (const h of heads)
    if (h.base_at_path && !bases.has(nameOf(h.base_at_path)))
      bases.set(nameOf(h.base_at_path), { base: h.base_at_path, path: h.base_path ?? h.path });
  for (const b of baseOnly) if (!bases.has(nameOf(b.base))) bases.set(nameOf(b.base), b);
  const used = /* @__PURE__ */ new Set();
  const models = heads.map((h) => {
    const name = nameOf(h.head);
    const same = bases.get(name);
    if (same) {
      used.add(name);
      return { name, head: h.head, base: same.base, head_path: h.path, base_path: same.path };
    }
    const here = h.base_at_path;
    if (here && !headNames.has(nameOf(here)) && !used.has(nameOf(here))) {
      used.add(nameOf(here));
      return { name, head: h.head, base: renamed(here, name), head_path: h.path, base_path: h.base_path ?? h.path };
    }
    return { name, head: h.head, base: null, head_path: h.path, base_path: null };
  });
  for (const [name, b] of bases) {
    if (!used.has(name) && !headNames.has(name))
      models.push({ name, head: null, base: b.base, head_path: null, base_path: b.path, removed: true });
  }
  return models;
}

// src/adapters/gather-mlflow.ts
import path from "node:path";
var MAX_RUNS = 200;
var MAX_BASE_CANDIDATES = 20;
function modelOf(source, run) {
  return source.model ?? mlflowModelHint(run.files) ?? modelDirName(`${run.dir}/meta.yaml`) ?? run.files.experiment_name ?? "model";
}
function newestFirst(runs) {
  return runs.sort((a, b) => b.files.meta.start_time - a.files.meta.start_time || (a.dir < b.dir ? 1 : -1));
}
var namingOf = (sides, name) => ({
  model: name,
  fallback: name,
  metrics_map: sides.config.metrics_map
});
async function readRun(side, dir, label) {
  const files = await fetchFor(side, (got) => mlflowRunFiles(dir, got, label));
  return files === null ? null : { dir, files };
}
var atHead = (sides, dir) => readRun(sides.head, dir, (p) => p);
var atBase = (sides, dir) => sides.base ? readRun(sides.base, dir, (p) => `${p} (base)`) : Promise.resolve(null);
function groupByModel(source, runs, keep) {
  const byModel = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const name = modelOf(source, run);
    if (keep(run, name)) byModel.set(name, [...byModel.get(name) ?? [], run]);
  }
  return byModel;
}
async function gatherMlflow(sides, source) {
  if (isDatabase(source.pattern)) return gatherMlflowDb(sides, source);
  const pattern = source.pattern.replace(/\/+$/, "");
  const metas = await findOnSource(sides.head, [`${pattern}/meta.yaml`]);
  if (metas.length > MAX_RUNS)
    throw new InputError(`more than ${MAX_RUNS} MLflow runs match "${pattern.slice(0, 80)}"; narrow the glob`, {
      field: "reports"
    });
  const runs = [];
  for (const meta of metas) {
    const run = await atHead(sides, path.posix.dirname(meta));
    if (run) runs.push(run);
  }
  const byModel = groupByModel(source, runs, (run) => run.files.meta.lifecycle_stage !== "deleted");
  const out = [];
  for (const [name, list] of byModel) {
    const newest = newestFirst(list)[0];
    const head = finish(readMlflowRun(newest.files), namingOf(sides, name));
    const base = await baselineRun(sides, list);
    out.push({
      name,
      head,
      base: base ? finish(readMlflowRun(base.files), namingOf(sides, name)) : null,
      head_path: newest.dir,
      base_path: base?.dir ?? null
    });
  }
  const inHead = new Set(metas.map((m) => path.posix.dirname(m)));
  out.push(...await removedModels(sides, source, pattern, inHead, new Set(byModel.keys())));
  return out;
}
async function baselineRun(sides, list) {
  for (const candidate of list.filter((r) => !isFailedRun(r.files.meta)).slice(0, MAX_BASE_CANDIDATES)) {
    const run = await atBase(sides, candidate.dir);
    if (run && !isFailedRun(run.files.meta)) return run;
  }
  return null;
}
async function removedModels(sides, source, pattern, inHead, headModels) {
  const listed = sides.base ? await matchFiles(sides.base, `${pattern}/meta.yaml`) : null;
  const gone = (listed ?? []).map((m) => path.posix.dirname(m)).filter((dir) => !inHead.has(dir));
  if (gone.length > MAX_RUNS)
    throw new InputError(
      `the PR removes more than ${MAX_RUNS} MLflow runs matching "${pattern.slice(0, 80)}"; narrow the glob`,
      { field: "reports" }
    );
  const runs = [];
  for (const dir of gone) {
    const run = await atBase(sides, dir);
    if (run) runs.push(run);
  }
  const usable = (run, name) => run.files.meta.lifecycle_stage !== "deleted" && !isFailedRun(run.files.meta) && !headModels.has(name);
  return [...groupByModel(source, runs, usable)].map(([name, list]) => {
    const newest = newestFirst(list)[0];
    const base = finish(readMlflowRun(newest.files), namingOf(sides, name));
    return { name, head: null, base, head_path: null, base_path: newest.dir, removed: true };
  });
}
async function gatherMlflowDb(sides, source) {
  const file = source.pattern;
  if (isGlob(file))
    throw new InputError(`an MLflow database is one file: name it without a glob (${file.slice(0, 80)})`, {
      field: "reports"
    });
  const modelOf2 = (run) => source.model ?? run.hint ?? modelDirName(file) ?? run.experiment_name ?? "model";
  const side = (s, label, finishedOnly) => fetchFor(s, (got) => {
    const db = got.db?.(file);
    if (db === void 0) return need({ databases: [file] });
    return done(db === null ? null : chooseDbRuns(db, label(file), modelOf2, finishedOnly));
  });
  const head = await side(sides.head, (p) => p, false);
  if (head === null) return [];
  const base = sides.base ? await side(sides.base, (p) => `${p} (base)`, true) : null;
  const out = [...head].map(([name, run]) => {
    const b = base?.get(name);
    return {
      name,
      head: finish(readMlflowRun(run), namingOf(sides, name)),
      base: b ? finish(readMlflowRun(b), namingOf(sides, name)) : null,
      head_path: file,
      base_path: b ? file : null
    };
  });
  for (const [name, run] of base ?? []) {
    if (head.has(name)) continue;
    out.push({
      name,
      head: null,
      base: finish(readMlflowRun(run), namingOf(sides, name)),
      head_path: null,
      base_path: file,
      removed: true
    });
  }
  return out;
}

// src/adapters/gather.ts
async function gatherModels(opts) {
  const sides = { head: opts.head ?? workspaceSource(opts.workspace), base: opts.baseline, config: opts.config };
  const models = await gatherSides(sides, opts.patterns);
  if (models.length === 0) {
    const fix = opts.fix ?? "set the action's `report` input";
    throw new InputError(
      `no model report found (looked for ${opts.patterns.slice(0, 5).join(", ")}); ${fix} or \`reports\` in .github/mlgate.yml`
    );
  }
  return models;
}
async function gatherSides(sides, patterns) {
  const heads = [];
  const baseOnly = [];
  const direct = [];
  const names = /* @__PURE__ */ new Map();
  const claim = (name, where, file) => {
    const other = names.get(name);
    if (other)
      throw new InputError(
        `model "${name.slice(0, 60)}" is reported twice (also in ${other}); one report per model, or name them with models.<name>.report`,
        { file, field: "model" }
      );
    names.set(name, where);
  };
  for (const source of collectSources(patterns, sides.config.models)) {
    const found = await gatherSource(sides, source, baseOnly);
    for (const h of found.heads) claim(h.head.report.model, h.path, h.path);
    for (const m of found.direct) claim(m.name, m.head_path ?? m.base_path ?? source.pattern, m.head_path ?? void 0);
    heads.push(...found.heads);
    direct.push(...found.direct);
  }
  const taken = new Set(direct.map((m) => m.name));
  const unclaimed = baseOnly.filter((b) => !taken.has(b.base.report.model));
  return [...matchBaselines(heads, unclaimed), ...direct];
}
var headSide = (naming) => ({ label: (p) => p, required: true, naming });
var baseSide = (naming) => ({
  label: (p) => `${p} (base)`,
  required: false,
  naming
});
async function gatherSource(sides, source, baseOnly) {
  if (source.reader === "mlflow" || source.reader === null && detectReader(source.pattern) === "mlflow")
    return { heads: [], direct: await gatherMlflow(sides, source) };
  const readerOf = (f) => source.reader ?? detectReader(f);
  const pattern = entryPattern(source.reader, source.pattern);
  const files = chooseEntries(readerOf, await findOnSource(sides.head, [pattern]));
  const listed = sides.base ? await matchFiles(sides.base, pattern) : null;
  const atBase2 = listed === null ? null : chooseEntries(readerOf, listed);
  const counterpart = (rel) => {
    const group = runGroup(readerOf(rel), rel);
    return group !== null && atBase2?.find((b) => runGroup(readerOf(b), b) === group) || rel;
  };
  const used = new Set(files.map(counterpart));
  if (!source.model || isGlob(pattern)) await findBaseOnly(sides, source, atBase2, used, baseOnly);
  const heads = [];
  for (const rel of files) {
    const head = await readSide(sides.head, source, rel, headSide(namingFor(sides, source, rel)));
    if (head === null) continue;
    const at = counterpart(rel);
    const base = await readBase(sides, source, at);
    heads.push({ head, path: rel, base_at_path: base, ...at !== rel ? { base_path: at } : {} });
  }
  if (heads.length === 0 && source.model && !isGlob(pattern)) {
    const base = await readBase(sides, source, pattern);
    const removed = base ? { removed: true } : {};
    return {
      heads,
      direct: [{ name: source.model, head: null, base, head_path: null, base_path: pattern, ...removed }]
    };
  }
  return { heads, direct: [] };
}
async function findBaseOnly(sides, source, atBase2, used, baseOnly) {
  const gone = (atBase2 ?? []).filter((rel) => !used.has(rel) && !baseOnly.some((b) => b.path === rel));
  if (gone.length > MAX_REPORTS) {
    throw new InputError(
      `the PR removes ${gone.length} reports matching "${source.pattern.slice(0, 80)}" (more than ${MAX_REPORTS}); narrow the report globs`,
      { field: "reports" }
    );
  }
  for (const rel of gone) {
    const base = await readBase(sides, source, rel);
    if (base) baseOnly.push({ base, path: rel });
  }
}
function namingFor(sides, source, rel) {
  return {
    ...source.model ? { model: source.model } : {},
    fallback: defaultModelName(rel),
    metrics_map: sides.config.metrics_map
  };
}
function readSide(side, source, rel, ctx) {
  const name = source.reader ?? detectReader(rel);
  if (name === "mlflow") return Promise.resolve(null);
  return readReport(side, readerFor(name), rel, ctx);
}
function readBase(sides, source, rel) {
  if (!sides.base) return Promise.resolve(null);
  return readSide(sides.base, source, rel, baseSide(namingFor(sides, source, rel)));
}

export {
  gatherModels,
  gatherSides,
  baseSide
};
