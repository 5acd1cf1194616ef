import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  metricNameProblem,
  modelNameProblem,
  parseReport
} from "./chunk-WT3HPS6H.js";
import {
  UNDERFLOW_MESSAGE,
  globProblem,
  parseYamlOrJson,
  pointerOf,
  splitSpec,
  underflowsToZero
} from "./chunk-IP6FT2WD.js";
import {
  InputError,
  clipName,
  isSecretShaped
} from "./chunk-4ITU3WLR.js";

// src/kernel/quote.ts
var COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,39}$/;
var TOKEN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,39}$/;
function quoteToken(value) {
  return TOKEN.test(value) && !isSecretShaped(value) ? `"${value}"` : `a value of ${Array.from(value).length} characters`;
}
function describeColumns(cells, max = 10) {
  if (cells.length < 2) return `${cells.length} column${cells.length === 1 ? "" : "s"}`;
  const named = (c) => COLUMN_NAME.test(c) && !isSecretShaped(c);
  const shown = cells.slice(0, max).map((c, i) => named(c) ? c : `(column ${i + 1}: not a plain name)`);
  const more = cells.length > max ? ", \u2026" : "";
  return `${cells.length} column${cells.length === 1 ? "" : "s"}: ${shown.join(", ")}${more}`;
}

// src/kernel/csv-row.ts
var MAX_ROWS = 1e5;
function splitCsv(text, file, noHeader = "the CSV file has no header row") {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  let h = 0;
  while (h < lines.length && (lines[h].trim() === "" || lines[h].trim().startsWith("#"))) h++;
  if (h >= lines.length) throw new InputError(noHeader, { file });
  const first = lines[h];
  const delim = first.includes(",") ? "," : first.includes("	") ? "	" : first.includes(";") ? ";" : ",";
  const header = splitCsvRow(first, delim);
  const rows = [];
  for (let i = h + 1; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === "" || raw.trim().startsWith("#")) continue;
    const cells = splitCsvRow(raw, delim);
    if (cells.length !== header.length)
      throw new InputError(`expected ${header.length} fields, found ${cells.length}`, { file, line: i + 1 });
    rows.push({ cells, line: i + 1 });
    if (rows.length > MAX_ROWS) throw new InputError(`more than ${MAX_ROWS} rows`, { file });
  }
  return { header, rows, headerLine: h + 1 };
}
function splitCsvRow(line, delim) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur.trim() === "") {
      quoted = true;
      cur = "";
    } else if (ch === delim) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

