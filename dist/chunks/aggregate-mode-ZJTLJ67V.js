import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-MG7EMQQO.js";
import "./chunk-QNGUN6PC.js";
import "./chunk-ZKQWAGAN.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-AZEGWMYJ.js";
import "./chunk-UJKRQEQM.js";
import "./chunk-UHXSN3FL.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-FMPUZE6X.js";
import "./chunk-7GOK2P6U.js";
import "./chunk-M3J25VAS.js";
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
