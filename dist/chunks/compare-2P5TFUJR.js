import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-ELICMXQO.js";
import "./chunk-VLL2RBQ6.js";
import "./chunk-34HFCGVG.js";
import "./chunk-U75656VF.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-KXHAJDWX.js";
import "./chunk-HU7MIYLX.js";
import "./chunk-5RF7QQNB.js";
import "./chunk-3QYQH2C5.js";
import "./chunk-42B7EEP2.js";
import "./chunk-5N2MADK6.js";
import "./chunk-Z5YNJPVJ.js";
import "./chunk-FAR27QET.js";
import "./chunk-O4MSH33L.js";
import "./chunk-EI6OC43J.js";
import "./chunk-LFU75GJJ.js";
import "./chunk-3U32CLSX.js";
import "./chunk-WNY5TUWF.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-7LIMTFYJ.js";
import "./chunk-UFPO44EQ.js";
import "./chunk-AMHX2JXK.js";
import "./chunk-B3UFFDYM.js";
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
