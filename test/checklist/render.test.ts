import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/pipeline/evaluate.js';
import type { GateResult } from '../../src/kernel/result-types.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderChecklist } from '../../src/render/checklist.js';
import { HEAD_PATH, config, day, facts, loadBase, loadHead } from './helpers.js';

function result(edit: (y: string) => string, waivers = facts().waivers): GateResult {
  return evaluate({
    config: config({
      checklist: {
        custom: [{ id: 'privacy-review', title: 'Privacy <b>review</b> | @legal-team', pr_checkbox: true }],
      },
    }),
    models: [
      {
        name: 'fraud-detector',
        head: loadHead(edit),
        base: loadBase(),
        head_path: HEAD_PATH,
        base_path: HEAD_PATH,
        extras: { checklist: facts({ waivers, pr_body: '' }) },
      },
    ],
    base: { sha: null, source: 'file' },
    head: { sha: null },
    now: day('2026-11-02'),
  });
}

describe('the checklist section', () => {
  it('shows every item with its icon, a fix for what fails, and the waivers as an audit trail', () => {
    const r = result(
      (y) => y.replace(/ {2}product_metric:\n.*\n.*\n/, '').replace('backup_owner: "@bob"', 'backup_owner: "@alice"'),
      [
        {
          item: 'product_metric',
          by: 'dave',
          reason: 'internal model; ping @security-team <script>alert(1)</script> | x',
          comment_id: 12,
          comment_url: 'https://github.com/acme/models/pull/7#issuecomment-12',
        },
      ],
    );
    const block = renderChecklist(r.models[0]!, { pull_url: 'https://github.com/acme/models/pull/7' })!;
    expect(block.text).toContain('**Lifecycle checklist:** ❌ 2 failing · ✅ 11 passed · 🟦 1 waived');
    // What needs action is listed with its fix, outside the collapsed table of the other items.
    expect(block.text).toContain(
      '- ❌ **Ownership**: owner and backup owner are both @&#8203;alice — **Fix:** name a different person as lifecycle.backup_owner, so two people can run the model',
    );
    expect(block.text).toContain('<details><summary>The other 12 items</summary>');
    expect(block.text.indexOf('- ❌ **Ownership**')).toBeLessThan(block.text.indexOf('<details>'));
    expect(block.text).toContain('| 🟦 waived | Product metric | no product metric named; waived by @&#8203;dave |');
    // Untrusted title and reason: no HTML, no live mention, no table-breaking pipe.
    expect(block.text).toContain('Privacy &lt;b&gt;review&lt;/b&gt; &#124; @&#8203;legal-team');
    expect(block.text).toContain(
      '- Product metric (product_metric) waived by @&#8203;dave: “internal model; ping @&#8203;security-team &lt;script&gt;alert(1)&lt;/script&gt; &#124; x” ([comment](https://github.com/acme/models/pull/7#issuecomment-12))',
    );
    expect(block.text).not.toMatch(/<script|<b>|@security-team|@dave\b/);
    // Over the size limit only passing rows go: failures and the audit trail stay.
    expect(block.fallback).toContain('Ownership');
    expect(block.fallback).toContain('waived by @&#8203;dave');
    expect(block.fallback).not.toContain('| ✅ |');
  });

  it('drops a crafted link and appears in the full comment with the findings', () => {
    const r = result(
      (y) => y,
      [
        {
          item: 'privacy-review',
          by: 'dave',
          reason: 'done offline',
          comment_id: 3,
          comment_url: 'javascript:alert(1)',
        },
      ],
    );
    const md = renderMarkdown(r, { target: 'comment' });
    expect(md).toContain('**Lifecycle checklist:** ✅ 13 passed · 🟦 1 waived');
    expect(md).toContain('waived by @&#8203;dave: “done offline”');
    expect(md).not.toContain('javascript:');
  });

  it('renders nothing when the checklist does not apply', () => {
    const r = result((y) => y.slice(0, y.indexOf('lifecycle:')));
    r.models[0]!.checklist = null;
    expect(renderChecklist(r.models[0]!)).toBeNull();
  });
});