// src/readers/curve-csv.ts
var SIZE = /^(train_sizes?(_abs)?|n_train|n_samples|size|n)$/;
var MEAN = /^(test|val|validation|cv)(_scores?)?_mean$|^(test|val|validation|cv)_scores?$|^mean_test_score$/;
var STD = /^(test|val|validation|cv)(_scores?)?_std$|^std_test_score$/;
var FOLD = /^(test_scores?_fold_?\d+|split\d+_test_score|test_scores?_\d+|fold_?\d+|\d+)$/;
var COST_COLUMNS = [
  ["train_cpu_hours", "CPU-h", 1],
  ["train_gpu_hours", "GPU-h", 1],
  ["train_cpu_seconds", "CPU-h", 1 / 3600],
  ["train_gpu_seconds", "GPU-h", 1 / 3600],
  ["cost", "cost", 1]
];
var NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function uncommentHeader(text) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const h = lines.findIndex((l) => l.trim() !== "");
  if (h < 0 || !/^#\s*\S/.test(lines[h])) return text;
  const next = lines.slice(h + 1).find((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  const cells = next?.split(/[,;\t]/).map((c) => c.trim());
  if (!cells?.every((c) => NUMBER.test(c))) return text;
  lines[h] = lines[h].replace(/^#\s*/, "");
  return lines.join("\n");
}
function findColumns(t, file, metric) {
  const header = t.header.map((c) => c.toLowerCase());
  const at = { file, line: t.headerLine };
  const first = (test) => header.findIndex(test);
  const size = header[0] === "" ? 0 : first((c) => SIZE.test(c));
  if (size < 0) throw new InputError(`no train_size column (found ${describeColumns(header)})`, at);
  const m = metric?.toLowerCase();
  const named = m === void 0 ? -1 : header.indexOf(m);
  const value = named >= 0 ? named : first((c) => MEAN.test(c));
  const folds = value >= 0 ? [] : header.map((c, i) => i !== size && FOLD.test(c) ? i : -1).filter((i) => i >= 0);
  if (value < 0 && folds.length === 0) {
    const what = metric === void 0 ? "no test_scores_mean column and no per-fold score columns" : `no column for the metric "${clipName(metric)}"`;
    throw new InputError(`${what} (found ${describeColumns(header)})`, at);
  }
  const stdNames = [...m ? [`${m}_std`, `std_${m}`] : [], "std"];
  const std = value < 0 ? -1 : Math.max(
    first((c) => stdNames.includes(c)),
    named >= 0 ? -1 : first((c) => STD.test(c))
  );
  const [costName, costUnit, costScale] = COST_COLUMNS.find(([n]) => header.includes(n)) ?? [null, null, 1];
  return { size, value, std, folds, cost: costName ? header.indexOf(costName) : -1, costUnit, costScale };
}
function cellNumber(t, cells, i, where) {
  const s = cells[i];
  const n = NUMBER.test(s) ? Number(s) : NaN;
  if (!Number.isFinite(n)) {
    const why = /^[-+]?(nan|inf)/i.test(s) ? " (a NaN score is a fit that failed: see learning_curve's error_score)" : "";
    throw new InputError(`expected a finite number${why}`, {
      ...where,
      field: clipName(t.header[i].toLowerCase() || "index")
    });
  }
  if (underflowsToZero(s, n)) throw new InputError(UNDERFLOW_MESSAGE, { ...where, field: clipName(t.header[i]) });
  return n;
}
function pointOf(t, c, cells, where) {
  const raw = cells[c.size];
  const size = NUMBER.test(raw) ? Number(raw) : NaN;
  if (!(size > 0) || !Number.isFinite(size))
    throw new InputError("expected a positive number", { ...where, field: "train_size" });
  let p;
  if (c.value >= 0) {
    p = { train_size: size, value: cellNumber(t, cells, c.value, where) };
    if (c.std >= 0 && cells[c.std] !== "") {
      const s = cellNumber(t, cells, c.std, where);
      if (!(s >= 0)) throw new InputError("expected a non-negative number", { ...where, field: "std" });
      p.std = s;
    }
  } else {
    const xs = c.folds.map((i) => cellNumber(t, cells, i, where));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    p = { train_size: size, value: mean, std: Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length) };
  }
  if (c.cost >= 0 && cells[c.cost] !== "") {
    const cost = cellNumber(t, cells, c.cost, where);
    if (!(cost >= 0))
      throw new InputError("expected a non-negative number", { ...where, field: clipName(t.header[c.cost]) });
    p.cost = cost * c.costScale;
  }
  return p;
}
function parseCurveCsvDetailed(text, file, metric) {
  const t = splitCsv(
    uncommentHeader(text),
    file,
    "empty learning-curve CSV (expected a header row with train_size and the metric)"
  );
  const c = findColumns(t, file, metric);
  const points = t.rows.map(({ cells, line }) => pointOf(t, c, cells, { file, line }));
  if (points.length === 0)
    throw new InputError("the learning-curve CSV has a header but no rows", { file, line: t.headerLine });
  return { points, cost_unit: c.costUnit, lines: t.rows.map((r) => r.line) };
}
function parseCurveCsv(text, file, metric) {
  return parseCurveCsvDetailed(text, file, metric).points;
}
function looksLikeCurveCsv(text, file) {
  try {
    findColumns(splitCsv(uncommentHeader(text), file), file, void 0);
    return true;
  } catch {
    return false;
  }
}

// src/readers/common.ts
var MAX_METRICS = 500;
function flattenNumbers(value, positions, opts = { sep: "." }) {
  const out = [];
  const walk = (v, names, path5) => {
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      for (const [k, child] of Object.entries(v)) {
        if (opts.skip?.(k, child)) continue;
        walk(child, [...names, k], [...path5, k]);
      }
      return;
    }
    const n = typeof v === "number" ? v : typeof v === "string" && NON_FINITE.test(v.trim()) ? nonFinite(v) : null;
    if (n === null) return;
    const pos = positions.get(pointerOf(path5));
    out.push({ name: names.join(opts.sep), value: n, ...pos ? { line: pos.line, column: pos.column } : {} });
  };
  walk(value, [], []);
  return out;
}
var NON_FINITE = /^[-+]?(nan|inf|infinity)$/i;
function nonFinite(s) {
  const t = s.trim().toLowerCase();
  return t.endsWith("nan") ? NaN : t.startsWith("-") ? -Infinity : Infinity;
}
var DECIMAL = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
function parseNumberText(raw, where) {
  const s = raw.trim();
  if (NON_FINITE.test(s)) {
    throw new InputError("NaN and infinite values are not accepted here; write a finite number", where);
  }
  if (!DECIMAL.test(s)) {
    throw new InputError(`expected a number, found ${s === "" ? "an empty value" : "text"}`, where);
  }
  const n = Number(s);
  if (underflowsToZero(s, n)) throw new InputError(UNDERFLOW_MESSAGE, where);
  return n;
}
function parseMetricText(raw, where) {
  return NON_FINITE.test(raw.trim()) ? nonFinite(raw) : parseNumberText(raw, where);
}
function isNumberCell(cell) {
  return DECIMAL.test(cell) || NON_FINITE.test(cell);
}
function intValue(raw) {
  const t = raw?.trim();
  return t && /^\d{1,15}$/.test(t) ? Number(t) : void 0;
}
function paramFacts(params) {
  const first = (names) => names.map((n) => params[n]).find((v) => v !== void 0 && v.trim() !== "");
  const extra = {};
  const size = ["eval_size", "test_size", "n_test"].map((n) => intValue(params[n])).find((v) => v !== void 0);
  const dataset = first(["eval_dataset", "dataset"]);
  if (size !== void 0 || dataset)
    extra.eval = {
      ...size !== void 0 ? { size } : {},
      ...dataset ? { dataset: dataset.trim().slice(0, 200) } : {}
    };
  const train = ["train_size", "n_train"].map((n) => intValue(params[n])).find((v) => v !== void 0);
  if (train !== void 0) extra.data = { train_size: train };
  const model = first(["model", "model_name", "mlgate.model"])?.trim().slice(0, 100);
  return { extra, ...model ? { model_hint: model } : {} };
}
var BLOCK_FIELDS = {
  eval: ["size"],
  cost: ["train_cpu_hours", "train_gpu_hours", "train_usd", "inference_ms_per_1k", "price_per_1k_predictions"],
  data: ["train_size"]
};
function placementOf(m, metricsMap) {
  const target = Object.prototype.hasOwnProperty.call(metricsMap, m.name) ? metricsMap[m.name] : m.name;
  if (target === null || target === void 0) return null;
  const [block, field, ...rest] = target.split(".");
  const isBlock = block !== void 0 && field !== void 0 && rest.length === 0 && BLOCK_FIELDS[block]?.includes(field);
  return isBlock ? { target, key: target, block: { name: block, field } } : { target, key: `metrics.${target}` };
}
function lineOf(m) {
  return m.line !== void 0 ? { line: m.line, column: m.column } : {};
}
function checkMetricName(m, p, file) {
  const problem = p.block ? null : metricNameProblem(p.target);
  if (problem === null) return;
  const renamed = p.target !== m.name ? ` (metrics_map renames "${shownName(m.name)}" to it)` : "; rename it with `metrics_map: {old: new}` or drop it with `{old: null}`";
  throw new InputError(`the metric name "${shownName(p.target)}" ${problem}${renamed}`, { file, ...lineOf(m) });
}
function checkCollision(m, p, origin, file) {
  const previous = origin.get(p.key);
  if (previous === void 0) return;
  throw new InputError(
    `both "${clipName(previous, 60)}" and "${clipName(m.name, 60)}" become "${clipName(p.target, 60)}"; map only one of them in metrics_map`,
    { file, field: m.name, ...lineOf(m) }
  );
}
function place(report, positions, m, p) {
  if (p.block) {
    const { name, field } = p.block;
    const holder = report[name] ??= {};
    holder[field] = m.value;
    if (m.line !== void 0) positions.set(`/${name}/${field}`, { line: m.line, column: m.column ?? 1 });
    return;
  }
  Object.defineProperty(report.metrics, p.target, {
    value: m.value,
    enumerable: true,
    writable: true,
    configurable: true
  });
  if (m.line !== void 0) positions.set(pointerOf(["metrics", p.target]), { line: m.line, column: m.column ?? 1 });
}
function renameCurveMetric(report, metricsMap) {
  const curve = report.learning_curve;
  if (!curve || !Object.prototype.hasOwnProperty.call(metricsMap, curve.metric)) return;
  const to = metricsMap[curve.metric];
  if (typeof to !== "string" || to === curve.metric) return;
  const from = curve.metric;
  curve.metric = to;
  curve.points = curve.points?.map(({ [from]: v, ...rest }) => v === void 0 ? rest : { ...rest, [to]: v });
}
function checkMetricCount(report, out) {
  const count = Object.keys(report.metrics).length;
  if (count > MAX_METRICS) {
    throw new InputError(
      `${count} metrics found (the limit is ${MAX_METRICS}); drop bookkeeping values with \`metrics_map: {name: null}\` or write fewer metrics`,
      { file: out.file }
    );
  }
  if (count === 0 && !report.learning_curve) {
    throw new InputError(
      `no numeric metric found in this ${out.reader} file; check that the path points at the metrics the tool wrote`,
      { file: out.file }
    );
  }
}
function toLoadedReport(out, model, metricsMap) {
  const report = { version: 1, model, metrics: {}, ...structuredClone(out.extra ?? {}) };
  const positions = /* @__PURE__ */ new Map();
  const origin = /* @__PURE__ */ new Map();
  for (const m of out.metrics) {
    const p = placementOf(m, metricsMap);
    if (p === null) continue;
    checkMetricName(m, p, out.file);
    checkCollision(m, p, origin, out.file);
    origin.set(p.key, m.name);
    place(report, positions, m, p);
  }
  renameCurveMetric(report, metricsMap);
  checkMetricCount(report, out);
  return { report, source: { file: out.file, positions }, reader: out.reader };
}
function shownName(s) {
  return clipName(s.replace(/[^A-Za-z0-9._/@:-]/g, "?"), 60);
}

// src/readers/reader.ts
var need = (n) => ({ need: n });
var done = (value) => ({ done: value });
function singleFileReader(name, parse) {
  return {
    name,
    read(entry, got, ctx) {
      const text = got.file(entry);
      if (text === void 0) return need({ files: [entry] });
      return done(text === null ? null : parse(text, ctx.label(entry), ctx.naming));
    }
  };
}
function finish(out, naming) {
  const model = naming.model ?? out.model_hint ?? naming.fallback;
  const problem = modelNameProblem(model);
  if (problem !== null) {
    const from = naming.model !== void 0 ? "the config" : out.model_hint !== void 0 ? `the ${out.reader} run's model param or tag` : "the folder name";
    throw new InputError(
      `the model name "${clipName(model)}" (from ${from}) ${problem}; name the model in the config with models.<name>.report`,
      { file: out.file }
    );
  }
  return toLoadedReport(out, model, naming.metrics_map);
}

// src/readers/hf.ts
var HF_FILES = ["all_results.json", "eval_results.json", "trainer_state.json"];
var SIZES = { eval_samples: "eval", train_samples: "data" };
function parseHfFile(text, file) {
  const doc = parseYamlOrJson(text, file, { nonFinite: "number" });
  const root = doc.value;
  if (root === null || typeof root !== "object" || Array.isArray(root))
    throw new InputError("expected the JSON object the Trainer writes", { file, line: 1, column: 1 });
  const base = file.replace(/ \(base\)$/, "").split("/").pop();
  const all = base === "trainer_state.json" ? lastLogged(root, doc.positions, file) : flattenNumbers(root, doc.positions);
  const extra = {};
  const metrics = [];
  for (const m of all) {
    const block = SIZES[m.name];
    if (block && Number.isInteger(m.value) && m.value > 0) {
      if (block === "eval") extra.eval = { size: m.value };
      else extra.data = { train_size: m.value };
    } else metrics.push(m);
  }
  return { reader: "hf", file, metrics, extra };
}
function lastLogged(state, positions, file) {
  const history = state.log_history;
  if (!Array.isArray(history))
    throw new InputError("has no log_history list: is this the trainer_state.json of a Trainer run?", {
      file,
      field: "log_history"
    });
  const last = /* @__PURE__ */ new Map();
  history.forEach((entry, i) => {
    const rekeyed = /* @__PURE__ */ new Map();
    const prefix = `/log_history/${i}`;
    for (const [k, v] of positions) if (k.startsWith(prefix + "/")) rekeyed.set(k.slice(prefix.length), v);
    for (const m of flattenNumbers(entry, rekeyed)) last.set(m.name, m);
  });
  return [...last.values()];
}
var hfReader = singleFileReader("hf", (text, label, naming) => finish(parseHfFile(text, label), naming));

// src/readers/sklearn-curve.ts
function parseSklearnCurveCsv(text, file, metric = "score") {
  const { points, lines } = parseCurveCsvDetailed(text, file);
  const sorted = [...points].sort((a, b) => a.train_size - b.train_size);
  const last = sorted[sorted.length - 1];
  const line = lines[points.indexOf(last)];
  return {
    reader: "sklearn-curve",
    file,
    metrics: [{ name: metric, value: last.value, line, column: 1 }],
    extra: {
      data: { train_size: last.train_size },
      learning_curve: {
        metric,
        points: sorted.map((p) => ({
          train_size: p.train_size,
          [metric]: p.value,
          ...p.std !== void 0 ? { std: p.std } : {}
        }))
      }
    }
  };
}
var sklearnCurveReader = singleFileReader(
  "sklearn-curve",
  (text, label, naming) => finish(parseSklearnCurveCsv(text, label), naming)
);

// src/readers/flat.ts
function parseFlatJson(text, file) {
  const doc = parseYamlOrJson(text, file, { nonFinite: "number" });
  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
    throw new InputError("expected a mapping of metric names to numbers", { file, line: 1, column: 1 });
  }
  return { reader: "json", file, metrics: flattenNumbers(doc.value, doc.positions, { sep: "." }) };
}
var NAME_COLUMNS = ["metric", "name", "key"];
var VALUE_COLUMNS = ["value", "score"];
function parseMetricsCsv(text, file) {
  const t = splitCsv(text, file);
  const lower = t.header.map((c) => c.toLowerCase());
  const metrics = [];
  if (lower.length === 2 && NAME_COLUMNS.includes(lower[0]) && VALUE_COLUMNS.includes(lower[1])) {
    const seen = /* @__PURE__ */ new Set();
    for (const row of t.rows) {
      const name = row.cells[0];
      if (name === "") throw new InputError("empty metric name", { file, line: row.line });
      if (seen.has(name))
        throw new InputError(`metric "${name.slice(0, 60)}" appears twice; keep one row per metric`, {
          file,
          line: row.line
        });
      seen.add(name);
      metrics.push({
        name,
        value: parseMetricText(row.cells[1], { file, line: row.line, field: name }),
        line: row.line,
        column: 1
      });
    }
    return { reader: "csv", file, metrics };
  }
  if (t.rows.length === 0) throw new InputError("the CSV has a header but no rows", { file, line: t.headerLine });
  metrics.push(...lastNumericCells(t, file));
  return { reader: "csv", file, metrics };
}
var jsonReader = singleFileReader("json", (text, label, naming) => finish(parseFlatJson(text, label), naming));
var csvReader = singleFileReader(
  "csv",
  (text, label, naming) => finish(looksLikeCurveCsv(text, label) ? parseSklearnCurveCsv(text, label) : parseMetricsCsv(text, label), naming)
);
var MISSING = /* @__PURE__ */ new Set(["", "NA"]);
function lastNumericCells(t, file) {
  const out = [];
  t.header.forEach((name, i) => {
    for (let r = t.rows.length - 1; r >= 0; r--) {
      const row = t.rows[r];
      const cell = row.cells[i];
      if (MISSING.has(cell)) continue;
      if (isNumberCell(cell))
        out.push({
          name,
          value: parseMetricText(cell, { file, line: row.line, field: name }),
          line: row.line,
          column: 1
        });
      return;
    }
  });
  return out;
}

