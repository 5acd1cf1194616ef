/**
 * The fast path of the predictions reader: one unquoted CSV row parsed straight from the bytes of the buffer, with
 * no string made. Commas and the line end are found in one pass that also hashes each field's bytes for the
 * ByteInterner (FNV-1a, as ByteInterner.hash). A row it cannot take as is (a quote, a blank line, an empty or
 * over-long field, another field count than the header's, a lone CR) is left to the string parsers, which also
 * word every error.
 */
import { FNV_OFFSET, FNV_PRIME } from '../../stats/byte-interner.js';
import type { CsvLayout } from '../../stats/predictions-format.js';
import { MAX_FIELD_CHARS } from '../../stats/predictions-format.js';

const COMMA = 44;
const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Where the fields of the last parsed row are, reused from row to row. */
export class FastRow {
  idStart = 0;
  idEnd = 0;
  labelStart = 0;
  labelEnd = 0;
  labelHash = 0;
  predStart = 0;
  predEnd = 0;
  predHash = 0;
  /** The position after the row's '\n'. */
  next = 0;
}

/** A field the fast path can take as is: not empty, and short enough in bytes that it is short enough in characters. */
function fieldOk(start: number, end: number): boolean {
  return end > start && end - start <= MAX_FIELD_CHARS;
}

/**
 * Parses the row at b[start…] into out; b must hold a '\n' at or after start. False: take the string path for this
 * physical line (nothing is consumed).
 */
export function parseFastRow(b: Uint8Array, start: number, layout: CsvLayout, out: FastRow): boolean {
  const { idCol, labelCol, predCol } = layout;
  let field = 0;
  let from = start;
  let h = FNV_OFFSET;
  for (let i = start; ; i++) {
    const c = b[i]!;
    // Letters and digits are above ',': the common byte costs one comparison and the hash step.
    if (c > COMMA || (c !== COMMA && c !== LF && c !== CR && c !== QUOTE)) {
      h = Math.imul(h ^ c, FNV_PRIME);
      continue;
    }
    if (c === QUOTE || (c === CR && b[i + 1] !== LF)) return false;
    if (field === idCol) {
      out.idStart = from;
      out.idEnd = i;
    } else if (field === labelCol) {
      out.labelStart = from;
      out.labelEnd = i;
      out.labelHash = h;
    } else if (field === predCol) {
      out.predStart = from;
      out.predEnd = i;
      out.predHash = h;
    }
    field++;
    from = i + 1;
    h = FNV_OFFSET;
    if (c !== COMMA) {
      out.next = c === CR ? i + 2 : i + 1;
      break;
    }
  }
  return (
    field === layout.width &&
    fieldOk(out.idStart, out.idEnd) &&
    fieldOk(out.labelStart, out.labelEnd) &&
    fieldOk(out.predStart, out.predEnd)
  );
}
