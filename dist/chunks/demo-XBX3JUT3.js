import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DEMO_HELP,
  demoCommand,
  demoResult,
  packageRoot
} from "./chunk-J62TQIDW.js";
import "./chunk-NLUVOCL3.js";
import "./chunk-4GSUX6Q5.js";
import "./chunk-OOYFPKMQ.js";
import "./chunk-DPN77BMS.js";
import "./chunk-TJHS5ZWV.js";
import "./chunk-NMOEJJM4.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-NPC6OMLN.js";
import "./chunk-7I6V2GGC.js";
import "./chunk-4WFNKPA5.js";
import "./chunk-NFYCC5VP.js";
import "./chunk-BQFGEHQB.js";
import "./chunk-VBZJXFPV.js";
import "./chunk-BBDGDLQJ.js";
import "./chunk-6DG24DPH.js";
import "./chunk-T327TEPC.js";
import "./chunk-ME7XHLIZ.js";
import "./chunk-NG5SC5TK.js";
import "./chunk-7PQ45LJW.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-GZVBUGTA.js";
import "./chunk-3U32CLSX.js";
import "./chunk-NRKXGJOB.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";
export {
  DEMO_HELP,
  demoCommand,
  demoResult,
  packageRoot
};
