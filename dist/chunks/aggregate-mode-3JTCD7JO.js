import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-T42RE66F.js";
import "./chunk-45SJMBHY.js";
import "./chunk-BRN7PCEI.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-UNFW4TOJ.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-LAXIAOUO.js";
import "./chunk-3U32CLSX.js";
import "./chunk-JFIWJM5W.js";
import "./chunk-YCP5R2QE.js";
import "./chunk-KZIOOV4P.js";
import "./chunk-GBD7IP3D.js";
import "./chunk-PPVHFCDL.js";
import {
  InputError
} from "./chunk-HWJBGXO7.js";

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
