/**
 * Text scans that turn a parser's complaint into a useful message (pure, linear in the text): JSON's own grammar
 * for `.json` files (YAML 1.2 would accept trailing commas, single quotes and comments), where a flow
 * collection ([…] or {…}) is left open, and how deep flow collections nest (the YAML parser itself can exhaust
 * memory on thousands of nested brackets before our depth limit is reached).
 */

/**
 * An upper bound of how many values a YAML/JSON text can hold: every value but the first follows a line break
 * or a comma. Counted before parsing, which costs ~1 KB per node (docs/decisions/0004).
 */
export function separatorCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 44) n++;
  }
  return n;
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Calls `visit(i, ch)` for every character outside JSON strings ("…" with backslash escapes). */
function outsideJsonStrings(text: string, visit: (i: number, ch: string) => void): void {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else visit(i, ch);
  }
}

export type JsonProblem = { kind: 'trailing_comma' | 'syntax'; offset: number | null };

/**
 * Null when `text` is valid JSON, or when its only fault is bare NaN / Infinity tokens (what Python's json.dump
 * writes): the YAML walk then reports those with their field. Otherwise where the grammar breaks.
 */
export function jsonProblem(text: string): JsonProblem | null {
  let message: string;
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    message = e instanceof Error ? e.message : '';
  }
  // The same text with bare NaN / Infinity (outside strings) replaced by a number of the same length.
  const chars = text.split('');
  let masked = false;
  outsideJsonStrings(text, (i) => {
    const m = /^-?(NaN|Infinity)/.exec(text.slice(i, i + 9));
    if (m && (i === 0 || !/[\w.]/.test(text[i - 1]!))) {
      for (let k = 0; k < m[0].length; k++) chars[i + k] = k === 0 ? '0' : ' ';
      masked = true;
    }
  });
  if (masked) {
    try {
      JSON.parse(chars.join(''));
      return null;
    } catch {
      // other faults too: report the first one below
    }
  }
  let trailing: number | null = null;
  outsideJsonStrings(text, (i, ch) => {
    if (trailing === null && ch === ',' && /^\s*[}\]]/.test(text.slice(i + 1, i + 200)))
      trailing = i + 1 + /^\s*/.exec(text.slice(i + 1))![0].length;
  });
  if (trailing !== null) return { kind: 'trailing_comma', offset: trailing };
  const pos = /position (\d+)/.exec(message);
  return { kind: 'syntax', offset: pos ? Number(pos[1]) : /end of JSON/i.test(message) ? text.length : null };
}

export interface FlowScan {
  /** offset of the first flow collection left open */
  unclosed: number | null;
  /** deepest nesting of flow collections */
  depth: number;
  /** longest run of block indicators on one line (`- - - x`, `? ? x`, `x: - - y`) and the offset where it starts */
  blockRun: number;
  blockRunAt: number;
}

/** `-`, `?` or `:` followed by a blank or a line end: each one opens a block collection on the same line. */
function isBlockIndicator(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '-' && ch !== '?' && ch !== ':') return false;
  const next = text[i + 1];
  return next === undefined || next === ' ' || next === '\t' || next === '\r' || next === '\n';
}

/**
 * The first flow collection left open, the deepest flow nesting and the longest run of block indicators on one
 * line, skipping quoted scalars and comments: bounds checked before the parser (docs/decisions/0004).
 */
export function flowScan(text: string): FlowScan {
  const s: ScanState = { open: [], depth: 0, quote: null, prev: '\n', run: 0, runAt: 0, blockRun: 0, blockRunAt: 0 };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (s.quote) {
      i = quotedStep(s, text, i);
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') continue;
    countBlockRun(s, text, i);
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
      s.prev = '\n';
      continue;
    }
    flowStep(s, ch, i);
  }
  return {
    unclosed: s.open.length > 0 ? s.open[0]! : null,
    depth: s.depth,
    blockRun: s.blockRun,
    blockRunAt: s.blockRunAt,
  };
}

interface ScanState {
  /** offsets of the flow collections open now */
  open: number[];
  depth: number;
  /** the quote of the scalar being read, if any */
  quote: string | null;
  /** the previous non-blank character (a line start counts as a value start) */
  prev: string;
  run: number;
  runAt: number;
  blockRun: number;
  blockRunAt: number;
}

/** One character inside a quoted scalar; returns the offset it ends at (escapes take two). */
function quotedStep(s: ScanState, text: string, i: number): number {
  const ch = text[i]!;
  if (ch === '\\' && s.quote === '"') return i + 1;
  if (ch !== s.quote) return i;
  if (s.quote === "'" && text[i + 1] === "'") return i + 1; // '' is an escaped quote in YAML
  s.quote = null;
  s.prev = ch;
  return i;
}

function countBlockRun(s: ScanState, text: string, i: number): void {
  if (!isBlockIndicator(text, i)) {
    s.run = 0;
    return;
  }
  if (s.run === 0) s.runAt = i;
  if (++s.run > s.blockRun) [s.blockRun, s.blockRunAt] = [s.run, s.runAt];
}

/** A non-blank character outside quotes and comments: opens a quote or a collection where a value can start. */
function flowStep(s: ScanState, ch: string, i: number): void {
  const atStart = s.prev === '\n' || ':-,[{'.includes(s.prev);
  if (atStart && (ch === '"' || ch === "'")) s.quote = ch;
  else if (atStart && (ch === '[' || ch === '{')) {
    s.open.push(i);
    s.depth = Math.max(s.depth, s.open.length);
  } else if ((ch === ']' || ch === '}') && s.open.length > 0) s.open.pop();
  s.prev = ch;
}
