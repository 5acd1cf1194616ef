import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-5MRUVCQT.js";
import "./chunk-HJM64ML3.js";
import "./chunk-YYEL2FH2.js";
import "./chunk-EDAUYVWG.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-GNO3AIBK.js";
import "./chunk-ZHGQTUOG.js";
import "./chunk-UEUIAXD3.js";
import "./chunk-EGYG2B6S.js";
import "./chunk-YQPS3K25.js";
import "./chunk-OPKBCBP2.js";
import "./chunk-NL7P4EB4.js";
import "./chunk-S4QY6QVE.js";
import "./chunk-Y5CCQPCX.js";
import "./chunk-EI6OC43J.js";
import "./chunk-QHWTL2G7.js";
import "./chunk-3U32CLSX.js";
import "./chunk-3YF7CGJ6.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-6HYXXKDE.js";
import "./chunk-3SBECOMS.js";
import "./chunk-EBCJHTYE.js";
import "./chunk-DHPE7CUV.js";
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
