import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/kernel/errors.ts
var InputError = class extends Error {
  file;
  field;
  line;
  column;
  constructor(message, where = {}) {
    super(message);
    this.name = "InputError";
    this.file = where.file;
    this.field = where.field;
    this.line = where.line;
    this.column = where.column;
  }
  /** `file:line:column: field: message`, the shape editors and GitHub annotations understand. */
  format() {
    let where = "";
    if (this.file) {
      where = this.file;
      if (this.line !== void 0) where += `:${this.line}`;
      if (this.line !== void 0 && this.column !== void 0) where += `:${this.column}`;
      where += ": ";
    }
    const field = this.field ? `${this.field}: ` : "";
    return `${where}${field}${this.message}`;
  }
};
var InputErrors = class extends Error {
  errors;
  constructor(errors) {
    super(errors.map((e) => e.format()).join("\n"));
    this.name = "InputErrors";
    this.errors = errors;
  }
};
function isInputError(e) {
  return e instanceof InputError || e instanceof InputErrors;
}
function clipName(s, max = 40) {
  const clean = s.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}

// src/kernel/escape.ts
var INVISIBLE = (
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- the class lists invisible code points on purpose
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]/g
);
var INVISIBLE_ASTRAL = /[\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function scrub(s, replacement) {
  return s.replace(INVISIBLE, replacement).replace(INVISIBLE_ASTRAL, replacement).replace(LONE_SURROGATE, replacement);
}
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "\\": "&#92;",
  "~": "&#126;",
  "#": "&#35;",
  $: "&#36;"
};
var MAX_INLINE_CHARS = 120;
function clipText(s, max) {
  const chars = Array.from(s);
  return chars.length <= max ? s : chars.slice(0, max - 1).join("") + "\u2026";
}
function escapeMarkdownInline(raw, max = MAX_INLINE_CHARS) {
  const clean = clipText(scrub(String(raw).replace(/\r\n|\r|\n|\u2028|\u2029/g, " "), "\uFFFD"), max);
  let out = "";
  for (const ch of clean) {
    if (ch === "@") out += "@&#8203;";
    else out += ENTITIES[ch] ?? ch;
  }
  return breakAutolinks(out);
}
function breakAutolinks(s) {
  return s.replace(/:(?=\/)/g, "&#58;").replace(/(www)\./gi, "$1&#46;").replace(/(mailto|xmpp):/gi, "$1&#58;");
}
function escapeLog(raw, max = 200) {
  const line = scrub(String(raw).replace(/[\r\n\u2028\u2029]+/g, " "), "?");
  return clipText(line.replace(/:(?=:)/g, ": ").replace(/##\[/g, "# #["), max);
}
function neutraliseWorkflowCommands(text) {
  return text.replace(/^([^\S\n\r\u2028\u2029]*):(?=:)/gm, "$1: ").replace(/##\[/g, "# #[");
}

export {
  __require,
  __commonJS,
  __toESM,
  InputError,
  InputErrors,
  isInputError,
  clipName,
  clipText,
  escapeMarkdownInline,
  escapeLog,
  neutraliseWorkflowCommands
};
