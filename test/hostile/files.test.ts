// Hostile files on disk: FIFOs, links out of the workspace or to /proc, huge sparse files, directories, `../`
// paths. Created at test time in a temp dir (nothing big is committed). Each is refused quickly and cleanly.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUntrustedText } from '../../src/sources/workspace.js';
import { findReports } from '../../src/sources/find.js';
import { InputError } from '../../src/kernel/errors.js';
import { cli, expectCleanRefusal, report, tempDir, workspace } from './helpers.js';

const GOOD = report('  acc: 0.9\n');
// Values of this process's environment that /proc/self/environ would reveal if it were ever read.
const ENV_SECRETS = Object.values(process.env)
  .filter((v): v is string => typeof v === 'string' && v.length >= 12 && !v.includes('/tmp'))
  .slice(0, 20);

interface FsCase {
  name: string;
  /** Prepares `head.yaml` (and anything else) inside `dir`; `outside` is a second temp dir. */
  make: (dir: string, outside: string) => void;
  message: RegExp;
}

const FS_CASES: FsCase[] = [
  {
    name: 'symlink to /proc/self/environ',
    make: (d) => symlinkSync('/proc/self/environ', path.join(d, 'head.yaml')),
    message: /leaves the workspace/,
  },
  {
    name: 'symlink to /etc/passwd',
    make: (d) => symlinkSync('/etc/passwd', path.join(d, 'head.yaml')),
    message: /leaves the workspace/,
  },
  {
    name: 'relative symlink out of the workspace',
    make: (d, o) => {
      writeFileSync(path.join(o, 'r.yaml'), GOOD);
      symlinkSync(path.relative(d, path.join(o, 'r.yaml')), path.join(d, 'head.yaml'));
    },
    message: /leaves the workspace/,
  },
  {
    name: 'directory symlink out of the workspace',
    make: (d, o) => {
      writeFileSync(path.join(o, 'head.yaml'), GOOD);
      symlinkSync(o, path.join(d, 'sub'));
      symlinkSync('sub/head.yaml', path.join(d, 'head.yaml'));
    },
    message: /leaves the workspace/,
  },
  {
    name: 'dangling symlink',
    make: (d) => symlinkSync('nowhere.yaml', path.join(d, 'head.yaml')),
    message: /symbolic link to nothing/,
  },
  {
    name: 'symlink loop',
    make: (d) => {
      symlinkSync('b.yaml', path.join(d, 'head.yaml'));
      symlinkSync('head.yaml', path.join(d, 'b.yaml'));
    },
    message: /cannot be read \(ELOOP\)/,
  },
  {
    name: 'FIFO (would block a plain read forever)',
    make: (d) => execFileSync('mkfifo', [path.join(d, 'head.yaml')]),
    message: /is not a regular file/,
  },
  { name: 'directory', make: (d) => mkdirSync(path.join(d, 'head.yaml')), message: /is not a regular file/ },
  {
    name: 'character device via symlink to /dev/zero',
    make: (d) => symlinkSync('/dev/zero', path.join(d, 'head.yaml')),
    message: /leaves the workspace|not a regular file/,
  },
  {
    name: 'sparse 300 MB file',
    make: (d) => {
      writeFileSync(path.join(d, 'head.yaml'), GOOD);
      truncateSync(path.join(d, 'head.yaml'), 300 * 1024 * 1024);
    },
    message: /is too large \(314572800 bytes; the limit is 5242880\)/,
  },
  {
    name: 'just over the 5 MiB limit',
    make: (d) => writeFileSync(path.join(d, 'head.yaml'), GOOD + '#'.repeat(5 * 1024 * 1024)),
    message: /is too large/,
  },
  {
    name: 'unreadable file',
    make: (d) => writeFileSync(path.join(d, 'head.yaml'), GOOD, { mode: 0o000 }),
    message: /cannot be (read|opened) \(EACCES\)/,
  },
];

describe('hostile files on disk are refused (mlgate compare --head)', () => {
  it.each(FS_CASES)('$name', async (c) => {
    if (c.name === 'unreadable file' && process.getuid?.() === 0) return; // root reads anything
    const dir = tempDir();
    const outside = tempDir('mlgate-outside-');
    c.make(dir, outside);
    writeFileSync(path.join(dir, 'base.yaml'), GOOD);
    const started = Date.now();
    const run = await cli(dir, ['compare', '--base', 'base.yaml', '--head', 'head.yaml']);
    expect(Date.now() - started).toBeLessThan(5000); // nothing blocks (FIFO) or reads hundreds of MB
    expectCleanRefusal(run, 'head.yaml', c.message, ENV_SECRETS);
  });
});