// src/readers/lightning.ts
var LIGHTNING_VERSION_DIR = /^version_\d+$/;
function parseLightningCsv(text, file) {
  const t = splitCsv(text, file);
  if (t.rows.length === 0) throw new InputError("the CSV has a header but no rows", { file, line: t.headerLine });
  const parts = file.replace(/ \(base\)$/, "").split("/");
  const name = parts.length >= 3 && LIGHTNING_VERSION_DIR.test(parts[parts.length - 2]) ? parts[parts.length - 3] : void 0;
  const hint = name && name !== "lightning_logs" ? { model_hint: name, model_hint_from: "the CSVLogger's name" } : {};
  return { reader: "lightning", file, metrics: lastNumericCells(t, file), ...hint };
}
var lightningReader = singleFileReader(
  "lightning",
  (text, label, naming) => finish(parseLightningCsv(text, label), naming)
);

// src/readers/spec.ts
var HF_NAMES = HF_FILES;
var READERS = [
  "mlgate",
  "dvc",
  "dvc-show",
  "mlflow",
  "wandb",
  "hf",
  "lightning",
  "keras",
  "csv",
  "json",
  "sklearn-curve"
];
var SERVER_PREFIX = "mlflow-server";
function parseServerSpec(rest, field) {
  const q = rest.indexOf("?");
  const experiment = (q < 0 ? rest : rest.slice(0, q)).trim();
  if (experiment === "" || experiment.length > 500)
    throw new InputError("mlflow-server: needs the experiment's name (mlflow-server:<experiment>)", { field });
  const out = { experiment };
  for (const [key, value] of new URLSearchParams(q < 0 ? "" : rest.slice(q + 1))) {
    if (key === "run_name") out.run_name = value;
    else if (key.startsWith("tag.") && key.length > 4) out.tags = { ...out.tags, [key.slice(4)]: value };
    else
      throw new InputError(
        `mlflow-server: unknown filter "${key.slice(0, 40)}"; use run_name=<name> or tag.<key>=<value> after a "?"`,
        { field }
      );
  }
  return out;
}
function parseSourceSpec(spec, field = "reports") {
  const { prefix, path: path5 } = splitSpec(spec);
  if (prefix === SERVER_PREFIX) return { reader: "mlflow", pattern: spec.trim(), server: parseServerSpec(path5, field) };
  const problem = globProblem(path5, { negation: false });
  if (problem !== null) throw new InputError(`the pattern "${spec.slice(0, 80)}" ${problem}`, { field });
  if (prefix === null) return { reader: null, pattern: path5 };
  const reader = prefix;
  if (!READERS.includes(reader)) {
    throw new InputError(
      `unknown reader "${prefix.slice(0, 20)}"; use one of ${READERS.join(", ")} followed by a colon and a path (or ${SERVER_PREFIX}:<experiment>)`,
      { field }
    );
  }
  return { reader, pattern: path5 };
}
function detectReader(file) {
  const base = file.split("/").pop() ?? file;
  if (base === "dvc.yaml") return "dvc";
  if (base === "wandb-summary.json") return "wandb";
  if (base === "mlflow.db") return "mlflow";
  if (HF_NAMES.includes(base)) return "hf";
  if (base === "training.log") return "keras";
  const parent = file.split("/").slice(-2, -1)[0];
  if (base === "metrics.csv" && parent !== void 0 && LIGHTNING_VERSION_DIR.test(parent)) return "lightning";
  if (base.toLowerCase().endsWith(".csv")) return "csv";
  return "mlgate";
}
function collectSources(patterns, models) {
  const out = patterns.map((p) => parseSourceSpec(p));
  for (const [name, m] of Object.entries(models)) {
    if (!m.report) continue;
    const src = { ...parseSourceSpec(m.report, `models.${name}.report`), model: name };
    const dup = out.findIndex((s) => s.pattern === src.pattern && (s.reader === src.reader || s.reader === null));
    if (dup >= 0) out.splice(dup, 1);
    out.push(src);
  }
  return out;
}
var TOOL_STEMS = /* @__PURE__ */ new Set([
  "dvc",
  "wandb-summary",
  "mlflow",
  "all_results",
  "eval_results",
  "trainer_state",
  "training"
]);
function defaultModelName(file) {
  const parts = file.split("/");
  const stem = (parts.pop() ?? "model").replace(/\.[^.]+$/, "");
  const dir = modelDirName(file);
  if (dir !== null) return dir;
  if (parts.includes("lightning_logs")) return "lightning_logs";
  return TOOL_STEMS.has(stem) ? "model" : stem;
}
var TOOL_DIR = /^(files|wandb|latest-run|(offline-)?run-\d{8}_\d{6}-\w+|mlruns|lightning_logs|version_\d+|checkpoint-\d+|metrics|eval|evaluation|reports?|results?|outputs?|\d+|[0-9a-f]{32})$/;
function modelDirName(file) {
  const parts = file.split("/").slice(0, -1);
  for (let i = parts.length - 1; i >= 0; i--) if (parts[i] !== "" && !TOOL_DIR.test(parts[i])) return parts[i];
  return null;
}

