import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-ICS45DYZ.js";
import "./chunk-C2KTSR7F.js";
import "./chunk-OOYFPKMQ.js";
import "./chunk-PLHL4E5L.js";
import "./chunk-SGI6QDZD.js";
import "./chunk-AK5V73EY.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-J352HRFL.js";
import "./chunk-IHZBDR5X.js";
import "./chunk-BQFGEHQB.js";
import "./chunk-WKBGQHZW.js";
import "./chunk-VBZJXFPV.js";
import "./chunk-J56F5KVC.js";
import "./chunk-R2DOESWK.js";
import "./chunk-2KY3VLUF.js";
import "./chunk-Y5X6IQ5G.js";
import "./chunk-ME7XHLIZ.js";
import "./chunk-NG5SC5TK.js";
import "./chunk-AOFARRFI.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-DVXREHID.js";
import "./chunk-3U32CLSX.js";
import "./chunk-NRKXGJOB.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";
export {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
};
