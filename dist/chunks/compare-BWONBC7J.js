import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
} from "./chunk-T4EHA4I2.js";
import "./chunk-EY2PHSJN.js";
import "./chunk-BW3WWAKC.js";
import "./chunk-YPBHQMRG.js";
import "./chunk-JZ4WNXHD.js";
import "./chunk-HJXLSARK.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-I62ZXOLX.js";
import "./chunk-L5UVFUNK.js";
import "./chunk-2IJJ4VLF.js";
import "./chunk-EJU7MLLM.js";
import "./chunk-XIWFQMMW.js";
import "./chunk-6VV57L6X.js";
import "./chunk-O62CSDBM.js";
import "./chunk-DT7XBNIC.js";
import "./chunk-CZBDOFIU.js";
import "./chunk-ZEAAC4SN.js";
import "./chunk-5QJ7IHJ7.js";
import "./chunk-ACJ7YNST.js";
import "./chunk-EI6OC43J.js";
import "./chunk-6HV3QSWL.js";
import "./chunk-3U32CLSX.js";
import "./chunk-OXJDC7D6.js";
import "./chunk-GDACSHA2.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-5MAPMZYJ.js";
import "./chunk-2D7T7GZO.js";
export {
  COMPARE_HELP,
  compareCommand,
  compareFiles,
  compareWithRef,
  parseNow
};
