import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-R4YG7PKD.js";
import "./chunk-SNZJZ7EY.js";
import "./chunk-OOYFPKMQ.js";
import "./chunk-F6YVYOTU.js";
import "./chunk-7OFE63WO.js";
import "./chunk-QNGUN6PC.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-AZEGWMYJ.js";
import "./chunk-B4LL22YL.js";
import "./chunk-XGWR25BH.js";
import "./chunk-M4IMDPQH.js";
import "./chunk-MSSWUBPQ.js";
import "./chunk-PFA33LBX.js";
import "./chunk-B3QY3ZEW.js";
import "./chunk-WMS4W5DM.js";
import "./chunk-52BD3KVO.js";
import "./chunk-UJKRQEQM.js";
import "./chunk-UHXSN3FL.js";
import "./chunk-HSG6742W.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-FMPUZE6X.js";
import "./chunk-7GOK2P6U.js";
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
