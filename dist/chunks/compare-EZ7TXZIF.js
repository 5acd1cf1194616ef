import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-4YP364IG.js";
import "./chunk-BLD5Y7DH.js";
import "./chunk-H6EPUYCV.js";
import "./chunk-UWWHDXZA.js";
import "./chunk-QZ6QKF7D.js";
import "./chunk-JO6NQY54.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QL3GVVWQ.js";
import "./chunk-XOLMSJV3.js";
import "./chunk-HUAWZDTH.js";
import "./chunk-TWVFTLXJ.js";
import "./chunk-L5RPWSTI.js";
import "./chunk-XOMFFNV4.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-VFNVTEDH.js";
export {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
};
