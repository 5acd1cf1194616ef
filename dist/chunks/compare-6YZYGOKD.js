import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-VGTNK32B.js";
import "./chunk-O2ZZAARQ.js";
import "./chunk-DU33VYKW.js";
import "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-UROTAJVZ.js";
import "./chunk-KAK3S4WU.js";
import "./chunk-UAEVUEGP.js";
import "./chunk-TSFYTOMO.js";
import "./chunk-YZZ7ZH7X.js";
import "./chunk-WPPXJYZD.js";
import "./chunk-VMDPR5MV.js";
import "./chunk-2FJ3PUEC.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import "./chunk-66UGJLT5.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-LTXNGDLL.js";
import "./chunk-6MDDXMVI.js";
import "./chunk-IF6OGTLH.js";
import "./chunk-WJAIXOQS.js";
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
