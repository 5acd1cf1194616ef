/**
 * What an error message may quote from an untrusted file. A report can point a path (`learning_curve.file`,
 * `eval.predictions`) at any file in the workspace, a credentials JSON included, and the message ends up in an
 * annotation: so a message names what was expected and where (file:line, column number, counts), and quotes a
 * cell or value only when it is clearly an identifier, never arbitrary content.
 */

import { isSecretShaped } from './secrets.js';

/** A column name: a letter or `_`, then letters, digits, `_ . -`; at most 40 characters. */
const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_.-]{0,39}$/;
/** An id or a label: the same, and it may start with a digit (ids are often numbers). */
const TOKEN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,39}$/;

/** `"cat"` for an id or label that is a plain token (and not shaped like a credential), else only its length. */
export function quoteToken(value: string): string {
  return TOKEN.test(value) && !isSecretShaped(value)
    ? `"${value}"`
    : `a value of ${Array.from(value).length} characters`;
}

/**
 * A header for a message: its count, and the first columns by name when they are names, else by position. A
 * single cell is not a header of the expected columns (every format mlgate reads has two or more), it is whatever
 * the file's first line is: only counted.
 */
export function describeColumns(cells: readonly string[], max = 10): string {
  if (cells.length < 2) return `${cells.length} column${cells.length === 1 ? '' : 's'}`;
  const named = (c: string) => COLUMN_NAME.test(c) && !isSecretShaped(c);
  const shown = cells.slice(0, max).map((c, i) => (named(c) ? c : `(column ${i + 1}: not a plain name)`));
  const more = cells.length > max ? ', …' : '';
  return `${cells.length} column${cells.length === 1 ? '' : 's'}: ${shown.join(', ')}${more}`;
}
