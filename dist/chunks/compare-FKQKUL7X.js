import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-D3XWQHEK.js";
import "./chunk-T4XQQG3C.js";
import "./chunk-BVUUT7NO.js";
import "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-EEUT5KUZ.js";
import "./chunk-AP6OW2GH.js";
import "./chunk-ZUBGS3FO.js";
import "./chunk-ML5WC4SW.js";
import "./chunk-Z6AMVA5L.js";
import "./chunk-5HGR3OTG.js";
import "./chunk-S2OHZPZS.js";
import "./chunk-RX5L22I5.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import "./chunk-DWKBRTKN.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-BFMCRFXV.js";
import "./chunk-ZMCWJE2Q.js";
import "./chunk-2RSSJWVY.js";
import "./chunk-XPZJJIMB.js";
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
