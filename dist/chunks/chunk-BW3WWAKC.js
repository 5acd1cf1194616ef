import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  escapeLog
} from "./chunk-5MAPMZYJ.js";

// src/cli/io.ts
var EXIT = { ok: 0, fail: 1, input: 2 };
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function parseFormat(value, fallback, allowed = ["markdown", "json", "text"]) {
  const v = value ?? fallback;
  if (!allowed.includes(v)) throw new UsageError(`--format must be one of ${allowed.join(", ")} (got "${value}")`);
  return v;
}
function errorLine(e) {
  return escapeLog(e.format(), 2e3);
}

export {
  EXIT,
  UsageError,
  parseFormat,
  errorLine
};
