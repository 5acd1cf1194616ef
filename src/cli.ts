/** The `mlgate` command (bin). All logic lives in src/cli/; this file only wires the process to it. */
import { runCli } from './cli/main.js';

const code = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  now: () => new Date(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
});
process.exitCode = code;