// src/readers/dvc.ts
import path from "node:path";
var MAX_METRICS_FILES = 50;
function parseDvcYaml(text, dvcYamlPath) {
  const doc = parseYamlOrJson(text, dvcYamlPath);
  const root = asMap(doc.value);
  if (!root)
    throw new InputError("expected a dvc.yaml mapping with `stages:` or `metrics:`", {
      file: dvcYamlPath,
      line: 1,
      column: 1
    });
  const entries = [];
  if (Array.isArray(root.metrics)) entries.push(...root.metrics);
  for (const stage of Object.values(asMap(root.stages) ?? {})) {
    const metrics = asMap(stage)?.metrics;
    if (Array.isArray(metrics)) entries.push(...metrics);
  }
  const dir = path.posix.dirname(dvcYamlPath);
  const out = [];
  for (const entry of entries) {
    const rel = typeof entry === "string" ? entry : Object.keys(asMap(entry) ?? {})[0];
    if (!rel) continue;
    if (rel.includes("${")) {
      throw new InputError(
        "metrics paths with ${...} templating are not resolved by mlgate; point `reports` at the metrics file itself (json:path)",
        { file: dvcYamlPath, field: "metrics" }
      );
    }
    const joined = path.posix.normalize(dir === "." ? rel : `${dir}/${rel}`);
    if (!out.includes(joined)) out.push(joined);
  }
  if (out.length === 0) {
    throw new InputError(
      "declares no metrics files; add `metrics: [path/to/metrics.json]` to the stage that evaluates the model",
      { file: dvcYamlPath }
    );
  }
  if (out.length > MAX_METRICS_FILES)
    throw new InputError(`declares more than ${MAX_METRICS_FILES} metrics files`, { file: dvcYamlPath });
  return out;
}
function parseDvcMetricsFile(text, file) {
  const doc = parseYamlOrJson(text, file, { nonFinite: "number" });
  if (!asMap(doc.value))
    throw new InputError("expected a mapping of metric names to numbers", { file, line: 1, column: 1 });
  return flattenNumbers(doc.value, doc.positions, { sep: "." });
}
function mergeDvcMetrics(files, dvcYamlPath) {
  const seen = /* @__PURE__ */ new Map();
  const metrics = [];
  for (const f of files) {
    for (const m of f.metrics) {
      const other = seen.get(m.name);
      if (other) {
        throw new InputError(
          `metric "${m.name.slice(0, 60)}" appears in both ${other} and ${f.file}; rename one of them`,
          { file: f.file, line: m.line, column: m.column }
        );
      }
      seen.set(m.name, f.file);
      metrics.push(m);
    }
  }
  const file = files.length === 1 ? files[0].file : dvcYamlPath;
  return {
    reader: "dvc",
    file,
    metrics: files.length === 1 ? metrics : metrics.map(({ name, value }) => ({ name, value }))
  };
}
function parseDvcShowJson(text, file) {
  const doc = parseYamlOrJson(text, file, { nonFinite: "number" });
  const revs = asMap(doc.value);
  if (!revs)
    throw new InputError("expected the JSON object printed by `dvc metrics show --json`", { file, line: 1, column: 1 });
  refuseDiff(revs, file);
  const names = Object.keys(revs);
  const rev = names.includes("workspace") ? "workspace" : names.length === 1 ? names[0] : null;
  if (rev === null) {
    throw new InputError("holds several revisions and no `workspace`; run `dvc metrics show --json` without -a/-T/-A", {
      file
    });
  }
  const revValue = asMap(revs[rev]);
  if (revValue?.error !== void 0 && revValue.data === void 0) {
    throw new InputError(`DVC could not collect metrics for ${rev}; fix the error that \`dvc metrics show\` prints`, {
      file,
      field: rev
    });
  }
  const byFile = asMap(revValue?.data) ?? revValue ?? {};
  const parts = [];
  for (const [metricsFile, result] of Object.entries(byFile)) {
    const r = asMap(result);
    if (!r) continue;
    if (r.error !== void 0 && r.data === void 0) {
      throw new InputError(
        `DVC could not read ${metricsFile.slice(0, 80)}; fix that file and run \`dvc metrics show --json\` again`,
        { file, field: `${rev}.data` }
      );
    }
    const data = "data" in r ? r.data : r;
    const prefix = [rev, ...asMap(revValue?.data) ? ["data"] : [], metricsFile, ..."data" in r ? ["data"] : []];
    const metrics = flattenNumbers(data, prefixed(doc.positions, prefix), { sep: "." });
    parts.push({ file: metricsFile, metrics });
  }
  if (parts.length === 0)
    throw new InputError("holds no metrics files; check the `dvc metrics show --json` output", { file });
  mergeDvcMetrics(parts, file);
  return { reader: "dvc-show", file, metrics: parts.flatMap((p) => p.metrics) };
}
function refuseDiff(top, file) {
  const metrics = Object.values(top).flatMap((f) => Object.values(asMap(f) ?? {}));
  const pairs = metrics.every((m) => {
    const keys = Object.keys(asMap(m) ?? {});
    return keys.length > 0 && keys.every((k) => k === "old" || k === "new" || k === "diff");
  });
  if (metrics.length > 0 && pairs) {
    throw new InputError(
      "is the output of `dvc metrics diff --json` (old/new/diff per metric), not of `dvc metrics show --json`; save `dvc metrics show --json` instead, or point a dvc: entry at the dvc.yaml (mlgate compares with the base commit itself)",
      { file, line: 1, column: 1 }
    );
  }
}
function prefixed(positions, prefix) {
  const head = prefix.map((p) => "/" + p.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
  const out = /* @__PURE__ */ new Map();
  for (const [k, v] of positions) if (k === head || k.startsWith(head + "/")) out.set(k.slice(head.length), v);
  return out;
}
function asMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? v : null;
}
var dvcShowReader = singleFileReader(
  "dvc-show",
  (text, label, naming) => finish(parseDvcShowJson(text, label), naming)
);
var dvcReader = {
  name: "dvc",
  read(entry, got, ctx) {
    const yaml = got.file(entry);
    if (yaml === void 0) return need({ files: [entry] });
    if (yaml === null) return done(null);
    const declared = parseDvcYaml(yaml, entry);
    const maybeDirs = declared.filter((f) => !METRICS_EXT.test(f) && got.dir(f) === void 0);
    if (maybeDirs.length) return need({ dirs: maybeDirs, listing: DIR_LISTING });
    const files = declared.flatMap((f) => {
      const under = METRICS_EXT.test(f) ? [] : got.dir(f) ?? [];
      if (under.length === 0) return [f];
      const readable = under.filter((n) => READABLE.test(n)).map((n) => `${f}/${n}`);
      if (readable.length === 0 && ctx.required)
        throw new InputError(`declares the metrics directory ${f.slice(0, 120)}, which holds no JSON or YAML file`, {
          file: entry,
          field: "metrics"
        });
      return readable;
    });
    if (files.length > MAX_METRICS_FILES)
      throw new InputError(`declares more than ${MAX_METRICS_FILES} metrics files`, { file: entry });
    const parts = [];
    for (const f of files) {
      const text = got.file(f);
      if (text === void 0) return need({ files: [f] });
      if (text === null) {
        if (!ctx.required) continue;
        throw new InputError(
          `declares the metrics file ${f.slice(0, 120)}, which does not exist; run the evaluation stage (dvc repro) before mlgate, or commit the file`,
          { file: entry, field: "metrics" }
        );
      }
      parts.push({ file: ctx.label(f), metrics: parseDvcMetricsFile(text, ctx.label(f)) });
    }
    return done(parts.length === 0 ? null : finish(mergeDvcMetrics(parts, ctx.label(entry)), ctx.naming));
  }
};
var METRICS_EXT = /\.(json|ya?ml|toml)$/i;
var READABLE = /\.(json|ya?ml)$/i;
var DIR_LISTING = { maxEntries: 1e3, maxDepth: 4, regularOnly: true };

