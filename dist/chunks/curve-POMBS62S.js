import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  gateLearningCurve
} from "./chunk-3PV5OX2C.js";
import {
  parseCurveCsvDetailed,
  quoteToken,
  renderCurveMarkdown,
  renderCurveText
} from "./chunk-XOLMSJV3.js";
import {
  EXIT,
  UsageError,
  parseFormat
} from "./chunk-HUAWZDTH.js";
import {
  displayPath,
  loadConfigFile,
  parseReport
} from "./chunk-L5RAGWGL.js";
import {
  notFoundFromReport,
  readUntrustedText,
  resolveInside
} from "./chunk-L5RPWSTI.js";
import {
  resolveConfig
} from "./chunk-4ANCRVO2.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-VFNVTEDH.js";

// src/cli/curve.ts
import path from "node:path";
import { parseArgs } from "node:util";
var CURVE_HELP = `Usage: mlgate curve FILE [--metric NAME] [--config FILE] [--format markdown|json|text]

Analyses a learning curve on its own: FILE is a report with a learning_curve block, or a CSV with columns
train_size, the metric (named by --metric, default accuracy), optional std and cost columns.
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
  const format = parseFormat(values.format, "markdown");
  const file = path.resolve(io.cwd, positionals[0]);
  const label = displayPath(io.cwd, file);
  const text = await readUntrustedText(file, { root: path.dirname(file), label });
  if (text === null) throw new InputError("file not found", { file: label });
  const config = values.config ? await loadConfigFile(path.resolve(io.cwd, values.config), io.cwd, true) : resolveConfig({});
  let report;
  let extras;
  if (/\.(csv|tsv)$/i.test(file)) {
    const metric = values.metric ?? "accuracy";
    const csv = parseCurveCsvDetailed(text, label, metric);
    report = { version: 1, model: "curve", metrics: {}, learning_curve: { metric, file: label } };
    extras = { head: { points: csv.points, cost_unit: csv.cost_unit ?? "CPU-h" } };
  } else {
    const loaded = parseReport(text, label);
    report = loaded.report;
    const block = report.learning_curve;
    if (!block)
      throw new InputError(
        "the report has no learning_curve block; add one (metric and points, or a CSV file: see docs/learning-curves.md), or pass the curve CSV itself",
        { file: label, field: "learning_curve" }
      );
    if (values.metric !== void 0 && values.metric !== block.metric) {
      throw new UsageError(
        `--metric applies to a CSV; this report's learning_curve.metric is ${quoteToken(block.metric)} (drop --metric, or pass the CSV)`
      );
    }
    if (block.file) {
      const where = { field: "learning_curve.file", ...loaded.source.positions.get("/learning_curve/file") };
      const csvPath = resolveInside(path.dirname(file), path.dirname(file), block.file, label, where);
      const csvText = await readUntrustedText(csvPath, { root: path.dirname(file), label: block.file });
      if (csvText === null)
        throw new InputError(notFoundFromReport("learning-curve CSV", io.cwd, path.dirname(file), csvPath), {
          file: label,
          ...where
        });
      const csv = parseCurveCsvDetailed(csvText, block.file, block.metric);
      extras = { head: { points: csv.points, cost_unit: csv.cost_unit ?? "CPU-h" } };
    }
  }
  const { result } = gateLearningCurve(report, null, extras, config, void 0);
  if (!result) throw new InputError("no learning curve found", { file: label });
  if (format === "json") io.stdout(JSON.stringify(result, null, 2) + "\n");
  else if (format === "text") io.stdout(renderCurveText(result) + "\n");
  else io.stdout(renderCurveMarkdown(result) + "\n");
  return EXIT.ok;
}
export {
  CURVE_HELP,
  curveCommand
};
