/**
 * MLflow's SQLite tracking store (`mlflow.db`, the default backend since MLflow 3.7; followed: the schema of
 * `mlflow/store/tracking/dbmodels/initial_models.py` as `mlflow/store/db_migrations/versions/` upgrades it —
 * `metrics.step` from 451aebb31d03, `metrics.is_nan` from 181f10493468). A run is a `runs` row with its
 * `metrics`, `params` and `tags` rows; `sqlalchemy_store.py` stores NaN as 0 with `is_nan` and ±inf as the largest
 * double. Each metric's value is the one at its highest step, then the latest timestamp (as for the file store),
 * then the highest value (MLflow's own `latest_metrics` rule). Pure: the database comes opened from the Source.
 */
import { InputError } from '../kernel/errors.js';
import type { RawMetric } from './common.js';
import { isFailedRun, mlflowModelHint, type MlflowMeta, type MlflowRunFiles } from './mlflow.js';
import type { SqliteDb } from './reader.js';

/** Only the newest runs are considered: a database that grew for years is not scanned whole on every PR. */
export const MAX_DB_RUNS = 5000;
const MAX_METRIC_ROWS = 200_000;
const MAX_KEYS = 500;
const TABLES = ['experiments', 'runs', 'metrics', 'params', 'tags'];
const STATUS: Record<string, number> = { RUNNING: 1, SCHEDULED: 2, FINISHED: 3, FAILED: 4, KILLED: 5 };
const MAX_DOUBLE = 1.7976931348623157e308;

const str = (v: unknown) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : String(v));
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** Tables, not views (a view could compute forever), with the columns the reader uses. */
function checkSchema(db: SqliteDb, file: string): void {
  const found = new Map(
    db
      .all(`SELECT name, type FROM sqlite_master WHERE name IN (${TABLES.map(() => '?').join(',')})`, TABLES)
      .map((r) => [str(r.name), str(r.type)]),
  );
  const missing = TABLES.filter((t) => found.get(t) !== 'table');
  if (missing.length) {
    throw new InputError(
      `has no MLflow tracking tables (${missing.join(', ')} missing); point mlflow: at the database of \`mlflow server --backend-store-uri sqlite:///mlflow.db\` (or the default mlflow.db of MLflow 3.7 and later)`,
      { file },
    );
  }
  const columns = new Set(db.all("SELECT name FROM pragma_table_info('metrics')").map((r) => str(r.name)));
  if (!columns.has('step') || !columns.has('is_nan')) {
    throw new InputError(
      'was written by an MLflow older than 1.0 (no metrics.step or is_nan); run `mlflow db upgrade` on it',
      {
        file,
      },
    );
  }
}

/** A run of the store as the chooser needs it: its meta, and the params and tags that name a model. */
export interface DbRun {
  meta: MlflowMeta;
  experiment_name: string | null;
  hint: string | undefined;
}

/** The newest runs of active experiments, newest first, with their model hints. */
export function mlflowDbRuns(db: SqliteDb, file: string): DbRun[] {
  checkSchema(db, file);
  const rows = db.all(
    `SELECT r.run_uuid AS id, r.name AS run_name, r.status, r.start_time, r.end_time, r.lifecycle_stage,
            r.experiment_id, e.name AS experiment
       FROM runs r LEFT JOIN experiments e ON e.experiment_id = r.experiment_id
      WHERE e.lifecycle_stage IS NULL OR e.lifecycle_stage != 'deleted'
      ORDER BY r.start_time DESC, r.run_uuid DESC LIMIT ?`,
    [MAX_DB_RUNS],
  );
  const hints = new Map<string, { params: Record<string, string>; tags: Record<string, string> }>();
  const hintRows = db.all(
    `SELECT run_uuid, 'param' AS kind, key, value FROM params WHERE key IN ('model', 'model_name', 'mlgate.model')
     UNION ALL SELECT run_uuid, 'tag' AS kind, key, value FROM tags WHERE key = 'mlgate.model'`,
  );
  for (const h of hintRows) {
    const entry = hints.get(str(h.run_uuid)) ?? { params: {}, tags: {} };
    (h.kind === 'param' ? entry.params : entry.tags)[str(h.key)] = str(h.value);
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
      lifecycle_stage: str(r.lifecycle_stage) || null,
    },
    experiment_name: str(r.experiment).trim().slice(0, 100) || null,
    hint: mlflowModelHint(hints.get(str(r.id)) ?? { params: {}, tags: {} }),
  }));
}

/** A stored value as the number it stands for: is_nan rows are NaN, the largest double is infinity. */
function storedValue(value: unknown, isNan: unknown): number {
  if (isNan === 1 || isNan === true || value === null) return NaN;
  const v = Number(value);
  return v >= MAX_DOUBLE ? Infinity : v <= -MAX_DOUBLE ? -Infinity : v;
}

/** The run's metrics at their last step, and its params and tags, in the file store's shape. */
export function mlflowDbRun(db: SqliteDb, file: string, run: DbRun): MlflowRunFiles {
  const id = run.meta.run_id;
  const rows = db.all(
    'SELECT key, value, timestamp, step, is_nan FROM metrics WHERE run_uuid = ? ORDER BY key, step, timestamp, value LIMIT ?',
    [id, MAX_METRIC_ROWS + 1],
  );
  if (rows.length > MAX_METRIC_ROWS)
    throw new InputError(`MLflow run ${id.slice(0, 32)} has more than ${MAX_METRIC_ROWS} metric values`, { file });
  // Ordered by step, timestamp, value: the last row of each key is its latest value.
  const latest = new Map<string, RawMetric>();
  for (const r of rows) latest.set(str(r.key), { name: str(r.key), value: storedValue(r.value, r.is_nan) });
  const pairs = (table: 'params' | 'tags') =>
    Object.fromEntries(
      db
        .all(`SELECT key, value FROM ${table} WHERE run_uuid = ? LIMIT ?`, [id, MAX_KEYS])
        .map((r) => [str(r.key), str(r.value)]),
    );
  if (latest.size > MAX_KEYS)
    throw new InputError(`MLflow run ${id.slice(0, 32)} has more than ${MAX_KEYS} metrics`, { file });
  return {
    dir: file,
    meta: run.meta,
    metrics: {},
    latest: [...latest.values()],
    params: pairs('params'),
    tags: pairs('tags'),
    experiment_name: run.experiment_name,
  };
}

/**
 * Per model (named by `modelOf`), the run that counts: the newest; with `finishedOnly`, the newest that
 * finished (a baseline). Deleted runs are never results. Newest first, so the first of a model wins.
 */
export function chooseDbRuns(
  db: SqliteDb,
  file: string,
  modelOf: (run: DbRun) => string,
  finishedOnly: boolean,
): Map<string, MlflowRunFiles> {
  const out = new Map<string, MlflowRunFiles>();
  for (const run of mlflowDbRuns(db, file)) {
    if (run.meta.lifecycle_stage === 'deleted' || (finishedOnly && isFailedRun(run.meta))) continue;
    const name = modelOf(run);
    if (!out.has(name)) out.set(name, mlflowDbRun(db, file, run));
  }
  return out;
}
