// Issue references and mentions from a PR's files stay dead in everything mlgate writes: in a dataset name, a
// slice, a product metric, a model card heading, a curve metric and a waiver's reason. GitHub decodes entities
// before it links, so the check reads the text as GitHub does (test/support/github-text.ts).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../src/cli/compare.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { liveReferences } from '../support/github-text.js';
import { WORKSPACE } from '../checklist/helpers.js';
import { tempDir } from './helpers.js';

const REFS = 'fixes #1 acme/infra#3 GH-77 @octocat';

function hostileWorkspace(): string {
  const dir = tempDir();
  cpSync(WORKSPACE, dir, { recursive: true });
  const head = path.join(dir, 'models/fraud/mlgate.yaml');
  const text = readFileSync(head, 'utf8')
    .replace('dataset: gold-2026-10', `dataset: "${REFS}"`)
    .replace('card_present:', `"${REFS}":`)
    .replace(/metric: accuracy\n/, 'metric: GH-77\n')
    .replace(/accuracy: (0\.9\d+) }/g, 'GH-77: $1 }')
    .replace('  recall_fraud: 0.802\n', `  recall_fraud: 0.802\n  GH-77: 0.915\n`)
    .replace('name: chargeback_rate', `name: "${REFS}"\n    description: "${REFS}"`);
  writeFileSync(head, text);
  const card = path.join(dir, 'models/fraud/MODEL_CARD.md');
  writeFileSync(card, readFileSync(card, 'utf8') + `\n## ${REFS}\n\ntext\n`);
  return dir;
}

describe('references and mentions stay dead', () => {
  it('in the comment built from a PR’s report, model card and checklist', async () => {
    const dir = hostileWorkspace();
    const result = await compareFiles(
      {
        processEnv: process.env,
        head: 'models/fraud/mlgate.yaml',
        base: 'models/fraud/base.yaml',
        now: new Date('2026-11-02T12:00:00Z'),
      },
      dir,
    );
    const item = result.models[0]!.checklist![0]!;
    item.status = 'waived';
    item.waiver = { by: 'octocat', reason: REFS, comment_url: 'https://github.com/acme/models/pull/7#issuecomment-1' };
    const md = renderMarkdown(result, { target: 'summary' });
    // The strings did reach the output (else this would test nothing) ...
    expect(md).toContain('GH-&#8205;77');
    expect(md).toContain('acme/infra&#35;&#8205;3');
    // ... and nothing in it links an issue or mentions anyone.
    expect(liveReferences(md)).toEqual([]);
    expect(liveReferences(renderMarkdown(result, { target: 'comment' }))).toEqual([]);
  });
});
