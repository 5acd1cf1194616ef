/**
 * Readers: pure functions from other tools' files to mlgate's report, one file per format, each a `Reader`
 * (reader.ts). Which bytes they get, and from where, is `sources/read.ts`'s business; a new format is one file
 * here, one line in READER_TABLE and in spec.ts's READERS.
 */
import type { LoadedReport } from '../kernel/report-types.js';
import type { ReaderName } from './common.js';
import { dvcReader, dvcShowReader } from './dvc.js';
import { hfReader } from './hf.js';
import { kerasReader } from './keras.js';
import { lightningReader } from './lightning.js';
import { csvReader, jsonReader } from './flat.js';
import { mlflowReader } from './mlflow.js';
import { mlgateReader } from './mlgate.js';
import type { NamingOptions, Reader } from './reader.js';
import { sklearnCurveReader } from './sklearn-curve.js';
import { wandbReader } from './wandb.js';

export { toLoadedReport, type ReaderName, type ReaderOutput } from './common.js';
export { parseDvcYaml, parseDvcMetricsFile, mergeDvcMetrics, parseDvcShowJson } from './dvc.js';
export { chooseDbRuns, mlflowDbRun, mlflowDbRuns, MAX_DB_RUNS, type DbRun } from './mlflow-db.js';
export {
  isDatabase,
  isFailedRun,
  mlflowModelHint,
  mlflowRunFiles,
  parseMlflowMeta,
  parseMlflowMetricFile,
  readMlflowRun,
  type MlflowMeta,
  type MlflowRunFiles,
} from './mlflow.js';
export { parseWandbConfig, parseWandbSummary } from './wandb.js';
export { parseHfFile } from './hf.js';
export { parseKerasLog } from './keras.js';
export { parseLightningCsv } from './lightning.js';
export { chooseEntries, entryPattern, runGroup } from './entries.js';
export { parseFlatJson, parseMetricsCsv } from './flat.js';
export { parseSklearnCurveCsv } from './sklearn-curve.js';
export { looksLikeCurveCsv, parseCurveCsv, parseCurveCsvDetailed, type CurveCsv } from './curve-csv.js';
export {
  collectSources,
  defaultModelName,
  detectReader,
  modelDirName,
  parseSourceSpec,
  READERS,
  type ReportSource,
  type ServerSpec,
  SERVER_PREFIX,
} from './spec.js';
export {
  done,
  finish,
  need,
  type Fetched,
  type NamingOptions,
  type Need,
  type ReadContext,
  type Reader,
  type SqliteDb,
  type Step,
} from './reader.js';

const READER_TABLE: Record<ReaderName, Reader> = {
  mlgate: mlgateReader,
  dvc: dvcReader,
  'dvc-show': dvcShowReader,
  mlflow: mlflowReader,
  wandb: wandbReader,
  hf: hfReader,
  lightning: lightningReader,
  keras: kerasReader,
  csv: csvReader,
  json: jsonReader,
  'sklearn-curve': sklearnCurveReader,
};

export function readerFor(name: ReaderName): Reader {
  return READER_TABLE[name];
}

/** Readers whose input is one file. */
export type SingleFileReader = Exclude<ReaderName, 'dvc' | 'mlflow'>;

/** One file's text through a single-file reader (no source involved: the text is all it needs). */
export function parseSingleFile(
  reader: SingleFileReader,
  text: string,
  file: string,
  naming: NamingOptions,
): LoadedReport {
  const step = READER_TABLE[reader].read(
    file,
    // The text is all there is: any other file the reader asks for (a W&B run's config.yaml) is absent.
    { file: (p) => (p === file ? text : null), dir: () => [] },
    {
      label: (p) => p,
      required: true,
      naming,
    },
  );
  if (!('done' in step) || step.done === null) throw new Error(`the ${reader} reader needs more than one file`);
  return step.done;
}
