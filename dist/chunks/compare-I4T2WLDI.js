import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-5QDKXLKI.js";
import "./chunk-NJC22AKB.js";
import "./chunk-RR32X5CJ.js";
import "./chunk-EL63LBOU.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-5ZZSNIJK.js";
import "./chunk-OLWKJ6B5.js";
import "./chunk-L3NEO4T3.js";
import "./chunk-YUX5EN7R.js";
import "./chunk-JKYYGJHM.js";
import "./chunk-IS2YVQ4A.js";
import "./chunk-4E2Z24X6.js";
import "./chunk-R4SVPOCL.js";
import "./chunk-7JJT62QE.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QHWTL2G7.js";
import "./chunk-3U32CLSX.js";
import "./chunk-LEA3M2X4.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-YX4VYN6J.js";
import "./chunk-3PG4RK3Y.js";
import "./chunk-6L3Y262I.js";
import "./chunk-X5F7DLOD.js";
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