// src/readers/keras.ts
function parseKerasLog(text, file) {
  const t = splitCsv(text, file);
  if (t.header[0] !== "epoch")
    throw new InputError("expected Keras CSVLogger's header, starting with `epoch`", { file, line: t.headerLine });
  if (t.rows.length === 0) throw new InputError("the log has a header but no epochs", { file, line: t.headerLine });
  return { reader: "keras", file, metrics: lastNumericCells(t, file) };
}
var kerasReader = singleFileReader(
  "keras",
  (text, label, naming) => finish(parseKerasLog(text, label), naming)
);

// src/readers/mlflow.ts
import path2 from "node:path";

// src/readers/mlflow-db.ts
var MAX_DB_RUNS = 5e3;
var MAX_METRIC_ROWS = 2e5;
var MAX_KEYS = 500;
var TABLES = ["experiments", "runs", "metrics", "params", "tags"];
var STATUS = { RUNNING: 1, SCHEDULED: 2, FINISHED: 3, FAILED: 4, KILLED: 5 };
var MAX_DOUBLE = 17976931348623157e292;
var str = (v) => typeof v === "string" ? v : v === null || v === void 0 ? "" : String(v);
var num = (v) => typeof v === "number" ? v : null;
function checkSchema(db, file) {
  const found = new Map(
    db.all(`SELECT name, type FROM sqlite_master WHERE name IN (${TABLES.map(() => "?").join(",")})`, TABLES).map((r) => [str(r.name), str(r.type)])
  );
  const missing = TABLES.filter((t) => found.get(t) !== "table");
  if (missing.length) {
    throw new InputError(
      `has no MLflow tracking tables (${missing.join(", ")} missing); point mlflow: at the database of \`mlflow server --backend-store-uri sqlite:///mlflow.db\` (or the default mlflow.db of MLflow 3.7 and later)`,
      { file }
    );
  }
  const columns = new Set(db.all("SELECT name FROM pragma_table_info('metrics')").map((r) => str(r.name)));
  if (!columns.has("step") || !columns.has("is_nan")) {
    throw new InputError(
      "was written by an MLflow older than 1.0 (no metrics.step or is_nan); run `mlflow db upgrade` on it",
      {
        file
      }
    );
  }
}
function mlflowDbRuns(db, file) {
  checkSchema(db, file);
  const rows = db.all(
    `SELECT r.run_uuid AS id, r.name AS run_name, r.status, r.start_time, r.end_time, r.lifecycle_stage,
            r.experiment_id, e.name AS experiment
       FROM runs r LEFT JOIN experiments e ON e.experiment_id = r.experiment_id
      WHERE e.lifecycle_stage IS NULL OR e.lifecycle_stage != 'deleted'
      ORDER BY r.start_time DESC, r.run_uuid DESC LIMIT ?`,
    [MAX_DB_RUNS]
  );
  const hints = /* @__PURE__ */ new Map();
  const hintRows = db.all(
    `SELECT run_uuid, 'param' AS kind, key, value FROM params WHERE key IN ('model', 'model_name', 'mlgate.model')
     UNION ALL SELECT run_uuid, 'tag' AS kind, key, value FROM tags WHERE key = 'mlgate.model'`
  );
  for (const h of hintRows) {
    const entry = hints.get(str(h.run_uuid)) ?? { params: {}, tags: {} };
    (h.kind === "param" ? entry.params : entry.tags)[str(h.key)] = str(h.value);
    hints.set(str(h.run_uuid), entry);
  }
  return rows.map((r) => ({
    meta: {
      run_id: str(r.id),
      run_name: str(r.run_name) || null,
      experiment_id: r.experiment_id === null ? null : str(r.experiment_id),
      start_time: num(r.start_time) ?? 0,
      end_time: num(r.end_time),
      status: STATUS[str(r.status)] ?? null,
      lifecycle_stage: str(r.lifecycle_stage) || null
    },
    experiment_name: str(r.experiment).trim().slice(0, 100) || null,
    hint: mlflowModelHint(hints.get(str(r.id)) ?? { params: {}, tags: {} })
  }));
}
function storedValue(value, isNan) {
  if (isNan === 1 || isNan === true || value === null) return NaN;
  const v = Number(value);
  return v >= MAX_DOUBLE ? Infinity : v <= -MAX_DOUBLE ? -Infinity : v;
}
function mlflowDbRun(db, file, run) {
  const id = run.meta.run_id;
  const rows = db.all(
    "SELECT key, value, timestamp, step, is_nan FROM metrics WHERE run_uuid = ? ORDER BY key, step, timestamp, value LIMIT ?",
    [id, MAX_METRIC_ROWS + 1]
  );
  if (rows.length > MAX_METRIC_ROWS)
    throw new InputError(`MLflow run ${id.slice(0, 32)} has more than ${MAX_METRIC_ROWS} metric values`, { file });
  const latest = /* @__PURE__ */ new Map();
  for (const r of rows) latest.set(str(r.key), { name: str(r.key), value: storedValue(r.value, r.is_nan) });
  const pairs = (table) => Object.fromEntries(
    db.all(`SELECT key, value FROM ${table} WHERE run_uuid = ? LIMIT ?`, [id, MAX_KEYS]).map((r) => [str(r.key), str(r.value)])
  );
  if (latest.size > MAX_KEYS)
    throw new InputError(`MLflow run ${id.slice(0, 32)} has more than ${MAX_KEYS} metrics`, { file });
  return {
    dir: file,
    meta: run.meta,
    metrics: {},
    latest: [...latest.values()],
    params: pairs("params"),
    tags: pairs("tags"),
    experiment_name: run.experiment_name
  };
}
function chooseDbRuns(db, file, modelOf, finishedOnly) {
  const out = /* @__PURE__ */ new Map();
  for (const run of mlflowDbRuns(db, file)) {
    if (run.meta.lifecycle_stage === "deleted" || finishedOnly && isFailedRun(run.meta)) continue;
    const name = modelOf(run);
    if (!out.has(name)) out.set(name, mlflowDbRun(db, file, run));
  }
  return out;
}

