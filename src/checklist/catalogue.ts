/**
 * The built-in checklist items: what each asks for, why it matters, how mlgate checks it, and its default level.
 * docs/checklist.md is the long form of this table; keep the two in step.
 */
import type { ChecklistLevel } from '../kernel/config-types.js';
import {
  checkCost,
  checkEvaluation,
  checkLearningCurve,
  checkOwnership,
  checkProductMetric,
} from './checks-evidence.js';
import { checkDocumentation, checkReproducibility } from './checks-lifecycle.js';
import { checkBusinessCase } from './business-case.js';
import { checkFairness } from './fairness.js';
import { checkOperatingPoint } from './operating-point.js';
import { checkRetraining } from './retraining.js';
import { checkIndependentReview } from './checks-review.js';
import type { CheckContext } from './context.js';
import { checkMonitoring } from './monitoring.js';
import type { Outcome } from '../kernel/checklist-types.js';

export interface CatalogueItem {
  id: string;
  title: string;
  why: string;
  how: string;
  level: Exclude<ChecklistLevel, 'off'>;
  /** Needs data that only GitHub has (not checked by the CLI). */
  github_only?: boolean;
  check: (c: CheckContext) => Outcome;
}

export const CATALOGUE: readonly CatalogueItem[] = [
  {
    id: 'documentation',
    title: 'Documentation',
    why: 'someone else can take the model over',
    how: 'lifecycle.model_card exists, has the sections of a model card with a body each, and changes with the model',
    level: 'required',
    check: checkDocumentation,
  },
  {
    id: 'ownership',
    title: 'Ownership',
    why: 'two people can run the model',
    how: 'lifecycle.owner and lifecycle.backup_owner, two different handles',
    level: 'required',
    check: checkOwnership,
  },
  {
    id: 'reproducibility',
    title: 'Reproducibility',
    why: 'the model can be rebuilt from scratch',
    how: 'code commit in the history of the commit under test, lock file present (and its sha256), data version, seed',
    level: 'required',
    check: checkReproducibility,
  },
  {
    id: 'evaluation',
    title: 'Gold-set evaluation',
    why: 'quality is measured on a fixed, named set',
    how: 'metrics, eval.dataset and eval.size',
    level: 'required',
    check: checkEvaluation,
  },
  {
    id: 'cost',
    title: 'Compute cost',
    why: 'the price of a gain is known',
    how: 'cost.train_cpu_hours, train_gpu_hours or train_usd',
    level: 'required',
    check: checkCost,
  },
  {
    id: 'learning_curve',
    title: 'Learning curve',
    why: 'shows whether more data would still help',
    how: 'learning_curve with at least learning_curve.min_points points',
    level: 'required',
    check: checkLearningCurve,
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    why: 'drift in inputs and outputs is caught in production',
    how: 'bounds for inputs and outputs; training-time drift beyond the base’s bounds and removed bounds are findings',
    level: 'required',
    check: checkMonitoring,
  },
  {
    id: 'retraining',
    title: 'Retraining and expiry',
    why: 'a model nobody retrains rots into a zombie model',
    how: 'a parsed cadence and an expiry within trained_at + cadence + grace, extended only by retraining; expired fails',
    level: 'required',
    check: checkRetraining,
  },
  {
    id: 'product_metric',
    title: 'Product metric',
    why: 'ties the model to the outcome it should move',
    how: 'lifecycle.product_metric.name',
    level: 'required',
    check: checkProductMetric,
  },
  {
    id: 'operating_point',
    title: 'Operating point',
    why: 'the precision/recall trade-off is a decision, not an accident',
    how: 'threshold with precision/recall, judged against the base by the metric rules and the configured minimums',
    level: 'recommended',
    check: checkOperatingPoint,
  },
  {
    id: 'business_case',
    title: 'Business case',
    why: 'the value justifies the cost',
    how: 'value per month above the running plus serving cost per month',
    level: 'recommended',
    check: checkBusinessCase,
  },
  {
    id: 'fairness',
    title: 'Fairness',
    why: 'a good average can hide a group that is served badly',
    how: 'eval.slices: the gap between the best and worst slice, and its growth, within the configured pp',
    level: 'recommended',
    check: checkFairness,
  },
  {
    id: 'independent_review',
    title: 'Independent review',
    why: 'someone other than the author audited the change',
    how: 'approvals from reviewers other than the PR author (optionally listed users or a team)',
    level: 'required',
    github_only: true,
    check: checkIndependentReview,
  },
];

export const BUILT_IN_IDS: readonly string[] = CATALOGUE.map((i) => i.id);
