/**
 * The public registries the metric kinds are seeded from. Each kind cites the ones that state its direction,
 * bounds or name; docs/report.md's generated table prints them.
 */
export interface MetricSource {
  title: string;
  where: string;
}

export const SOURCES = {
  torchmetrics: {
    title: 'TorchMetrics `higher_is_better`, `plot_lower_bound`, `plot_upper_bound`',
    where: 'Lightning-AI/torchmetrics src/torchmetrics/**/*.py (class attributes)',
  },
  sklearn: {
    title: 'scikit-learn scorer names and signs; "_score: higher is better, _error/_loss/_deviance: lower"',
    where: 'sklearn.metrics.get_scorer_names(), scorer._sign; scikit-learn user guide 3.4 "Metrics and scoring"',
  },
  mlflow: {
    title: 'MLflow builtin metrics `greater_is_better`, default evaluator metric names',
    where: 'mlflow/mlflow mlflow/metrics/__init__.py, mlflow/models/evaluation/default_evaluator.py',
  },
  hf_evaluate: {
    title: 'Hugging Face `evaluate` metric cards ("a higher/lower score is better", output keys)',
    where: 'huggingface/evaluate metrics/*/README.md',
  },
  keras: {
    title: "Keras metrics' `_direction` and callbacks' `mode='auto'` (`loss` is min, else the metric's direction)",
    where: 'keras-team/keras keras/src/metrics/*.py, keras/src/callbacks/monitor_callback.py',
  },
  hf_trainer: {
    title: 'transformers `TrainingArguments.greater_is_better` (a name ending in `loss` is lower) and speed metrics',
    where: 'huggingface/transformers src/transformers/training_args.py, trainer_utils.py speed_metrics()',
  },
  xgboost: {
    title: 'XGBoost early stopping: auc, aucpr, pre, map, ndcg (and @k) are maximised, every other metric minimised',
    where: 'dmlc/xgboost python-package/xgboost/callback.py EarlyStopping',
  },
  lm_eval: {
    title: 'lm-evaluation-harness `register_metric(higher_is_better=…)`',
    where: 'EleutherAI/lm-evaluation-harness lm_eval/api/metrics.py',
  },
  lightgbm: {
    title: 'LightGBM `Metric::factor_to_bigger_better()` (−1 for losses and errors, +1 for AUC, NDCG, MAP)',
    where: 'microsoft/LightGBM src/metric/*.hpp',
  },
  coco: {
    title: 'COCO detection evaluation summary (AP, AP50, AP75, APs/m/l, AR1/10/100)',
    where: 'cocodataset/cocoapi PythonAPI/pycocotools/cocoeval.py summarize()',
  },
  fairlearn: {
    title: 'Fairlearn disparity metrics (difference: 0 is parity; ratio: 1 is parity)',
    where: 'fairlearn/fairlearn fairlearn/metrics/_fairness_metrics.py',
  },
  codecarbon: {
    title: 'CodeCarbon emissions output (emissions kg CO2eq, energy_consumed kWh, duration s)',
    where: 'mlco2/codecarbon codecarbon/output_methods/emissions_data.py',
  },
  trackers: {
    title: 'Tracker bookkeeping keys: dvclive `step`, W&B `_step`/`_runtime`/`_timestamp`, Lightning `epoch`/`lr-*`',
    where: 'iterative/dvclive, wandb/wandb, Lightning-AI/pytorch-lightning LearningRateMonitor',
  },
  mlgate: {
    title: 'mlgate: a unit or an everyday word that no registry above names',
    where: 'src/metrics/kinds-*.ts (this repository)',
  },
} satisfies Record<string, MetricSource>;

export type SourceId = keyof typeof SOURCES;
