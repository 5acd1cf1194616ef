import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);

// src/kernel/secrets.ts
var KNOWN_PREFIXES = new RegExp(
  [
    "(?:gh[pousr]|github_pat)_[a-z0-9_]{16,}",
    // GitHub tokens
    "(?:akia|asia)[0-9a-z]{16}",
    // AWS access key ids
    "xox[abposr]-[a-z0-9-]{10,}",
    // Slack
    "glpat-[a-z0-9_-]{20,}",
    // GitLab
    "npm_[a-z0-9]{36}",
    // npm
    "hf_[a-z0-9]{30,}",
    // Hugging Face
    "sk-[a-z0-9_-]{20,}",
    // OpenAI-style API keys
    "aiza[0-9a-z_-]{35}",
    // Google API keys
    "eyj[a-z0-9_-]{8,}\\.[a-z0-9_-]{8,}(?:\\.[a-z0-9_-]*)?",
    // JSON Web Tokens
    "-----begin [a-z ]*private key-----"
  ].map((p) => `(?<![a-z0-9])${p}`).join("|"),
  "gi"
);
var RUN = /[A-Za-z0-9+/=_-]{32,}/g;
var CHAR_CLASS = (c) => c >= "a" && c <= "z" ? 0 : c >= "A" && c <= "Z" ? 1 : 2;
function looksOpaque(run) {
  const core = run.replace(/[+/=_-]/g, "");
  if (core.length < 32 || !/[a-z]/i.test(core) || !/\d/.test(core) || /^[0-9a-f]+$/.test(core)) return false;
  let changes = 0;
  let digitChanges = 0;
  for (let i = 1; i < core.length; i++) {
    const a = CHAR_CLASS(core[i - 1]);
    const b = CHAR_CLASS(core[i]);
    if (a !== b) changes++;
    if (a === 2 !== (b === 2)) digitChanges++;
  }
  const n = core.length - 1;
  if (!/[A-Z]/.test(core)) return digitChanges / n >= 0.15;
  const lower = core.match(/[a-z]+/g) ?? [];
  const meanLower = lower.reduce((s, r) => s + r.length, 0) / Math.max(1, lower.length);
  return changes / n >= 0.3 && meanLower <= 3;
}
var REDACTED = "[redacted]";
function isSecretShaped(s) {
  KNOWN_PREFIXES.lastIndex = 0;
  if (KNOWN_PREFIXES.test(s)) return true;
  return (s.match(RUN) ?? []).some(looksOpaque);
}
function redactSecrets(s) {
  return s.replace(KNOWN_PREFIXES, REDACTED).replace(RUN, (run) => looksOpaque(run) ? REDACTED : run);
}

// src/kernel/errors.ts
var InputError = class extends Error {
  file;
  field;
  line;
  column;
  constructor(message, where = {}) {
    super(redactSecrets(message));
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
  const clean = clipText(redactSecrets(scrub(String(raw).replace(/\r\n|\r|\n|\u2028|\u2029/g, " "), "\uFFFD")), max);
  let out = "";
  for (const ch of clean) {
    if (ch === "@") out += "@&#8203;";
    else if (ch === "#") out += "&#35;&#8205;";
    else out += ENTITIES[ch] ?? ch;
  }
  return breakAutolinks(out).replace(/\b(GH)-(?=\d)/gi, "$1-&#8205;");
}
function breakAutolinks(s) {
  return s.replace(/:(?=\/)/g, "&#58;&#8205;").replace(/(www)\./gi, "$1&#8205;&#46;").replace(/(mailto|xmpp):/gi, "$1&#8205;&#58;");
}
function escapeLog(raw, max = 200) {
  const line = redactSecrets(scrub(String(raw).replace(/[\r\n\u2028\u2029]+/g, " "), "?"));
  return clipText(line.replace(/:(?=:)/g, ": ").replace(/##\[/g, "# #["), max);
}
function neutraliseWorkflowCommands(text) {
  return redactSecrets(text).replace(/^([^\S\n\r\u2028\u2029]*):(?=:)/gm, "$1: ").replace(/##\[/g, "# #[");
}

export {
  isSecretShaped,
  InputError,
  InputErrors,
  isInputError,
  clipName,
  clipText,
  escapeMarkdownInline,
  escapeLog,
  neutraliseWorkflowCommands
};
