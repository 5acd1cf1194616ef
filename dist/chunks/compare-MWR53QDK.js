import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-NUKL3SJM.js";
import "./chunk-VIBCI5AV.js";
import "./chunk-IEPGJEZW.js";
import "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-2HICJFIU.js";
import "./chunk-4Z2JHNVM.js";
import "./chunk-3SIIUPAB.js";
import "./chunk-L2P4ZUEY.js";
import "./chunk-XCVPF6O3.js";
import "./chunk-YRKVDMQU.js";
import "./chunk-7HY5PB3F.js";
import "./chunk-PEPEURLR.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import "./chunk-VY2WX77I.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-GDUAKQOP.js";
import "./chunk-SASLFZXE.js";
import "./chunk-WBZ4SVLD.js";
import "./chunk-KL43FA6V.js";
import "./chunk-WFHBRDMS.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-NGHGDPWE.js";
export {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
};
