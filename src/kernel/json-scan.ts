/**
 * What JSON.parse hides in a line of JSON it accepted: a key written twice in one object (JSON.parse keeps the last,
 * so `"prediction": "dog", "prediction": "cat"` reads as cat) and numbers that underflow to 0. One linear pass over
 * text that JSON.parse has already accepted (so it is well-formed); keys are compared after unescaping, so
 * `"label"` and `"\u006cabel"` are the same key.
 */
import { underflowsToZero } from './number-text.js';

export interface JsonScan {
  /** The first key that repeats within one object, unescaped. */
  duplicateKey?: string;
  /** Top-level keys whose value is a number that reads as 0 but is not (1e-400). */
  underflows: string[];
}

const NUMBER_END = /[^0-9eE+\-.]/g;

/** The end (index after the closing quote) of the string starting at text[start] === '"'. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; ; i++) {
    const c = text.charCodeAt(i);
    if (c === 92)
      i++; // backslash: skip the escaped character
    else if (c === 34) return i + 1;
  }
}

function numberEnd(text: string, start: number): number {
  NUMBER_END.lastIndex = start;
  return NUMBER_END.exec(text)?.index ?? text.length;
}

/** The key of the string text[start, end) when one is expected: unescaped, and recorded in its object's key set. */
function readKey(text: string, start: number, end: number, keys: Set<string>, out: JsonScan): string {
  const raw = text.slice(start + 1, end - 1);
  const key = raw.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : raw;
  if (keys.has(key)) out.duplicateKey ??= key;
  keys.add(key);
  return key;
}

export function scanJson(text: string): JsonScan {
  const out: JsonScan = { underflows: [] };
  // One entry per open bracket: the keys seen so far for an object, null for an array.
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  let lastKey = '';
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    const top = stack[stack.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (expectKey && top) lastKey = readKey(text, i, end, top, out);
      expectKey = false;
      i = end;
    } else if (c === '-' || (c >= '0' && c <= '9')) {
      const end = numberEnd(text, i);
      const literal = text.slice(i, end);
      if (stack.length === 1 && top && underflowsToZero(literal, Number(literal))) out.underflows.push(lastKey);
      i = end;
    } else {
      if (c === '{') stack.push(new Set());
      else if (c === '[') stack.push(null);
      else if (c === '}' || c === ']') stack.pop();
      expectKey = c === '{' || (c === ',' && top !== null && top !== undefined) || (expectKey && c !== ':');
      i++;
    }
  }
  return out;
}
