import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-UQXKHKWG.js";
import "./chunk-SLVDI775.js";
import "./chunk-EL63LBOU.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-5ZZSNIJK.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QHWTL2G7.js";
import "./chunk-3U32CLSX.js";
import "./chunk-3PG4RK3Y.js";
import "./chunk-6L3Y262I.js";
import "./chunk-X5F7DLOD.js";
import "./chunk-WFHBRDMS.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-NGHGDPWE.js";

// src/action/aggregate-mode.ts
var aggregateMode = async ({ settings, ctx }) => {
  if (settings.results.length === 0)
    throw new InputError("mode aggregate needs the result files: set the `results` input", { field: "input results" });
  const result = await aggregateResults(settings.results, ctx.workspace);
  return { result, target: ctx.pull ? { number: ctx.pull.number, head_sha: ctx.pull.head_sha } : null };
};
export {
  aggregateMode
};
