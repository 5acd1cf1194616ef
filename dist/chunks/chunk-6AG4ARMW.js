import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// src/kernel/version.ts
var VERSION = "0.1.0";

export {
  VERSION
};