describe('paths that climb out of the workspace', () => {
  it('--head ../x.yaml is refused as outside the workspace, not read', async () => {
    const parent = tempDir();
    writeFileSync(path.join(parent, 'x.yaml'), GOOD);
    const dir = path.join(parent, 'repo');
    mkdirSync(dir);
    const run = await cli(dir, ['compare', '--head', '../x.yaml']);
    expectCleanRefusal(
      run,
      '../x.yaml',
      /--head names a file outside the current directory \(.*\), which is the CLI's workspace/,
    );
    expect(run.stderr).not.toMatch(/symbolic link/); // it is a plain path, the message must not confuse the user
  });

  it('--config ../../etc/passwd is refused', async () => {
    const dir = workspace({ 'head.yaml': GOOD });
    const run = await cli(dir, ['compare', '--head', 'head.yaml', '--config', '../../../../../../etc/passwd']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^error: \.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd: --config names a file outside the current directory \(.*\), which is the CLI's workspace: mlgate reads only files under the directory it runs in\. Copy the file into it, or run mlgate from a directory that contains it\n$/,
    );
    expect(run.stderr).not.toMatch(/root:/);
  });

  it.each(['../mlgate.yaml', 'a/../../mlgate.yaml', '/etc/passwd', './../x/*.yaml'])(
    'report pattern %s is refused',
    async (pattern) => {
      const dir = workspace({ 'mlgate.yaml': GOOD });
      await expect(findReports(dir, [pattern])).rejects.toThrow(
        /must be relative to the repository and stay inside it/,
      );
    },
  );

  it('learning_curve.file with ../ is refused naming the report', async () => {
    const dir = workspace({
      'models/head.yaml': report('  acc: 0.9\n', 'learning_curve:\n  metric: acc\n  file: ../../../etc/passwd\n'),
    });
    const run = await cli(dir, ['compare', '--head', 'models/head.yaml']);
    expectCleanRefusal(run, 'models/head.yaml', /points outside the repository/);
  });

  it('a report glob does not follow a directory link out of the workspace', async () => {
    const outside = tempDir('mlgate-outside-');
    writeFileSync(path.join(outside, 'mlgate.yaml'), GOOD);
    const dir = workspace({ 'models/a/mlgate.yaml': GOOD });
    symlinkSync(outside, path.join(dir, 'models', 'evil'));
    expect(await findReports(dir, ['models/**/mlgate.yaml'])).toEqual(['models/a/mlgate.yaml']);
  });

  it.each([
    ['the glob base itself', 'models', 'models/*/mlgate.yaml', 'models'],
    ['a deeper component of the base', 'models', 'models/team/*/mlgate.yaml', 'models'],
    ['the last component of the base', 'models/team', 'models/team/*/mlgate.yaml', 'models/team'],
  ])(
    'a report glob whose base is a link out of the workspace is refused before listing it (%s)',
    async (_what, link, pattern, named) => {
      const outside = tempDir('mlgate-outside-');
      mkdirSync(path.join(outside, 'team', 'secret-model'), { recursive: true });
      mkdirSync(path.join(outside, 'secret-model'), { recursive: true });
      writeFileSync(path.join(outside, 'team', 'secret-model', 'mlgate.yaml'), GOOD);
      writeFileSync(path.join(outside, 'secret-model', 'mlgate.yaml'), GOOD);
      const dir = workspace({ 'mlgate.yaml': GOOD });
      mkdirSync(path.join(dir, path.dirname(link)), { recursive: true });
      symlinkSync(link === 'models' ? outside : path.join(outside, 'team'), path.join(dir, link));
      const err = await findReports(dir, [pattern]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      const message = (err as InputError).format();
      expect(message).toBe(
        `reports: the report glob "${pattern}" starts in ${named}, which is a symbolic link; globs do not follow links: commit the directory itself or name the reports`,
      );
      expect(message).not.toContain('secret-model');
    },
  );

  it('a glob base that does not exist matches nothing', async () => {
    expect(await findReports(workspace({ 'mlgate.yaml': GOOD }), ['models/*/mlgate.yaml'])).toEqual([]);
  });

  it('a report glob that matches a FIFO lists it, and reading it is refused without blocking', async () => {
    const dir = workspace({});
    execFileSync('mkfifo', [path.join(dir, 'mlgate.yaml')]);
    expect(await findReports(dir, ['*.yaml'])).toEqual(['mlgate.yaml']);
    const err = await readUntrustedText(path.join(dir, 'mlgate.yaml'), { root: dir, label: 'mlgate.yaml' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).format()).toBe(
      'mlgate.yaml: is not a regular file (a directory, FIFO or device); point to a file',
    );
  });

  it('a NUL byte in a path is refused', async () => {
    const dir = workspace({ 'head.yaml': GOOD });
    const run = await cli(dir, ['compare', '--head', 'head.yaml', '--config', 'c\0.yml']);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});
