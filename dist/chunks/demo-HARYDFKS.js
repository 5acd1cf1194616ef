import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DEMO_HELP,
  demoCommand,
  demoResult,
  packageRoot
} from "./chunk-VLZQJTI5.js";
import "./chunk-BWUPUSMG.js";
import "./chunk-4LLFHW5K.js";
import "./chunk-OOYFPKMQ.js";
import "./chunk-QDHITOZ5.js";
import "./chunk-E7A3V4XF.js";
import "./chunk-Y4PGBOAW.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-7NYZELPS.js";
import "./chunk-O2KFI24N.js";
import "./chunk-SPFXGID2.js";
import "./chunk-H5ZBH3QL.js";
import "./chunk-TGL7QEVK.js";
import "./chunk-4BD3YC2D.js";
import "./chunk-TNIQRK4K.js";
import "./chunk-6C6Y4PAF.js";
import "./chunk-OQQ53SS3.js";
import "./chunk-IBGVV5XD.js";
import "./chunk-WT3HPS6H.js";
import "./chunk-FFP66OKL.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-SGL4OOBV.js";
import "./chunk-IP6FT2WD.js";
import "./chunk-DFHFXWES.js";
import "./chunk-PPVHFCDL.js";
import "./chunk-4ITU3WLR.js";
import "./chunk-2D7T7GZO.js";
export {
  DEMO_HELP,
  demoCommand,
  demoResult,
  packageRoot
};