// src/readers/mlflow.ts
function parseMlflowMeta(text, file) {
  const doc = parseYamlOrJson(text, file);
  const v = doc.value;
  if (!v || typeof v !== "object" || Array.isArray(v))
    throw new InputError("expected MLflow run metadata (a YAML mapping)", { file, line: 1, column: 1 });
  const runId = v.run_id ?? v.run_uuid;
  if (typeof runId !== "string" || runId === "") {
    throw new InputError("has no run_id: this is not a run directory (point at mlruns/<experiment>/<run>)", {
      file,
      field: "run_id"
    });
  }
  const str2 = (x) => typeof x === "string" && x !== "" ? x : null;
  const num2 = (x) => typeof x === "number" ? x : null;
  return {
    run_id: runId,
    run_name: str2(v.run_name),
    experiment_id: str2(v.experiment_id) ?? (typeof v.experiment_id === "number" ? String(v.experiment_id) : null),
    start_time: num2(v.start_time) ?? 0,
    end_time: num2(v.end_time),
    status: num2(v.status),
    lifecycle_stage: str2(v.lifecycle_stage)
  };
}
function parseMlflowMetricFile(text, file, name) {
  let best = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const parts = line.split(/\s+/);
    const where = { file, line: i + 1, field: name };
    if (parts.length < 2 || parts.length > 3)
      throw new InputError("expected `timestamp value step` on each line (MLflow metric file)", where);
    const ts = parseNumberText(parts[0], where);
    const value = parseMetricText(parts[1], where);
    const step = parts[2] === void 0 ? 0 : parseNumberText(parts[2], where);
    if (!best || step > best.step || step === best.step && ts >= best.ts) best = { step, ts, value, line: i + 1 };
  }
  if (!best) throw new InputError("metric file is empty", { file, field: name });
  return { name, value: best.value };
}
var MODEL_PARAMS = ["model", "model_name", "mlgate.model"];
function readMlflowRun(run) {
  if (isFailedRun(run.meta)) {
    throw new InputError(
      `MLflow run ${run.meta.run_id.slice(0, 32)} ${run.meta.status === 4 ? "failed" : "was killed"}; gate a finished run`,
      { file: `${run.dir}/meta.yaml`, field: "status" }
    );
  }
  const metrics = run.latest ?? Object.entries(run.metrics).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([name, text]) => parseMlflowMetricFile(text, `${run.dir}/metrics/${name}`, name));
  const hint = mlflowModelHint(run);
  const { extra } = paramFacts(run.params);
  return { reader: "mlflow", file: run.dir, metrics, ...hint ? { model_hint: hint } : {}, extra };
}
function mlflowModelHint(run) {
  const v = MODEL_PARAMS.map((p) => run.params[p]?.trim()).find((x) => x) ?? run.tags["mlgate.model"]?.trim();
  return v ? v.slice(0, 100) : void 0;
}
function isFailedRun(meta) {
  return meta.status === 4 || meta.status === 5;
}
var MAX_RUN_FILES = 500;
var SUBDIRS = ["metrics", "params", "tags"];
var LIMITS = { metrics: 5 * 1024 * 1024, params: 64 * 1024, tags: 64 * 1024 };
function mlflowRunFiles(dir, got, label) {
  const metaText = got.file(`${dir}/meta.yaml`);
  if (metaText === void 0) return need({ files: [`${dir}/meta.yaml`], maxBytes: 64 * 1024 });
  if (metaText === null) return done(null);
  const meta = parseMlflowMeta(metaText, label(`${dir}/meta.yaml`));
  const expMeta = `${path2.posix.dirname(dir)}/meta.yaml`;
  const expText = got.file(expMeta);
  if (expText === void 0) return need({ files: [expMeta], maxBytes: 64 * 1024 });
  const names = SUBDIRS.map((sub) => got.dir(`${dir}/${sub}`));
  if (names.some((n) => n === void 0)) {
    const listing = { maxEntries: 4 * MAX_RUN_FILES, maxDepth: 8, regularOnly: true };
    return need({ dirs: SUBDIRS.map((sub) => `${dir}/${sub}`), listing });
  }
  if (names.reduce((n, l) => n + l.length, 0) > MAX_RUN_FILES)
    throw new InputError(`the MLflow run has more than ${MAX_RUN_FILES} metric, param and tag files`, {
      file: label(dir)
    });
  const files = {};
  for (const [i, sub] of SUBDIRS.entries()) {
    const paths = names[i].map((n) => `${dir}/${sub}/${n}`);
    const missing = paths.filter((p) => got.file(p) === void 0);
    if (missing.length) return need({ files: missing, maxBytes: LIMITS[sub] });
    files[sub] = {};
    for (const [j, p] of paths.entries()) {
      const text = got.file(p);
      if (typeof text === "string") files[sub][names[i][j]] = text;
    }
  }
  return done({
    dir: label(dir),
    meta,
    metrics: files.metrics,
    params: files.params,
    tags: files.tags,
    experiment_name: expText === null ? null : experimentName(expText, label(expMeta))
  });
}
function experimentName(text, file) {
  const v = parseYamlOrJson(text, file).value;
  const name = v !== null && typeof v === "object" && !Array.isArray(v) ? v.name : null;
  return typeof name === "string" && name.trim() !== "" ? name.trim().slice(0, 100) : null;
}
var mlflowReader = {
  name: "mlflow",
  read(entry, got, ctx) {
    if (isDatabase(entry)) {
      const db = got.db?.(entry);
      if (db === void 0) return need({ databases: [entry] });
      if (db === null) return done(null);
      const newest = chooseDbRuns(db, ctx.label(entry), () => "newest", false).get("newest");
      if (!newest) throw new InputError("holds no MLflow run", { file: ctx.label(entry) });
      return done(finish(readMlflowRun(newest), byExperiment(entry, newest, ctx.naming)));
    }
    const run = mlflowRunFiles(entry, got, ctx.label);
    if ("need" in run) return run;
    return done(
      run.done === null ? null : finish(readMlflowRun(run.done), byExperiment(`${entry}/meta.yaml`, run.done, ctx.naming))
    );
  }
};
function byExperiment(file, run, naming) {
  return modelDirName(file) === null && run.experiment_name ? { ...naming, fallback: run.experiment_name } : naming;
}
var isDatabase = (p) => /\.(db|sqlite3?)$/i.test(p);

