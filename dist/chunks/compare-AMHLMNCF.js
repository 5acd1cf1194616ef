import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-PDQY2BIT.js";
import "./chunk-RB7RV7LH.js";
import "./chunk-3PV5OX2C.js";
import "./chunk-UWWHDXZA.js";
import "./chunk-QZ6QKF7D.js";
import "./chunk-AVVP5UNX.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QL3GVVWQ.js";
import "./chunk-XOLMSJV3.js";
import "./chunk-HUAWZDTH.js";
import "./chunk-L5RAGWGL.js";
import "./chunk-L5RPWSTI.js";
import "./chunk-4ANCRVO2.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-VFNVTEDH.js";
export {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
};
