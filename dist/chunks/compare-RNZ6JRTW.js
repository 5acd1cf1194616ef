import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-UUAXJHZP.js";
import "./chunk-TK74PCSS.js";
import "./chunk-SIEW2XMZ.js";
import "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-UWSVVKMD.js";
import "./chunk-E3GYQ6KA.js";
import "./chunk-6G3YZE3O.js";
import "./chunk-QRKNBD65.js";
import "./chunk-XBFBHELT.js";
import "./chunk-6OEARMWM.js";
import "./chunk-HNI4KASE.js";
import "./chunk-RLCNI3GU.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import "./chunk-6YPIU7JK.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-G5U7GLFK.js";
import "./chunk-6MB6VJCQ.js";
import "./chunk-AX4MVWZO.js";
import "./chunk-SJMNJMFN.js";
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
