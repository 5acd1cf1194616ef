import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  checkAgainstSchema,
  formatCount,
  parseCadence,
  parseConfig,
  parseIsoDay,
  parseYamlOrJson,
  pointerOf,
  resolveConfig
} from "./chunk-IP6FT2WD.js";
import {
  readUntrustedText
} from "./chunk-DFHFXWES.js";
import {
  InputError,
  clipName
} from "./chunk-4ITU3WLR.js";

// schemas/report.schema.json
var report_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/mlgate/mlgate/schemas/report.schema.json",
  title: "mlgate model report",
  description: "What a training/eval job writes for mlgate: one report per model. Format version 1. See docs/report.md.",
  type: "object",
  additionalProperties: false,
  required: ["version", "model", "metrics"],
  properties: {
    $schema: { type: "string", description: "Optional: the schema URL, for editors." },
    version: { const: 1, description: "Report format version. Always 1." },
    model: {
      type: "string",
      minLength: 1,
      maxLength: 100,
      pattern: "^[A-Za-z0-9][A-Za-z0-9._/-]*$",
      description: "Model name (key): letters, digits, '.', '_', '-', '/'. One report per model."
    },
    metrics: {
      type: "object",
      description: "Headline metrics on the gold evaluation set: name -> finite number.",
      minProperties: 1,
      maxProperties: 200,
      propertyNames: { pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$" },
      additionalProperties: { type: "number" }
    },
    eval: {
      type: "object",
      additionalProperties: false,
      description: "The gold evaluation set.",
      properties: {
        dataset: { type: "string", maxLength: 200, description: "Name or version of the gold set." },
        size: { type: "integer", minimum: 1, description: "Number of evaluation examples." },
        predictions: { type: "string", maxLength: 500, description: "Per-example predictions (CSV or JSONL with id,label,prediction[,score]), relative to the report file." },
        slices: {
          type: "object",
          description: "Metrics per slice or group: slice -> metric -> value, compared with the base's like the headline metrics. A slice's `size` is its number of examples (then proportions such as accuracy get a test).",
          maxProperties: 200,
          additionalProperties: {
            type: "object",
            maxProperties: 51,
            description: "A slice's metrics (at most 50, and 2,000 over all slices) and its size.",
            properties: { size: { type: "integer", minimum: 1, description: "Examples in the slice." } },
            additionalProperties: { type: "number" }
          }
        }
      }
    },
    cost: {
      type: "object",
      additionalProperties: false,
      description: "Compute cost of training (and optionally inference).",
      properties: {
        train_cpu_hours: { type: "number", minimum: 0, description: "CPU-hours of one training run." },
        train_gpu_hours: { type: "number", minimum: 0, description: "GPU-hours of one training run." },
        train_usd: { type: "number", minimum: 0, description: "Money spent on one training run, when the job knows it (overrides the price table). Currency as configured." },
        inference_ms_per_1k: { type: "number", minimum: 0, description: "Inference compute: milliseconds per 1,000 predictions." },
        price_per_1k_predictions: { type: "number", minimum: 0, description: "Inference price per 1,000 predictions." }
      }
    },
    data: {
      type: "object",
      additionalProperties: false,
      properties: {
        train_size: { type: "integer", minimum: 1, description: "Training examples used." },
        version: { type: "string", maxLength: 200, description: "Data version or hash (e.g. sha256:...)." }
      }
    },
    learning_curve: {
      type: "object",
      additionalProperties: false,
      required: ["metric"],
      description: "The same model trained on growing subsets of the data, evaluated on the same set.",
      properties: {
        metric: { type: "string", minLength: 1, maxLength: 100, pattern: "^[A-Za-z0-9][A-Za-z0-9._/@:-]{0,99}$", description: "Which metric the points measure: a metric name (letters, digits and . _ / @ : -), which also names the chart." },
        points: {
          type: "array",
          maxItems: 1e3,
          items: {
            type: "object",
            required: ["train_size"],
            description: "train_size, the metric's value under its own name, optional std and cost columns (train_cpu_hours, train_gpu_hours).",
            properties: {
              train_size: { type: "number", exclusiveMinimum: 0 },
              std: { type: "number", minimum: 0 },
              train_cpu_hours: { type: "number", minimum: 0 },
              train_gpu_hours: { type: "number", minimum: 0 }
            },
            additionalProperties: { type: "number" }
          }
        },
        file: { type: "string", maxLength: 500, description: "CSV with the same columns, relative to the report file." }
      }
    },
    lifecycle: { $ref: "#/definitions/lifecycle" }
  },
  definitions: {
    handle: { type: "string", pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", description: "A GitHub user handle." },
    feature: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 1, maxLength: 100 },
        mean: { type: "number" },
        std: { type: "number", minimum: 0 },
        sigma: { type: "number", exclusiveMinimum: 0, description: "Alert outside mean \xB1 sigma\xB7std." },
        min: { type: "number" },
        max: { type: "number" }
      }
    },
    lifecycle: {
      type: "object",
      additionalProperties: false,
      description: "Evidence for the ML lifecycle checklist (docs/checklist.md).",
      properties: {
        model_card: { type: "string", maxLength: 500, description: "Workspace-relative path of the model card or README." },
        owner: { $ref: "#/definitions/handle" },
        backup_owner: { $ref: "#/definitions/handle" },
        reproducibility: {
          type: "object",
          additionalProperties: false,
          properties: {
            code_commit: { type: "string", pattern: "^[0-9a-fA-F]{7,64}$", description: "Commit of the training code." },
            seed: { type: "integer", description: "Random seed." },
            lock_file: { type: "string", maxLength: 500, description: "Workspace-relative path of the environment lock file." },
            lock_sha256: { type: "string", pattern: "^(sha256:)?[0-9a-fA-F]{64}$", description: "sha256 of the lock file the model was trained with; the checklist fails when the file in the repository differs." },
            command: { type: "string", maxLength: 1e3, description: "The command that reproduces the run." }
          }
        },
        monitoring: {
          type: "object",
          additionalProperties: false,
          properties: {
            alert_sigma: { type: "number", exclusiveMinimum: 0, description: "Default 2." },
            inputs: { type: "array", maxItems: 500, items: { $ref: "#/definitions/feature" } },
            outputs: { type: "array", maxItems: 500, items: { $ref: "#/definitions/feature" } }
          }
        },
        retraining: {
          type: "object",
          additionalProperties: false,
          properties: {
            cadence: { type: "string", maxLength: 100, description: "daily, weekly, biweekly, monthly, quarterly, half-yearly, yearly, or an ISO-8601 duration (P30D, P2W, P1M, P1Y6M, PT36H). Anything else (never, as needed) is an input error." },
            trained_at: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD (UTC) of the training run. Absent: the day of a PR that changes data.version." },
            expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD (UTC) after which the model must not serve." }
          }
        },
        product_metric: {
          type: "object",
          additionalProperties: false,
          required: ["name"],
          properties: {
            name: { type: "string", minLength: 1, maxLength: 100 },
            direction: { enum: ["higher", "lower"] },
            description: { type: "string", maxLength: 1e3 }
          }
        },
        operating_point: {
          type: "object",
          additionalProperties: false,
          properties: {
            threshold: { type: "number" },
            precision: { type: "number", minimum: 0, maximum: 1 },
            recall: { type: "number", minimum: 0, maximum: 1 },
            description: { type: "string", maxLength: 1e3 }
          }
        },
        business_case: {
          type: "object",
          additionalProperties: false,
          properties: {
            value_per_month: { type: "number" },
            cost_per_month: { type: "number", minimum: 0, description: "Running cost per month besides serving (the serving cost is added when it can be computed)." },
            predictions_per_month: { type: "number", minimum: 0, description: "Predictions served per month: with cost.price_per_1k_predictions (or cost.inference_ms_per_1k and the config's cost.prices.inference_hour) gives the serving cost per month." },
            currency: { type: "string", pattern: "^[A-Z]{3}$" },
            description: { type: "string", maxLength: 1e3 }
          }
        }
      }
    }
  }
};

