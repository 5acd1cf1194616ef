/**
 * Readers: pure functions from other tools' files to mlgate's report. The adapter (src/adapters/readers.ts)
 * finds and reads the files; everything here takes text and returns a `LoadedReport` or throws `InputError`.
 */
import { parseReport } from '../schema/report.js';
import type { LoadedReport } from '../kernel/report-types.js';
import { toLoadedReport, type ReaderName, type ReaderOutput } from './common.js';
import { parseDvcShowJson } from './dvc.js';
import { parseFlatJson, parseMetricsCsv } from './flat.js';
import { looksLikeSklearnCurve, parseSklearnCurveCsv } from './sklearn-curve.js';
import { splitCsv } from '../kernel/csv-row.js';
import { parseWandbSummary } from './wandb.js';
import { clipName, InputError } from '../kernel/errors.js';
import { modelNameProblem } from '../kernel/metric-name.js';

export { toLoadedReport, type ReaderName, type ReaderOutput } from './common.js';
export { parseDvcYaml, parseDvcMetricsFile, mergeDvcMetrics, parseDvcShowJson } from './dvc.js';
export {
  isFailedRun,
  mlflowModelHint,
  parseMlflowMeta,
  parseMlflowMetricFile,
  readMlflowRun,
  type MlflowMeta,
  type MlflowRunFiles,
} from './mlflow.js';
export { parseWandbSummary } from './wandb.js';
export { parseFlatJson, parseMetricsCsv } from './flat.js';
export { parseSklearnCurveCsv, looksLikeSklearnCurve } from './sklearn-curve.js';
export { collectSources, defaultModelName, detectReader, parseSourceSpec, READERS, type ReportSource } from './spec.js';

export interface NamingOptions {
  /** The config's name for this source (`models.<name>.report`); wins over everything else. */
  model?: string;
  /** Used when neither the config nor the file names the model. */
  fallback: string;
  metrics_map: Record<string, string | null>;
}

/** Readers whose input is one file. DVC's dvc.yaml and MLflow's run directory are assembled by the adapter. */
export type SingleFileReader = Exclude<ReaderName, 'dvc' | 'mlflow'>;

export function parseSingleFile(
  reader: SingleFileReader,
  text: string,
  file: string,
  naming: NamingOptions,
): LoadedReport {
  if (reader === 'mlgate') {
    const loaded = parseReport(text, file);
    // The native report names its model; a config name overrides it so that carry-forward paths match.
    if (naming.model) loaded.report.model = naming.model;
    return loaded;
  }
  return finish(readerOutput(reader, text, file), naming);
}

function readerOutput(reader: Exclude<SingleFileReader, 'mlgate'>, text: string, file: string): ReaderOutput {
  switch (reader) {
    case 'dvc-show':
      return parseDvcShowJson(text, file);
    case 'wandb':
      return parseWandbSummary(text, file);
    case 'json':
      return parseFlatJson(text, file);
    case 'sklearn-curve':
      return parseSklearnCurveCsv(text, file);
    case 'csv':
      // A learning-curve CSV is recognised by its columns, so `reports: eval/*.csv` needs no prefix.
      return looksLikeSklearnCurve(splitCsv(text, file).header)
        ? parseSklearnCurveCsv(text, file)
        : parseMetricsCsv(text, file);
  }
}

export function finish(out: ReaderOutput, naming: NamingOptions): LoadedReport {
  const model = naming.model ?? out.model_hint ?? naming.fallback;
  const problem = modelNameProblem(model);
  if (problem !== null) {
    const from =
      naming.model !== undefined
        ? 'the config'
        : out.model_hint !== undefined
          ? `the ${out.reader} run's model param or tag`
          : 'the folder name';
    throw new InputError(
      `the model name "${clipName(model)}" (from ${from}) ${problem}; name the model in the config with models.<name>.report`,
      { file: out.file },
    );
  }
  return toLoadedReport(out, model, naming.metrics_map);
}
