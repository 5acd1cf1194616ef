import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-E7YAAMQB.js";
import "./chunk-SOXP6WKR.js";
import "./chunk-HJXLSARK.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-I62ZXOLX.js";
import "./chunk-ZEAAC4SN.js";
import "./chunk-5QJ7IHJ7.js";
import "./chunk-EI6OC43J.js";
import "./chunk-6HV3QSWL.js";
import "./chunk-3U32CLSX.js";
import "./chunk-OXJDC7D6.js";
import "./chunk-GDACSHA2.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-5MAPMZYJ.js";
import "./chunk-2D7T7GZO.js";

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
