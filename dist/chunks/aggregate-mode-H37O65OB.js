import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-SP54IH5S.js";
import "./chunk-AK5V73EY.js";
import "./chunk-FTM5ID36.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-J352HRFL.js";
import "./chunk-ME7XHLIZ.js";
import "./chunk-NG5SC5TK.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-DVXREHID.js";
import "./chunk-3U32CLSX.js";
import "./chunk-NRKXGJOB.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-4ITU3WLR.js";
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
