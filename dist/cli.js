#!/usr/bin/env node
import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  EXIT,
  UsageError,
  errorLine
} from "./chunks/chunk-OOYFPKMQ.js";
import {
  VERSION
} from "./chunks/chunk-6AG4ARMW.js";
import {
  nearest
} from "./chunks/chunk-PPVHFCDL.js";
import {
  InputErrors,
  escapeLog,
  isInputError,
  neutraliseWorkflowCommands
} from "./chunks/chunk-4ITU3WLR.js";
import "./chunks/chunk-2D7T7GZO.js";

// src/cli/main.ts
var COMMANDS = {
  compare: {
    summary: "Compares a model report with its baseline and prints the verdict.",
    load: async () => {
      const m = await import("./chunks/compare-NZUWY6JZ.js");
      return { help: m.COMPARE_HELP, run: m.compareCommand };
    }
  },
  validate: {
    summary: "Checks reports and configs against their schemas.",
    load: async () => {
      const m = await import("./chunks/validate-HQG4MNBH.js");
      return { help: m.VALIDATE_HELP, run: m.validateCommand };
    }
  },
  demo: {
    summary: "Runs compare on the bundled example reports: the PR comment it would post.",
    load: async () => {
      const m = await import("./chunks/demo-HARYDFKS.js");
      return { help: m.DEMO_HELP, run: m.demoCommand };
    }
  },
  preview: {
    summary: "Writes the PR comment as an HTML page, as GitHub would show it.",
    load: async () => {
      const m = await import("./chunks/preview-JSDGKR3K.js");
      return { help: m.PREVIEW_HELP, run: m.previewCommand };
    }
  },
  init: {
    summary: "Writes a config, least-privilege workflows, an example report and a model card.",
    load: async () => {
      const m = await import("./chunks/init-UORDQEI5.js");
      return { help: m.INIT_HELP, run: m.initCommand };
    }
  },
  aggregate: {
    summary: "Merges the result files of matrix jobs into one result.",
    load: async () => {
      const m = await import("./chunks/aggregate-7XNVGLMZ.js");
      return { help: m.AGGREGATE_HELP, run: m.aggregateCommand };
    }
  },
  curve: {
    summary: "Analyses a learning curve (a report or a CSV) on its own.",
    load: async () => {
      const m = await import("./chunks/curve-TK5LWPAT.js");
      return { help: m.CURVE_HELP, run: m.curveCommand };
    }
  },
  audit: {
    summary: "Lists every model with its owners, expiry and status: the model inventory.",
    load: async () => {
      const m = await import("./chunks/audit-4DG5D3LK.js");
      return { help: m.AUDIT_HELP, run: m.auditCommand };
    }
  },
  explain: {
    summary: "Says how a metric name is judged: kind, direction, scale, tests, tolerance.",
    load: async () => {
      const m = await import("./chunks/explain-LT3TLKMC.js");
      return { help: m.EXPLAIN_HELP, run: m.explainCommand };
    }
  },
  record: {
    summary: "Writes a baseline bundle of the reports (what mode: record uploads).",
    load: async () => {
      const m = await import("./chunks/record-RTFOND5M.js");
      return { help: m.RECORD_HELP, run: m.recordCommand };
    }
  }
};
function optionHint(e, help) {
  const unknown = /Unknown option '(--[^']+)'/.exec(e.message)?.[1];
  if (!unknown) return "";
  const options = [...new Set(help.match(/--[a-z][a-z-]*/g) ?? [])];
  const guess = nearest(unknown, options);
  return guess ? `; did you mean ${guess}?` : "";
}
function usage() {
  return `mlgate ${VERSION}: gate ML pull requests on metric deltas, cost, learning curves and the lifecycle checklist.

Usage: mlgate <command> [options]
Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`).join("\n")}
Run \`mlgate <command> --help\` for a command's options.`;
}
function guarded(io) {
  return {
    ...io,
    stdout: (s) => io.stdout(neutraliseWorkflowCommands(s)),
    stderr: (s) => io.stderr(neutraliseWorkflowCommands(s))
  };
}
function reportFailure(e, name, help, io) {
  if (isInputError(e)) {
    const list = e instanceof InputErrors ? e.errors : [e];
    for (const err of list) io.stderr(`error: ${errorLine(err)}
`);
    return EXIT.input;
  }
  if (e instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS")) {
    io.stderr(`mlgate ${name}: ${e.message}${optionHint(e, help)}

${help}
`);
    return EXIT.input;
  }
  io.stderr(`mlgate: internal error: ${escapeLog(String(e?.message ?? e), 500)}
`);
  if (io.env.MLGATE_DEBUG === "1") io.stderr(`${e.stack}
`);
  return EXIT.input;
}
async function runCli(argv, rawIo) {
  const io = guarded(rawIo);
  const [name, ...args] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage() + "\n");
    return name ? EXIT.ok : EXIT.input;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const command = COMMANDS[name];
  if (!command) {
    const guess = nearest(name, Object.keys(COMMANDS));
    io.stderr(
      `mlgate: unknown command "${name.slice(0, 40)}"${guess ? `; did you mean "${guess}"?` : ""}

${usage()}
`
    );
    return EXIT.input;
  }
  const { help, run } = await command.load();
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(help + "\n");
    return EXIT.ok;
  }
  try {
    return await run(args, io);
  } catch (e) {
    return reportFailure(e, name, help, io);
  }
}

// src/cli.ts
var code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  now: () => /* @__PURE__ */ new Date(),
  env: process.env,
  isTTY: process.stdout.isTTY === true
});
process.exitCode = code;
