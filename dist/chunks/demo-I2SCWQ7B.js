import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  DEMO_HELP,
  demoCommand,
  demoResult,
  packageRoot
} from "./chunk-MXEH7CQG.js";
import "./chunk-MFNJPKXP.js";
import "./chunk-JB6JRVUW.js";
import "./chunk-OOYFPKMQ.js";
import "./chunk-IM65E7V7.js";
import "./chunk-LVIT6UMO.js";
import "./chunk-OZVF2PRA.js";
import "./chunk-QBHVCAI7.js";
import "./chunk-67CR5IWL.js";
import "./chunk-HFNNWN5X.js";
import "./chunk-OZFB7OBV.js";
import "./chunk-A66CEADI.js";
import "./chunk-2CBUOIFY.js";
import "./chunk-D3KN5XWF.js";
import "./chunk-II4PDLXF.js";
import "./chunk-YO62VYAP.js";
import "./chunk-4X4WG5JK.js";
import "./chunk-AUBWVBB7.js";
import "./chunk-RISSJFTM.js";
import "./chunk-HGE7BQBY.js";
import "./chunk-BZBO7EDZ.js";
import "./chunk-WUUDHGIG.js";
import "./chunk-3U32CLSX.js";
import "./chunk-TGB75AEK.js";
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
