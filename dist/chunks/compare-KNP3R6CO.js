import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-3S5E6ROV.js";
import "./chunk-CBM5Y4VQ.js";
import "./chunk-OOYFPKMQ.js";
import "./chunk-ZDUD57HH.js";
import "./chunk-AAFSHBCM.js";
import "./chunk-AK5V73EY.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-J352HRFL.js";
import "./chunk-AC5WFQE3.js";
import "./chunk-X32S7YJJ.js";
import "./chunk-I2TNDTSY.js";
import "./chunk-MSSWUBPQ.js";
import "./chunk-UWZVZF4O.js";
import "./chunk-JQIPFZU5.js";
import "./chunk-TP2XUB73.js";
import "./chunk-RED5SEFB.js";
import "./chunk-UJKRQEQM.js";
import "./chunk-UHXSN3FL.js";
import "./chunk-X6REUZKF.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-DVXREHID.js";
import "./chunk-3U32CLSX.js";
import "./chunk-M3J25VAS.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";
export {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
};
