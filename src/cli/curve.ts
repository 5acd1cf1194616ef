/** `mlgate curve FILE [--metric M] [--format json|markdown|text]`: analyse a learning curve on its own. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../schema/config.js';
import { InputError } from '../kernel/errors.js';
import { quoteToken } from '../kernel/quote.js';
import { metricNameProblem } from '../kernel/metric-name.js';
import { gateLearningCurve, type CurveExtras } from '../pipeline/learning-curve-gate.js';
import { parseReport } from '../schema/report.js';
import type { LoadedReport, Report } from '../kernel/report-types.js';
import { renderCurveMarkdown, renderCurveText } from '../curve/index.js';
import { parseCurveCsvDetailed } from '../readers/index.js';
import { notFoundFromReport, resolveInside } from '../sources/bounds.js';
import { readUntrustedText } from '../sources/workspace.js';
import { displayPath, loadConfigFile } from '../adapters/load-report.js';
import { EXIT, parseFormat, UsageError, type CliIo } from './io.js';
import { readNamed, splitNamed } from './read-spec.js';

export const CURVE_HELP = `Usage: mlgate curve FILE [--metric NAME] [--config FILE] [--format markdown|json|text]

Analyses a learning curve on its own: FILE is a report with a learning_curve block, or a CSV with columns
train_size, the metric (named by --metric, default accuracy), optional std and cost columns, or another tool's
output with its reader prefix (sklearn-curve:eval/learning_curve.csv; docs/readers.md).
Prints the recommended training size, the predicted gain per doubling and what a smaller size would save.
Exit status: 0 analysed (reliable or not: the output says which, and why), 2 bad input or usage.`;

export async function curveCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: { metric: { type: 'string' }, config: { type: 'string' }, format: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1) throw new UsageError('name exactly one report or CSV file');
  const format = parseFormat(values.format, 'markdown', ['markdown', 'json', 'text']);
  const config = values.config
    ? await loadConfigFile(path.resolve(io.cwd, values.config), io.cwd, true)
    : resolveConfig({});
  const { report, extras, label } = await curveInput(positionals[0]!, values.metric, io, config.metrics_map);
  const { result } = gateLearningCurve(report, null, extras, config, undefined);
  if (!result) throw new InputError('no learning curve found', { file: label });
  if (format === 'json') io.stdout(JSON.stringify(result, null, 2) + '\n');
  else if (format === 'text') io.stdout(renderCurveText(result) + '\n');
  else io.stdout(renderCurveMarkdown(result) + '\n');
  return EXIT.ok;
}

/**
 * The report and curve points FILE names: a curve CSV (by its extension), mlgate's report, or, with a reader
 * prefix (`sklearn-curve:lc.csv`, `json:…`), the report that reader makes.
 */
async function curveInput(
  spec: string,
  metric: string | undefined,
  io: CliIo,
  metricsMap: Record<string, string | null>,
): Promise<{ report: Report; extras: CurveExtras | undefined; label: string }> {
  const { reader, file } = splitNamed(spec, 'curve', io.cwd);
  const label = displayPath(io.cwd, file);
  if (reader !== null) {
    const named = await readNamed(spec, { cwd: io.cwd, flag: 'curve', root: 'file', metrics_map: metricsMap });
    if (!named.loaded) throw new InputError('file not found', { file: label });
    return { ...(await reportCurve(named.loaded, metric, file, label, io.cwd)), label };
  }
  const text = await readUntrustedText(file, { root: path.dirname(file), label });
  if (text === null) throw new InputError('file not found', { file: label });
  if (/\.(csv|tsv)$/i.test(file)) {
    const m = metric ?? 'accuracy';
    // The name titles the chart: the one rule for metric names keeps Mermaid directives and hidden text out.
    const problem = metricNameProblem(m);
    if (problem) throw new UsageError(`--metric ${problem}`);
    const csv = parseCurveCsvDetailed(text, label, m);
    const report: Report = { version: 1, model: 'curve', metrics: {}, learning_curve: { metric: m, file: label } };
    return { report, extras: { head: { points: csv.points, cost_unit: csv.cost_unit ?? 'CPU-h' } }, label };
  }
  return { ...(await reportCurve(parseReport(text, label), metric, file, label, io.cwd)), label };
}

/** A report's learning_curve block, with the points of the CSV it names (next to the report). */
async function reportCurve(
  loaded: LoadedReport,
  metric: string | undefined,
  file: string,
  label: string,
  cwd: string,
): Promise<{ report: Report; extras: CurveExtras | undefined }> {
  const report = loaded.report;
  const block = report.learning_curve;
  if (!block)
    throw new InputError(
      'the report has no learning_curve block; add one (metric and points, or a CSV file: see docs/learning-curves.md), or pass the curve CSV itself',
      { file: label, field: 'learning_curve' },
    );
  // The report names its curve's metric: a different --metric would be silently ignored, so say so.
  if (metric !== undefined && metric !== block.metric) {
    throw new UsageError(
      `--metric applies to a CSV; this report's learning_curve.metric is ${quoteToken(block.metric)} (drop --metric, or pass the CSV)`,
    );
  }
  if (!block.file) return { report, extras: undefined };
  const where = { field: 'learning_curve.file', ...loaded.source.positions.get('/learning_curve/file') };
  const csvPath = resolveInside(path.dirname(file), path.dirname(file), block.file, label, where);
  const csvText = await readUntrustedText(csvPath, { root: path.dirname(file), label: block.file });
  if (csvText === null)
    throw new InputError(notFoundFromReport('learning-curve CSV', cwd, path.dirname(file), csvPath), {
      file: label,
      ...where,
    });
  const csv = parseCurveCsvDetailed(csvText, block.file, block.metric);
  return { report, extras: { head: { points: csv.points, cost_unit: csv.cost_unit ?? 'CPU-h' } } };
}
