import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  aggregateResults
} from "./chunk-UPHXWVEY.js";
import "./chunk-Y4PGBOAW.js";
import "./chunk-5UEZLNC6.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-7NYZELPS.js";
import "./chunk-IBGVV5XD.js";
import "./chunk-WT3HPS6H.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-SGL4OOBV.js";
import "./chunk-IP6FT2WD.js";
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
