import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  resolveMetric
} from "./chunk-IP6FT2WD.js";

// src/metrics/paired-names.ts
var clean = (r) => r.rest === "|||";
function averaged(r) {
  if (!clean(r) || r.bracket !== null) return null;
  const head = r.head.replace(/^f_1$/, "f1");
  if (r.average === "macro" && (head === "f1" || head === "precision" || head === "recall")) return `${head}_macro`;
  if (r.average === "micro" && head === "f1") return "f1_micro";
  return null;
}
function pairedMetricOf(name) {
  const r = resolveMetric(name, { bookkeeping: false });
  const id = r.kind?.id;
  if ((id === "accuracy" || id === "error_rate" || id === "error") && r.whole)
    return { key: "accuracy", flipped: id !== "accuracy" };
  if (id === "recall" && r.bracket !== null && r.average === null && r.rest === `||${r.bracket}|`)
    return { key: `recall[${r.bracket}]`, flipped: false };
  const key = id === "f_score" || id === "precision" || id === "recall" ? averaged(r) : null;
  return key ? { key, flipped: false } : null;
}
function hasPairedTest(name) {
  return pairedMetricOf(name) !== null;
}
function complementOf(name) {
  const r = resolveMetric(name, { bookkeeping: false });
  const c = r.kind?.complement;
  if (!c) return null;
  return { key: [r.split, c.group, r.rest, r.average ?? "", r.k ?? ""].join("|"), negative: c.negative };
}

export {
  pairedMetricOf,
  hasPairedTest,
  complementOf
};