// src/readers/mlgate.ts
var mlgateReader = singleFileReader("mlgate", (text, label, naming) => {
  const loaded = parseReport(text, label);
  if (naming.model) loaded.report.model = naming.model;
  return loaded;
});

// src/readers/wandb.ts
import path3 from "node:path";
function parseWandbSummary(text, file) {
  const doc = parseYamlOrJson(text, file, { nonFinite: "number" });
  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
    throw new InputError("expected the JSON object W&B writes to wandb-summary.json", { file, line: 1, column: 1 });
  }
  const metrics = flattenNumbers(doc.value, doc.positions, {
    sep: ".",
    skip: (key, value) => key.startsWith("_") || value !== null && typeof value === "object" && "_type" in value
  });
  return { reader: "wandb", file, metrics };
}
function parseWandbConfig(text, file) {
  const doc = parseYamlOrJson(text, file);
  const out = {};
  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) return out;
  for (const [key, entry] of Object.entries(doc.value)) {
    if (key.startsWith("_") || key === "wandb_version" || entry === null || typeof entry !== "object") continue;
    const value = entry.value;
    if (typeof value === "string" || typeof value === "number")
      Object.defineProperty(out, key, { value: String(value), enumerable: true });
  }
  return out;
}
var wandbReader = {
  name: "wandb",
  read(entry, got, ctx) {
    const summary = got.file(entry);
    if (summary === void 0) return need({ files: [entry] });
    if (summary === null) return done(null);
    const configPath = path3.posix.join(path3.posix.dirname(entry), "config.yaml");
    const config = got.file(configPath);
    if (config === void 0) return need({ files: [configPath] });
    const out = parseWandbSummary(summary, ctx.label(entry));
    if (config !== null) {
      const facts = paramFacts(parseWandbConfig(config, ctx.label(configPath)));
      out.extra = facts.extra;
      if (facts.model_hint)
        Object.assign(out, { model_hint: facts.model_hint, model_hint_from: "the W&B run's config" });
    }
    return done(finish(out, ctx.naming));
  }
};

