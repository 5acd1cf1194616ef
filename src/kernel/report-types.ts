/**
 * The model report: what a training/eval job writes and mlgate reads (format version 1).
 * Field names mirror the file (snake_case) because the file format is the public contract;
 * see docs/report.md and schemas/report.schema.json.
 */

export interface Report {
  version: 1;
  model: string;
  /** Headline metrics on the gold evaluation set. Finite numbers only. */
  metrics: Record<string, number>;
  eval?: EvalBlock;
  cost?: CostBlock;
  data?: DataBlock;
  learning_curve?: LearningCurveBlock;
  lifecycle?: LifecycleBlock;
}

export interface EvalBlock {
  dataset?: string;
  size?: number;
  /** Path (relative to the report's directory or the workspace) of per-example predictions (CSV or JSONL). */
  predictions?: string;
  /** Per-slice metrics (fairness item of the checklist): slice name -> metric -> value. */
  slices?: Record<string, Record<string, number>>;
}

export interface CostBlock {
  train_cpu_hours?: number;
  train_gpu_hours?: number;
  /** Money spent on training, when the job knows it (overrides the price table). */
  train_usd?: number;
  inference_ms_per_1k?: number;
  price_per_1k_predictions?: number;
}

export interface DataBlock {
  train_size?: number;
  version?: string;
}

export interface LearningCurveBlock {
  metric: string;
  /** Inline points: `train_size`, the metric's value under its own name, optional `std` and cost columns. */
  points?: Array<Record<string, number>>;
  /** Or a CSV file with the same columns (relative to the report). */
  file?: string;
}

export interface MonitoredFeature {
  name: string;
  mean?: number;
  std?: number;
  /** Alert when a live value leaves mean ± sigma·std (default: monitoring.alert_sigma, else 2). */
  sigma?: number;
  min?: number;
  max?: number;
}

export interface LifecycleBlock {
  /** Model card or README of the model (workspace-relative path). */
  model_card?: string;
  owner?: string;
  backup_owner?: string;
  reproducibility?: {
    code_commit?: string;
    seed?: number;
    lock_file?: string;
    /** sha256 of the lock file as trained with (64 hex digits, optionally `sha256:`); checked against the file. */
    lock_sha256?: string;
    command?: string;
  };
  monitoring?: {
    alert_sigma?: number;
    inputs?: MonitoredFeature[];
    outputs?: MonitoredFeature[];
  };
  retraining?: {
    /** daily, weekly, monthly, quarterly, yearly or an ISO-8601 duration (P30D); parseReport refuses anything else. */
    cadence?: string;
    /** ISO date (YYYY-MM-DD) of the training run; absent: the day of a PR that changes data.version. */
    trained_at?: string;
    /** ISO date (YYYY-MM-DD) after which the model must not serve. */
    expires?: string;
  };
  product_metric?: {
    name: string;
    direction?: 'higher' | 'lower';
    description?: string;
  };
  operating_point?: {
    threshold?: number;
    precision?: number;
    recall?: number;
    description?: string;
  };
  business_case?: {
    value_per_month?: number;
    cost_per_month?: number;
    /** Predictions served per month: × the price per 1,000 predictions gives the serving cost. */
    predictions_per_month?: number;
    currency?: string;
    description?: string;
  };
}

/** Where a value came from, for error messages and annotations: JSON-pointer-like path -> 1-based line/column. */
export interface SourcePositions {
  file: string;
  positions: Map<string, { line: number; column: number }>;
}

/** A parsed report with its provenance. */
export interface LoadedReport {
  report: Report;
  source: SourcePositions;
  /** Which reader produced it: `mlgate` for the native format (others: dvc, mlflow, wandb, csv, json). */
  reader: string;
}