// src/kernel/metric-name.ts
var PATTERN = new RegExp(report_schema_default.properties.metrics.propertyNames.pattern);
var MODEL_PATTERN = new RegExp(report_schema_default.properties.model.pattern);
function modelNameProblem(name) {
  if (name.length < 1 || name.length > 100 || !MODEL_PATTERN.test(name))
    return "is not allowed: use letters, digits and . _ - / only, starting with a letter or digit, at most 100 characters";
  return null;
}
var RESERVED_METRIC_NAMES = /* @__PURE__ */ new Set([
  "constructor",
  "prototype",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toString",
  "toLocaleString",
  "valueOf",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
]);
function metricNameProblem(name) {
  if (RESERVED_METRIC_NAMES.has(name))
    return "is a reserved name (toString, constructor, prototype and the other names every JavaScript object has)";
  if (!PATTERN.test(name))
    return "has characters that are not allowed: use letters, digits and . _ / @ : - , start with a letter or digit, at most 100 characters";
  return null;
}

// src/schema/report.ts
function parseReport(text, file) {
  const doc = parseYamlOrJson(text, file);
  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
    throw new InputError("expected a mapping with version, model and metrics at the top level (see docs/report.md)", {
      file,
      line: 1,
      column: 1
    });
  }
  checkAgainstSchema("report", doc, file);
  const report = doc.value;
  const curve = report.learning_curve;
  if (curve) {
    if (!curve.points && !curve.file) {
      throw new InputError("learning_curve needs `points` (a list) or `file` (a CSV path)", {
        file,
        field: "learning_curve",
        ...at(doc.positions, "/learning_curve")
      });
    }
    curve.points?.forEach((p, i) => {
      if (typeof p[curve.metric] !== "number") {
        throw new InputError(
          `point has no value for the curve's metric "${curve.metric}"; add \`${curve.metric}: <number>\``,
          {
            file,
            field: `learning_curve.points[${i}]`,
            ...at(doc.positions, `/learning_curve/points/${i}`)
          }
        );
      }
    });
  }
  for (const name of Object.keys(report.metrics)) {
    if (RESERVED_METRIC_NAMES.has(name)) {
      throw new InputError(`${metricNameProblem(name)}; rename the metric`, {
        file,
        field: `metrics.${name}`,
        ...at(doc.positions, `/metrics/${name}`)
      });
    }
  }
  checkSliceCount(report, file, doc.positions);
  for (const [slice, values] of Object.entries(report.eval?.slices ?? {})) {
    for (const name of Object.keys(values)) {
      const problem = name === "size" ? null : metricNameProblem(name);
      if (problem !== null) {
        const where = at(doc.positions, pointerOf(["eval", "slices", slice, name]));
        throw new InputError(`the metric name ${problem}; rename it`, {
          file,
          field: `eval.slices.${clipName(slice)}.${clipName(name)}`,
          ...where
        });
      }
    }
  }
  checkLifecycleValues(report, file, doc.positions);
  return { report, source: { file, positions: doc.positions }, reader: "mlgate" };
}
var MAX_SLICE_VALUES = 2e3;
function checkSliceCount(report, file, positions) {
  const slices = Object.values(report.eval?.slices ?? {});
  const values = slices.reduce((n, s) => n + Object.keys(s).filter((k) => k !== "size").length, 0);
  if (values > MAX_SLICE_VALUES) {
    throw new InputError(
      `${formatCount(values)} slice metrics over ${slices.length} slices (the limit is ${formatCount(MAX_SLICE_VALUES)}); report the slices and metrics that a reviewer needs to see`,
      { file, field: "eval.slices", ...at(positions, "/eval/slices") }
    );
  }
}
function checkLifecycleValues(report, file, positions) {
  for (const key of ["expires", "trained_at"]) {
    const value = report.lifecycle?.retraining?.[key];
    if (typeof value === "string" && parseIsoDay(value) === null) {
      throw new InputError(`"${value.slice(0, 10)}" is not a calendar date; write it as YYYY-MM-DD, e.g. 2027-03-31`, {
        file,
        field: `lifecycle.retraining.${key}`,
        ...at(positions, `/lifecycle/retraining/${key}`)
      });
    }
  }
  checkCadence(report, file, positions);
  const m = report.lifecycle?.monitoring;
  for (const side of ["inputs", "outputs"]) {
    (m?.[side] ?? []).forEach((f, i) => {
      if (f.min !== void 0 && f.max !== void 0 && f.min > f.max) {
        throw new InputError(`min (${f.min}) is greater than max (${f.max}); swap them`, {
          file,
          field: `lifecycle.monitoring.${side}[${i}].min`,
          ...at(positions, `/lifecycle/monitoring/${side}/${i}/min`)
        });
      }
    });
  }
}
function checkCadence(report, file, positions) {
  const cadence = report.lifecycle?.retraining?.cadence;
  if (typeof cadence !== "string" || parseCadence(cadence) !== null) return;
  throw new InputError(
    `"${clipName(cadence)}" is not a retraining cadence; write daily, weekly, biweekly, monthly, quarterly, half-yearly, yearly or an ISO-8601 duration such as P30D, P6W or P1Y (a model that is never retrained needs an expiry date and a plan, not "never")`,
    { file, field: "lifecycle.retraining.cadence", ...at(positions, "/lifecycle/retraining/cadence") }
  );
}
function at(positions, pointer) {
  const p = positions.get(pointer);
  return p ? { line: p.line, column: p.column } : {};
}

// src/adapters/load-report.ts
import path from "node:path";
async function loadConfigFile(file, root, required) {
  if (!file) return resolveConfig({});
  const label = displayPath(root, file);
  const text = await readUntrustedText(file, { root, label });
  if (text === null) {
    if (required) throw new InputError("config file not found; check the path", { file: label });
    return resolveConfig({});
  }
  return parseConfig(text, label);
}
function displayPath(root, file) {
  const rel = path.relative(root, path.resolve(root, file));
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : file;
}

export {
  modelNameProblem,
  metricNameProblem,
  parseReport,
  loadConfigFile,
  displayPath
};
