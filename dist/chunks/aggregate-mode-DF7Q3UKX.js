import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-QZLJ3CWH.js";
import "./chunk-W7LXR7Q7.js";
import "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import "./chunk-SASLFZXE.js";
import "./chunk-WBZ4SVLD.js";
import "./chunk-KL43FA6V.js";
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
