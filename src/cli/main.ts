/** The CLI's dispatcher: the same pipeline as the action, no GitHub. Exit codes: docs/cli.md. */
import { isInputError, InputErrors } from '../kernel/errors.js';
import { AGGREGATE_HELP, aggregateCommand } from './aggregate.js';
import { AUDIT_HELP, auditCommand } from './audit.js';
import { COMPARE_HELP, compareCommand } from './compare.js';
import { CURVE_HELP, curveCommand } from './curve.js';
import { DEMO_HELP, demoCommand } from './demo.js';
import { EXPLAIN_HELP, explainCommand } from './explain.js';
import { errorLine, EXIT, UsageError, type CliIo } from './io.js';
import { INIT_HELP, initCommand } from './init.js';
import { VALIDATE_HELP, validateCommand } from './validate.js';
import { RECORD_HELP, recordCommand } from './record.js';
import { nearest } from '../kernel/suggest.js';
import { VERSION } from '../kernel/version.js';
import { escapeLog, neutraliseWorkflowCommands } from '../kernel/escape.js';

type Command = { summary: string; help: string; run: (args: string[], io: CliIo) => Promise<number> };

export const COMMANDS: Record<string, Command> = {
  compare: {
    summary: 'Compares a model report with its baseline and prints the verdict.',
    help: COMPARE_HELP,
    run: compareCommand,
  },
  validate: { summary: 'Checks reports and configs against their schemas.', help: VALIDATE_HELP, run: validateCommand },
  demo: {
    summary: 'Runs compare on the bundled example reports: the PR comment it would post.',
    help: DEMO_HELP,
    run: demoCommand,
  },
  init: {
    summary: 'Writes a config, least-privilege workflows, an example report and a model card.',
    help: INIT_HELP,
    run: initCommand,
  },
  aggregate: {
    summary: 'Merges the result files of matrix jobs into one result.',
    help: AGGREGATE_HELP,
    run: aggregateCommand,
  },
  curve: { summary: 'Analyses a learning curve (a report or a CSV) on its own.', help: CURVE_HELP, run: curveCommand },
  audit: {
    summary: 'Lists every model with its owners, expiry and status: the model inventory.',
    help: AUDIT_HELP,
    run: auditCommand,
  },
  explain: {
    summary: 'Says how a metric name is judged: kind, direction, scale, tests, tolerance.',
    help: EXPLAIN_HELP,
    run: explainCommand,
  },
  record: {
    summary: 'Writes a baseline bundle of the reports (what mode: record uploads).',
    help: RECORD_HELP,
    run: recordCommand,
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
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(command.help + '\n');
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    if (isInputError(e)) {
      const list = e instanceof InputErrors ? e.errors : [e];
      for (const err of list) io.stderr(`error: ${errorLine(err)}\n`);
      return EXIT.input;
    }
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`mlgate ${name}: ${(e as Error).message}${optionHint(e as Error, command.help)}\n\n${command.help}\n`);
      return EXIT.input;
    }
    // A bug in mlgate: say so in one line; the stack only with MLGATE_DEBUG=1.
    io.stderr(`mlgate: internal error: ${escapeLog(String((e as Error)?.message ?? e), 500)}\n`);
    if (io.env.MLGATE_DEBUG === '1') io.stderr(`${(e as Error).stack}\n`);
    return EXIT.input;
  }
}
