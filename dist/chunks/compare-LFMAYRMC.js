import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-ROFNFIJT.js";
import "./chunk-KNCL6PLJ.js";
import "./chunk-62RMIQFA.js";
import "./chunk-BRN7PCEI.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-UNFW4TOJ.js";
import "./chunk-ABGUTBIC.js";
import "./chunk-CN2PJZLY.js";
import "./chunk-SAF6SKTA.js";
import "./chunk-ZKA3FZLD.js";
import "./chunk-RSSASB3A.js";
import "./chunk-OSCLXZKB.js";
import "./chunk-ZNC2XHYH.js";
import "./chunk-TGWOYUKL.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-LAXIAOUO.js";
import "./chunk-3U32CLSX.js";
import "./chunk-EULIIIQK.js";
import "./chunk-JI7563OT.js";
import "./chunk-GHUOGD52.js";
import "./chunk-JFIWJM5W.js";
import "./chunk-YCP5R2QE.js";
import "./chunk-KZIOOV4P.js";
import "./chunk-GBD7IP3D.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-HWJBGXO7.js";
export {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
};
