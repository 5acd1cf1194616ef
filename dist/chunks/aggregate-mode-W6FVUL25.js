import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-Q3A3SCZR.js";
import "./chunk-TMDW5KAY.js";
import "./chunk-NUKDJX3Q.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-CT6D5TJV.js";
import "./chunk-EI6OC43J.js";
import "./chunk-33IYWNCI.js";
import "./chunk-3U32CLSX.js";
import "./chunk-43XHRBF6.js";
import "./chunk-WFGLXXGU.js";
import "./chunk-JIQUQ4QL.js";
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
