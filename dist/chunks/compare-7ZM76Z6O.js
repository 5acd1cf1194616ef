import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-5WKPMJHZ.js";
import "./chunk-ELWRUBTK.js";
import "./chunk-G5IW5ZBB.js";
import "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-TYYUEHVR.js";
import "./chunk-3TFML5ZG.js";
import "./chunk-DHS4GRGT.js";
import "./chunk-BQHMFWFA.js";
import "./chunk-JERBAE2N.js";
import "./chunk-3XJBSIJV.js";
import "./chunk-QCNWZCN7.js";
import "./chunk-DK7UNWMN.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import "./chunk-FNR64G7H.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-JHRZJ7ZE.js";
import "./chunk-XKEIZM7S.js";
import "./chunk-TESPXHAZ.js";
import "./chunk-QFDCSFBO.js";
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