// src/readers/entries.ts
import path4 from "node:path";
var WANDB_RUN = /^(?:offline-)?run-(\d{8}_\d{6})-\w+$/;
var LIGHTNING_VERSION = /^version_(\d+)$/;
function entryPattern(reader, pattern) {
  const clean = pattern.replace(/\/+$/, "");
  if (reader === "hf" && !clean.endsWith(".json")) return `${clean}/{${HF_FILES.join(",")}}`;
  return clean.split("/").map((part) => part === "latest-run" ? "{run-*,offline-run-*}" : part).join("/");
}
function runOf(reader, file) {
  const parts = file.split("/");
  if (reader === "hf") {
    const i = HF_FILES.indexOf(parts[parts.length - 1]);
    return i < 0 ? null : { group: path4.posix.dirname(file), rank: String(HF_FILES.length - i) };
  }
  const re = reader === "wandb" ? WANDB_RUN : reader === "lightning" ? LIGHTNING_VERSION : null;
  if (re === null) return null;
  for (let i = parts.length - 2; i >= 0; i--) {
    const m = re.exec(parts[i]);
    if (!m) continue;
    const rank = reader === "lightning" ? m[1].padStart(12, "0") : `${m[1]}:${parts[i]}`;
    return { group: [...parts.slice(0, i), "*", ...parts.slice(i + 1)].join("/"), rank };
  }
  return null;
}
function chooseEntries(readerOf, files) {
  const best = /* @__PURE__ */ new Map();
  const out = [];
  for (const file of files) {
    const run = runOf(readerOf(file), file);
    if (run === null) {
      out.push(file);
      continue;
    }
    const seen = best.get(run.group);
    if (!seen || run.rank > seen.rank) best.set(run.group, { file, rank: run.rank });
  }
  return [...out, ...[...best.values()].map((b) => b.file)].sort();
}
function runGroup(reader, file) {
  return runOf(reader, file)?.group ?? null;
}

// src/readers/index.ts
var READER_TABLE = {
  mlgate: mlgateReader,
  dvc: dvcReader,
  "dvc-show": dvcShowReader,
  mlflow: mlflowReader,
  wandb: wandbReader,
  hf: hfReader,
  lightning: lightningReader,
  keras: kerasReader,
  csv: csvReader,
  json: jsonReader,
  "sklearn-curve": sklearnCurveReader
};
function readerFor(name) {
  return READER_TABLE[name];
}

// src/sources/sqlite.ts
var engine = null;
var SQLITE_MAGIC = "SQLite format 3\0";
var LFS_POINTER = "version https://git-lfs.github.com/spec/";
function notSqlite(bytes) {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  if (head.startsWith(LFS_POINTER))
    return "is a Git LFS pointer, not the database: check out LFS files (actions/checkout with lfs: true) or commit the database itself";
  if (!head.startsWith(SQLITE_MAGIC)) return 'is not a SQLite database (its first bytes are not "SQLite format 3")';
  return null;
}
async function openSqlite(bytes, label) {
  const problem = notSqlite(bytes);
  if (problem) throw new InputError(problem, { file: label });
  engine ??= import("./sql-wasm-inline-RJUEU2FN.js").then((m) => m.default());
  const SQL = await engine;
  let db;
  try {
    db = new SQL.Database(bytes);
    db.exec("PRAGMA query_only = ON");
  } catch {
    throw new InputError("is not a readable SQLite database (corrupt, or written by an incompatible SQLite)", {
      file: label
    });
  }
  return {
    all(sql, params = []) {
      try {
        const stmt = db.prepare(sql, [...params]);
        const rows = [];
        while (stmt.step()) rows.push(stmt.getAsObject());
        stmt.free();
        return rows;
      } catch {
        throw new InputError("could not be queried as an MLflow tracking database (corrupt, or another schema)", {
          file: label
        });
      }
    },
    close: () => db.close()
  };
}

// src/sources/read.ts
var MAX_DB_BYTES = 64 * 1024 * 1024;
var MAX_ROUNDS = 64;
async function fetchFor(source, step) {
  const files = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map();
  const dbs = /* @__PURE__ */ new Map();
  const got = { file: (p) => files.get(p), dir: (p) => dirs.get(p), db: (p) => dbs.get(p) };
  try {
    return await rounds(source, step, got, { files, dirs, dbs });
  } finally {
    for (const db of dbs.values()) db?.close();
  }
}
async function rounds(source, step, got, {
  files,
  dirs,
  dbs
}) {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const s = step(got);
    if ("done" in s) return s.done;
    const { files: wanted = [], dirs: listings = [], databases = [], maxBytes, listing } = s.need;
    for (const f of wanted) if (!files.has(f)) files.set(f, await source.read(f, maxBytes ? { maxBytes } : {}));
    for (const f of databases) {
      if (dbs.has(f)) continue;
      const bytes = await source.readBytes(f, { maxBytes: maxBytes ?? MAX_DB_BYTES });
      dbs.set(f, bytes === null ? null : await openSqlite(bytes, source.label(f)));
    }
    for (const d of listings) {
      if (dirs.has(d)) continue;
      const l = await source.list(d, listing);
      const prefix = `${d}/`;
      dirs.set(
        d,
        (l?.files ?? []).filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length))
      );
    }
  }
  throw new Error(`a reader asked for files more than ${MAX_ROUNDS} times`);
}
function readReport(source, reader, entry, ctx) {
  return fetchFor(source, (got) => reader.read(entry, got, ctx));
}

export {
  need,
  done,
  finish,
  quoteToken,
  describeColumns,
  parseCurveCsvDetailed,
  parseCurveCsv,
  chooseDbRuns,
  parseSourceSpec,
  detectReader,
  collectSources,
  defaultModelName,
  modelDirName,
  readMlflowRun,
  mlflowModelHint,
  isFailedRun,
  mlflowRunFiles,
  isDatabase,
  entryPattern,
  chooseEntries,
  runGroup,
  readerFor,
  fetchFor,
  readReport
};
