// The one glob matcher (minimatch, GitHub's semantics): classes, negations in lists, `**` only as a whole
// segment, and the syntax `validate` refuses instead of letting a pattern match nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { globMatcher, matchesAny } from '../../src/kernel/glob.js';
import { findReports } from '../../src/sources/find.js';
import { captureIo } from '../support/cli.js';
import { tempDir } from '../support/temp.js';

function tree(files: string[]): string {
  const dir = tempDir('mlgate-glob-');
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), 'x\n');
  }
  return dir;
}

describe('globs', () => {
  it('`models/**.yaml` matches the folder, not nested files (minimatch and picomatch agree)', async () => {
    expect(globMatcher('models/**.yaml')('models/a.yaml')).toBe(true);
    expect(globMatcher('models/**.yaml')('models/x/a.yaml')).toBe(false);
    expect(globMatcher('models/**/*.yaml')('models/x/a.yaml')).toBe(true);
    const dir = tree(['models/a.yaml', 'models/x/b.yaml']);
    expect(await findReports(dir, ['models/**.yaml'])).toEqual(['models/a.yaml']);
    expect(await findReports(dir, ['models/**/*.yaml'])).toEqual(['models/a.yaml', 'models/x/b.yaml']);
  });

  it('`[ab]` and `[!ab]` classes match one character of the class', async () => {
    const dir = tree(['models/a/mlgate.yaml', 'models/b/mlgate.yaml', 'models/c/mlgate.yaml']);
    expect(await findReports(dir, ['models/[ab]/mlgate.yaml'])).toEqual([
      'models/a/mlgate.yaml',
      'models/b/mlgate.yaml',
    ]);
    expect(await findReports(dir, ['models/[!ab]/mlgate.yaml'])).toEqual(['models/c/mlgate.yaml']);
    expect(matchesAny('src/features/b.py', ['src/features/[ab].py'])).toBe(true);
  });

  it('`!` in a list excludes what the patterns before it matched; a later pattern can include again', () => {
    const paths = ['models/fraud/**', '!models/fraud/**/*.md', 'models/fraud/MODEL_CARD.md'];
    expect(matchesAny('models/fraud/train.py', paths)).toBe(true);
    expect(matchesAny('models/fraud/docs/notes.md', paths)).toBe(false);
    expect(matchesAny('models/fraud/MODEL_CARD.md', paths)).toBe(true);
    expect(matchesAny('models/churn/train.py', paths)).toBe(false);
  });

  it('dotfiles and braces match as in a workflow filter', () => {
    expect(globMatcher('.github/**')('.github/workflows/ci.yml')).toBe(true);
    expect(globMatcher('models/*/mlgate.{yaml,yml}')('models/x/mlgate.yml')).toBe(true);
  });
});

describe('mlgate validate refuses globs that would match nothing as meant', () => {
  async function validate(config: string) {
    const dir = tempDir('mlgate-glob-cfg-');
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(path.join(dir, '.github', 'mlgate.yml'), config);
    const t = captureIo(dir);
    const code = await runCli(['validate', '.github/mlgate.yml'], t.io);
    return { code, err: t.err(), out: t.out() };
  }

  it.each([
    [
      'reports:\n  - "+(a|b)/mlgate.yaml"\n',
      '.github/mlgate.yml:2:5: reports[0]: the pattern "+(a|b)/mlgate.yaml" uses an extended glob such as `+(a|b)`, which is not supported; use `{a,b}`',
    ],
    [
      'reports:\n  - models/*/mlgate.yaml\n  - "!models/old/mlgate.yaml"\n',
      '.github/mlgate.yml:3:5: reports[1]: the pattern "!models/old/mlgate.yaml" negations (`!pattern`) are not supported here; list what to include',
    ],
    [
      'models:\n  fraud:\n    paths: ["!models/fraud/README.md"]\n',
      '.github/mlgate.yml:3:13: models.fraud.paths[0]: the pattern "!models/fraud/README.md" a list cannot start with a negation (`!pattern` only excludes what an earlier pattern matched)',
    ],
    [
      'checklist:\n  model_paths: ["models/[ab/**"]\n',
      '.github/mlgate.yml:2:17: checklist.model_paths[0]: the pattern "models/[ab/**" has an unclosed `[` character class',
    ],
    [
      'models:\n  fraud:\n    report: "dvc:models\\\\fraud\\\\dvc.yaml"\n',
      '.github/mlgate.yml:3:13: models.fraud.report: the pattern "dvc:models\\fraud\\dvc.yaml" contains a backslash; paths are `/`-separated and glob characters are not escaped',
    ],
  ])('%j', async (config, message) => {
    const r = await validate(config);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`${message}\n`);
  });

  it('accepts negations after the patterns they narrow, and classes', async () => {
    const r = await validate(
      'reports: ["models/[ab]/mlgate.yaml"]\nmodels:\n  fraud:\n    paths: ["models/fraud/**", "!models/fraud/**/*.md"]\n',
    );
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });
});
