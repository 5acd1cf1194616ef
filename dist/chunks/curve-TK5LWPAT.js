import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  readNamed,
  splitNamed
} from "./chunk-4LLFHW5K.js";
import {
  EXIT,
  UsageError,
  parseFormat
} from "./chunk-OOYFPKMQ.js";
import {
  gateLearningCurve
} from "./chunk-4BD3YC2D.js";
import {
  parseCurveCsvDetailed,
  quoteToken
} from "./chunk-OQQ53SS3.js";
import "./chunk-IBGVV5XD.js";
import {
  displayPath,
  loadConfigFile,
  metricNameProblem,
  parseReport
} from "./chunk-WT3HPS6H.js";
import {
  renderCurveMarkdown,
  renderCurveText
} from "./chunk-SGL4OOBV.js";
import {
  resolveConfig
} from "./chunk-IP6FT2WD.js";
import {
  notFoundFromReport,
  readUntrustedText,
  resolveInside
} from "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";

// src/cli/curve.ts
import path from "node:path";
import { parseArgs } from "node:util";
var CURVE_HELP = `Usage: mlgate curve FILE [--metric NAME] [--config FILE] [--format markdown|json|text]

Analyses a learning curve on its own: FILE is a report with a learning_curve block, or a CSV with columns
train_size, the metric (named by --metric, default accuracy), optional std and cost columns, or another tool's
output with its reader prefix (sklearn-curve:eval/learning_curve.csv; docs/readers.md).
Prints the recommended training size, the predicted gain per doubling and what a smaller size would save.
Exit status: 0 analysed (reliable or not: the output says which, and why), 2 bad input or usage.`;
async function curveCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    options: { metric: { type: "string" }, config: { type: "string" }, format: { type: "string" } },
    allowPositionals: true,
    strict: true
  });
  if (positionals.length !== 1) throw new UsageError("name exactly one report or CSV file");
  const format = parseFormat(values.format, "markdown", ["markdown", "json", "text"]);
  const config = values.config ? await loadConfigFile(path.resolve(io.cwd, values.config), io.cwd, true) : resolveConfig({});
  const { report, extras, label } = await curveInput(positionals[0], values.metric, io, config.metrics_map);
  const { result } = gateLearningCurve(report, null, extras, config, void 0);
  if (!result) throw new InputError("no learning curve found", { file: label });
  if (format === "json") io.stdout(JSON.stringify(result, null, 2) + "\n");
  else if (format === "text") io.stdout(renderCurveText(result) + "\n");
  else io.stdout(renderCurveMarkdown(result) + "\n");
  return EXIT.ok;
}
async function curveInput(spec, metric, io, metricsMap) {
  const { reader, file } = splitNamed(spec, "curve", io.cwd);
  const label = displayPath(io.cwd, file);
  if (reader !== null) {
    const named = await readNamed(spec, { cwd: io.cwd, flag: "curve", root: "file", metrics_map: metricsMap });
    if (!named.loaded) throw new InputError("file not found", { file: label });
    return { ...await reportCurve(named.loaded, metric, file, label, io.cwd), label };
  }
  const text = await readUntrustedText(file, { root: path.dirname(file), label });
  if (text === null) throw new InputError("file not found", { file: label });
  if (/\.(csv|tsv)$/i.test(file)) {
    const m = metric ?? "accuracy";
    const problem = metricNameProblem(m);
    if (problem) throw new UsageError(`--metric ${problem}`);
    const csv = parseCurveCsvDetailed(text, label, m);
    const report = { version: 1, model: "curve", metrics: {}, learning_curve: { metric: m, file: label } };
    return { report, extras: { head: { points: csv.points, cost_unit: csv.cost_unit ?? "CPU-h" } }, label };
  }
  return { ...await reportCurve(parseReport(text, label), metric, file, label, io.cwd), label };
}
async function reportCurve(loaded, metric, file, label, cwd) {
  const report = loaded.report;
  const block = report.learning_curve;
  if (!block)
    throw new InputError(
      "the report has no learning_curve block; add one (metric and points, or a CSV file: see docs/learning-curves.md), or pass the curve CSV itself",
      { file: label, field: "learning_curve" }
    );
  if (metric !== void 0 && metric !== block.metric) {
    throw new UsageError(
      `--metric applies to a CSV; this report's learning_curve.metric is ${quoteToken(block.metric)} (drop --metric, or pass the CSV)`
    );
  }
  if (!block.file) return { report, extras: void 0 };
  const where = { field: "learning_curve.file", ...loaded.source.positions.get("/learning_curve/file") };
  const csvPath = resolveInside(path.dirname(file), path.dirname(file), block.file, label, where);
  const csvText = await readUntrustedText(csvPath, { root: path.dirname(file), label: block.file });
  if (csvText === null)
    throw new InputError(notFoundFromReport("learning-curve CSV", cwd, path.dirname(file), csvPath), {
      file: label,
      ...where
    });
  const csv = parseCurveCsvDetailed(csvText, block.file, block.metric);
  return { report, extras: { head: { points: csv.points, cost_unit: csv.cost_unit ?? "CPU-h" } } };
}
export {
  CURVE_HELP,
  curveCommand
};
