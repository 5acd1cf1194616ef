import { escapeLog } from '../kernel/escape.js';

/** What a CLI command needs from the outside world, passed in so tests can run commands in-process. */
export interface CliIo {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Current time (expiry checks); injectable for tests. */
  now: () => Date;
  env: Record<string, string | undefined>;
  /** stdout is a terminal: commands that print a comment print the text format instead (unless --format). */
  isTTY?: boolean;
}

/** Exit codes are a contract (docs/cli.md): 0 pass or warn, 1 fail, 2 bad input or usage. */
export const EXIT = { ok: 0, fail: 1, input: 2 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type OutputFormat = 'markdown' | 'json' | 'text' | 'html';

export function parseFormat(
  value: string | undefined,
  fallback: OutputFormat,
  allowed: OutputFormat[] = ['markdown', 'json', 'text', 'html'],
): OutputFormat {
  const v = (value ?? fallback) as OutputFormat;
  if (!allowed.includes(v)) throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
  return v;
}

/** An input error as printed: it quotes file names, keys and fields, so one line, no workflow command, nothing hidden. */
export function errorLine(e: { format(): string }): string {
  return escapeLog(e.format(), 2000);
}

/** A comment's default format: the text table in a terminal, the markdown GitHub receives when piped. */
export function commentFormat(value: string | undefined, io: CliIo): OutputFormat {
  return parseFormat(value, io.isTTY ? 'text' : 'markdown');
}
