import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-PSVMFIM4.js";
import "./chunk-CTXRD7AC.js";
import "./chunk-UGDGKH23.js";
import "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-C2ODDIR5.js";
import "./chunk-OSAJOTB3.js";
import "./chunk-PTSQ5KCK.js";
import "./chunk-5ETC2NIF.js";
import "./chunk-PPL2CPLW.js";
import "./chunk-WAJNWWJO.js";
import "./chunk-ANINTYES.js";
import "./chunk-HGJ7UPWT.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import "./chunk-MNUTWORN.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-IAWS6ZF2.js";
import "./chunk-63IZ2C5Y.js";
import "./chunk-NHVXIJIF.js";
import "./chunk-ZHFCRKYA.js";
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
