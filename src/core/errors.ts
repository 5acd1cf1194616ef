/**
 * Errors that users can act on. An InputError names where the problem is (file, field, line) and is rendered
 * as a one-line message, never as a stack trace. Everything else that escapes is a bug in mlgate.
 */
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
    super(message);
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
