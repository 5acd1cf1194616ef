/** The CLI's dispatcher: the same pipeline as the action, no GitHub. Exit codes: docs/cli.md. */
import { isInputError, InputErrors } from '../kernel/errors.js';
import { errorLine, EXIT, UsageError, type CliIo } from './io.js';
import { nearest } from '../kernel/suggest.js';
import { VERSION } from '../kernel/version.js';
import { escapeLog, neutraliseWorkflowCommands } from '../kernel/escape.js';

type Loaded = { help: string; run: (args: string[], io: CliIo) => Promise<number> };
/** A command is loaded only when it runs (or shows its help): `mlgate --help` parses none of them. */
type Command = { summary: string; load: () => Promise<Loaded> };

export const COMMANDS: Record<string, Command> = {
  compare: {
    summary: 'Compares a model report with its baseline and prints the verdict.',
    load: async () => {
      const m = await import('./compare.js');
      return { help: m.COMPARE_HELP, run: m.compareCommand };
    },
  },
  validate: {
    summary: 'Checks reports and configs against their schemas.',
    load: async () => {
      const m = await import('./validate.js');
      return { help: m.VALIDATE_HELP, run: m.validateCommand };
    },
  },
  demo: {
    summary: 'Runs compare on the bundled example reports: the PR comment it would post.',
    load: async () => {
      const m = await import('./demo.js');
      return { help: m.DEMO_HELP, run: m.demoCommand };
    },
  },
  preview: {
    summary: 'Writes the PR comment as an HTML page, as GitHub would show it.',
    load: async () => {
      const m = await import('./preview.js');
      return { help: m.PREVIEW_HELP, run: m.previewCommand };
    },
  },
  init: {
    summary: 'Writes a config, least-privilege workflows, an example report and a model card.',
    load: async () => {
      const m = await import('./init.js');
      return { help: m.INIT_HELP, run: m.initCommand };
    },
  },
  aggregate: {
    summary: 'Merges the result files of matrix jobs into one result.',
    load: async () => {
      const m = await import('./aggregate.js');
      return { help: m.AGGREGATE_HELP, run: m.aggregateCommand };
    },
  },
  curve: {
    summary: 'Analyses a learning curve (a report or a CSV) on its own.',
    load: async () => {
      const m = await import('./curve.js');
      return { help: m.CURVE_HELP, run: m.curveCommand };
    },
  },
  audit: {
    summary: 'Lists every model with its owners, expiry and status: the model inventory.',
    load: async () => {
      const m = await import('./audit.js');
      return { help: m.AUDIT_HELP, run: m.auditCommand };
    },
  },
  explain: {
    summary: 'Says how a metric name is judged: kind, direction, scale, tests, tolerance.',
    load: async () => {
      const m = await import('./explain.js');
      return { help: m.EXPLAIN_HELP, run: m.explainCommand };
    },
  },
  record: {
    summary: 'Writes a baseline bundle of the reports (what mode: record uploads).',
    load: async () => {
      const m = await import('./record.js');
      return { help: m.RECORD_HELP, run: m.recordCommand };
    },
  },
};

export { VERSION };

/** "did you mean --base?" for an unknown option, from the options the command's help lists. */
function optionHint(e: Error, help: string): string {
  const unknown = /Unknown option '(--[^']+)'/.exec(e.message)?.[1];
  if (!unknown) return '';
  const options = [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])];
  const guess = nearest(unknown, options);
  return guess ? `; did you mean ${guess}?` : '';
}

function usage(): string {
  return `mlgate ${VERSION}: gate ML pull requests on metric deltas, cost, learning curves and the lifecycle checklist.

Usage: mlgate <command> [options]
Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}
Run \`mlgate <command> --help\` for a command's options.`;
}

/**
 * Every line the CLI prints can carry text from an untrusted file (a metric name, a key, a currency) and may be
 * read by a workflow runner: whatever a command prints goes through neutraliseWorkflowCommands on its way out.
 */
function guarded(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (s) => io.stdout(neutraliseWorkflowCommands(s)),
    stderr: (s) => io.stderr(neutraliseWorkflowCommands(s)),
  };
}

/** What a command's failure prints, and the exit status: input errors, usage errors, or a bug in mlgate. */
function reportFailure(e: unknown, name: string, help: string, io: CliIo): number {
  if (isInputError(e)) {
    const list = e instanceof InputErrors ? e.errors : [e];
    for (const err of list) io.stderr(`error: ${errorLine(err)}\n`);
    return EXIT.input;
  }
  if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`mlgate ${name}: ${(e as Error).message}${optionHint(e as Error, help)}\n\n${help}\n`);
    return EXIT.input;
  }
  // A bug in mlgate: say so in one line; the stack only with MLGATE_DEBUG=1.
  io.stderr(`mlgate: internal error: ${escapeLog(String((e as Error)?.message ?? e), 500)}\n`);
  if (io.env.MLGATE_DEBUG === '1') io.stderr(`${(e as Error).stack}\n`);
  return EXIT.input;
}

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  const io = guarded(rawIo);
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage() + '\n');
    return name ? EXIT.ok : EXIT.input;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const guess = nearest(name, Object.keys(COMMANDS));
    io.stderr(
      `mlgate: unknown command "${name.slice(0, 40)}"${guess ? `; did you mean "${guess}"?` : ''}\n\n${usage()}\n`,
    );
    return EXIT.input;
  }
  const { help, run } = await command.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(help + '\n');
    return EXIT.ok;
  }
  try {
    return await run(args, io);
  } catch (e) {
    return reportFailure(e, name, help, io);
  }
}
