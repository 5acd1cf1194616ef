import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-CQSVF3GZ.js";
import "./chunk-NG32PWLB.js";
import "./chunk-CIHRCOFO.js";
import "./chunk-UWWHDXZA.js";
import "./chunk-QZ6QKF7D.js";
import "./chunk-QIIZ6TMQ.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QL3GVVWQ.js";
import "./chunk-XOLMSJV3.js";
import "./chunk-HUAWZDTH.js";
import "./chunk-PV7G4LT4.js";
import "./chunk-L5RPWSTI.js";
import "./chunk-RCD3SGVU.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-VFNVTEDH.js";
export {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
};
