import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-XO7SITAG.js";
import "./chunk-4E6NDGF5.js";
import "./chunk-HGRZ4GYB.js";
import "./chunk-NUKDJX3Q.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-CT6D5TJV.js";
import "./chunk-BNAHC4UV.js";
import "./chunk-FHLGEU4P.js";
import "./chunk-ELCZ7MUP.js";
import "./chunk-J6XYDH2V.js";
import "./chunk-QYCUWBNW.js";
import "./chunk-AAPSKAVL.js";
import "./chunk-2PZUH4HM.js";
import "./chunk-6S7652W7.js";
import "./chunk-EI6OC43J.js";
import "./chunk-33IYWNCI.js";
import "./chunk-3U32CLSX.js";
import "./chunk-ZUDZ4NBV.js";
import "./chunk-6CMZS2WV.js";
import "./chunk-LBA4XRWK.js";
import "./chunk-43XHRBF6.js";
import "./chunk-WFGLXXGU.js";
import "./chunk-JIQUQ4QL.js";
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
