import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-A2U6IIJK.js";
import "./chunk-N3UCMOCK.js";
import "./chunk-UWWHDXZA.js";
import "./chunk-QZ6QKF7D.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QL3GVVWQ.js";
import "./chunk-XOLMSJV3.js";
import "./chunk-L5RAGWGL.js";
import "./chunk-L5RPWSTI.js";
import "./chunk-4ANCRVO2.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-VFNVTEDH.js";

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
