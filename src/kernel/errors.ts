/**
 * Errors that users can act on. An InputError names where the problem is (file, field, line) and is rendered
 * as a one-line message, never as a stack trace. Everything else that escapes is a bug in mlgate.
 */
import { redactSecrets } from './secrets.js';

export interface InputErrorLocation {
  file?: string;
  field?: string;
  line?: number;
  column?: number;
}

export class InputError extends Error {
  readonly file: string | undefined;
  readonly field: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, where: InputErrorLocation = {}) {
    // Messages may quote a name from a file; whatever looks like a credential is never part of one.
    super(redactSecrets(message));
    this.name = 'InputError';
    this.file = where.file;
    this.field = where.field;
    this.line = where.line;
    this.column = where.column;
  }

  /** `file:line:column: field: message`, the shape editors and GitHub annotations understand. */
  format(): string {
    let where = '';
    if (this.file) {
      where = this.file;
      if (this.line !== undefined) where += `:${this.line}`;
      if (this.line !== undefined && this.column !== undefined) where += `:${this.column}`;
      where += ': ';
    }
    const field = this.field ? `${this.field}: ` : '';
    return `${where}${field}${this.message}`;
  }
}

/** Several input errors found in one pass (a schema check reports them all, not just the first). */
export class InputErrors extends Error {
  readonly errors: InputError[];
  constructor(errors: InputError[]) {
    super(errors.map((e) => e.format()).join('\n'));
    this.name = 'InputErrors';
    this.errors = errors;
  }
}

export function isInputError(e: unknown): e is InputError | InputErrors {
  return e instanceof InputError || e instanceof InputErrors;
}

/**
 * A name from a file (a key, a column) quoted in a message: short and printable ASCII, so a line break in it
 * cannot start a line of its own in a log (a forged `::warning` workflow command) and a long value is not echoed.
 */
export function clipName(s: string, max = 40): string {
  const clean = s.replace(/[^\x20-\x7e]/g, '?');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
