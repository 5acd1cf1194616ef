import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  resultReason,
  worst
} from "./chunk-BZBO7EDZ.js";
import {
  parseYamlOrJson,
  pointerToField
} from "./chunk-IP6FT2WD.js";
import {
  InputError,
  InputErrors,
  clipName
} from "./chunk-4ITU3WLR.js";

// src/schema/generated/result-validator.js
var __runtime0 = (() => {
  const exports = {};
  "use strict";
  Object.defineProperty(exports, "__esModule", { value: true });
  function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
      length++;
      value = str.charCodeAt(pos++);
      if (value >= 55296 && value <= 56319 && pos < len) {
        value = str.charCodeAt(pos);
        if ((value & 64512) === 56320)
          pos++;
      }
    }
    return length;
  }
  exports.default = ucs2length;
  return exports;
})();
var result = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/mlgate/mlgate/schemas/result.schema.json", "title": "mlgate result", "description": "What `mlgate compare --format json` prints and the action writes to the `result-json` path. Schema version 1; see docs/result.md. Also the artifact that the fork-PR publish workflow reads (docs/forks.md), where it is untrusted input.", "type": "object", "additionalProperties": false, "required": ["schema_version", "verdict", "reason", "base", "head", "models", "notes"], "properties": { "schema_version": { "const": 1, "description": "Result format version. Always 1." }, "verdict": { "$ref": "#/definitions/verdict" }, "reason": { "type": "string", "maxLength": 1e4, "description": "The main reason, one line." }, "base": { "description": "The baseline commit, where its reports were read from, and which recorded baseline stood in for it.", "type": "object", "additionalProperties": false, "required": ["sha", "source"], "properties": { "sha": { "type": ["string", "null"], "pattern": "^[0-9a-f]{7,64}$" }, "source": { "enum": ["git", "api", "file", "artifact", "mlflow", "none"] }, "provenance": { "description": "Which baseline was compared with and how far it is from the PR's base (docs/baselines.md). Absent in results of older versions.", "type": "object", "additionalProperties": false, "required": ["from", "description", "sha", "base_sha", "behind", "recorded_at", "age_days", "stale", "line"], "properties": { "from": { "enum": ["git", "api", "artifact", "mlflow", "file", "none"], "description": "`git`/`api`: the base commit itself; `artifact`: a recorded bundle; `mlflow`: an MLflow tracking server's runs of the base or its nearest ancestor that has runs; `file`: reports named in the same job (`baseline: file`)." }, "description": { "type": "string", "maxLength": 400, "description": 'The source as the small print names it, with backtick code spans: "artifact `mlgate-baseline` recorded at `abc1234`".' }, "sha": { "type": ["string", "null"], "pattern": "^[0-9a-f]{7,64}$", "description": "The commit whose reports are the baseline (the recorded one)." }, "base_sha": { "type": ["string", "null"], "pattern": "^[0-9a-f]{7,64}$", "description": "The PR's base commit." }, "behind": { "type": ["integer", "null"], "minimum": 0, "description": "Commits in the PR's base that `sha` lacks (0: the base itself); null when unknown." }, "recorded_at": { "type": ["string", "null"], "maxLength": 40, "description": "When the baseline was recorded (ISO 8601)." }, "age_days": { "type": ["integer", "null"], "minimum": 0, "description": "Whole days from `recorded_at` to the run." }, "stale": { "type": "boolean", "description": "More than `baseline.max_behind` commits behind: delta findings weigh at most `baseline.when_stale`." }, "line": { "type": "string", "maxLength": 600, "description": "The headline's small print: description, distance and age." } } } } }, "head": { "description": "The commit the result is for.", "type": "object", "additionalProperties": false, "required": ["sha"], "properties": { "sha": { "type": ["string", "null"], "pattern": "^[0-9a-f]{7,64}$" } } }, "models": { "description": "One entry per model report.", "type": "array", "maxItems": 200, "items": { "$ref": "#/definitions/model" } }, "notes": { "description": "Notes about the run as a whole.", "type": "array", "maxItems": 1e3, "items": { "type": "string", "maxLength": 1e4 } } }, "definitions": { "verdict": { "description": "pass, warn or fail.", "enum": ["pass", "warn", "fail"] }, "direction": { "enum": ["higher", "lower"] }, "location": { "description": "Where in which file (workspace-relative), for annotations.", "type": "object", "additionalProperties": false, "required": ["file"], "properties": { "file": { "type": "string", "maxLength": 1e3 }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 } } }, "metric": { "description": "One metric compared between the base and the PR.", "type": "object", "additionalProperties": false, "required": ["base", "change", "delta", "delta_pct", "direction", "fraction", "head", "interval", "min_detectable_effect", "name", "p_adjusted", "p_value", "reason", "significant", "status", "test"], "properties": { "name": { "type": "string", "maxLength": 200 }, "slice": { "description": "For a per-slice row (eval.slices): the slice; name is then `<metric> [<slice>]`.", "type": "string", "maxLength": 200 }, "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] }, "diverged": { "description": `A tool wrote NaN or infinity on that side (a diverged run); that side's value is null, shown as "NaN (diverged)" and judged as the worst value for the metric's direction.`, "enum": ["head", "base", "both"] }, "delta": { "type": ["number", "null"] }, "delta_pct": { "type": ["number", "null"] }, "direction": { "description": "Which way is better; `none` for bookkeeping (step, epoch, learning rate): shown, never gated.", "enum": ["higher", "lower", "none"] }, "fraction": { "type": "boolean" }, "kind": { "description": "The registry kind of the metric's name (docs/report.md#metric-names-and-directions); null when the registry cannot place it.", "type": ["string", "null"], "maxLength": 100 }, "direction_source": { "description": "Where the direction came from: `config` (metrics.<name>.direction), `registry` (the kind), or `assumed` (higher is better, for a name the registry cannot place).", "enum": ["config", "registry", "assumed"] }, "scale": { "description": "How the values were written: `fraction` (in [0, 1]), `percent` (a fraction written in percent, judged as the fraction), `mixed` (one side each: a unit slip), `value` (the metric's own unit).", "enum": ["fraction", "percent", "mixed", "value"] }, "unit": { "description": "The unit the metric's name ends in (`ms`, `MB`, `USD`), null without one.", "type": ["string", "null"], "maxLength": 40 }, "gated": { "description": "false: shown only (bookkeeping, or `gate: false` in the config).", "type": "boolean" }, "tolerance": { "description": "The tolerance the metric was judged with; null when it is not gated.", "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["abs", "pct", "rule", "source", "noise"], "properties": { "abs": { "description": "Allowed worsening in metric units (a fraction for fractions: 0.005 is 0.5 pp); null when none.", "type": ["number", "null"] }, "pct": { "description": "Allowed worsening in percent of the base; null when none.", "type": ["number", "null"] }, "rule": { "description": "The config key it is: max_drop, max_drop_pct, max_increase, max_increase_pct.", "type": "string", "maxLength": 40 }, "source": { "description": "`config` (the config file), `registry` (the kind's default), `default` (mlgate's 5 % for a name the registry cannot place).", "enum": ["config", "registry", "default"] }, "noise": { "description": "The zero-config rule of a fraction: any significant worsening fails; without a test, 5 % of the larger of the value and its complement.", "type": "boolean" } } }, { "type": "null" }] }, "change": { "enum": ["improved", "regressed", "unchanged", "within_noise", "new", "removed", "changed"], "description": "What happened, independent of policy; `changed` for a bookkeeping value, which has no better side." }, "status": { "$ref": "#/definitions/verdict" }, "reason": { "type": ["string", "null"], "maxLength": 1e4 }, "interval": { "anyOf": [{ "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 }, { "type": "null" }] }, "p_value": { "type": ["number", "null"] }, "p_adjusted": { "type": ["number", "null"] }, "significant": { "type": ["boolean", "null"] }, "min_detectable_effect": { "type": ["number", "null"] }, "power": { "description": "What min_detectable_effect is stated for: the configured power and the two-sided level a single real change must reach after Holm across the tested metrics of its family (alpha / tested).", "type": "object", "additionalProperties": false, "required": ["alpha", "power", "tested"], "properties": { "power": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "tested": { "type": "integer", "minimum": 1 } } }, "test": { "type": ["string", "null"], "maxLength": 200 }, "p_value_exact": { "description": "McNemar only: the exact conditional p-value, beside the mid-p (p_value) that is gated on.", "type": "number", "minimum": 0, "maximum": 1 }, "location": { "$ref": "#/definitions/location" } } }, "finding": { "description": "A broken rule.", "type": "object", "additionalProperties": false, "required": ["message", "rule", "severity"], "properties": { "rule": { "type": "string", "maxLength": 200 }, "severity": { "enum": ["fail", "warn"] }, "message": { "type": "string", "maxLength": 1e4 }, "location": { "$ref": "#/definitions/location" } } }, "cost_side": { "type": "object", "additionalProperties": false, "required": ["amount", "cpu_hours", "gpu_hours"], "properties": { "cpu_hours": { "type": ["number", "null"] }, "gpu_hours": { "type": ["number", "null"] }, "amount": { "type": ["number", "null"] } } }, "cost": { "description": "Training cost and what it bought.", "type": "object", "additionalProperties": false, "required": ["base", "currency", "delta", "delta_pct", "head", "headline_metric", "inference_ms_per_1k", "net_value", "per_point", "price_per_1k_predictions"], "properties": { "currency": { "type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO currency code, as the config allows." }, "base": { "anyOf": [{ "$ref": "#/definitions/cost_side" }, { "type": "null" }] }, "head": { "$ref": "#/definitions/cost_side" }, "delta": { "type": ["number", "null"] }, "delta_pct": { "type": ["number", "null"] }, "per_point": { "type": ["number", "null"] }, "headline_metric": { "type": ["string", "null"], "maxLength": 200 }, "net_value": { "type": ["number", "null"] }, "inference_ms_per_1k": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base", "head"], "properties": { "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] } } }, { "type": "null" }] }, "price_per_1k_predictions": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base", "head"], "properties": { "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] } } }, { "type": "null" }] }, "serving_per_month": { "description": "Serving cost per month, base \u2192 PR: the price per 1,000 predictions (cost.price_per_1k_predictions, or cost.inference_ms_per_1k \xD7 cost.prices.inference_hour) \xD7 lifecycle.business_case.predictions_per_month. Absent in results of older versions.", "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base", "head"], "properties": { "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] } } }, { "type": "null" }] }, "net_value_per_month": { "description": "lifecycle.business_case.value_per_month \u2212 cost_per_month \u2212 the serving cost per month, base \u2192 PR; null when the business case's currency is not the configured one. Absent in results of older versions.", "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base", "head"], "properties": { "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] } } }, { "type": "null" }] } } }, "checklist_item": { "description": "One item of the ML lifecycle checklist.", "type": "object", "additionalProperties": false, "required": ["evidence", "fix", "id", "severity", "status", "title"], "properties": { "id": { "type": "string", "maxLength": 200 }, "title": { "type": "string", "maxLength": 1e3 }, "status": { "enum": ["pass", "fail", "warn", "waived", "off", "not_checked"] }, "severity": { "enum": ["required", "recommended", "off"] }, "evidence": { "type": ["string", "null"], "maxLength": 1e4 }, "fix": { "type": ["string", "null"], "maxLength": 1e4 }, "waiver": { "type": "object", "additionalProperties": false, "required": ["by", "reason"], "properties": { "by": { "type": "string", "maxLength": 200 }, "reason": { "type": "string", "maxLength": 1e4 }, "comment_url": { "type": "string", "maxLength": 2e3 } } }, "location": { "$ref": "#/definitions/location" } } }, "curve_point": { "type": "object", "additionalProperties": false, "required": ["train_size", "value"], "properties": { "train_size": { "type": "number" }, "value": { "type": "number" }, "std": { "type": "number" }, "cost": { "type": "number" } } }, "curve_analysis": { "description": "The learning-curve analysis of one side.", "type": "object", "additionalProperties": false, "required": ["conclusion", "cost_model", "cost_unit", "current_size", "curve", "direction", "families", "family", "family_members", "gain_per_doubling_threshold", "last_value_holdout_error", "metric", "oversize_exceeded", "oversize_factor", "points", "predicted_gain_per_doubling", "predicted_two_doublings", "projected_savings", "proportion", "reason", "recommendation_basis", "recommended_size", "reliable"], "properties": { "metric": { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, "direction": { "$ref": "#/definitions/direction" }, "proportion": { "type": "boolean" }, "reliable": { "type": "boolean" }, "reason": { "type": ["string", "null"], "maxLength": 1e4 }, "family": { "type": ["string", "null"], "maxLength": 200, "pattern": "^((pow3|log2|exp3|mmf4|wbl4)|last_value|median\\((pow3|log2|exp3|mmf4|wbl4)(, (pow3|log2|exp3|mmf4|wbl4)){1,4}\\))$", "description": "What src/curve writes: a family, the median of several, or last_value." }, "family_members": { "type": "array", "maxItems": 20, "items": { "type": "string", "enum": ["pow3", "log2", "exp3", "mmf4", "wbl4"] } }, "families": { "type": "array", "maxItems": 20, "items": { "type": "object", "additionalProperties": false, "required": ["holdout_error", "name", "params", "rmse"], "properties": { "name": { "type": "string", "enum": ["pow3", "log2", "exp3", "mmf4", "wbl4"] }, "params": { "type": "array", "maxItems": 20, "items": { "type": "number" } }, "holdout_error": { "type": ["number", "null"] }, "rmse": { "type": "number" } } } }, "last_value_holdout_error": { "type": ["number", "null"] }, "current_size": { "type": "number" }, "recommended_size": { "type": ["number", "null"] }, "recommendation_basis": { "enum": ["measured", "extrapolated", null] }, "oversize_factor": { "type": ["number", "null"] }, "oversize_exceeded": { "type": "boolean" }, "gain_per_doubling_threshold": { "type": "number" }, "predicted_gain_per_doubling": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["interval", "value"], "properties": { "value": { "type": "number" }, "interval": { "anyOf": [{ "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 }, { "type": "null" }] } } }, { "type": "null" }] }, "predicted_two_doublings": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["interval", "train_size", "value"], "properties": { "train_size": { "type": "number" }, "value": { "type": "number" }, "interval": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 } } }, { "type": "null" }] }, "projected_savings": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["cost", "cost_pct", "metric_delta"], "properties": { "cost": { "type": ["number", "null"] }, "cost_pct": { "type": ["number", "null"] }, "metric_delta": { "type": ["number", "null"] } } }, { "type": "null" }] }, "cost_unit": { "type": "string", "maxLength": 50 }, "cost_model": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["intercept", "slope"], "properties": { "intercept": { "type": "number" }, "slope": { "type": "number" } } }, { "type": "null" }] }, "points": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/curve_point" } }, "curve": { "type": "array", "maxItems": 1e4, "items": { "type": "object", "additionalProperties": false, "required": ["train_size", "value"], "properties": { "train_size": { "type": "number" }, "value": { "type": "number" } } } }, "conclusion": { "type": "string", "maxLength": 1e4 } } }, "curve_comparison": { "description": "The PR's learning curve against the base's.", "type": "object", "additionalProperties": false, "required": ["at_equal_sizes", "conclusion", "dominance", "mean_improvement", "metric", "size_ratio_for_equal_value", "train_size_change"], "properties": { "metric": { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, "at_equal_sizes": { "type": "array", "maxItems": 1e4, "items": { "type": "object", "additionalProperties": false, "required": ["base", "delta", "head", "train_size"], "properties": { "train_size": { "type": "number" }, "base": { "type": "number" }, "head": { "type": "number" }, "delta": { "type": "number" } } } }, "mean_improvement": { "type": ["number", "null"] }, "dominance": { "enum": ["head", "base", "equal", "crossing", "unknown"] }, "size_ratio_for_equal_value": { "type": ["number", "null"] }, "train_size_change": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base_size", "cost_delta", "head_size", "metric_delta", "metric_per_cost"], "properties": { "base_size": { "type": "number" }, "head_size": { "type": "number" }, "metric_delta": { "type": ["number", "null"] }, "cost_delta": { "type": ["number", "null"] }, "metric_per_cost": { "type": ["number", "null"] } } }, { "type": "null" }] }, "conclusion": { "type": "string", "maxLength": 1e4 } } }, "learning_curve": { "description": "The PR's learning-curve analysis, with the base's and their comparison (docs/learning-curves.md).", "type": "object", "additionalProperties": false, "required": ["base", "comparison", "conclusion", "cost_model", "cost_unit", "current_size", "curve", "direction", "families", "family", "family_members", "gain_per_doubling_threshold", "last_value_holdout_error", "metric", "oversize_exceeded", "oversize_factor", "points", "predicted_gain_per_doubling", "predicted_two_doublings", "projected_savings", "proportion", "reason", "recommendation_basis", "recommended_size", "reliable"], "properties": { "metric": { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, "direction": { "$ref": "#/definitions/direction" }, "proportion": { "type": "boolean" }, "reliable": { "type": "boolean" }, "reason": { "type": ["string", "null"], "maxLength": 1e4 }, "family": { "type": ["string", "null"], "maxLength": 200, "pattern": "^((pow3|log2|exp3|mmf4|wbl4)|last_value|median\\((pow3|log2|exp3|mmf4|wbl4)(, (pow3|log2|exp3|mmf4|wbl4)){1,4}\\))$", "description": "What src/curve writes: a family, the median of several, or last_value." }, "family_members": { "type": "array", "maxItems": 20, "items": { "type": "string", "enum": ["pow3", "log2", "exp3", "mmf4", "wbl4"] } }, "families": { "type": "array", "maxItems": 20, "items": { "type": "object", "additionalProperties": false, "required": ["holdout_error", "name", "params", "rmse"], "properties": { "name": { "type": "string", "enum": ["pow3", "log2", "exp3", "mmf4", "wbl4"] }, "params": { "type": "array", "maxItems": 20, "items": { "type": "number" } }, "holdout_error": { "type": ["number", "null"] }, "rmse": { "type": "number" } } } }, "last_value_holdout_error": { "type": ["number", "null"] }, "current_size": { "type": "number" }, "recommended_size": { "type": ["number", "null"] }, "recommendation_basis": { "enum": ["measured", "extrapolated", null] }, "oversize_factor": { "type": ["number", "null"] }, "oversize_exceeded": { "type": "boolean" }, "gain_per_doubling_threshold": { "type": "number" }, "predicted_gain_per_doubling": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["interval", "value"], "properties": { "value": { "type": "number" }, "interval": { "anyOf": [{ "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 }, { "type": "null" }] } } }, { "type": "null" }] }, "predicted_two_doublings": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["interval", "train_size", "value"], "properties": { "train_size": { "type": "number" }, "value": { "type": "number" }, "interval": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 } } }, { "type": "null" }] }, "projected_savings": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["cost", "cost_pct", "metric_delta"], "properties": { "cost": { "type": ["number", "null"] }, "cost_pct": { "type": ["number", "null"] }, "metric_delta": { "type": ["number", "null"] } } }, { "type": "null" }] }, "cost_unit": { "type": "string", "maxLength": 50 }, "cost_model": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["intercept", "slope"], "properties": { "intercept": { "type": "number" }, "slope": { "type": "number" } } }, { "type": "null" }] }, "points": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/curve_point" } }, "curve": { "type": "array", "maxItems": 1e4, "items": { "type": "object", "additionalProperties": false, "required": ["train_size", "value"], "properties": { "train_size": { "type": "number" }, "value": { "type": "number" } } } }, "conclusion": { "type": "string", "maxLength": 1e4 }, "base": { "anyOf": [{ "$ref": "#/definitions/curve_analysis" }, { "type": "null" }] }, "comparison": { "anyOf": [{ "$ref": "#/definitions/curve_comparison" }, { "type": "null" }] } } }, "model": { "description": "The result for one model (one report).", "type": "object", "additionalProperties": false, "required": ["baseline", "checklist", "cost", "eval", "findings", "learning_curve", "metrics", "name", "notes", "reader", "reasons", "report_path", "verdict"], "properties": { "name": { "type": "string", "maxLength": 200 }, "verdict": { "$ref": "#/definitions/verdict" }, "reasons": { "type": "array", "maxItems": 1e3, "items": { "type": "string", "maxLength": 1e4 } }, "baseline": { "enum": ["present", "missing", "carried_forward"] }, "report_path": { "type": ["string", "null"], "maxLength": 1e3 }, "reader": { "type": "string", "maxLength": 100 }, "metrics": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/metric" } }, "findings": { "type": "array", "maxItems": 5e3, "items": { "$ref": "#/definitions/finding" } }, "notes": { "type": "array", "maxItems": 1e3, "items": { "type": "string", "maxLength": 1e4 } }, "eval": { "type": "object", "additionalProperties": false, "required": ["base_size", "dataset", "size"], "properties": { "dataset": { "type": ["string", "null"], "maxLength": 200 }, "size": { "type": ["number", "null"] }, "base_size": { "type": ["number", "null"] } } }, "cost": { "anyOf": [{ "$ref": "#/definitions/cost" }, { "type": "null" }] }, "learning_curve": { "anyOf": [{ "$ref": "#/definitions/learning_curve" }, { "type": "null" }] }, "checklist": { "anyOf": [{ "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/checklist_item" } }, { "type": "null" }] }, "checklist_off": { "description": "Present when the lifecycle checklist is off for the model (no lifecycle block, no checklist config): the built-in items its report already evidences.", "type": "object", "additionalProperties": false, "required": ["evidenced", "total"], "properties": { "evidenced": { "type": "array", "maxItems": 50, "items": { "type": "string", "maxLength": 100 } }, "total": { "type": "integer", "minimum": 0 } } } } } } };
var schema12 = { "description": "pass, warn or fail.", "enum": ["pass", "warn", "fail"] };
var func2 = __runtime0.default;
var func3 = Object.prototype.hasOwnProperty;
var pattern0 = new RegExp("^[0-9a-f]{7,64}$", "u");
var schema13 = { "description": "The result for one model (one report).", "type": "object", "additionalProperties": false, "required": ["baseline", "checklist", "cost", "eval", "findings", "learning_curve", "metrics", "name", "notes", "reader", "reasons", "report_path", "verdict"], "properties": { "name": { "type": "string", "maxLength": 200 }, "verdict": { "$ref": "#/definitions/verdict" }, "reasons": { "type": "array", "maxItems": 1e3, "items": { "type": "string", "maxLength": 1e4 } }, "baseline": { "enum": ["present", "missing", "carried_forward"] }, "report_path": { "type": ["string", "null"], "maxLength": 1e3 }, "reader": { "type": "string", "maxLength": 100 }, "metrics": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/metric" } }, "findings": { "type": "array", "maxItems": 5e3, "items": { "$ref": "#/definitions/finding" } }, "notes": { "type": "array", "maxItems": 1e3, "items": { "type": "string", "maxLength": 1e4 } }, "eval": { "type": "object", "additionalProperties": false, "required": ["base_size", "dataset", "size"], "properties": { "dataset": { "type": ["string", "null"], "maxLength": 200 }, "size": { "type": ["number", "null"] }, "base_size": { "type": ["number", "null"] } } }, "cost": { "anyOf": [{ "$ref": "#/definitions/cost" }, { "type": "null" }] }, "learning_curve": { "anyOf": [{ "$ref": "#/definitions/learning_curve" }, { "type": "null" }] }, "checklist": { "anyOf": [{ "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/checklist_item" } }, { "type": "null" }] }, "checklist_off": { "description": "Present when the lifecycle checklist is off for the model (no lifecycle block, no checklist config): the built-in items its report already evidences.", "type": "object", "additionalProperties": false, "required": ["evidenced", "total"], "properties": { "evidenced": { "type": "array", "maxItems": 50, "items": { "type": "string", "maxLength": 100 } }, "total": { "type": "integer", "minimum": 0 } } } } };
var schema15 = { "description": "One metric compared between the base and the PR.", "type": "object", "additionalProperties": false, "required": ["base", "change", "delta", "delta_pct", "direction", "fraction", "head", "interval", "min_detectable_effect", "name", "p_adjusted", "p_value", "reason", "significant", "status", "test"], "properties": { "name": { "type": "string", "maxLength": 200 }, "slice": { "description": "For a per-slice row (eval.slices): the slice; name is then `<metric> [<slice>]`.", "type": "string", "maxLength": 200 }, "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] }, "diverged": { "description": `A tool wrote NaN or infinity on that side (a diverged run); that side's value is null, shown as "NaN (diverged)" and judged as the worst value for the metric's direction.`, "enum": ["head", "base", "both"] }, "delta": { "type": ["number", "null"] }, "delta_pct": { "type": ["number", "null"] }, "direction": { "description": "Which way is better; `none` for bookkeeping (step, epoch, learning rate): shown, never gated.", "enum": ["higher", "lower", "none"] }, "fraction": { "type": "boolean" }, "kind": { "description": "The registry kind of the metric's name (docs/report.md#metric-names-and-directions); null when the registry cannot place it.", "type": ["string", "null"], "maxLength": 100 }, "direction_source": { "description": "Where the direction came from: `config` (metrics.<name>.direction), `registry` (the kind), or `assumed` (higher is better, for a name the registry cannot place).", "enum": ["config", "registry", "assumed"] }, "scale": { "description": "How the values were written: `fraction` (in [0, 1]), `percent` (a fraction written in percent, judged as the fraction), `mixed` (one side each: a unit slip), `value` (the metric's own unit).", "enum": ["fraction", "percent", "mixed", "value"] }, "unit": { "description": "The unit the metric's name ends in (`ms`, `MB`, `USD`), null without one.", "type": ["string", "null"], "maxLength": 40 }, "gated": { "description": "false: shown only (bookkeeping, or `gate: false` in the config).", "type": "boolean" }, "tolerance": { "description": "The tolerance the metric was judged with; null when it is not gated.", "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["abs", "pct", "rule", "source", "noise"], "properties": { "abs": { "description": "Allowed worsening in metric units (a fraction for fractions: 0.005 is 0.5 pp); null when none.", "type": ["number", "null"] }, "pct": { "description": "Allowed worsening in percent of the base; null when none.", "type": ["number", "null"] }, "rule": { "description": "The config key it is: max_drop, max_drop_pct, max_increase, max_increase_pct.", "type": "string", "maxLength": 40 }, "source": { "description": "`config` (the config file), `registry` (the kind's default), `default` (mlgate's 5 % for a name the registry cannot place).", "enum": ["config", "registry", "default"] }, "noise": { "description": "The zero-config rule of a fraction: any significant worsening fails; without a test, 5 % of the larger of the value and its complement.", "type": "boolean" } } }, { "type": "null" }] }, "change": { "enum": ["improved", "regressed", "unchanged", "within_noise", "new", "removed", "changed"], "description": "What happened, independent of policy; `changed` for a bookkeeping value, which has no better side." }, "status": { "$ref": "#/definitions/verdict" }, "reason": { "type": ["string", "null"], "maxLength": 1e4 }, "interval": { "anyOf": [{ "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 }, { "type": "null" }] }, "p_value": { "type": ["number", "null"] }, "p_adjusted": { "type": ["number", "null"] }, "significant": { "type": ["boolean", "null"] }, "min_detectable_effect": { "type": ["number", "null"] }, "power": { "description": "What min_detectable_effect is stated for: the configured power and the two-sided level a single real change must reach after Holm across the tested metrics of its family (alpha / tested).", "type": "object", "additionalProperties": false, "required": ["alpha", "power", "tested"], "properties": { "power": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "alpha": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1 }, "tested": { "type": "integer", "minimum": 1 } } }, "test": { "type": ["string", "null"], "maxLength": 200 }, "p_value_exact": { "description": "McNemar only: the exact conditional p-value, beside the mid-p (p_value) that is gated on.", "type": "number", "minimum": 0, "maximum": 1 }, "location": { "$ref": "#/definitions/location" } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.base === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.change === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "change" }, message: "must have required property 'change'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.delta === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "delta" }, message: "must have required property 'delta'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.delta_pct === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "delta_pct" }, message: "must have required property 'delta_pct'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.direction === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.fraction === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fraction" }, message: "must have required property 'fraction'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.head === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.interval === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.min_detectable_effect === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "min_detectable_effect" }, message: "must have required property 'min_detectable_effect'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.p_adjusted === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "p_adjusted" }, message: "must have required property 'p_adjusted'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.p_value === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "p_value" }, message: "must have required property 'p_value'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.significant === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "significant" }, message: "must have required property 'significant'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.test === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "test" }, message: "must have required property 'test'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema15.properties, key0)) {
        const err16 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err17 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.slice !== void 0) {
      let data1 = data.slice;
      if (typeof data1 === "string") {
        if (func2(data1) > 200) {
          const err19 = { instancePath: instancePath + "/slice", schemaPath: "#/properties/slice/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/slice", schemaPath: "#/properties/slice/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.base !== void 0) {
      let data2 = data.base;
      if (!(typeof data2 == "number" && isFinite(data2)) && data2 !== null) {
        const err21 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: schema15.properties.base.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.head !== void 0) {
      let data3 = data.head;
      if (!(typeof data3 == "number" && isFinite(data3)) && data3 !== null) {
        const err22 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/type", keyword: "type", params: { type: schema15.properties.head.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.diverged !== void 0) {
      let data4 = data.diverged;
      if (!(data4 === "head" || data4 === "base" || data4 === "both")) {
        const err23 = { instancePath: instancePath + "/diverged", schemaPath: "#/properties/diverged/enum", keyword: "enum", params: { allowedValues: schema15.properties.diverged.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.delta !== void 0) {
      let data5 = data.delta;
      if (!(typeof data5 == "number" && isFinite(data5)) && data5 !== null) {
        const err24 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/type", keyword: "type", params: { type: schema15.properties.delta.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.delta_pct !== void 0) {
      let data6 = data.delta_pct;
      if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
        const err25 = { instancePath: instancePath + "/delta_pct", schemaPath: "#/properties/delta_pct/type", keyword: "type", params: { type: schema15.properties.delta_pct.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data7 = data.direction;
      if (!(data7 === "higher" || data7 === "lower" || data7 === "none")) {
        const err26 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema15.properties.direction.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.fraction !== void 0) {
      if (typeof data.fraction !== "boolean") {
        const err27 = { instancePath: instancePath + "/fraction", schemaPath: "#/properties/fraction/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data9 = data.kind;
      if (typeof data9 !== "string" && data9 !== null) {
        const err28 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: schema15.properties.kind.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data9 === "string") {
        if (func2(data9) > 100) {
          const err29 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    if (data.direction_source !== void 0) {
      let data10 = data.direction_source;
      if (!(data10 === "config" || data10 === "registry" || data10 === "assumed")) {
        const err30 = { instancePath: instancePath + "/direction_source", schemaPath: "#/properties/direction_source/enum", keyword: "enum", params: { allowedValues: schema15.properties.direction_source.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.scale !== void 0) {
      let data11 = data.scale;
      if (!(data11 === "fraction" || data11 === "percent" || data11 === "mixed" || data11 === "value")) {
        const err31 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/enum", keyword: "enum", params: { allowedValues: schema15.properties.scale.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.unit !== void 0) {
      let data12 = data.unit;
      if (typeof data12 !== "string" && data12 !== null) {
        const err32 = { instancePath: instancePath + "/unit", schemaPath: "#/properties/unit/type", keyword: "type", params: { type: schema15.properties.unit.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data12 === "string") {
        if (func2(data12) > 40) {
          const err33 = { instancePath: instancePath + "/unit", schemaPath: "#/properties/unit/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.gated !== void 0) {
      if (typeof data.gated !== "boolean") {
        const err34 = { instancePath: instancePath + "/gated", schemaPath: "#/properties/gated/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.tolerance !== void 0) {
      let data14 = data.tolerance;
      const _errs27 = errors;
      let valid1 = false;
      const _errs28 = errors;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.abs === void 0) {
          const err35 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/anyOf/0/required", keyword: "required", params: { missingProperty: "abs" }, message: "must have required property 'abs'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data14.pct === void 0) {
          const err36 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/anyOf/0/required", keyword: "required", params: { missingProperty: "pct" }, message: "must have required property 'pct'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        if (data14.rule === void 0) {
          const err37 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/anyOf/0/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data14.source === void 0) {
          const err38 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/anyOf/0/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data14.noise === void 0) {
          const err39 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/anyOf/0/required", keyword: "required", params: { missingProperty: "noise" }, message: "must have required property 'noise'" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        for (const key1 in data14) {
          if (!(key1 === "abs" || key1 === "pct" || key1 === "rule" || key1 === "source" || key1 === "noise")) {
            const err40 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data14.abs !== void 0) {
          let data15 = data14.abs;
          if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
            const err41 = { instancePath: instancePath + "/tolerance/abs", schemaPath: "#/properties/tolerance/anyOf/0/properties/abs/type", keyword: "type", params: { type: schema15.properties.tolerance.anyOf[0].properties.abs.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data14.pct !== void 0) {
          let data16 = data14.pct;
          if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
            const err42 = { instancePath: instancePath + "/tolerance/pct", schemaPath: "#/properties/tolerance/anyOf/0/properties/pct/type", keyword: "type", params: { type: schema15.properties.tolerance.anyOf[0].properties.pct.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data14.rule !== void 0) {
          let data17 = data14.rule;
          if (typeof data17 === "string") {
            if (func2(data17) > 40) {
              const err43 = { instancePath: instancePath + "/tolerance/rule", schemaPath: "#/properties/tolerance/anyOf/0/properties/rule/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/tolerance/rule", schemaPath: "#/properties/tolerance/anyOf/0/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data14.source !== void 0) {
          let data18 = data14.source;
          if (!(data18 === "config" || data18 === "registry" || data18 === "default")) {
            const err45 = { instancePath: instancePath + "/tolerance/source", schemaPath: "#/properties/tolerance/anyOf/0/properties/source/enum", keyword: "enum", params: { allowedValues: schema15.properties.tolerance.anyOf[0].properties.source.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data14.noise !== void 0) {
          if (typeof data14.noise !== "boolean") {
            const err46 = { instancePath: instancePath + "/tolerance/noise", schemaPath: "#/properties/tolerance/anyOf/0/properties/noise/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
      var _valid0 = _errs28 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs40 = errors;
        if (data14 !== null) {
          const err48 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
        var _valid0 = _errs40 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err49 = { instancePath: instancePath + "/tolerance", schemaPath: "#/properties/tolerance/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      } else {
        errors = _errs27;
        if (vErrors !== null) {
          if (_errs27) {
            vErrors.length = _errs27;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.change !== void 0) {
      let data20 = data.change;
      if (!(data20 === "improved" || data20 === "regressed" || data20 === "unchanged" || data20 === "within_noise" || data20 === "new" || data20 === "removed" || data20 === "changed")) {
        const err50 = { instancePath: instancePath + "/change", schemaPath: "#/properties/change/enum", keyword: "enum", params: { allowedValues: schema15.properties.change.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data21 = data.status;
      if (!(data21 === "pass" || data21 === "warn" || data21 === "fail")) {
        const err51 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/verdict/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data22 = data.reason;
      if (typeof data22 !== "string" && data22 !== null) {
        const err52 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema15.properties.reason.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
      if (typeof data22 === "string") {
        if (func2(data22) > 1e4) {
          const err53 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      }
    }
    if (data.interval !== void 0) {
      let data23 = data.interval;
      const _errs48 = errors;
      let valid4 = false;
      const _errs49 = errors;
      if (Array.isArray(data23)) {
        if (data23.length > 2) {
          const err54 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/anyOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        if (data23.length < 2) {
          const err55 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/anyOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
          if (vErrors === null) {
            vErrors = [err55];
          } else {
            vErrors.push(err55);
          }
          errors++;
        }
        const len0 = data23.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data24 = data23[i0];
          if (!(typeof data24 == "number" && isFinite(data24))) {
            const err56 = { instancePath: instancePath + "/interval/" + i0, schemaPath: "#/properties/interval/anyOf/0/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
      } else {
        const err57 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
      var _valid1 = _errs49 === errors;
      valid4 = valid4 || _valid1;
      if (!valid4) {
        const _errs53 = errors;
        if (data23 !== null) {
          const err58 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
        var _valid1 = _errs53 === errors;
        valid4 = valid4 || _valid1;
      }
      if (!valid4) {
        const err59 = { instancePath: instancePath + "/interval", schemaPath: "#/properties/interval/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      } else {
        errors = _errs48;
        if (vErrors !== null) {
          if (_errs48) {
            vErrors.length = _errs48;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.p_value !== void 0) {
      let data25 = data.p_value;
      if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null) {
        const err60 = { instancePath: instancePath + "/p_value", schemaPath: "#/properties/p_value/type", keyword: "type", params: { type: schema15.properties.p_value.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.p_adjusted !== void 0) {
      let data26 = data.p_adjusted;
      if (!(typeof data26 == "number" && isFinite(data26)) && data26 !== null) {
        const err61 = { instancePath: instancePath + "/p_adjusted", schemaPath: "#/properties/p_adjusted/type", keyword: "type", params: { type: schema15.properties.p_adjusted.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.significant !== void 0) {
      let data27 = data.significant;
      if (typeof data27 !== "boolean" && data27 !== null) {
        const err62 = { instancePath: instancePath + "/significant", schemaPath: "#/properties/significant/type", keyword: "type", params: { type: schema15.properties.significant.type }, message: "must be boolean,null" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.min_detectable_effect !== void 0) {
      let data28 = data.min_detectable_effect;
      if (!(typeof data28 == "number" && isFinite(data28)) && data28 !== null) {
        const err63 = { instancePath: instancePath + "/min_detectable_effect", schemaPath: "#/properties/min_detectable_effect/type", keyword: "type", params: { type: schema15.properties.min_detectable_effect.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.power !== void 0) {
      let data29 = data.power;
      if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
        if (data29.alpha === void 0) {
          const err64 = { instancePath: instancePath + "/power", schemaPath: "#/properties/power/required", keyword: "required", params: { missingProperty: "alpha" }, message: "must have required property 'alpha'" };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        if (data29.power === void 0) {
          const err65 = { instancePath: instancePath + "/power", schemaPath: "#/properties/power/required", keyword: "required", params: { missingProperty: "power" }, message: "must have required property 'power'" };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (data29.tested === void 0) {
          const err66 = { instancePath: instancePath + "/power", schemaPath: "#/properties/power/required", keyword: "required", params: { missingProperty: "tested" }, message: "must have required property 'tested'" };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
        for (const key2 in data29) {
          if (!(key2 === "power" || key2 === "alpha" || key2 === "tested")) {
            const err67 = { instancePath: instancePath + "/power", schemaPath: "#/properties/power/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
        if (data29.power !== void 0) {
          let data30 = data29.power;
          if (typeof data30 == "number" && isFinite(data30)) {
            if (data30 >= 1 || isNaN(data30)) {
              const err68 = { instancePath: instancePath + "/power/power", schemaPath: "#/properties/power/properties/power/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            if (data30 <= 0 || isNaN(data30)) {
              const err69 = { instancePath: instancePath + "/power/power", schemaPath: "#/properties/power/properties/power/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          } else {
            const err70 = { instancePath: instancePath + "/power/power", schemaPath: "#/properties/power/properties/power/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data29.alpha !== void 0) {
          let data31 = data29.alpha;
          if (typeof data31 == "number" && isFinite(data31)) {
            if (data31 >= 1 || isNaN(data31)) {
              const err71 = { instancePath: instancePath + "/power/alpha", schemaPath: "#/properties/power/properties/alpha/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            if (data31 <= 0 || isNaN(data31)) {
              const err72 = { instancePath: instancePath + "/power/alpha", schemaPath: "#/properties/power/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          } else {
            const err73 = { instancePath: instancePath + "/power/alpha", schemaPath: "#/properties/power/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data29.tested !== void 0) {
          let data32 = data29.tested;
          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)) && isFinite(data32))) {
            const err74 = { instancePath: instancePath + "/power/tested", schemaPath: "#/properties/power/properties/tested/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
          if (typeof data32 == "number" && isFinite(data32)) {
            if (data32 < 1 || isNaN(data32)) {
              const err75 = { instancePath: instancePath + "/power/tested", schemaPath: "#/properties/power/properties/tested/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
        }
      } else {
        const err76 = { instancePath: instancePath + "/power", schemaPath: "#/properties/power/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
    }
    if (data.test !== void 0) {
      let data33 = data.test;
      if (typeof data33 !== "string" && data33 !== null) {
        const err77 = { instancePath: instancePath + "/test", schemaPath: "#/properties/test/type", keyword: "type", params: { type: schema15.properties.test.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
      if (typeof data33 === "string") {
        if (func2(data33) > 200) {
          const err78 = { instancePath: instancePath + "/test", schemaPath: "#/properties/test/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
      }
    }
    if (data.p_value_exact !== void 0) {
      let data34 = data.p_value_exact;
      if (typeof data34 == "number" && isFinite(data34)) {
        if (data34 > 1 || isNaN(data34)) {
          const err79 = { instancePath: instancePath + "/p_value_exact", schemaPath: "#/properties/p_value_exact/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
        if (data34 < 0 || isNaN(data34)) {
          const err80 = { instancePath: instancePath + "/p_value_exact", schemaPath: "#/properties/p_value_exact/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err80];
          } else {
            vErrors.push(err80);
          }
          errors++;
        }
      } else {
        const err81 = { instancePath: instancePath + "/p_value_exact", schemaPath: "#/properties/p_value_exact/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.location !== void 0) {
      let data35 = data.location;
      if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
        if (data35.file === void 0) {
          const err82 = { instancePath: instancePath + "/location", schemaPath: "#/definitions/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
        for (const key3 in data35) {
          if (!(key3 === "file" || key3 === "line" || key3 === "column")) {
            const err83 = { instancePath: instancePath + "/location", schemaPath: "#/definitions/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
        if (data35.file !== void 0) {
          let data36 = data35.file;
          if (typeof data36 === "string") {
            if (func2(data36) > 1e3) {
              const err84 = { instancePath: instancePath + "/location/file", schemaPath: "#/definitions/location/properties/file/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
              if (vErrors === null) {
                vErrors = [err84];
              } else {
                vErrors.push(err84);
              }
              errors++;
            }
          } else {
            const err85 = { instancePath: instancePath + "/location/file", schemaPath: "#/definitions/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
        if (data35.line !== void 0) {
          let data37 = data35.line;
          if (!(typeof data37 == "number" && (!(data37 % 1) && !isNaN(data37)) && isFinite(data37))) {
            const err86 = { instancePath: instancePath + "/location/line", schemaPath: "#/definitions/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err86];
            } else {
              vErrors.push(err86);
            }
            errors++;
          }
          if (typeof data37 == "number" && isFinite(data37)) {
            if (data37 < 1 || isNaN(data37)) {
              const err87 = { instancePath: instancePath + "/location/line", schemaPath: "#/definitions/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
        }
        if (data35.column !== void 0) {
          let data38 = data35.column;
          if (!(typeof data38 == "number" && (!(data38 % 1) && !isNaN(data38)) && isFinite(data38))) {
            const err88 = { instancePath: instancePath + "/location/column", schemaPath: "#/definitions/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err88];
            } else {
              vErrors.push(err88);
            }
            errors++;
          }
          if (typeof data38 == "number" && isFinite(data38)) {
            if (data38 < 1 || isNaN(data38)) {
              const err89 = { instancePath: instancePath + "/location/column", schemaPath: "#/definitions/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
        }
      } else {
        const err90 = { instancePath: instancePath + "/location", schemaPath: "#/definitions/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
  } else {
    const err91 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err91];
    } else {
      vErrors.push(err91);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema18 = { "description": "A broken rule.", "type": "object", "additionalProperties": false, "required": ["message", "rule", "severity"], "properties": { "rule": { "type": "string", "maxLength": 200 }, "severity": { "enum": ["fail", "warn"] }, "message": { "type": "string", "maxLength": 1e4 }, "location": { "$ref": "#/definitions/location" } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.message === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property 'message'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.rule === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "severity" || key0 === "message" || key0 === "location")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err4 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data1 = data.severity;
      if (!(data1 === "fail" || data1 === "warn")) {
        const err6 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema18.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.message !== void 0) {
      let data2 = data.message;
      if (typeof data2 === "string") {
        if (func2(data2) > 1e4) {
          const err7 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.location !== void 0) {
      let data3 = data.location;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.file === void 0) {
          const err9 = { instancePath: instancePath + "/location", schemaPath: "#/definitions/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "file" || key1 === "line" || key1 === "column")) {
            const err10 = { instancePath: instancePath + "/location", schemaPath: "#/definitions/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.file !== void 0) {
          let data4 = data3.file;
          if (typeof data4 === "string") {
            if (func2(data4) > 1e3) {
              const err11 = { instancePath: instancePath + "/location/file", schemaPath: "#/definitions/location/properties/file/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/location/file", schemaPath: "#/definitions/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data3.line !== void 0) {
          let data5 = data3.line;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err13 = { instancePath: instancePath + "/location/line", schemaPath: "#/definitions/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 1 || isNaN(data5)) {
              const err14 = { instancePath: instancePath + "/location/line", schemaPath: "#/definitions/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
        if (data3.column !== void 0) {
          let data6 = data3.column;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err15 = { instancePath: instancePath + "/location/column", schemaPath: "#/definitions/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 < 1 || isNaN(data6)) {
              const err16 = { instancePath: instancePath + "/location/column", schemaPath: "#/definitions/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/location", schemaPath: "#/definitions/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema20 = { "description": "Training cost and what it bought.", "type": "object", "additionalProperties": false, "required": ["base", "currency", "delta", "delta_pct", "head", "headline_metric", "inference_ms_per_1k", "net_value", "per_point", "price_per_1k_predictions"], "properties": { "currency": { "type": "string", "pattern": "^[A-Z]{3}$", "description": "ISO currency code, as the config allows." }, "base": { "anyOf": [{ "$ref": "#/definitions/cost_side" }, { "type": "null" }] }, "head": { "$ref": "#/definitions/cost_side" }, "delta": { "type": ["number", "null"] }, "delta_pct": { "type": ["number", "null"] }, "per_point": { "type": ["number", "null"] }, "headline_metric": { "type": ["string", "null"], "maxLength": 200 }, "net_value": { "type": ["number", "null"] }, "inference_ms_per_1k": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base", "head"], "properties": { "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] } } }, { "type": "null" }] }, "price_per_1k_predictions": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base", "head"], "properties": { "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] } } }, { "type": "null" }] }, "serving_per_month": { "description": "Serving cost per month, base \u2192 PR: the price per 1,000 predictions (cost.price_per_1k_predictions, or cost.inference_ms_per_1k \xD7 cost.prices.inference_hour) \xD7 lifecycle.business_case.predictions_per_month. Absent in results of older versions.", "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base", "head"], "properties": { "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] } } }, { "type": "null" }] }, "net_value_per_month": { "description": "lifecycle.business_case.value_per_month \u2212 cost_per_month \u2212 the serving cost per month, base \u2192 PR; null when the business case's currency is not the configured one. Absent in results of older versions.", "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base", "head"], "properties": { "base": { "type": ["number", "null"] }, "head": { "type": ["number", "null"] } } }, { "type": "null" }] } } };
var schema21 = { "type": "object", "additionalProperties": false, "required": ["amount", "cpu_hours", "gpu_hours"], "properties": { "cpu_hours": { "type": ["number", "null"] }, "gpu_hours": { "type": ["number", "null"] }, "amount": { "type": ["number", "null"] } } };
var pattern4 = new RegExp("^[A-Z]{3}$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.base === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.currency === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "currency" }, message: "must have required property 'currency'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.delta === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "delta" }, message: "must have required property 'delta'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.delta_pct === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "delta_pct" }, message: "must have required property 'delta_pct'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.head === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.headline_metric === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headline_metric" }, message: "must have required property 'headline_metric'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.inference_ms_per_1k === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inference_ms_per_1k" }, message: "must have required property 'inference_ms_per_1k'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.net_value === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "net_value" }, message: "must have required property 'net_value'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.per_point === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "per_point" }, message: "must have required property 'per_point'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.price_per_1k_predictions === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "price_per_1k_predictions" }, message: "must have required property 'price_per_1k_predictions'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema20.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data0 = data.currency;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err11 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"' };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.base !== void 0) {
      let data1 = data.base;
      const _errs5 = errors;
      let valid1 = false;
      const _errs6 = errors;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (data1.amount === void 0) {
          const err13 = { instancePath: instancePath + "/base", schemaPath: "#/definitions/cost_side/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data1.cpu_hours === void 0) {
          const err14 = { instancePath: instancePath + "/base", schemaPath: "#/definitions/cost_side/required", keyword: "required", params: { missingProperty: "cpu_hours" }, message: "must have required property 'cpu_hours'" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data1.gpu_hours === void 0) {
          const err15 = { instancePath: instancePath + "/base", schemaPath: "#/definitions/cost_side/required", keyword: "required", params: { missingProperty: "gpu_hours" }, message: "must have required property 'gpu_hours'" };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data1) {
          if (!(key1 === "cpu_hours" || key1 === "gpu_hours" || key1 === "amount")) {
            const err16 = { instancePath: instancePath + "/base", schemaPath: "#/definitions/cost_side/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data1.cpu_hours !== void 0) {
          let data2 = data1.cpu_hours;
          if (!(typeof data2 == "number" && isFinite(data2)) && data2 !== null) {
            const err17 = { instancePath: instancePath + "/base/cpu_hours", schemaPath: "#/definitions/cost_side/properties/cpu_hours/type", keyword: "type", params: { type: schema21.properties.cpu_hours.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data1.gpu_hours !== void 0) {
          let data3 = data1.gpu_hours;
          if (!(typeof data3 == "number" && isFinite(data3)) && data3 !== null) {
            const err18 = { instancePath: instancePath + "/base/gpu_hours", schemaPath: "#/definitions/cost_side/properties/gpu_hours/type", keyword: "type", params: { type: schema21.properties.gpu_hours.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data1.amount !== void 0) {
          let data4 = data1.amount;
          if (!(typeof data4 == "number" && isFinite(data4)) && data4 !== null) {
            const err19 = { instancePath: instancePath + "/base/amount", schemaPath: "#/definitions/cost_side/properties/amount/type", keyword: "type", params: { type: schema21.properties.amount.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/base", schemaPath: "#/definitions/cost_side/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs16 = errors;
        if (data1 !== null) {
          const err21 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        var _valid0 = _errs16 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err22 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.head !== void 0) {
      let data5 = data.head;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.amount === void 0) {
          const err23 = { instancePath: instancePath + "/head", schemaPath: "#/definitions/cost_side/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (data5.cpu_hours === void 0) {
          const err24 = { instancePath: instancePath + "/head", schemaPath: "#/definitions/cost_side/required", keyword: "required", params: { missingProperty: "cpu_hours" }, message: "must have required property 'cpu_hours'" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data5.gpu_hours === void 0) {
          const err25 = { instancePath: instancePath + "/head", schemaPath: "#/definitions/cost_side/required", keyword: "required", params: { missingProperty: "gpu_hours" }, message: "must have required property 'gpu_hours'" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "cpu_hours" || key2 === "gpu_hours" || key2 === "amount")) {
            const err26 = { instancePath: instancePath + "/head", schemaPath: "#/definitions/cost_side/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data5.cpu_hours !== void 0) {
          let data6 = data5.cpu_hours;
          if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
            const err27 = { instancePath: instancePath + "/head/cpu_hours", schemaPath: "#/definitions/cost_side/properties/cpu_hours/type", keyword: "type", params: { type: schema21.properties.cpu_hours.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data5.gpu_hours !== void 0) {
          let data7 = data5.gpu_hours;
          if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
            const err28 = { instancePath: instancePath + "/head/gpu_hours", schemaPath: "#/definitions/cost_side/properties/gpu_hours/type", keyword: "type", params: { type: schema21.properties.gpu_hours.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data5.amount !== void 0) {
          let data8 = data5.amount;
          if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
            const err29 = { instancePath: instancePath + "/head/amount", schemaPath: "#/definitions/cost_side/properties/amount/type", keyword: "type", params: { type: schema21.properties.amount.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/head", schemaPath: "#/definitions/cost_side/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.delta !== void 0) {
      let data9 = data.delta;
      if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
        const err31 = { instancePath: instancePath + "/delta", schemaPath: "#/properties/delta/type", keyword: "type", params: { type: schema20.properties.delta.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.delta_pct !== void 0) {
      let data10 = data.delta_pct;
      if (!(typeof data10 == "number" && isFinite(data10)) && data10 !== null) {
        const err32 = { instancePath: instancePath + "/delta_pct", schemaPath: "#/properties/delta_pct/type", keyword: "type", params: { type: schema20.properties.delta_pct.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.per_point !== void 0) {
      let data11 = data.per_point;
      if (!(typeof data11 == "number" && isFinite(data11)) && data11 !== null) {
        const err33 = { instancePath: instancePath + "/per_point", schemaPath: "#/properties/per_point/type", keyword: "type", params: { type: schema20.properties.per_point.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.headline_metric !== void 0) {
      let data12 = data.headline_metric;
      if (typeof data12 !== "string" && data12 !== null) {
        const err34 = { instancePath: instancePath + "/headline_metric", schemaPath: "#/properties/headline_metric/type", keyword: "type", params: { type: schema20.properties.headline_metric.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data12 === "string") {
        if (func2(data12) > 200) {
          const err35 = { instancePath: instancePath + "/headline_metric", schemaPath: "#/properties/headline_metric/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
    if (data.net_value !== void 0) {
      let data13 = data.net_value;
      if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
        const err36 = { instancePath: instancePath + "/net_value", schemaPath: "#/properties/net_value/type", keyword: "type", params: { type: schema20.properties.net_value.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.inference_ms_per_1k !== void 0) {
      let data14 = data.inference_ms_per_1k;
      const _errs39 = errors;
      let valid6 = false;
      const _errs40 = errors;
      if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
        if (data14.base === void 0) {
          const err37 = { instancePath: instancePath + "/inference_ms_per_1k", schemaPath: "#/properties/inference_ms_per_1k/anyOf/0/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        if (data14.head === void 0) {
          const err38 = { instancePath: instancePath + "/inference_ms_per_1k", schemaPath: "#/properties/inference_ms_per_1k/anyOf/0/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        for (const key3 in data14) {
          if (!(key3 === "base" || key3 === "head")) {
            const err39 = { instancePath: instancePath + "/inference_ms_per_1k", schemaPath: "#/properties/inference_ms_per_1k/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data14.base !== void 0) {
          let data15 = data14.base;
          if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
            const err40 = { instancePath: instancePath + "/inference_ms_per_1k/base", schemaPath: "#/properties/inference_ms_per_1k/anyOf/0/properties/base/type", keyword: "type", params: { type: schema20.properties.inference_ms_per_1k.anyOf[0].properties.base.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data14.head !== void 0) {
          let data16 = data14.head;
          if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
            const err41 = { instancePath: instancePath + "/inference_ms_per_1k/head", schemaPath: "#/properties/inference_ms_per_1k/anyOf/0/properties/head/type", keyword: "type", params: { type: schema20.properties.inference_ms_per_1k.anyOf[0].properties.head.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/inference_ms_per_1k", schemaPath: "#/properties/inference_ms_per_1k/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      var _valid1 = _errs40 === errors;
      valid6 = valid6 || _valid1;
      if (!valid6) {
        const _errs47 = errors;
        if (data14 !== null) {
          const err43 = { instancePath: instancePath + "/inference_ms_per_1k", schemaPath: "#/properties/inference_ms_per_1k/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        var _valid1 = _errs47 === errors;
        valid6 = valid6 || _valid1;
      }
      if (!valid6) {
        const err44 = { instancePath: instancePath + "/inference_ms_per_1k", schemaPath: "#/properties/inference_ms_per_1k/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs39;
        if (vErrors !== null) {
          if (_errs39) {
            vErrors.length = _errs39;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.price_per_1k_predictions !== void 0) {
      let data17 = data.price_per_1k_predictions;
      const _errs50 = errors;
      let valid8 = false;
      const _errs51 = errors;
      if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
        if (data17.base === void 0) {
          const err45 = { instancePath: instancePath + "/price_per_1k_predictions", schemaPath: "#/properties/price_per_1k_predictions/anyOf/0/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        if (data17.head === void 0) {
          const err46 = { instancePath: instancePath + "/price_per_1k_predictions", schemaPath: "#/properties/price_per_1k_predictions/anyOf/0/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key4 in data17) {
          if (!(key4 === "base" || key4 === "head")) {
            const err47 = { instancePath: instancePath + "/price_per_1k_predictions", schemaPath: "#/properties/price_per_1k_predictions/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data17.base !== void 0) {
          let data18 = data17.base;
          if (!(typeof data18 == "number" && isFinite(data18)) && data18 !== null) {
            const err48 = { instancePath: instancePath + "/price_per_1k_predictions/base", schemaPath: "#/properties/price_per_1k_predictions/anyOf/0/properties/base/type", keyword: "type", params: { type: schema20.properties.price_per_1k_predictions.anyOf[0].properties.base.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data17.head !== void 0) {
          let data19 = data17.head;
          if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
            const err49 = { instancePath: instancePath + "/price_per_1k_predictions/head", schemaPath: "#/properties/price_per_1k_predictions/anyOf/0/properties/head/type", keyword: "type", params: { type: schema20.properties.price_per_1k_predictions.anyOf[0].properties.head.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/price_per_1k_predictions", schemaPath: "#/properties/price_per_1k_predictions/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var _valid2 = _errs51 === errors;
      valid8 = valid8 || _valid2;
      if (!valid8) {
        const _errs58 = errors;
        if (data17 !== null) {
          const err51 = { instancePath: instancePath + "/price_per_1k_predictions", schemaPath: "#/properties/price_per_1k_predictions/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        var _valid2 = _errs58 === errors;
        valid8 = valid8 || _valid2;
      }
      if (!valid8) {
        const err52 = { instancePath: instancePath + "/price_per_1k_predictions", schemaPath: "#/properties/price_per_1k_predictions/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      } else {
        errors = _errs50;
        if (vErrors !== null) {
          if (_errs50) {
            vErrors.length = _errs50;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.serving_per_month !== void 0) {
      let data20 = data.serving_per_month;
      const _errs61 = errors;
      let valid10 = false;
      const _errs62 = errors;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        if (data20.base === void 0) {
          const err53 = { instancePath: instancePath + "/serving_per_month", schemaPath: "#/properties/serving_per_month/anyOf/0/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        if (data20.head === void 0) {
          const err54 = { instancePath: instancePath + "/serving_per_month", schemaPath: "#/properties/serving_per_month/anyOf/0/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
        for (const key5 in data20) {
          if (!(key5 === "base" || key5 === "head")) {
            const err55 = { instancePath: instancePath + "/serving_per_month", schemaPath: "#/properties/serving_per_month/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data20.base !== void 0) {
          let data21 = data20.base;
          if (!(typeof data21 == "number" && isFinite(data21)) && data21 !== null) {
            const err56 = { instancePath: instancePath + "/serving_per_month/base", schemaPath: "#/properties/serving_per_month/anyOf/0/properties/base/type", keyword: "type", params: { type: schema20.properties.serving_per_month.anyOf[0].properties.base.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
        }
        if (data20.head !== void 0) {
          let data22 = data20.head;
          if (!(typeof data22 == "number" && isFinite(data22)) && data22 !== null) {
            const err57 = { instancePath: instancePath + "/serving_per_month/head", schemaPath: "#/properties/serving_per_month/anyOf/0/properties/head/type", keyword: "type", params: { type: schema20.properties.serving_per_month.anyOf[0].properties.head.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      } else {
        const err58 = { instancePath: instancePath + "/serving_per_month", schemaPath: "#/properties/serving_per_month/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      var _valid3 = _errs62 === errors;
      valid10 = valid10 || _valid3;
      if (!valid10) {
        const _errs69 = errors;
        if (data20 !== null) {
          const err59 = { instancePath: instancePath + "/serving_per_month", schemaPath: "#/properties/serving_per_month/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
        var _valid3 = _errs69 === errors;
        valid10 = valid10 || _valid3;
      }
      if (!valid10) {
        const err60 = { instancePath: instancePath + "/serving_per_month", schemaPath: "#/properties/serving_per_month/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      } else {
        errors = _errs61;
        if (vErrors !== null) {
          if (_errs61) {
            vErrors.length = _errs61;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.net_value_per_month !== void 0) {
      let data23 = data.net_value_per_month;
      const _errs72 = errors;
      let valid12 = false;
      const _errs73 = errors;
      if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
        if (data23.base === void 0) {
          const err61 = { instancePath: instancePath + "/net_value_per_month", schemaPath: "#/properties/net_value_per_month/anyOf/0/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        if (data23.head === void 0) {
          const err62 = { instancePath: instancePath + "/net_value_per_month", schemaPath: "#/properties/net_value_per_month/anyOf/0/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        for (const key6 in data23) {
          if (!(key6 === "base" || key6 === "head")) {
            const err63 = { instancePath: instancePath + "/net_value_per_month", schemaPath: "#/properties/net_value_per_month/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data23.base !== void 0) {
          let data24 = data23.base;
          if (!(typeof data24 == "number" && isFinite(data24)) && data24 !== null) {
            const err64 = { instancePath: instancePath + "/net_value_per_month/base", schemaPath: "#/properties/net_value_per_month/anyOf/0/properties/base/type", keyword: "type", params: { type: schema20.properties.net_value_per_month.anyOf[0].properties.base.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data23.head !== void 0) {
          let data25 = data23.head;
          if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null) {
            const err65 = { instancePath: instancePath + "/net_value_per_month/head", schemaPath: "#/properties/net_value_per_month/anyOf/0/properties/head/type", keyword: "type", params: { type: schema20.properties.net_value_per_month.anyOf[0].properties.head.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      } else {
        const err66 = { instancePath: instancePath + "/net_value_per_month", schemaPath: "#/properties/net_value_per_month/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      }
      var _valid4 = _errs73 === errors;
      valid12 = valid12 || _valid4;
      if (!valid12) {
        const _errs80 = errors;
        if (data23 !== null) {
          const err67 = { instancePath: instancePath + "/net_value_per_month", schemaPath: "#/properties/net_value_per_month/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err67];
          } else {
            vErrors.push(err67);
          }
          errors++;
        }
        var _valid4 = _errs80 === errors;
        valid12 = valid12 || _valid4;
      }
      if (!valid12) {
        const err68 = { instancePath: instancePath + "/net_value_per_month", schemaPath: "#/properties/net_value_per_month/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      } else {
        errors = _errs72;
        if (vErrors !== null) {
          if (_errs72) {
            vErrors.length = _errs72;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err69 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err69];
    } else {
      vErrors.push(err69);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
var schema23 = { "description": "The PR's learning-curve analysis, with the base's and their comparison (docs/learning-curves.md).", "type": "object", "additionalProperties": false, "required": ["base", "comparison", "conclusion", "cost_model", "cost_unit", "current_size", "curve", "direction", "families", "family", "family_members", "gain_per_doubling_threshold", "last_value_holdout_error", "metric", "oversize_exceeded", "oversize_factor", "points", "predicted_gain_per_doubling", "predicted_two_doublings", "projected_savings", "proportion", "reason", "recommendation_basis", "recommended_size", "reliable"], "properties": { "metric": { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, "direction": { "$ref": "#/definitions/direction" }, "proportion": { "type": "boolean" }, "reliable": { "type": "boolean" }, "reason": { "type": ["string", "null"], "maxLength": 1e4 }, "family": { "type": ["string", "null"], "maxLength": 200, "pattern": "^((pow3|log2|exp3|mmf4|wbl4)|last_value|median\\((pow3|log2|exp3|mmf4|wbl4)(, (pow3|log2|exp3|mmf4|wbl4)){1,4}\\))$", "description": "What src/curve writes: a family, the median of several, or last_value." }, "family_members": { "type": "array", "maxItems": 20, "items": { "type": "string", "enum": ["pow3", "log2", "exp3", "mmf4", "wbl4"] } }, "families": { "type": "array", "maxItems": 20, "items": { "type": "object", "additionalProperties": false, "required": ["holdout_error", "name", "params", "rmse"], "properties": { "name": { "type": "string", "enum": ["pow3", "log2", "exp3", "mmf4", "wbl4"] }, "params": { "type": "array", "maxItems": 20, "items": { "type": "number" } }, "holdout_error": { "type": ["number", "null"] }, "rmse": { "type": "number" } } } }, "last_value_holdout_error": { "type": ["number", "null"] }, "current_size": { "type": "number" }, "recommended_size": { "type": ["number", "null"] }, "recommendation_basis": { "enum": ["measured", "extrapolated", null] }, "oversize_factor": { "type": ["number", "null"] }, "oversize_exceeded": { "type": "boolean" }, "gain_per_doubling_threshold": { "type": "number" }, "predicted_gain_per_doubling": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["interval", "value"], "properties": { "value": { "type": "number" }, "interval": { "anyOf": [{ "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 }, { "type": "null" }] } } }, { "type": "null" }] }, "predicted_two_doublings": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["interval", "train_size", "value"], "properties": { "train_size": { "type": "number" }, "value": { "type": "number" }, "interval": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 } } }, { "type": "null" }] }, "projected_savings": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["cost", "cost_pct", "metric_delta"], "properties": { "cost": { "type": ["number", "null"] }, "cost_pct": { "type": ["number", "null"] }, "metric_delta": { "type": ["number", "null"] } } }, { "type": "null" }] }, "cost_unit": { "type": "string", "maxLength": 50 }, "cost_model": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["intercept", "slope"], "properties": { "intercept": { "type": "number" }, "slope": { "type": "number" } } }, { "type": "null" }] }, "points": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/curve_point" } }, "curve": { "type": "array", "maxItems": 1e4, "items": { "type": "object", "additionalProperties": false, "required": ["train_size", "value"], "properties": { "train_size": { "type": "number" }, "value": { "type": "number" } } } }, "conclusion": { "type": "string", "maxLength": 1e4 }, "base": { "anyOf": [{ "$ref": "#/definitions/curve_analysis" }, { "type": "null" }] }, "comparison": { "anyOf": [{ "$ref": "#/definitions/curve_comparison" }, { "type": "null" }] } } };
var schema24 = { "enum": ["higher", "lower"] };
var schema29 = { "description": "The PR's learning curve against the base's.", "type": "object", "additionalProperties": false, "required": ["at_equal_sizes", "conclusion", "dominance", "mean_improvement", "metric", "size_ratio_for_equal_value", "train_size_change"], "properties": { "metric": { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, "at_equal_sizes": { "type": "array", "maxItems": 1e4, "items": { "type": "object", "additionalProperties": false, "required": ["base", "delta", "head", "train_size"], "properties": { "train_size": { "type": "number" }, "base": { "type": "number" }, "head": { "type": "number" }, "delta": { "type": "number" } } } }, "mean_improvement": { "type": ["number", "null"] }, "dominance": { "enum": ["head", "base", "equal", "crossing", "unknown"] }, "size_ratio_for_equal_value": { "type": ["number", "null"] }, "train_size_change": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["base_size", "cost_delta", "head_size", "metric_delta", "metric_per_cost"], "properties": { "base_size": { "type": "number" }, "head_size": { "type": "number" }, "metric_delta": { "type": ["number", "null"] }, "cost_delta": { "type": ["number", "null"] }, "metric_per_cost": { "type": ["number", "null"] } } }, { "type": "null" }] }, "conclusion": { "type": "string", "maxLength": 1e4 } } };
var pattern5 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$", "u");
var pattern6 = new RegExp("^((pow3|log2|exp3|mmf4|wbl4)|last_value|median\\((pow3|log2|exp3|mmf4|wbl4)(, (pow3|log2|exp3|mmf4|wbl4)){1,4}\\))$", "u");
var schema26 = { "description": "The learning-curve analysis of one side.", "type": "object", "additionalProperties": false, "required": ["conclusion", "cost_model", "cost_unit", "current_size", "curve", "direction", "families", "family", "family_members", "gain_per_doubling_threshold", "last_value_holdout_error", "metric", "oversize_exceeded", "oversize_factor", "points", "predicted_gain_per_doubling", "predicted_two_doublings", "projected_savings", "proportion", "reason", "recommendation_basis", "recommended_size", "reliable"], "properties": { "metric": { "type": "string", "maxLength": 200, "pattern": "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, "direction": { "$ref": "#/definitions/direction" }, "proportion": { "type": "boolean" }, "reliable": { "type": "boolean" }, "reason": { "type": ["string", "null"], "maxLength": 1e4 }, "family": { "type": ["string", "null"], "maxLength": 200, "pattern": "^((pow3|log2|exp3|mmf4|wbl4)|last_value|median\\((pow3|log2|exp3|mmf4|wbl4)(, (pow3|log2|exp3|mmf4|wbl4)){1,4}\\))$", "description": "What src/curve writes: a family, the median of several, or last_value." }, "family_members": { "type": "array", "maxItems": 20, "items": { "type": "string", "enum": ["pow3", "log2", "exp3", "mmf4", "wbl4"] } }, "families": { "type": "array", "maxItems": 20, "items": { "type": "object", "additionalProperties": false, "required": ["holdout_error", "name", "params", "rmse"], "properties": { "name": { "type": "string", "enum": ["pow3", "log2", "exp3", "mmf4", "wbl4"] }, "params": { "type": "array", "maxItems": 20, "items": { "type": "number" } }, "holdout_error": { "type": ["number", "null"] }, "rmse": { "type": "number" } } } }, "last_value_holdout_error": { "type": ["number", "null"] }, "current_size": { "type": "number" }, "recommended_size": { "type": ["number", "null"] }, "recommendation_basis": { "enum": ["measured", "extrapolated", null] }, "oversize_factor": { "type": ["number", "null"] }, "oversize_exceeded": { "type": "boolean" }, "gain_per_doubling_threshold": { "type": "number" }, "predicted_gain_per_doubling": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["interval", "value"], "properties": { "value": { "type": "number" }, "interval": { "anyOf": [{ "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 }, { "type": "null" }] } } }, { "type": "null" }] }, "predicted_two_doublings": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["interval", "train_size", "value"], "properties": { "train_size": { "type": "number" }, "value": { "type": "number" }, "interval": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 } } }, { "type": "null" }] }, "projected_savings": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["cost", "cost_pct", "metric_delta"], "properties": { "cost": { "type": ["number", "null"] }, "cost_pct": { "type": ["number", "null"] }, "metric_delta": { "type": ["number", "null"] } } }, { "type": "null" }] }, "cost_unit": { "type": "string", "maxLength": 50 }, "cost_model": { "anyOf": [{ "type": "object", "additionalProperties": false, "required": ["intercept", "slope"], "properties": { "intercept": { "type": "number" }, "slope": { "type": "number" } } }, { "type": "null" }] }, "points": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/curve_point" } }, "curve": { "type": "array", "maxItems": 1e4, "items": { "type": "object", "additionalProperties": false, "required": ["train_size", "value"], "properties": { "train_size": { "type": "number" }, "value": { "type": "number" } } } }, "conclusion": { "type": "string", "maxLength": 1e4 } } };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.conclusion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conclusion" }, message: "must have required property 'conclusion'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.cost_model === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost_model" }, message: "must have required property 'cost_model'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.cost_unit === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost_unit" }, message: "must have required property 'cost_unit'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.current_size === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "current_size" }, message: "must have required property 'current_size'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.curve === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "curve" }, message: "must have required property 'curve'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.direction === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.families === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "families" }, message: "must have required property 'families'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.family === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "family" }, message: "must have required property 'family'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.family_members === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "family_members" }, message: "must have required property 'family_members'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.gain_per_doubling_threshold === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gain_per_doubling_threshold" }, message: "must have required property 'gain_per_doubling_threshold'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.last_value_holdout_error === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_value_holdout_error" }, message: "must have required property 'last_value_holdout_error'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.metric === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.oversize_exceeded === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oversize_exceeded" }, message: "must have required property 'oversize_exceeded'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.oversize_factor === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oversize_factor" }, message: "must have required property 'oversize_factor'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.points === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "points" }, message: "must have required property 'points'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.predicted_gain_per_doubling === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "predicted_gain_per_doubling" }, message: "must have required property 'predicted_gain_per_doubling'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.predicted_two_doublings === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "predicted_two_doublings" }, message: "must have required property 'predicted_two_doublings'" };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.projected_savings === void 0) {
      const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "projected_savings" }, message: "must have required property 'projected_savings'" };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.proportion === void 0) {
      const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "proportion" }, message: "must have required property 'proportion'" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.recommendation_basis === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recommendation_basis" }, message: "must have required property 'recommendation_basis'" };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.recommended_size === void 0) {
      const err21 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recommended_size" }, message: "must have required property 'recommended_size'" };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    if (data.reliable === void 0) {
      const err22 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reliable" }, message: "must have required property 'reliable'" };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema26.properties, key0)) {
        const err23 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.metric !== void 0) {
      let data0 = data.metric;
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err24 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err25 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$"' };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data1 = data.direction;
      if (!(data1 === "higher" || data1 === "lower")) {
        const err27 = { instancePath: instancePath + "/direction", schemaPath: "#/definitions/direction/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.proportion !== void 0) {
      if (typeof data.proportion !== "boolean") {
        const err28 = { instancePath: instancePath + "/proportion", schemaPath: "#/properties/proportion/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.reliable !== void 0) {
      if (typeof data.reliable !== "boolean") {
        const err29 = { instancePath: instancePath + "/reliable", schemaPath: "#/properties/reliable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data4 = data.reason;
      if (typeof data4 !== "string" && data4 !== null) {
        const err30 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema26.properties.reason.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func2(data4) > 1e4) {
          const err31 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      }
    }
    if (data.family !== void 0) {
      let data5 = data.family;
      if (typeof data5 !== "string" && data5 !== null) {
        const err32 = { instancePath: instancePath + "/family", schemaPath: "#/properties/family/type", keyword: "type", params: { type: schema26.properties.family.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (func2(data5) > 200) {
          const err33 = { instancePath: instancePath + "/family", schemaPath: "#/properties/family/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        if (!pattern6.test(data5)) {
          const err34 = { instancePath: instancePath + "/family", schemaPath: "#/properties/family/pattern", keyword: "pattern", params: { pattern: "^((pow3|log2|exp3|mmf4|wbl4)|last_value|median\\((pow3|log2|exp3|mmf4|wbl4)(, (pow3|log2|exp3|mmf4|wbl4)){1,4}\\))$" }, message: 'must match pattern "^((pow3|log2|exp3|mmf4|wbl4)|last_value|median\\((pow3|log2|exp3|mmf4|wbl4)(, (pow3|log2|exp3|mmf4|wbl4)){1,4}\\))$"' };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      }
    }
    if (data.family_members !== void 0) {
      let data6 = data.family_members;
      if (Array.isArray(data6)) {
        if (data6.length > 20) {
          const err35 = { instancePath: instancePath + "/family_members", schemaPath: "#/properties/family_members/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 !== "string") {
            const err36 = { instancePath: instancePath + "/family_members/" + i0, schemaPath: "#/properties/family_members/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          if (!(data7 === "pow3" || data7 === "log2" || data7 === "exp3" || data7 === "mmf4" || data7 === "wbl4")) {
            const err37 = { instancePath: instancePath + "/family_members/" + i0, schemaPath: "#/properties/family_members/items/enum", keyword: "enum", params: { allowedValues: schema26.properties.family_members.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/family_members", schemaPath: "#/properties/family_members/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.families !== void 0) {
      let data8 = data.families;
      if (Array.isArray(data8)) {
        if (data8.length > 20) {
          const err39 = { instancePath: instancePath + "/families", schemaPath: "#/properties/families/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.holdout_error === void 0) {
              const err40 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/required", keyword: "required", params: { missingProperty: "holdout_error" }, message: "must have required property 'holdout_error'" };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data9.name === void 0) {
              const err41 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data9.params === void 0) {
              const err42 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/required", keyword: "required", params: { missingProperty: "params" }, message: "must have required property 'params'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data9.rmse === void 0) {
              const err43 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/required", keyword: "required", params: { missingProperty: "rmse" }, message: "must have required property 'rmse'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "name" || key1 === "params" || key1 === "holdout_error" || key1 === "rmse")) {
                const err44 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data9.name !== void 0) {
              let data10 = data9.name;
              if (typeof data10 !== "string") {
                const err45 = { instancePath: instancePath + "/families/" + i1 + "/name", schemaPath: "#/properties/families/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
              if (!(data10 === "pow3" || data10 === "log2" || data10 === "exp3" || data10 === "mmf4" || data10 === "wbl4")) {
                const err46 = { instancePath: instancePath + "/families/" + i1 + "/name", schemaPath: "#/properties/families/items/properties/name/enum", keyword: "enum", params: { allowedValues: schema26.properties.families.items.properties.name.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data9.params !== void 0) {
              let data11 = data9.params;
              if (Array.isArray(data11)) {
                if (data11.length > 20) {
                  const err47 = { instancePath: instancePath + "/families/" + i1 + "/params", schemaPath: "#/properties/families/items/properties/params/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                const len2 = data11.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data12 = data11[i2];
                  if (!(typeof data12 == "number" && isFinite(data12))) {
                    const err48 = { instancePath: instancePath + "/families/" + i1 + "/params/" + i2, schemaPath: "#/properties/families/items/properties/params/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                }
              } else {
                const err49 = { instancePath: instancePath + "/families/" + i1 + "/params", schemaPath: "#/properties/families/items/properties/params/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data9.holdout_error !== void 0) {
              let data13 = data9.holdout_error;
              if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
                const err50 = { instancePath: instancePath + "/families/" + i1 + "/holdout_error", schemaPath: "#/properties/families/items/properties/holdout_error/type", keyword: "type", params: { type: schema26.properties.families.items.properties.holdout_error.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data9.rmse !== void 0) {
              let data14 = data9.rmse;
              if (!(typeof data14 == "number" && isFinite(data14))) {
                const err51 = { instancePath: instancePath + "/families/" + i1 + "/rmse", schemaPath: "#/properties/families/items/properties/rmse/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
          } else {
            const err52 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/families", schemaPath: "#/properties/families/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.last_value_holdout_error !== void 0) {
      let data15 = data.last_value_holdout_error;
      if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
        const err54 = { instancePath: instancePath + "/last_value_holdout_error", schemaPath: "#/properties/last_value_holdout_error/type", keyword: "type", params: { type: schema26.properties.last_value_holdout_error.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.current_size !== void 0) {
      let data16 = data.current_size;
      if (!(typeof data16 == "number" && isFinite(data16))) {
        const err55 = { instancePath: instancePath + "/current_size", schemaPath: "#/properties/current_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.recommended_size !== void 0) {
      let data17 = data.recommended_size;
      if (!(typeof data17 == "number" && isFinite(data17)) && data17 !== null) {
        const err56 = { instancePath: instancePath + "/recommended_size", schemaPath: "#/properties/recommended_size/type", keyword: "type", params: { type: schema26.properties.recommended_size.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.recommendation_basis !== void 0) {
      let data18 = data.recommendation_basis;
      if (!(data18 === "measured" || data18 === "extrapolated" || data18 === null)) {
        const err57 = { instancePath: instancePath + "/recommendation_basis", schemaPath: "#/properties/recommendation_basis/enum", keyword: "enum", params: { allowedValues: schema26.properties.recommendation_basis.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.oversize_factor !== void 0) {
      let data19 = data.oversize_factor;
      if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
        const err58 = { instancePath: instancePath + "/oversize_factor", schemaPath: "#/properties/oversize_factor/type", keyword: "type", params: { type: schema26.properties.oversize_factor.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.oversize_exceeded !== void 0) {
      if (typeof data.oversize_exceeded !== "boolean") {
        const err59 = { instancePath: instancePath + "/oversize_exceeded", schemaPath: "#/properties/oversize_exceeded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.gain_per_doubling_threshold !== void 0) {
      let data21 = data.gain_per_doubling_threshold;
      if (!(typeof data21 == "number" && isFinite(data21))) {
        const err60 = { instancePath: instancePath + "/gain_per_doubling_threshold", schemaPath: "#/properties/gain_per_doubling_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.predicted_gain_per_doubling !== void 0) {
      let data22 = data.predicted_gain_per_doubling;
      const _errs47 = errors;
      let valid9 = false;
      const _errs48 = errors;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.interval === void 0) {
          const err61 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
          if (vErrors === null) {
            vErrors = [err61];
          } else {
            vErrors.push(err61);
          }
          errors++;
        }
        if (data22.value === void 0) {
          const err62 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
        for (const key2 in data22) {
          if (!(key2 === "value" || key2 === "interval")) {
            const err63 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        }
        if (data22.value !== void 0) {
          let data23 = data22.value;
          if (!(typeof data23 == "number" && isFinite(data23))) {
            const err64 = { instancePath: instancePath + "/predicted_gain_per_doubling/value", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err64];
            } else {
              vErrors.push(err64);
            }
            errors++;
          }
        }
        if (data22.interval !== void 0) {
          let data24 = data22.interval;
          const _errs54 = errors;
          let valid11 = false;
          const _errs55 = errors;
          if (Array.isArray(data24)) {
            if (data24.length > 2) {
              const err65 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err65];
              } else {
                vErrors.push(err65);
              }
              errors++;
            }
            if (data24.length < 2) {
              const err66 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
              if (vErrors === null) {
                vErrors = [err66];
              } else {
                vErrors.push(err66);
              }
              errors++;
            }
            const len3 = data24.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data25 = data24[i3];
              if (!(typeof data25 == "number" && isFinite(data25))) {
                const err67 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval/" + i3, schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/0/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
          } else {
            const err68 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
          var _valid1 = _errs55 === errors;
          valid11 = valid11 || _valid1;
          if (!valid11) {
            const _errs59 = errors;
            if (data24 !== null) {
              const err69 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
            var _valid1 = _errs59 === errors;
            valid11 = valid11 || _valid1;
          }
          if (!valid11) {
            const err70 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          } else {
            errors = _errs54;
            if (vErrors !== null) {
              if (_errs54) {
                vErrors.length = _errs54;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err71 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
      var _valid0 = _errs48 === errors;
      valid9 = valid9 || _valid0;
      if (!valid9) {
        const _errs61 = errors;
        if (data22 !== null) {
          const err72 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err72];
          } else {
            vErrors.push(err72);
          }
          errors++;
        }
        var _valid0 = _errs61 === errors;
        valid9 = valid9 || _valid0;
      }
      if (!valid9) {
        const err73 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      } else {
        errors = _errs47;
        if (vErrors !== null) {
          if (_errs47) {
            vErrors.length = _errs47;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.predicted_two_doublings !== void 0) {
      let data26 = data.predicted_two_doublings;
      const _errs64 = errors;
      let valid14 = false;
      const _errs65 = errors;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (data26.interval === void 0) {
          const err74 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        if (data26.train_size === void 0) {
          const err75 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/required", keyword: "required", params: { missingProperty: "train_size" }, message: "must have required property 'train_size'" };
          if (vErrors === null) {
            vErrors = [err75];
          } else {
            vErrors.push(err75);
          }
          errors++;
        }
        if (data26.value === void 0) {
          const err76 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        for (const key3 in data26) {
          if (!(key3 === "train_size" || key3 === "value" || key3 === "interval")) {
            const err77 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err77];
            } else {
              vErrors.push(err77);
            }
            errors++;
          }
        }
        if (data26.train_size !== void 0) {
          let data27 = data26.train_size;
          if (!(typeof data27 == "number" && isFinite(data27))) {
            const err78 = { instancePath: instancePath + "/predicted_two_doublings/train_size", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/train_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data26.value !== void 0) {
          let data28 = data26.value;
          if (!(typeof data28 == "number" && isFinite(data28))) {
            const err79 = { instancePath: instancePath + "/predicted_two_doublings/value", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data26.interval !== void 0) {
          let data29 = data26.interval;
          if (Array.isArray(data29)) {
            if (data29.length > 2) {
              const err80 = { instancePath: instancePath + "/predicted_two_doublings/interval", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err80];
              } else {
                vErrors.push(err80);
              }
              errors++;
            }
            if (data29.length < 2) {
              const err81 = { instancePath: instancePath + "/predicted_two_doublings/interval", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
              if (vErrors === null) {
                vErrors = [err81];
              } else {
                vErrors.push(err81);
              }
              errors++;
            }
            const len4 = data29.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data30 = data29[i4];
              if (!(typeof data30 == "number" && isFinite(data30))) {
                const err82 = { instancePath: instancePath + "/predicted_two_doublings/interval/" + i4, schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
          } else {
            const err83 = { instancePath: instancePath + "/predicted_two_doublings/interval", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
      var _valid2 = _errs65 === errors;
      valid14 = valid14 || _valid2;
      if (!valid14) {
        const _errs76 = errors;
        if (data26 !== null) {
          const err85 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err85];
          } else {
            vErrors.push(err85);
          }
          errors++;
        }
        var _valid2 = _errs76 === errors;
        valid14 = valid14 || _valid2;
      }
      if (!valid14) {
        const err86 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      } else {
        errors = _errs64;
        if (vErrors !== null) {
          if (_errs64) {
            vErrors.length = _errs64;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.projected_savings !== void 0) {
      let data31 = data.projected_savings;
      const _errs79 = errors;
      let valid18 = false;
      const _errs80 = errors;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.cost === void 0) {
          const err87 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        if (data31.cost_pct === void 0) {
          const err88 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/required", keyword: "required", params: { missingProperty: "cost_pct" }, message: "must have required property 'cost_pct'" };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
        if (data31.metric_delta === void 0) {
          const err89 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/required", keyword: "required", params: { missingProperty: "metric_delta" }, message: "must have required property 'metric_delta'" };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        for (const key4 in data31) {
          if (!(key4 === "cost" || key4 === "cost_pct" || key4 === "metric_delta")) {
            const err90 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
        if (data31.cost !== void 0) {
          let data32 = data31.cost;
          if (!(typeof data32 == "number" && isFinite(data32)) && data32 !== null) {
            const err91 = { instancePath: instancePath + "/projected_savings/cost", schemaPath: "#/properties/projected_savings/anyOf/0/properties/cost/type", keyword: "type", params: { type: schema26.properties.projected_savings.anyOf[0].properties.cost.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
        if (data31.cost_pct !== void 0) {
          let data33 = data31.cost_pct;
          if (!(typeof data33 == "number" && isFinite(data33)) && data33 !== null) {
            const err92 = { instancePath: instancePath + "/projected_savings/cost_pct", schemaPath: "#/properties/projected_savings/anyOf/0/properties/cost_pct/type", keyword: "type", params: { type: schema26.properties.projected_savings.anyOf[0].properties.cost_pct.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data31.metric_delta !== void 0) {
          let data34 = data31.metric_delta;
          if (!(typeof data34 == "number" && isFinite(data34)) && data34 !== null) {
            const err93 = { instancePath: instancePath + "/projected_savings/metric_delta", schemaPath: "#/properties/projected_savings/anyOf/0/properties/metric_delta/type", keyword: "type", params: { type: schema26.properties.projected_savings.anyOf[0].properties.metric_delta.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
      } else {
        const err94 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
      var _valid3 = _errs80 === errors;
      valid18 = valid18 || _valid3;
      if (!valid18) {
        const _errs89 = errors;
        if (data31 !== null) {
          const err95 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
        var _valid3 = _errs89 === errors;
        valid18 = valid18 || _valid3;
      }
      if (!valid18) {
        const err96 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      } else {
        errors = _errs79;
        if (vErrors !== null) {
          if (_errs79) {
            vErrors.length = _errs79;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cost_unit !== void 0) {
      let data35 = data.cost_unit;
      if (typeof data35 === "string") {
        if (func2(data35) > 50) {
          const err97 = { instancePath: instancePath + "/cost_unit", schemaPath: "#/properties/cost_unit/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
      } else {
        const err98 = { instancePath: instancePath + "/cost_unit", schemaPath: "#/properties/cost_unit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.cost_model !== void 0) {
      let data36 = data.cost_model;
      const _errs94 = errors;
      let valid20 = false;
      const _errs95 = errors;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        if (data36.intercept === void 0) {
          const err99 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/0/required", keyword: "required", params: { missingProperty: "intercept" }, message: "must have required property 'intercept'" };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
        if (data36.slope === void 0) {
          const err100 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/0/required", keyword: "required", params: { missingProperty: "slope" }, message: "must have required property 'slope'" };
          if (vErrors === null) {
            vErrors = [err100];
          } else {
            vErrors.push(err100);
          }
          errors++;
        }
        for (const key5 in data36) {
          if (!(key5 === "intercept" || key5 === "slope")) {
            const err101 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data36.intercept !== void 0) {
          let data37 = data36.intercept;
          if (!(typeof data37 == "number" && isFinite(data37))) {
            const err102 = { instancePath: instancePath + "/cost_model/intercept", schemaPath: "#/properties/cost_model/anyOf/0/properties/intercept/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err102];
            } else {
              vErrors.push(err102);
            }
            errors++;
          }
        }
        if (data36.slope !== void 0) {
          let data38 = data36.slope;
          if (!(typeof data38 == "number" && isFinite(data38))) {
            const err103 = { instancePath: instancePath + "/cost_model/slope", schemaPath: "#/properties/cost_model/anyOf/0/properties/slope/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
      } else {
        const err104 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
      var _valid4 = _errs95 === errors;
      valid20 = valid20 || _valid4;
      if (!valid20) {
        const _errs102 = errors;
        if (data36 !== null) {
          const err105 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err105];
          } else {
            vErrors.push(err105);
          }
          errors++;
        }
        var _valid4 = _errs102 === errors;
        valid20 = valid20 || _valid4;
      }
      if (!valid20) {
        const err106 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      } else {
        errors = _errs94;
        if (vErrors !== null) {
          if (_errs94) {
            vErrors.length = _errs94;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.points !== void 0) {
      let data39 = data.points;
      if (Array.isArray(data39)) {
        if (data39.length > 1e4) {
          const err107 = { instancePath: instancePath + "/points", schemaPath: "#/properties/points/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
        const len5 = data39.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data40 = data39[i5];
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.train_size === void 0) {
              const err108 = { instancePath: instancePath + "/points/" + i5, schemaPath: "#/definitions/curve_point/required", keyword: "required", params: { missingProperty: "train_size" }, message: "must have required property 'train_size'" };
              if (vErrors === null) {
                vErrors = [err108];
              } else {
                vErrors.push(err108);
              }
              errors++;
            }
            if (data40.value === void 0) {
              const err109 = { instancePath: instancePath + "/points/" + i5, schemaPath: "#/definitions/curve_point/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err109];
              } else {
                vErrors.push(err109);
              }
              errors++;
            }
            for (const key6 in data40) {
              if (!(key6 === "train_size" || key6 === "value" || key6 === "std" || key6 === "cost")) {
                const err110 = { instancePath: instancePath + "/points/" + i5, schemaPath: "#/definitions/curve_point/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err110];
                } else {
                  vErrors.push(err110);
                }
                errors++;
              }
            }
            if (data40.train_size !== void 0) {
              let data41 = data40.train_size;
              if (!(typeof data41 == "number" && isFinite(data41))) {
                const err111 = { instancePath: instancePath + "/points/" + i5 + "/train_size", schemaPath: "#/definitions/curve_point/properties/train_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err111];
                } else {
                  vErrors.push(err111);
                }
                errors++;
              }
            }
            if (data40.value !== void 0) {
              let data42 = data40.value;
              if (!(typeof data42 == "number" && isFinite(data42))) {
                const err112 = { instancePath: instancePath + "/points/" + i5 + "/value", schemaPath: "#/definitions/curve_point/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data40.std !== void 0) {
              let data43 = data40.std;
              if (!(typeof data43 == "number" && isFinite(data43))) {
                const err113 = { instancePath: instancePath + "/points/" + i5 + "/std", schemaPath: "#/definitions/curve_point/properties/std/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data40.cost !== void 0) {
              let data44 = data40.cost;
              if (!(typeof data44 == "number" && isFinite(data44))) {
                const err114 = { instancePath: instancePath + "/points/" + i5 + "/cost", schemaPath: "#/definitions/curve_point/properties/cost/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/points/" + i5, schemaPath: "#/definitions/curve_point/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath + "/points", schemaPath: "#/properties/points/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data.curve !== void 0) {
      let data45 = data.curve;
      if (Array.isArray(data45)) {
        if (data45.length > 1e4) {
          const err117 = { instancePath: instancePath + "/curve", schemaPath: "#/properties/curve/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
          if (vErrors === null) {
            vErrors = [err117];
          } else {
            vErrors.push(err117);
          }
          errors++;
        }
        const len6 = data45.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data46 = data45[i6];
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            if (data46.train_size === void 0) {
              const err118 = { instancePath: instancePath + "/curve/" + i6, schemaPath: "#/properties/curve/items/required", keyword: "required", params: { missingProperty: "train_size" }, message: "must have required property 'train_size'" };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            if (data46.value === void 0) {
              const err119 = { instancePath: instancePath + "/curve/" + i6, schemaPath: "#/properties/curve/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err119];
              } else {
                vErrors.push(err119);
              }
              errors++;
            }
            for (const key7 in data46) {
              if (!(key7 === "train_size" || key7 === "value")) {
                const err120 = { instancePath: instancePath + "/curve/" + i6, schemaPath: "#/properties/curve/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err120];
                } else {
                  vErrors.push(err120);
                }
                errors++;
              }
            }
            if (data46.train_size !== void 0) {
              let data47 = data46.train_size;
              if (!(typeof data47 == "number" && isFinite(data47))) {
                const err121 = { instancePath: instancePath + "/curve/" + i6 + "/train_size", schemaPath: "#/properties/curve/items/properties/train_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data46.value !== void 0) {
              let data48 = data46.value;
              if (!(typeof data48 == "number" && isFinite(data48))) {
                const err122 = { instancePath: instancePath + "/curve/" + i6 + "/value", schemaPath: "#/properties/curve/items/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
          } else {
            const err123 = { instancePath: instancePath + "/curve/" + i6, schemaPath: "#/properties/curve/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err123];
            } else {
              vErrors.push(err123);
            }
            errors++;
          }
        }
      } else {
        const err124 = { instancePath: instancePath + "/curve", schemaPath: "#/properties/curve/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err124];
        } else {
          vErrors.push(err124);
        }
        errors++;
      }
    }
    if (data.conclusion !== void 0) {
      let data49 = data.conclusion;
      if (typeof data49 === "string") {
        if (func2(data49) > 1e4) {
          const err125 = { instancePath: instancePath + "/conclusion", schemaPath: "#/properties/conclusion/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
          if (vErrors === null) {
            vErrors = [err125];
          } else {
            vErrors.push(err125);
          }
          errors++;
        }
      } else {
        const err126 = { instancePath: instancePath + "/conclusion", schemaPath: "#/properties/conclusion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
  } else {
    const err127 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err127];
    } else {
      vErrors.push(err127);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.base === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.comparison === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "comparison" }, message: "must have required property 'comparison'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.conclusion === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "conclusion" }, message: "must have required property 'conclusion'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.cost_model === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost_model" }, message: "must have required property 'cost_model'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.cost_unit === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost_unit" }, message: "must have required property 'cost_unit'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.current_size === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "current_size" }, message: "must have required property 'current_size'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.curve === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "curve" }, message: "must have required property 'curve'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.direction === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.families === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "families" }, message: "must have required property 'families'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.family === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "family" }, message: "must have required property 'family'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.family_members === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "family_members" }, message: "must have required property 'family_members'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.gain_per_doubling_threshold === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "gain_per_doubling_threshold" }, message: "must have required property 'gain_per_doubling_threshold'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.last_value_holdout_error === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "last_value_holdout_error" }, message: "must have required property 'last_value_holdout_error'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.metric === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.oversize_exceeded === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oversize_exceeded" }, message: "must have required property 'oversize_exceeded'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.oversize_factor === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "oversize_factor" }, message: "must have required property 'oversize_factor'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.points === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "points" }, message: "must have required property 'points'" };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.predicted_gain_per_doubling === void 0) {
      const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "predicted_gain_per_doubling" }, message: "must have required property 'predicted_gain_per_doubling'" };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.predicted_two_doublings === void 0) {
      const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "predicted_two_doublings" }, message: "must have required property 'predicted_two_doublings'" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.projected_savings === void 0) {
      const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "projected_savings" }, message: "must have required property 'projected_savings'" };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.proportion === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "proportion" }, message: "must have required property 'proportion'" };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err21 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    if (data.recommendation_basis === void 0) {
      const err22 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recommendation_basis" }, message: "must have required property 'recommendation_basis'" };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    if (data.recommended_size === void 0) {
      const err23 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "recommended_size" }, message: "must have required property 'recommended_size'" };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.reliable === void 0) {
      const err24 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reliable" }, message: "must have required property 'reliable'" };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema23.properties, key0)) {
        const err25 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.metric !== void 0) {
      let data0 = data.metric;
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err26 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (!pattern5.test(data0)) {
          const err27 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$"' };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data1 = data.direction;
      if (!(data1 === "higher" || data1 === "lower")) {
        const err29 = { instancePath: instancePath + "/direction", schemaPath: "#/definitions/direction/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.proportion !== void 0) {
      if (typeof data.proportion !== "boolean") {
        const err30 = { instancePath: instancePath + "/proportion", schemaPath: "#/properties/proportion/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.reliable !== void 0) {
      if (typeof data.reliable !== "boolean") {
        const err31 = { instancePath: instancePath + "/reliable", schemaPath: "#/properties/reliable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data4 = data.reason;
      if (typeof data4 !== "string" && data4 !== null) {
        const err32 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: schema23.properties.reason.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func2(data4) > 1e4) {
          const err33 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
    }
    if (data.family !== void 0) {
      let data5 = data.family;
      if (typeof data5 !== "string" && data5 !== null) {
        const err34 = { instancePath: instancePath + "/family", schemaPath: "#/properties/family/type", keyword: "type", params: { type: schema23.properties.family.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (func2(data5) > 200) {
          const err35 = { instancePath: instancePath + "/family", schemaPath: "#/properties/family/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (!pattern6.test(data5)) {
          const err36 = { instancePath: instancePath + "/family", schemaPath: "#/properties/family/pattern", keyword: "pattern", params: { pattern: "^((pow3|log2|exp3|mmf4|wbl4)|last_value|median\\((pow3|log2|exp3|mmf4|wbl4)(, (pow3|log2|exp3|mmf4|wbl4)){1,4}\\))$" }, message: 'must match pattern "^((pow3|log2|exp3|mmf4|wbl4)|last_value|median\\((pow3|log2|exp3|mmf4|wbl4)(, (pow3|log2|exp3|mmf4|wbl4)){1,4}\\))$"' };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    }
    if (data.family_members !== void 0) {
      let data6 = data.family_members;
      if (Array.isArray(data6)) {
        if (data6.length > 20) {
          const err37 = { instancePath: instancePath + "/family_members", schemaPath: "#/properties/family_members/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (typeof data7 !== "string") {
            const err38 = { instancePath: instancePath + "/family_members/" + i0, schemaPath: "#/properties/family_members/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (!(data7 === "pow3" || data7 === "log2" || data7 === "exp3" || data7 === "mmf4" || data7 === "wbl4")) {
            const err39 = { instancePath: instancePath + "/family_members/" + i0, schemaPath: "#/properties/family_members/items/enum", keyword: "enum", params: { allowedValues: schema23.properties.family_members.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/family_members", schemaPath: "#/properties/family_members/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.families !== void 0) {
      let data8 = data.families;
      if (Array.isArray(data8)) {
        if (data8.length > 20) {
          const err41 = { instancePath: instancePath + "/families", schemaPath: "#/properties/families/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.holdout_error === void 0) {
              const err42 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/required", keyword: "required", params: { missingProperty: "holdout_error" }, message: "must have required property 'holdout_error'" };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            if (data9.name === void 0) {
              const err43 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
            if (data9.params === void 0) {
              const err44 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/required", keyword: "required", params: { missingProperty: "params" }, message: "must have required property 'params'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data9.rmse === void 0) {
              const err45 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/required", keyword: "required", params: { missingProperty: "rmse" }, message: "must have required property 'rmse'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "name" || key1 === "params" || key1 === "holdout_error" || key1 === "rmse")) {
                const err46 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data9.name !== void 0) {
              let data10 = data9.name;
              if (typeof data10 !== "string") {
                const err47 = { instancePath: instancePath + "/families/" + i1 + "/name", schemaPath: "#/properties/families/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (!(data10 === "pow3" || data10 === "log2" || data10 === "exp3" || data10 === "mmf4" || data10 === "wbl4")) {
                const err48 = { instancePath: instancePath + "/families/" + i1 + "/name", schemaPath: "#/properties/families/items/properties/name/enum", keyword: "enum", params: { allowedValues: schema23.properties.families.items.properties.name.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data9.params !== void 0) {
              let data11 = data9.params;
              if (Array.isArray(data11)) {
                if (data11.length > 20) {
                  const err49 = { instancePath: instancePath + "/families/" + i1 + "/params", schemaPath: "#/properties/families/items/properties/params/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items" };
                  if (vErrors === null) {
                    vErrors = [err49];
                  } else {
                    vErrors.push(err49);
                  }
                  errors++;
                }
                const len2 = data11.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data12 = data11[i2];
                  if (!(typeof data12 == "number" && isFinite(data12))) {
                    const err50 = { instancePath: instancePath + "/families/" + i1 + "/params/" + i2, schemaPath: "#/properties/families/items/properties/params/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
              } else {
                const err51 = { instancePath: instancePath + "/families/" + i1 + "/params", schemaPath: "#/properties/families/items/properties/params/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
            }
            if (data9.holdout_error !== void 0) {
              let data13 = data9.holdout_error;
              if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
                const err52 = { instancePath: instancePath + "/families/" + i1 + "/holdout_error", schemaPath: "#/properties/families/items/properties/holdout_error/type", keyword: "type", params: { type: schema23.properties.families.items.properties.holdout_error.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data9.rmse !== void 0) {
              let data14 = data9.rmse;
              if (!(typeof data14 == "number" && isFinite(data14))) {
                const err53 = { instancePath: instancePath + "/families/" + i1 + "/rmse", schemaPath: "#/properties/families/items/properties/rmse/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/families/" + i1, schemaPath: "#/properties/families/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
      } else {
        const err55 = { instancePath: instancePath + "/families", schemaPath: "#/properties/families/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.last_value_holdout_error !== void 0) {
      let data15 = data.last_value_holdout_error;
      if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
        const err56 = { instancePath: instancePath + "/last_value_holdout_error", schemaPath: "#/properties/last_value_holdout_error/type", keyword: "type", params: { type: schema23.properties.last_value_holdout_error.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
    if (data.current_size !== void 0) {
      let data16 = data.current_size;
      if (!(typeof data16 == "number" && isFinite(data16))) {
        const err57 = { instancePath: instancePath + "/current_size", schemaPath: "#/properties/current_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.recommended_size !== void 0) {
      let data17 = data.recommended_size;
      if (!(typeof data17 == "number" && isFinite(data17)) && data17 !== null) {
        const err58 = { instancePath: instancePath + "/recommended_size", schemaPath: "#/properties/recommended_size/type", keyword: "type", params: { type: schema23.properties.recommended_size.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
    }
    if (data.recommendation_basis !== void 0) {
      let data18 = data.recommendation_basis;
      if (!(data18 === "measured" || data18 === "extrapolated" || data18 === null)) {
        const err59 = { instancePath: instancePath + "/recommendation_basis", schemaPath: "#/properties/recommendation_basis/enum", keyword: "enum", params: { allowedValues: schema23.properties.recommendation_basis.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.oversize_factor !== void 0) {
      let data19 = data.oversize_factor;
      if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
        const err60 = { instancePath: instancePath + "/oversize_factor", schemaPath: "#/properties/oversize_factor/type", keyword: "type", params: { type: schema23.properties.oversize_factor.type }, message: "must be number,null" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.oversize_exceeded !== void 0) {
      if (typeof data.oversize_exceeded !== "boolean") {
        const err61 = { instancePath: instancePath + "/oversize_exceeded", schemaPath: "#/properties/oversize_exceeded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.gain_per_doubling_threshold !== void 0) {
      let data21 = data.gain_per_doubling_threshold;
      if (!(typeof data21 == "number" && isFinite(data21))) {
        const err62 = { instancePath: instancePath + "/gain_per_doubling_threshold", schemaPath: "#/properties/gain_per_doubling_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data.predicted_gain_per_doubling !== void 0) {
      let data22 = data.predicted_gain_per_doubling;
      const _errs47 = errors;
      let valid9 = false;
      const _errs48 = errors;
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.interval === void 0) {
          const err63 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
          if (vErrors === null) {
            vErrors = [err63];
          } else {
            vErrors.push(err63);
          }
          errors++;
        }
        if (data22.value === void 0) {
          const err64 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
        for (const key2 in data22) {
          if (!(key2 === "value" || key2 === "interval")) {
            const err65 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
        if (data22.value !== void 0) {
          let data23 = data22.value;
          if (!(typeof data23 == "number" && isFinite(data23))) {
            const err66 = { instancePath: instancePath + "/predicted_gain_per_doubling/value", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
        if (data22.interval !== void 0) {
          let data24 = data22.interval;
          const _errs54 = errors;
          let valid11 = false;
          const _errs55 = errors;
          if (Array.isArray(data24)) {
            if (data24.length > 2) {
              const err67 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/0/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
            if (data24.length < 2) {
              const err68 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/0/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
            const len3 = data24.length;
            for (let i3 = 0; i3 < len3; i3++) {
              let data25 = data24[i3];
              if (!(typeof data25 == "number" && isFinite(data25))) {
                const err69 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval/" + i3, schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/0/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
          } else {
            const err70 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
          var _valid1 = _errs55 === errors;
          valid11 = valid11 || _valid1;
          if (!valid11) {
            const _errs59 = errors;
            if (data24 !== null) {
              const err71 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
            var _valid1 = _errs59 === errors;
            valid11 = valid11 || _valid1;
          }
          if (!valid11) {
            const err72 = { instancePath: instancePath + "/predicted_gain_per_doubling/interval", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/properties/interval/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          } else {
            errors = _errs54;
            if (vErrors !== null) {
              if (_errs54) {
                vErrors.length = _errs54;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err73 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
      var _valid0 = _errs48 === errors;
      valid9 = valid9 || _valid0;
      if (!valid9) {
        const _errs61 = errors;
        if (data22 !== null) {
          const err74 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
        var _valid0 = _errs61 === errors;
        valid9 = valid9 || _valid0;
      }
      if (!valid9) {
        const err75 = { instancePath: instancePath + "/predicted_gain_per_doubling", schemaPath: "#/properties/predicted_gain_per_doubling/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      } else {
        errors = _errs47;
        if (vErrors !== null) {
          if (_errs47) {
            vErrors.length = _errs47;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.predicted_two_doublings !== void 0) {
      let data26 = data.predicted_two_doublings;
      const _errs64 = errors;
      let valid14 = false;
      const _errs65 = errors;
      if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
        if (data26.interval === void 0) {
          const err76 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/required", keyword: "required", params: { missingProperty: "interval" }, message: "must have required property 'interval'" };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
        if (data26.train_size === void 0) {
          const err77 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/required", keyword: "required", params: { missingProperty: "train_size" }, message: "must have required property 'train_size'" };
          if (vErrors === null) {
            vErrors = [err77];
          } else {
            vErrors.push(err77);
          }
          errors++;
        }
        if (data26.value === void 0) {
          const err78 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
        for (const key3 in data26) {
          if (!(key3 === "train_size" || key3 === "value" || key3 === "interval")) {
            const err79 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
        if (data26.train_size !== void 0) {
          let data27 = data26.train_size;
          if (!(typeof data27 == "number" && isFinite(data27))) {
            const err80 = { instancePath: instancePath + "/predicted_two_doublings/train_size", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/train_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
        }
        if (data26.value !== void 0) {
          let data28 = data26.value;
          if (!(typeof data28 == "number" && isFinite(data28))) {
            const err81 = { instancePath: instancePath + "/predicted_two_doublings/value", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        }
        if (data26.interval !== void 0) {
          let data29 = data26.interval;
          if (Array.isArray(data29)) {
            if (data29.length > 2) {
              const err82 = { instancePath: instancePath + "/predicted_two_doublings/interval", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
              if (vErrors === null) {
                vErrors = [err82];
              } else {
                vErrors.push(err82);
              }
              errors++;
            }
            if (data29.length < 2) {
              const err83 = { instancePath: instancePath + "/predicted_two_doublings/interval", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
            const len4 = data29.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data30 = data29[i4];
              if (!(typeof data30 == "number" && isFinite(data30))) {
                const err84 = { instancePath: instancePath + "/predicted_two_doublings/interval/" + i4, schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
          } else {
            const err85 = { instancePath: instancePath + "/predicted_two_doublings/interval", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/properties/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err85];
            } else {
              vErrors.push(err85);
            }
            errors++;
          }
        }
      } else {
        const err86 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
      var _valid2 = _errs65 === errors;
      valid14 = valid14 || _valid2;
      if (!valid14) {
        const _errs76 = errors;
        if (data26 !== null) {
          const err87 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
        var _valid2 = _errs76 === errors;
        valid14 = valid14 || _valid2;
      }
      if (!valid14) {
        const err88 = { instancePath: instancePath + "/predicted_two_doublings", schemaPath: "#/properties/predicted_two_doublings/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      } else {
        errors = _errs64;
        if (vErrors !== null) {
          if (_errs64) {
            vErrors.length = _errs64;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.projected_savings !== void 0) {
      let data31 = data.projected_savings;
      const _errs79 = errors;
      let valid18 = false;
      const _errs80 = errors;
      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
        if (data31.cost === void 0) {
          const err89 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
          if (vErrors === null) {
            vErrors = [err89];
          } else {
            vErrors.push(err89);
          }
          errors++;
        }
        if (data31.cost_pct === void 0) {
          const err90 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/required", keyword: "required", params: { missingProperty: "cost_pct" }, message: "must have required property 'cost_pct'" };
          if (vErrors === null) {
            vErrors = [err90];
          } else {
            vErrors.push(err90);
          }
          errors++;
        }
        if (data31.metric_delta === void 0) {
          const err91 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/required", keyword: "required", params: { missingProperty: "metric_delta" }, message: "must have required property 'metric_delta'" };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
        for (const key4 in data31) {
          if (!(key4 === "cost" || key4 === "cost_pct" || key4 === "metric_delta")) {
            const err92 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        }
        if (data31.cost !== void 0) {
          let data32 = data31.cost;
          if (!(typeof data32 == "number" && isFinite(data32)) && data32 !== null) {
            const err93 = { instancePath: instancePath + "/projected_savings/cost", schemaPath: "#/properties/projected_savings/anyOf/0/properties/cost/type", keyword: "type", params: { type: schema23.properties.projected_savings.anyOf[0].properties.cost.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err93];
            } else {
              vErrors.push(err93);
            }
            errors++;
          }
        }
        if (data31.cost_pct !== void 0) {
          let data33 = data31.cost_pct;
          if (!(typeof data33 == "number" && isFinite(data33)) && data33 !== null) {
            const err94 = { instancePath: instancePath + "/projected_savings/cost_pct", schemaPath: "#/properties/projected_savings/anyOf/0/properties/cost_pct/type", keyword: "type", params: { type: schema23.properties.projected_savings.anyOf[0].properties.cost_pct.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
        if (data31.metric_delta !== void 0) {
          let data34 = data31.metric_delta;
          if (!(typeof data34 == "number" && isFinite(data34)) && data34 !== null) {
            const err95 = { instancePath: instancePath + "/projected_savings/metric_delta", schemaPath: "#/properties/projected_savings/anyOf/0/properties/metric_delta/type", keyword: "type", params: { type: schema23.properties.projected_savings.anyOf[0].properties.metric_delta.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        }
      } else {
        const err96 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
      var _valid3 = _errs80 === errors;
      valid18 = valid18 || _valid3;
      if (!valid18) {
        const _errs89 = errors;
        if (data31 !== null) {
          const err97 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
        var _valid3 = _errs89 === errors;
        valid18 = valid18 || _valid3;
      }
      if (!valid18) {
        const err98 = { instancePath: instancePath + "/projected_savings", schemaPath: "#/properties/projected_savings/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      } else {
        errors = _errs79;
        if (vErrors !== null) {
          if (_errs79) {
            vErrors.length = _errs79;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.cost_unit !== void 0) {
      let data35 = data.cost_unit;
      if (typeof data35 === "string") {
        if (func2(data35) > 50) {
          const err99 = { instancePath: instancePath + "/cost_unit", schemaPath: "#/properties/cost_unit/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters" };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
      } else {
        const err100 = { instancePath: instancePath + "/cost_unit", schemaPath: "#/properties/cost_unit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.cost_model !== void 0) {
      let data36 = data.cost_model;
      const _errs94 = errors;
      let valid20 = false;
      const _errs95 = errors;
      if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
        if (data36.intercept === void 0) {
          const err101 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/0/required", keyword: "required", params: { missingProperty: "intercept" }, message: "must have required property 'intercept'" };
          if (vErrors === null) {
            vErrors = [err101];
          } else {
            vErrors.push(err101);
          }
          errors++;
        }
        if (data36.slope === void 0) {
          const err102 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/0/required", keyword: "required", params: { missingProperty: "slope" }, message: "must have required property 'slope'" };
          if (vErrors === null) {
            vErrors = [err102];
          } else {
            vErrors.push(err102);
          }
          errors++;
        }
        for (const key5 in data36) {
          if (!(key5 === "intercept" || key5 === "slope")) {
            const err103 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err103];
            } else {
              vErrors.push(err103);
            }
            errors++;
          }
        }
        if (data36.intercept !== void 0) {
          let data37 = data36.intercept;
          if (!(typeof data37 == "number" && isFinite(data37))) {
            const err104 = { instancePath: instancePath + "/cost_model/intercept", schemaPath: "#/properties/cost_model/anyOf/0/properties/intercept/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err104];
            } else {
              vErrors.push(err104);
            }
            errors++;
          }
        }
        if (data36.slope !== void 0) {
          let data38 = data36.slope;
          if (!(typeof data38 == "number" && isFinite(data38))) {
            const err105 = { instancePath: instancePath + "/cost_model/slope", schemaPath: "#/properties/cost_model/anyOf/0/properties/slope/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
              vErrors = [err105];
            } else {
              vErrors.push(err105);
            }
            errors++;
          }
        }
      } else {
        const err106 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
      var _valid4 = _errs95 === errors;
      valid20 = valid20 || _valid4;
      if (!valid20) {
        const _errs102 = errors;
        if (data36 !== null) {
          const err107 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
        var _valid4 = _errs102 === errors;
        valid20 = valid20 || _valid4;
      }
      if (!valid20) {
        const err108 = { instancePath: instancePath + "/cost_model", schemaPath: "#/properties/cost_model/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      } else {
        errors = _errs94;
        if (vErrors !== null) {
          if (_errs94) {
            vErrors.length = _errs94;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.points !== void 0) {
      let data39 = data.points;
      if (Array.isArray(data39)) {
        if (data39.length > 1e4) {
          const err109 = { instancePath: instancePath + "/points", schemaPath: "#/properties/points/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
          if (vErrors === null) {
            vErrors = [err109];
          } else {
            vErrors.push(err109);
          }
          errors++;
        }
        const len5 = data39.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data40 = data39[i5];
          if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
            if (data40.train_size === void 0) {
              const err110 = { instancePath: instancePath + "/points/" + i5, schemaPath: "#/definitions/curve_point/required", keyword: "required", params: { missingProperty: "train_size" }, message: "must have required property 'train_size'" };
              if (vErrors === null) {
                vErrors = [err110];
              } else {
                vErrors.push(err110);
              }
              errors++;
            }
            if (data40.value === void 0) {
              const err111 = { instancePath: instancePath + "/points/" + i5, schemaPath: "#/definitions/curve_point/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err111];
              } else {
                vErrors.push(err111);
              }
              errors++;
            }
            for (const key6 in data40) {
              if (!(key6 === "train_size" || key6 === "value" || key6 === "std" || key6 === "cost")) {
                const err112 = { instancePath: instancePath + "/points/" + i5, schemaPath: "#/definitions/curve_point/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data40.train_size !== void 0) {
              let data41 = data40.train_size;
              if (!(typeof data41 == "number" && isFinite(data41))) {
                const err113 = { instancePath: instancePath + "/points/" + i5 + "/train_size", schemaPath: "#/definitions/curve_point/properties/train_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err113];
                } else {
                  vErrors.push(err113);
                }
                errors++;
              }
            }
            if (data40.value !== void 0) {
              let data42 = data40.value;
              if (!(typeof data42 == "number" && isFinite(data42))) {
                const err114 = { instancePath: instancePath + "/points/" + i5 + "/value", schemaPath: "#/definitions/curve_point/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err114];
                } else {
                  vErrors.push(err114);
                }
                errors++;
              }
            }
            if (data40.std !== void 0) {
              let data43 = data40.std;
              if (!(typeof data43 == "number" && isFinite(data43))) {
                const err115 = { instancePath: instancePath + "/points/" + i5 + "/std", schemaPath: "#/definitions/curve_point/properties/std/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
            if (data40.cost !== void 0) {
              let data44 = data40.cost;
              if (!(typeof data44 == "number" && isFinite(data44))) {
                const err116 = { instancePath: instancePath + "/points/" + i5 + "/cost", schemaPath: "#/definitions/curve_point/properties/cost/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err116];
                } else {
                  vErrors.push(err116);
                }
                errors++;
              }
            }
          } else {
            const err117 = { instancePath: instancePath + "/points/" + i5, schemaPath: "#/definitions/curve_point/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err117];
            } else {
              vErrors.push(err117);
            }
            errors++;
          }
        }
      } else {
        const err118 = { instancePath: instancePath + "/points", schemaPath: "#/properties/points/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err118];
        } else {
          vErrors.push(err118);
        }
        errors++;
      }
    }
    if (data.curve !== void 0) {
      let data45 = data.curve;
      if (Array.isArray(data45)) {
        if (data45.length > 1e4) {
          const err119 = { instancePath: instancePath + "/curve", schemaPath: "#/properties/curve/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
          if (vErrors === null) {
            vErrors = [err119];
          } else {
            vErrors.push(err119);
          }
          errors++;
        }
        const len6 = data45.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data46 = data45[i6];
          if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
            if (data46.train_size === void 0) {
              const err120 = { instancePath: instancePath + "/curve/" + i6, schemaPath: "#/properties/curve/items/required", keyword: "required", params: { missingProperty: "train_size" }, message: "must have required property 'train_size'" };
              if (vErrors === null) {
                vErrors = [err120];
              } else {
                vErrors.push(err120);
              }
              errors++;
            }
            if (data46.value === void 0) {
              const err121 = { instancePath: instancePath + "/curve/" + i6, schemaPath: "#/properties/curve/items/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'" };
              if (vErrors === null) {
                vErrors = [err121];
              } else {
                vErrors.push(err121);
              }
              errors++;
            }
            for (const key7 in data46) {
              if (!(key7 === "train_size" || key7 === "value")) {
                const err122 = { instancePath: instancePath + "/curve/" + i6, schemaPath: "#/properties/curve/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
            }
            if (data46.train_size !== void 0) {
              let data47 = data46.train_size;
              if (!(typeof data47 == "number" && isFinite(data47))) {
                const err123 = { instancePath: instancePath + "/curve/" + i6 + "/train_size", schemaPath: "#/properties/curve/items/properties/train_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err123];
                } else {
                  vErrors.push(err123);
                }
                errors++;
              }
            }
            if (data46.value !== void 0) {
              let data48 = data46.value;
              if (!(typeof data48 == "number" && isFinite(data48))) {
                const err124 = { instancePath: instancePath + "/curve/" + i6 + "/value", schemaPath: "#/properties/curve/items/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          } else {
            const err125 = { instancePath: instancePath + "/curve/" + i6, schemaPath: "#/properties/curve/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
      } else {
        const err126 = { instancePath: instancePath + "/curve", schemaPath: "#/properties/curve/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data.conclusion !== void 0) {
      let data49 = data.conclusion;
      if (typeof data49 === "string") {
        if (func2(data49) > 1e4) {
          const err127 = { instancePath: instancePath + "/conclusion", schemaPath: "#/properties/conclusion/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
          if (vErrors === null) {
            vErrors = [err127];
          } else {
            vErrors.push(err127);
          }
          errors++;
        }
      } else {
        const err128 = { instancePath: instancePath + "/conclusion", schemaPath: "#/properties/conclusion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err128];
        } else {
          vErrors.push(err128);
        }
        errors++;
      }
    }
    if (data.base !== void 0) {
      let data50 = data.base;
      const _errs130 = errors;
      let valid29 = false;
      const _errs131 = errors;
      if (!validate19(data50, { instancePath: instancePath + "/base", parentData: data, parentDataProperty: "base", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
      var _valid5 = _errs131 === errors;
      valid29 = valid29 || _valid5;
      if (!valid29) {
        const _errs132 = errors;
        if (data50 !== null) {
          const err129 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err129];
          } else {
            vErrors.push(err129);
          }
          errors++;
        }
        var _valid5 = _errs132 === errors;
        valid29 = valid29 || _valid5;
      }
      if (!valid29) {
        const err130 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err130];
        } else {
          vErrors.push(err130);
        }
        errors++;
      } else {
        errors = _errs130;
        if (vErrors !== null) {
          if (_errs130) {
            vErrors.length = _errs130;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.comparison !== void 0) {
      let data51 = data.comparison;
      const _errs135 = errors;
      let valid30 = false;
      const _errs136 = errors;
      if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
        if (data51.at_equal_sizes === void 0) {
          const err131 = { instancePath: instancePath + "/comparison", schemaPath: "#/definitions/curve_comparison/required", keyword: "required", params: { missingProperty: "at_equal_sizes" }, message: "must have required property 'at_equal_sizes'" };
          if (vErrors === null) {
            vErrors = [err131];
          } else {
            vErrors.push(err131);
          }
          errors++;
        }
        if (data51.conclusion === void 0) {
          const err132 = { instancePath: instancePath + "/comparison", schemaPath: "#/definitions/curve_comparison/required", keyword: "required", params: { missingProperty: "conclusion" }, message: "must have required property 'conclusion'" };
          if (vErrors === null) {
            vErrors = [err132];
          } else {
            vErrors.push(err132);
          }
          errors++;
        }
        if (data51.dominance === void 0) {
          const err133 = { instancePath: instancePath + "/comparison", schemaPath: "#/definitions/curve_comparison/required", keyword: "required", params: { missingProperty: "dominance" }, message: "must have required property 'dominance'" };
          if (vErrors === null) {
            vErrors = [err133];
          } else {
            vErrors.push(err133);
          }
          errors++;
        }
        if (data51.mean_improvement === void 0) {
          const err134 = { instancePath: instancePath + "/comparison", schemaPath: "#/definitions/curve_comparison/required", keyword: "required", params: { missingProperty: "mean_improvement" }, message: "must have required property 'mean_improvement'" };
          if (vErrors === null) {
            vErrors = [err134];
          } else {
            vErrors.push(err134);
          }
          errors++;
        }
        if (data51.metric === void 0) {
          const err135 = { instancePath: instancePath + "/comparison", schemaPath: "#/definitions/curve_comparison/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'" };
          if (vErrors === null) {
            vErrors = [err135];
          } else {
            vErrors.push(err135);
          }
          errors++;
        }
        if (data51.size_ratio_for_equal_value === void 0) {
          const err136 = { instancePath: instancePath + "/comparison", schemaPath: "#/definitions/curve_comparison/required", keyword: "required", params: { missingProperty: "size_ratio_for_equal_value" }, message: "must have required property 'size_ratio_for_equal_value'" };
          if (vErrors === null) {
            vErrors = [err136];
          } else {
            vErrors.push(err136);
          }
          errors++;
        }
        if (data51.train_size_change === void 0) {
          const err137 = { instancePath: instancePath + "/comparison", schemaPath: "#/definitions/curve_comparison/required", keyword: "required", params: { missingProperty: "train_size_change" }, message: "must have required property 'train_size_change'" };
          if (vErrors === null) {
            vErrors = [err137];
          } else {
            vErrors.push(err137);
          }
          errors++;
        }
        for (const key8 in data51) {
          if (!(key8 === "metric" || key8 === "at_equal_sizes" || key8 === "mean_improvement" || key8 === "dominance" || key8 === "size_ratio_for_equal_value" || key8 === "train_size_change" || key8 === "conclusion")) {
            const err138 = { instancePath: instancePath + "/comparison", schemaPath: "#/definitions/curve_comparison/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err138];
            } else {
              vErrors.push(err138);
            }
            errors++;
          }
        }
        if (data51.metric !== void 0) {
          let data52 = data51.metric;
          if (typeof data52 === "string") {
            if (func2(data52) > 200) {
              const err139 = { instancePath: instancePath + "/comparison/metric", schemaPath: "#/definitions/curve_comparison/properties/metric/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              if (vErrors === null) {
                vErrors = [err139];
              } else {
                vErrors.push(err139);
              }
              errors++;
            }
            if (!pattern5.test(data52)) {
              const err140 = { instancePath: instancePath + "/comparison/metric", schemaPath: "#/definitions/curve_comparison/properties/metric/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$"' };
              if (vErrors === null) {
                vErrors = [err140];
              } else {
                vErrors.push(err140);
              }
              errors++;
            }
          } else {
            const err141 = { instancePath: instancePath + "/comparison/metric", schemaPath: "#/definitions/curve_comparison/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err141];
            } else {
              vErrors.push(err141);
            }
            errors++;
          }
        }
        if (data51.at_equal_sizes !== void 0) {
          let data53 = data51.at_equal_sizes;
          if (Array.isArray(data53)) {
            if (data53.length > 1e4) {
              const err142 = { instancePath: instancePath + "/comparison/at_equal_sizes", schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" };
              if (vErrors === null) {
                vErrors = [err142];
              } else {
                vErrors.push(err142);
              }
              errors++;
            }
            const len7 = data53.length;
            for (let i7 = 0; i7 < len7; i7++) {
              let data54 = data53[i7];
              if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                if (data54.base === void 0) {
                  const err143 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7, schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
                  if (vErrors === null) {
                    vErrors = [err143];
                  } else {
                    vErrors.push(err143);
                  }
                  errors++;
                }
                if (data54.delta === void 0) {
                  const err144 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7, schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/required", keyword: "required", params: { missingProperty: "delta" }, message: "must have required property 'delta'" };
                  if (vErrors === null) {
                    vErrors = [err144];
                  } else {
                    vErrors.push(err144);
                  }
                  errors++;
                }
                if (data54.head === void 0) {
                  const err145 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7, schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
                  if (vErrors === null) {
                    vErrors = [err145];
                  } else {
                    vErrors.push(err145);
                  }
                  errors++;
                }
                if (data54.train_size === void 0) {
                  const err146 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7, schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/required", keyword: "required", params: { missingProperty: "train_size" }, message: "must have required property 'train_size'" };
                  if (vErrors === null) {
                    vErrors = [err146];
                  } else {
                    vErrors.push(err146);
                  }
                  errors++;
                }
                for (const key9 in data54) {
                  if (!(key9 === "train_size" || key9 === "base" || key9 === "head" || key9 === "delta")) {
                    const err147 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7, schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
                if (data54.train_size !== void 0) {
                  let data55 = data54.train_size;
                  if (!(typeof data55 == "number" && isFinite(data55))) {
                    const err148 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7 + "/train_size", schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/properties/train_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err148];
                    } else {
                      vErrors.push(err148);
                    }
                    errors++;
                  }
                }
                if (data54.base !== void 0) {
                  let data56 = data54.base;
                  if (!(typeof data56 == "number" && isFinite(data56))) {
                    const err149 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7 + "/base", schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/properties/base/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err149];
                    } else {
                      vErrors.push(err149);
                    }
                    errors++;
                  }
                }
                if (data54.head !== void 0) {
                  let data57 = data54.head;
                  if (!(typeof data57 == "number" && isFinite(data57))) {
                    const err150 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7 + "/head", schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/properties/head/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err150];
                    } else {
                      vErrors.push(err150);
                    }
                    errors++;
                  }
                }
                if (data54.delta !== void 0) {
                  let data58 = data54.delta;
                  if (!(typeof data58 == "number" && isFinite(data58))) {
                    const err151 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7 + "/delta", schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/properties/delta/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                      vErrors = [err151];
                    } else {
                      vErrors.push(err151);
                    }
                    errors++;
                  }
                }
              } else {
                const err152 = { instancePath: instancePath + "/comparison/at_equal_sizes/" + i7, schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
            }
          } else {
            const err153 = { instancePath: instancePath + "/comparison/at_equal_sizes", schemaPath: "#/definitions/curve_comparison/properties/at_equal_sizes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err153];
            } else {
              vErrors.push(err153);
            }
            errors++;
          }
        }
        if (data51.mean_improvement !== void 0) {
          let data59 = data51.mean_improvement;
          if (!(typeof data59 == "number" && isFinite(data59)) && data59 !== null) {
            const err154 = { instancePath: instancePath + "/comparison/mean_improvement", schemaPath: "#/definitions/curve_comparison/properties/mean_improvement/type", keyword: "type", params: { type: schema29.properties.mean_improvement.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
        if (data51.dominance !== void 0) {
          let data60 = data51.dominance;
          if (!(data60 === "head" || data60 === "base" || data60 === "equal" || data60 === "crossing" || data60 === "unknown")) {
            const err155 = { instancePath: instancePath + "/comparison/dominance", schemaPath: "#/definitions/curve_comparison/properties/dominance/enum", keyword: "enum", params: { allowedValues: schema29.properties.dominance.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err155];
            } else {
              vErrors.push(err155);
            }
            errors++;
          }
        }
        if (data51.size_ratio_for_equal_value !== void 0) {
          let data61 = data51.size_ratio_for_equal_value;
          if (!(typeof data61 == "number" && isFinite(data61)) && data61 !== null) {
            const err156 = { instancePath: instancePath + "/comparison/size_ratio_for_equal_value", schemaPath: "#/definitions/curve_comparison/properties/size_ratio_for_equal_value/type", keyword: "type", params: { type: schema29.properties.size_ratio_for_equal_value.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err156];
            } else {
              vErrors.push(err156);
            }
            errors++;
          }
        }
        if (data51.train_size_change !== void 0) {
          let data62 = data51.train_size_change;
          const _errs161 = errors;
          let valid36 = false;
          const _errs162 = errors;
          if (data62 && typeof data62 == "object" && !Array.isArray(data62)) {
            if (data62.base_size === void 0) {
              const err157 = { instancePath: instancePath + "/comparison/train_size_change", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/required", keyword: "required", params: { missingProperty: "base_size" }, message: "must have required property 'base_size'" };
              if (vErrors === null) {
                vErrors = [err157];
              } else {
                vErrors.push(err157);
              }
              errors++;
            }
            if (data62.cost_delta === void 0) {
              const err158 = { instancePath: instancePath + "/comparison/train_size_change", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/required", keyword: "required", params: { missingProperty: "cost_delta" }, message: "must have required property 'cost_delta'" };
              if (vErrors === null) {
                vErrors = [err158];
              } else {
                vErrors.push(err158);
              }
              errors++;
            }
            if (data62.head_size === void 0) {
              const err159 = { instancePath: instancePath + "/comparison/train_size_change", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/required", keyword: "required", params: { missingProperty: "head_size" }, message: "must have required property 'head_size'" };
              if (vErrors === null) {
                vErrors = [err159];
              } else {
                vErrors.push(err159);
              }
              errors++;
            }
            if (data62.metric_delta === void 0) {
              const err160 = { instancePath: instancePath + "/comparison/train_size_change", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/required", keyword: "required", params: { missingProperty: "metric_delta" }, message: "must have required property 'metric_delta'" };
              if (vErrors === null) {
                vErrors = [err160];
              } else {
                vErrors.push(err160);
              }
              errors++;
            }
            if (data62.metric_per_cost === void 0) {
              const err161 = { instancePath: instancePath + "/comparison/train_size_change", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/required", keyword: "required", params: { missingProperty: "metric_per_cost" }, message: "must have required property 'metric_per_cost'" };
              if (vErrors === null) {
                vErrors = [err161];
              } else {
                vErrors.push(err161);
              }
              errors++;
            }
            for (const key10 in data62) {
              if (!(key10 === "base_size" || key10 === "head_size" || key10 === "metric_delta" || key10 === "cost_delta" || key10 === "metric_per_cost")) {
                const err162 = { instancePath: instancePath + "/comparison/train_size_change", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err162];
                } else {
                  vErrors.push(err162);
                }
                errors++;
              }
            }
            if (data62.base_size !== void 0) {
              let data63 = data62.base_size;
              if (!(typeof data63 == "number" && isFinite(data63))) {
                const err163 = { instancePath: instancePath + "/comparison/train_size_change/base_size", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/properties/base_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err163];
                } else {
                  vErrors.push(err163);
                }
                errors++;
              }
            }
            if (data62.head_size !== void 0) {
              let data64 = data62.head_size;
              if (!(typeof data64 == "number" && isFinite(data64))) {
                const err164 = { instancePath: instancePath + "/comparison/train_size_change/head_size", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/properties/head_size/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
            }
            if (data62.metric_delta !== void 0) {
              let data65 = data62.metric_delta;
              if (!(typeof data65 == "number" && isFinite(data65)) && data65 !== null) {
                const err165 = { instancePath: instancePath + "/comparison/train_size_change/metric_delta", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/properties/metric_delta/type", keyword: "type", params: { type: schema29.properties.train_size_change.anyOf[0].properties.metric_delta.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err165];
                } else {
                  vErrors.push(err165);
                }
                errors++;
              }
            }
            if (data62.cost_delta !== void 0) {
              let data66 = data62.cost_delta;
              if (!(typeof data66 == "number" && isFinite(data66)) && data66 !== null) {
                const err166 = { instancePath: instancePath + "/comparison/train_size_change/cost_delta", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/properties/cost_delta/type", keyword: "type", params: { type: schema29.properties.train_size_change.anyOf[0].properties.cost_delta.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err166];
                } else {
                  vErrors.push(err166);
                }
                errors++;
              }
            }
            if (data62.metric_per_cost !== void 0) {
              let data67 = data62.metric_per_cost;
              if (!(typeof data67 == "number" && isFinite(data67)) && data67 !== null) {
                const err167 = { instancePath: instancePath + "/comparison/train_size_change/metric_per_cost", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/properties/metric_per_cost/type", keyword: "type", params: { type: schema29.properties.train_size_change.anyOf[0].properties.metric_per_cost.type }, message: "must be number,null" };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
            }
          } else {
            const err168 = { instancePath: instancePath + "/comparison/train_size_change", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err168];
            } else {
              vErrors.push(err168);
            }
            errors++;
          }
          var _valid7 = _errs162 === errors;
          valid36 = valid36 || _valid7;
          if (!valid36) {
            const _errs175 = errors;
            if (data62 !== null) {
              const err169 = { instancePath: instancePath + "/comparison/train_size_change", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
              if (vErrors === null) {
                vErrors = [err169];
              } else {
                vErrors.push(err169);
              }
              errors++;
            }
            var _valid7 = _errs175 === errors;
            valid36 = valid36 || _valid7;
          }
          if (!valid36) {
            const err170 = { instancePath: instancePath + "/comparison/train_size_change", schemaPath: "#/definitions/curve_comparison/properties/train_size_change/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err170];
            } else {
              vErrors.push(err170);
            }
            errors++;
          } else {
            errors = _errs161;
            if (vErrors !== null) {
              if (_errs161) {
                vErrors.length = _errs161;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data51.conclusion !== void 0) {
          let data68 = data51.conclusion;
          if (typeof data68 === "string") {
            if (func2(data68) > 1e4) {
              const err171 = { instancePath: instancePath + "/comparison/conclusion", schemaPath: "#/definitions/curve_comparison/properties/conclusion/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
              if (vErrors === null) {
                vErrors = [err171];
              } else {
                vErrors.push(err171);
              }
              errors++;
            }
          } else {
            const err172 = { instancePath: instancePath + "/comparison/conclusion", schemaPath: "#/definitions/curve_comparison/properties/conclusion/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err172];
            } else {
              vErrors.push(err172);
            }
            errors++;
          }
        }
      } else {
        const err173 = { instancePath: instancePath + "/comparison", schemaPath: "#/definitions/curve_comparison/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err173];
        } else {
          vErrors.push(err173);
        }
        errors++;
      }
      var _valid6 = _errs136 === errors;
      valid30 = valid30 || _valid6;
      if (!valid30) {
        const _errs179 = errors;
        if (data51 !== null) {
          const err174 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err174];
          } else {
            vErrors.push(err174);
          }
          errors++;
        }
        var _valid6 = _errs179 === errors;
        valid30 = valid30 || _valid6;
      }
      if (!valid30) {
        const err175 = { instancePath: instancePath + "/comparison", schemaPath: "#/properties/comparison/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err175];
        } else {
          vErrors.push(err175);
        }
        errors++;
      } else {
        errors = _errs135;
        if (vErrors !== null) {
          if (_errs135) {
            vErrors.length = _errs135;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err176 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err176];
    } else {
      vErrors.push(err176);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
var schema30 = { "description": "One item of the ML lifecycle checklist.", "type": "object", "additionalProperties": false, "required": ["evidence", "fix", "id", "severity", "status", "title"], "properties": { "id": { "type": "string", "maxLength": 200 }, "title": { "type": "string", "maxLength": 1e3 }, "status": { "enum": ["pass", "fail", "warn", "waived", "off", "not_checked"] }, "severity": { "enum": ["required", "recommended", "off"] }, "evidence": { "type": ["string", "null"], "maxLength": 1e4 }, "fix": { "type": ["string", "null"], "maxLength": 1e4 }, "waiver": { "type": "object", "additionalProperties": false, "required": ["by", "reason"], "properties": { "by": { "type": "string", "maxLength": 200 }, "reason": { "type": "string", "maxLength": 1e4 }, "comment_url": { "type": "string", "maxLength": 2e3 } } }, "location": { "$ref": "#/definitions/location" } } };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.evidence === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "evidence" }, message: "must have required property 'evidence'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.fix === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "fix" }, message: "must have required property 'fix'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.severity === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property 'severity'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.status === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "id" || key0 === "title" || key0 === "status" || key0 === "severity" || key0 === "evidence" || key0 === "fix" || key0 === "waiver" || key0 === "location")) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data1 = data.title;
      if (typeof data1 === "string") {
        if (func2(data1) > 1e3) {
          const err9 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (!(data2 === "pass" || data2 === "fail" || data2 === "warn" || data2 === "waived" || data2 === "off" || data2 === "not_checked")) {
        const err11 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema30.properties.status.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data3 = data.severity;
      if (!(data3 === "required" || data3 === "recommended" || data3 === "off")) {
        const err12 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema30.properties.severity.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.evidence !== void 0) {
      let data4 = data.evidence;
      if (typeof data4 !== "string" && data4 !== null) {
        const err13 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/type", keyword: "type", params: { type: schema30.properties.evidence.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 === "string") {
        if (func2(data4) > 1e4) {
          const err14 = { instancePath: instancePath + "/evidence", schemaPath: "#/properties/evidence/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.fix !== void 0) {
      let data5 = data.fix;
      if (typeof data5 !== "string" && data5 !== null) {
        const err15 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/type", keyword: "type", params: { type: schema30.properties.fix.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (func2(data5) > 1e4) {
          const err16 = { instancePath: instancePath + "/fix", schemaPath: "#/properties/fix/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.waiver !== void 0) {
      let data6 = data.waiver;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (data6.by === void 0) {
          const err17 = { instancePath: instancePath + "/waiver", schemaPath: "#/properties/waiver/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data6.reason === void 0) {
          const err18 = { instancePath: instancePath + "/waiver", schemaPath: "#/properties/waiver/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key1 in data6) {
          if (!(key1 === "by" || key1 === "reason" || key1 === "comment_url")) {
            const err19 = { instancePath: instancePath + "/waiver", schemaPath: "#/properties/waiver/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.by !== void 0) {
          let data7 = data6.by;
          if (typeof data7 === "string") {
            if (func2(data7) > 200) {
              const err20 = { instancePath: instancePath + "/waiver/by", schemaPath: "#/properties/waiver/properties/by/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/waiver/by", schemaPath: "#/properties/waiver/properties/by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data6.reason !== void 0) {
          let data8 = data6.reason;
          if (typeof data8 === "string") {
            if (func2(data8) > 1e4) {
              const err22 = { instancePath: instancePath + "/waiver/reason", schemaPath: "#/properties/waiver/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/waiver/reason", schemaPath: "#/properties/waiver/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data6.comment_url !== void 0) {
          let data9 = data6.comment_url;
          if (typeof data9 === "string") {
            if (func2(data9) > 2e3) {
              const err24 = { instancePath: instancePath + "/waiver/comment_url", schemaPath: "#/properties/waiver/properties/comment_url/maxLength", keyword: "maxLength", params: { limit: 2e3 }, message: "must NOT have more than 2000 characters" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/waiver/comment_url", schemaPath: "#/properties/waiver/properties/comment_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/waiver", schemaPath: "#/properties/waiver/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.location !== void 0) {
      let data10 = data.location;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.file === void 0) {
          const err27 = { instancePath: instancePath + "/location", schemaPath: "#/definitions/location/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key2 in data10) {
          if (!(key2 === "file" || key2 === "line" || key2 === "column")) {
            const err28 = { instancePath: instancePath + "/location", schemaPath: "#/definitions/location/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data10.file !== void 0) {
          let data11 = data10.file;
          if (typeof data11 === "string") {
            if (func2(data11) > 1e3) {
              const err29 = { instancePath: instancePath + "/location/file", schemaPath: "#/definitions/location/properties/file/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/location/file", schemaPath: "#/definitions/location/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data10.line !== void 0) {
          let data12 = data10.line;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err31 = { instancePath: instancePath + "/location/line", schemaPath: "#/definitions/location/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 1 || isNaN(data12)) {
              const err32 = { instancePath: instancePath + "/location/line", schemaPath: "#/definitions/location/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        }
        if (data10.column !== void 0) {
          let data13 = data10.column;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err33 = { instancePath: instancePath + "/location/column", schemaPath: "#/definitions/location/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 1 || isNaN(data13)) {
              const err34 = { instancePath: instancePath + "/location/column", schemaPath: "#/definitions/location/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/location", schemaPath: "#/definitions/location/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.baseline === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "baseline" }, message: "must have required property 'baseline'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.checklist === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checklist" }, message: "must have required property 'checklist'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.cost === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "cost" }, message: "must have required property 'cost'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.eval === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eval" }, message: "must have required property 'eval'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.findings === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "findings" }, message: "must have required property 'findings'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.learning_curve === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "learning_curve" }, message: "must have required property 'learning_curve'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.metrics === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metrics" }, message: "must have required property 'metrics'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.reader === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reader" }, message: "must have required property 'reader'" };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.reasons === void 0) {
      const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reasons" }, message: "must have required property 'reasons'" };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.report_path === void 0) {
      const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "report_path" }, message: "must have required property 'report_path'" };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func3.call(schema13.properties, key0)) {
        const err13 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func2(data0) > 200) {
          const err14 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data1 = data.verdict;
      if (!(data1 === "pass" || data1 === "warn" || data1 === "fail")) {
        const err16 = { instancePath: instancePath + "/verdict", schemaPath: "#/definitions/verdict/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.reasons !== void 0) {
      let data2 = data.reasons;
      if (Array.isArray(data2)) {
        if (data2.length > 1e3) {
          const err17 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func2(data3) > 1e4) {
              const err18 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data4 = data.baseline;
      if (!(data4 === "present" || data4 === "missing" || data4 === "carried_forward")) {
        const err21 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/enum", keyword: "enum", params: { allowedValues: schema13.properties.baseline.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.report_path !== void 0) {
      let data5 = data.report_path;
      if (typeof data5 !== "string" && data5 !== null) {
        const err22 = { instancePath: instancePath + "/report_path", schemaPath: "#/properties/report_path/type", keyword: "type", params: { type: schema13.properties.report_path.type }, message: "must be string,null" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (func2(data5) > 1e3) {
          const err23 = { instancePath: instancePath + "/report_path", schemaPath: "#/properties/report_path/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    if (data.reader !== void 0) {
      let data6 = data.reader;
      if (typeof data6 === "string") {
        if (func2(data6) > 100) {
          const err24 = { instancePath: instancePath + "/reader", schemaPath: "#/properties/reader/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/reader", schemaPath: "#/properties/reader/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.metrics !== void 0) {
      let data7 = data.metrics;
      if (Array.isArray(data7)) {
        if (data7.length > 1e3) {
          const err26 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate12(data7[i1], { instancePath: instancePath + "/metrics/" + i1, parentData: data7, parentDataProperty: i1, rootData })) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/metrics", schemaPath: "#/properties/metrics/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.findings !== void 0) {
      let data9 = data.findings;
      if (Array.isArray(data9)) {
        if (data9.length > 5e3) {
          const err28 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/maxItems", keyword: "maxItems", params: { limit: 5e3 }, message: "must NOT have more than 5000 items" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate14(data9[i2], { instancePath: instancePath + "/findings/" + i2, parentData: data9, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/findings", schemaPath: "#/properties/findings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data11 = data.notes;
      if (Array.isArray(data11)) {
        if (data11.length > 1e3) {
          const err30 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const len3 = data11.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data12 = data11[i3];
          if (typeof data12 === "string") {
            if (func2(data12) > 1e4) {
              const err31 = { instancePath: instancePath + "/notes/" + i3, schemaPath: "#/properties/notes/items/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/notes/" + i3, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.eval !== void 0) {
      let data13 = data.eval;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.base_size === void 0) {
          const err34 = { instancePath: instancePath + "/eval", schemaPath: "#/properties/eval/required", keyword: "required", params: { missingProperty: "base_size" }, message: "must have required property 'base_size'" };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        if (data13.dataset === void 0) {
          const err35 = { instancePath: instancePath + "/eval", schemaPath: "#/properties/eval/required", keyword: "required", params: { missingProperty: "dataset" }, message: "must have required property 'dataset'" };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data13.size === void 0) {
          const err36 = { instancePath: instancePath + "/eval", schemaPath: "#/properties/eval/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
        for (const key1 in data13) {
          if (!(key1 === "dataset" || key1 === "size" || key1 === "base_size")) {
            const err37 = { instancePath: instancePath + "/eval", schemaPath: "#/properties/eval/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data13.dataset !== void 0) {
          let data14 = data13.dataset;
          if (typeof data14 !== "string" && data14 !== null) {
            const err38 = { instancePath: instancePath + "/eval/dataset", schemaPath: "#/properties/eval/properties/dataset/type", keyword: "type", params: { type: schema13.properties.eval.properties.dataset.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (typeof data14 === "string") {
            if (func2(data14) > 200) {
              const err39 = { instancePath: instancePath + "/eval/dataset", schemaPath: "#/properties/eval/properties/dataset/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          }
        }
        if (data13.size !== void 0) {
          let data15 = data13.size;
          if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
            const err40 = { instancePath: instancePath + "/eval/size", schemaPath: "#/properties/eval/properties/size/type", keyword: "type", params: { type: schema13.properties.eval.properties.size.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data13.base_size !== void 0) {
          let data16 = data13.base_size;
          if (!(typeof data16 == "number" && isFinite(data16)) && data16 !== null) {
            const err41 = { instancePath: instancePath + "/eval/base_size", schemaPath: "#/properties/eval/properties/base_size/type", keyword: "type", params: { type: schema13.properties.eval.properties.base_size.type }, message: "must be number,null" };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/eval", schemaPath: "#/properties/eval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.cost !== void 0) {
      let data17 = data.cost;
      const _errs35 = errors;
      let valid11 = false;
      const _errs36 = errors;
      if (!validate16(data17, { instancePath: instancePath + "/cost", parentData: data, parentDataProperty: "cost", rootData })) {
        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs36 === errors;
      valid11 = valid11 || _valid0;
      if (!valid11) {
        const _errs37 = errors;
        if (data17 !== null) {
          const err43 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        var _valid0 = _errs37 === errors;
        valid11 = valid11 || _valid0;
      }
      if (!valid11) {
        const err44 = { instancePath: instancePath + "/cost", schemaPath: "#/properties/cost/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.learning_curve !== void 0) {
      let data18 = data.learning_curve;
      const _errs40 = errors;
      let valid12 = false;
      const _errs41 = errors;
      if (!validate18(data18, { instancePath: instancePath + "/learning_curve", parentData: data, parentDataProperty: "learning_curve", rootData })) {
        vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs41 === errors;
      valid12 = valid12 || _valid1;
      if (!valid12) {
        const _errs42 = errors;
        if (data18 !== null) {
          const err45 = { instancePath: instancePath + "/learning_curve", schemaPath: "#/properties/learning_curve/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        var _valid1 = _errs42 === errors;
        valid12 = valid12 || _valid1;
      }
      if (!valid12) {
        const err46 = { instancePath: instancePath + "/learning_curve", schemaPath: "#/properties/learning_curve/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      } else {
        errors = _errs40;
        if (vErrors !== null) {
          if (_errs40) {
            vErrors.length = _errs40;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.checklist !== void 0) {
      let data19 = data.checklist;
      const _errs45 = errors;
      let valid13 = false;
      const _errs46 = errors;
      if (Array.isArray(data19)) {
        if (data19.length > 500) {
          const err47 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/anyOf/0/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
        const len4 = data19.length;
        for (let i4 = 0; i4 < len4; i4++) {
          if (!validate22(data19[i4], { instancePath: instancePath + "/checklist/" + i4, parentData: data19, parentDataProperty: i4, rootData })) {
            vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/anyOf/0/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
      var _valid2 = _errs46 === errors;
      valid13 = valid13 || _valid2;
      if (!valid13) {
        const _errs49 = errors;
        if (data19 !== null) {
          const err49 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
          if (vErrors === null) {
            vErrors = [err49];
          } else {
            vErrors.push(err49);
          }
          errors++;
        }
        var _valid2 = _errs49 === errors;
        valid13 = valid13 || _valid2;
      }
      if (!valid13) {
        const err50 = { instancePath: instancePath + "/checklist", schemaPath: "#/properties/checklist/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      } else {
        errors = _errs45;
        if (vErrors !== null) {
          if (_errs45) {
            vErrors.length = _errs45;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.checklist_off !== void 0) {
      let data21 = data.checklist_off;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        if (data21.evidenced === void 0) {
          const err51 = { instancePath: instancePath + "/checklist_off", schemaPath: "#/properties/checklist_off/required", keyword: "required", params: { missingProperty: "evidenced" }, message: "must have required property 'evidenced'" };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        if (data21.total === void 0) {
          const err52 = { instancePath: instancePath + "/checklist_off", schemaPath: "#/properties/checklist_off/required", keyword: "required", params: { missingProperty: "total" }, message: "must have required property 'total'" };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        for (const key2 in data21) {
          if (!(key2 === "evidenced" || key2 === "total")) {
            const err53 = { instancePath: instancePath + "/checklist_off", schemaPath: "#/properties/checklist_off/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data21.evidenced !== void 0) {
          let data22 = data21.evidenced;
          if (Array.isArray(data22)) {
            if (data22.length > 50) {
              const err54 = { instancePath: instancePath + "/checklist_off/evidenced", schemaPath: "#/properties/checklist_off/properties/evidenced/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
            const len5 = data22.length;
            for (let i5 = 0; i5 < len5; i5++) {
              let data23 = data22[i5];
              if (typeof data23 === "string") {
                if (func2(data23) > 100) {
                  const err55 = { instancePath: instancePath + "/checklist_off/evidenced/" + i5, schemaPath: "#/properties/checklist_off/properties/evidenced/items/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters" };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
              } else {
                const err56 = { instancePath: instancePath + "/checklist_off/evidenced/" + i5, schemaPath: "#/properties/checklist_off/properties/evidenced/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/checklist_off/evidenced", schemaPath: "#/properties/checklist_off/properties/evidenced/type", keyword: "type", params: { type: "array" }, message: "must be array" };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
        if (data21.total !== void 0) {
          let data24 = data21.total;
          if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
            const err58 = { instancePath: instancePath + "/checklist_off/total", schemaPath: "#/properties/checklist_off/properties/total/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 < 0 || isNaN(data24)) {
              const err59 = { instancePath: instancePath + "/checklist_off/total", schemaPath: "#/properties/checklist_off/properties/total/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/checklist_off", schemaPath: "#/properties/checklist_off/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
  } else {
    const err61 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err61];
    } else {
      vErrors.push(err61);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.schema_version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema_version" }, message: "must have required property 'schema_version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.verdict === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "verdict" }, message: "must have required property 'verdict'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.base === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "base" }, message: "must have required property 'base'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.head === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "head" }, message: "must have required property 'head'" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.models === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "models" }, message: "must have required property 'models'" };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.notes === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "notes" }, message: "must have required property 'notes'" };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "schema_version" || key0 === "verdict" || key0 === "reason" || key0 === "base" || key0 === "head" || key0 === "models" || key0 === "notes")) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.schema_version !== void 0) {
      if (1 !== data.schema_version) {
        const err8 = { instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.verdict !== void 0) {
      let data1 = data.verdict;
      if (!(data1 === "pass" || data1 === "warn" || data1 === "fail")) {
        const err9 = { instancePath: instancePath + "/verdict", schemaPath: "#/definitions/verdict/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data2 = data.reason;
      if (typeof data2 === "string") {
        if (func2(data2) > 1e4) {
          const err10 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.base !== void 0) {
      let data3 = data.base;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (data3.sha === void 0) {
          const err12 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data3.source === void 0) {
          const err13 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key1 in data3) {
          if (!(key1 === "sha" || key1 === "source" || key1 === "provenance")) {
            const err14 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data3.sha !== void 0) {
          let data4 = data3.sha;
          if (typeof data4 !== "string" && data4 !== null) {
            const err15 = { instancePath: instancePath + "/base/sha", schemaPath: "#/properties/base/properties/sha/type", keyword: "type", params: { type: schema11.properties.base.properties.sha.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data4 === "string") {
            if (!pattern0.test(data4)) {
              const err16 = { instancePath: instancePath + "/base/sha", schemaPath: "#/properties/base/properties/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"' };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
        if (data3.source !== void 0) {
          let data5 = data3.source;
          if (!(data5 === "git" || data5 === "api" || data5 === "file" || data5 === "artifact" || data5 === "mlflow" || data5 === "none")) {
            const err17 = { instancePath: instancePath + "/base/source", schemaPath: "#/properties/base/properties/source/enum", keyword: "enum", params: { allowedValues: schema11.properties.base.properties.source.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data3.provenance !== void 0) {
          let data6 = data3.provenance;
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.from === void 0) {
              const err18 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/required", keyword: "required", params: { missingProperty: "from" }, message: "must have required property 'from'" };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data6.description === void 0) {
              const err19 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'" };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data6.sha === void 0) {
              const err20 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data6.base_sha === void 0) {
              const err21 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/required", keyword: "required", params: { missingProperty: "base_sha" }, message: "must have required property 'base_sha'" };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data6.behind === void 0) {
              const err22 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/required", keyword: "required", params: { missingProperty: "behind" }, message: "must have required property 'behind'" };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data6.recorded_at === void 0) {
              const err23 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/required", keyword: "required", params: { missingProperty: "recorded_at" }, message: "must have required property 'recorded_at'" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data6.age_days === void 0) {
              const err24 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/required", keyword: "required", params: { missingProperty: "age_days" }, message: "must have required property 'age_days'" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data6.stale === void 0) {
              const err25 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/required", keyword: "required", params: { missingProperty: "stale" }, message: "must have required property 'stale'" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data6.line === void 0) {
              const err26 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/required", keyword: "required", params: { missingProperty: "line" }, message: "must have required property 'line'" };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            for (const key2 in data6) {
              if (!func3.call(schema11.properties.base.properties.provenance.properties, key2)) {
                const err27 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data6.from !== void 0) {
              let data7 = data6.from;
              if (!(data7 === "git" || data7 === "api" || data7 === "artifact" || data7 === "mlflow" || data7 === "file" || data7 === "none")) {
                const err28 = { instancePath: instancePath + "/base/provenance/from", schemaPath: "#/properties/base/properties/provenance/properties/from/enum", keyword: "enum", params: { allowedValues: schema11.properties.base.properties.provenance.properties.from.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data6.description !== void 0) {
              let data8 = data6.description;
              if (typeof data8 === "string") {
                if (func2(data8) > 400) {
                  const err29 = { instancePath: instancePath + "/base/provenance/description", schemaPath: "#/properties/base/properties/provenance/properties/description/maxLength", keyword: "maxLength", params: { limit: 400 }, message: "must NOT have more than 400 characters" };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/base/provenance/description", schemaPath: "#/properties/base/properties/provenance/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data6.sha !== void 0) {
              let data9 = data6.sha;
              if (typeof data9 !== "string" && data9 !== null) {
                const err31 = { instancePath: instancePath + "/base/provenance/sha", schemaPath: "#/properties/base/properties/provenance/properties/sha/type", keyword: "type", params: { type: schema11.properties.base.properties.provenance.properties.sha.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (typeof data9 === "string") {
                if (!pattern0.test(data9)) {
                  const err32 = { instancePath: instancePath + "/base/provenance/sha", schemaPath: "#/properties/base/properties/provenance/properties/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"' };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
            }
            if (data6.base_sha !== void 0) {
              let data10 = data6.base_sha;
              if (typeof data10 !== "string" && data10 !== null) {
                const err33 = { instancePath: instancePath + "/base/provenance/base_sha", schemaPath: "#/properties/base/properties/provenance/properties/base_sha/type", keyword: "type", params: { type: schema11.properties.base.properties.provenance.properties.base_sha.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data10 === "string") {
                if (!pattern0.test(data10)) {
                  const err34 = { instancePath: instancePath + "/base/provenance/base_sha", schemaPath: "#/properties/base/properties/provenance/properties/base_sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"' };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            }
            if (data6.behind !== void 0) {
              let data11 = data6.behind;
              if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11)) && data11 !== null) {
                const err35 = { instancePath: instancePath + "/base/provenance/behind", schemaPath: "#/properties/base/properties/provenance/properties/behind/type", keyword: "type", params: { type: schema11.properties.base.properties.provenance.properties.behind.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 < 0 || isNaN(data11)) {
                  const err36 = { instancePath: instancePath + "/base/provenance/behind", schemaPath: "#/properties/base/properties/provenance/properties/behind/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
            if (data6.recorded_at !== void 0) {
              let data12 = data6.recorded_at;
              if (typeof data12 !== "string" && data12 !== null) {
                const err37 = { instancePath: instancePath + "/base/provenance/recorded_at", schemaPath: "#/properties/base/properties/provenance/properties/recorded_at/type", keyword: "type", params: { type: schema11.properties.base.properties.provenance.properties.recorded_at.type }, message: "must be string,null" };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              if (typeof data12 === "string") {
                if (func2(data12) > 40) {
                  const err38 = { instancePath: instancePath + "/base/provenance/recorded_at", schemaPath: "#/properties/base/properties/provenance/properties/recorded_at/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters" };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            }
            if (data6.age_days !== void 0) {
              let data13 = data6.age_days;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13)) && data13 !== null) {
                const err39 = { instancePath: instancePath + "/base/provenance/age_days", schemaPath: "#/properties/base/properties/provenance/properties/age_days/type", keyword: "type", params: { type: schema11.properties.base.properties.provenance.properties.age_days.type }, message: "must be integer,null" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 < 0 || isNaN(data13)) {
                  const err40 = { instancePath: instancePath + "/base/provenance/age_days", schemaPath: "#/properties/base/properties/provenance/properties/age_days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err40];
                  } else {
                    vErrors.push(err40);
                  }
                  errors++;
                }
              }
            }
            if (data6.stale !== void 0) {
              if (typeof data6.stale !== "boolean") {
                const err41 = { instancePath: instancePath + "/base/provenance/stale", schemaPath: "#/properties/base/properties/provenance/properties/stale/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data6.line !== void 0) {
              let data15 = data6.line;
              if (typeof data15 === "string") {
                if (func2(data15) > 600) {
                  const err42 = { instancePath: instancePath + "/base/provenance/line", schemaPath: "#/properties/base/properties/provenance/properties/line/maxLength", keyword: "maxLength", params: { limit: 600 }, message: "must NOT have more than 600 characters" };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
              } else {
                const err43 = { instancePath: instancePath + "/base/provenance/line", schemaPath: "#/properties/base/properties/provenance/properties/line/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/base/provenance", schemaPath: "#/properties/base/properties/provenance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.head !== void 0) {
      let data16 = data.head;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        if (data16.sha === void 0) {
          const err46 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property 'sha'" };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
        for (const key3 in data16) {
          if (!(key3 === "sha")) {
            const err47 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data16.sha !== void 0) {
          let data17 = data16.sha;
          if (typeof data17 !== "string" && data17 !== null) {
            const err48 = { instancePath: instancePath + "/head/sha", schemaPath: "#/properties/head/properties/sha/type", keyword: "type", params: { type: schema11.properties.head.properties.sha.type }, message: "must be string,null" };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (typeof data17 === "string") {
            if (!pattern0.test(data17)) {
              const err49 = { instancePath: instancePath + "/head/sha", schemaPath: "#/properties/head/properties/sha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{7,64}$" }, message: 'must match pattern "^[0-9a-f]{7,64}$"' };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/head", schemaPath: "#/properties/head/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.models !== void 0) {
      let data18 = data.models;
      if (Array.isArray(data18)) {
        if (data18.length > 200) {
          const err51 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items" };
          if (vErrors === null) {
            vErrors = [err51];
          } else {
            vErrors.push(err51);
          }
          errors++;
        }
        const len0 = data18.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate11(data18[i0], { instancePath: instancePath + "/models/" + i0, parentData: data18, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/models", schemaPath: "#/properties/models/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.notes !== void 0) {
      let data20 = data.notes;
      if (Array.isArray(data20)) {
        if (data20.length > 1e3) {
          const err53 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
        const len1 = data20.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data21 = data20[i1];
          if (typeof data21 === "string") {
            if (func2(data21) > 1e4) {
              const err54 = { instancePath: instancePath + "/notes/" + i1, schemaPath: "#/properties/notes/items/maxLength", keyword: "maxLength", params: { limit: 1e4 }, message: "must NOT have more than 10000 characters" };
              if (vErrors === null) {
                vErrors = [err54];
              } else {
                vErrors.push(err54);
              }
              errors++;
            }
          } else {
            const err55 = { instancePath: instancePath + "/notes/" + i1, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
      } else {
        const err56 = { instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err56];
        } else {
          vErrors.push(err56);
        }
        errors++;
      }
    }
  } else {
    const err57 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err57];
    } else {
      vErrors.push(err57);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/schema/result-check.ts
var RANK = { pass: 0, warn: 1, fail: 2 };
function describe(e) {
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown key "${clipName(String(e.params.additionalProperty))}" (was the result written by another mlgate version? use the same version in both workflows)`;
    case "required":
      return `missing required key "${e.params.missingProperty}"`;
    case "maxItems":
    case "maxLength":
      return `is too long (${e.message ?? "over the limit"})`;
    case "pattern":
      return "has an invalid format";
    default:
      return e.message ?? "is invalid";
  }
}
function parseResult(text, file) {
  const doc = parseYamlOrJson(text, file);
  if (!result(doc.value)) {
    const errors = (result.errors ?? []).filter(
      (e) => e.keyword !== "anyOf" && !(e.keyword === "type" && e.params.type === "null")
    ).slice(0, 10).map((e) => {
      const pos = doc.positions.get(e.instancePath);
      return new InputError(`${describe(e)}; expected an mlgate result (schemas/result.schema.json)`, {
        file,
        field: e.instancePath ? pointerToField(e.instancePath) : void 0,
        line: pos?.line,
        column: pos?.column
      });
    });
    throw errors.length === 1 ? errors[0] : new InputErrors(errors.length ? errors : [new InputError("is not an mlgate result", { file })]);
  }
  const result2 = doc.value;
  result2.models.forEach((m, i) => {
    const worst3 = worstOf(m.findings.map((f) => f.severity));
    if (RANK[worst3] > RANK[m.verdict]) {
      throw new InputError(`verdict "${m.verdict}" contradicts a finding of severity "${worst3}"`, {
        file,
        field: `models[${i}].verdict`
      });
    }
  });
  const worst2 = worstOf(result2.models.map((m) => m.verdict));
  if (RANK[worst2] > RANK[result2.verdict]) {
    throw new InputError(`verdict "${result2.verdict}" contradicts a model whose verdict is "${worst2}"`, {
      file,
      field: "verdict"
    });
  }
  return result2;
}
function worstOf(verdicts) {
  return verdicts.reduce((w, v) => RANK[v] > RANK[w] ? v : w, "pass");
}

// src/readers/result-json.ts
function mergeResults(parts) {
  const models = [];
  const seen = /* @__PURE__ */ new Map();
  for (const { file, result: result2 } of parts) {
    for (const m of result2.models) {
      const other = seen.get(m.name);
      if (other)
        throw new InputError(
          `model "${m.name.slice(0, 60)}" is in both ${other} and ${file}; each matrix job should gate its own model`,
          { file, field: "models" }
        );
      seen.set(m.name, file);
      models.push({ ...m, verdict: worst([m.verdict, ...m.findings.map((f) => f.severity)]) });
    }
  }
  const verdict = worst(models.map((m) => m.verdict));
  const shas = [...new Set(parts.map((p) => p.result.base.sha))];
  const notes = [...new Set(parts.flatMap((p) => p.result.notes))];
  if (shas.length > 1)
    notes.push(
      `the matrix jobs compared with different baselines (${shas.map((s) => s ? s.slice(0, 7) : "none").join(", ")})`
    );
  const first = parts[0]?.result;
  return {
    schema_version: 1,
    verdict,
    reason: reasonOf(models, verdict),
    base: shas.length === 1 && first ? first.base : { sha: null, source: first?.base.source ?? "none" },
    head: { sha: first?.head.sha ?? null },
    models,
    notes
  };
}
function reasonOf(models, verdict) {
  if (models.length === 0) return "no model results to aggregate";
  if (verdict !== "pass") return resultReason(models, verdict);
  const carried = models.filter((m) => m.baseline === "carried_forward").length;
  const tolerated = models.some((m) => m.metrics.some((x) => x.change === "regressed"));
  return `${models.length} model${models.length === 1 ? "" : "s"} checked, ${tolerated ? "no regression beyond tolerance" : "no regressions"}${carried ? ` (${carried} unchanged, carried forward)` : ""}`;
}

export {
  parseResult,
  mergeResults
};
