// The comment a reviewer reads in five seconds (docs/comment.md): line 1 the verdict and its reason in at most
// 120 characters, the rows that matter with the rest one click away, one finding per metric, one money-first cost
// line, the curve in one sentence, the checklist as a summary plus what needs action, and a footer.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { GateResult } from '../../src/kernel/result-types.js';
import { LEGEND_URL, renderMarkdown, shortReason } from '../../src/render/markdown.js';
import { renderCostLine } from '../../src/render/cost-line.js';
import { decodeEntities } from '../support/github-text.js';
import { captureIo, tempFiles } from '../support/cli.js';

async function demo(format = 'json', isTTY = false): Promise<string> {
  const t = captureIo(process.cwd());
  expect(
    await runCli(['demo', '--now', '2026-11-21', ...(format ? ['--format', format] : [])], { ...t.io, isTTY }),
  ).toBe(0);
  return t.out();
}

const demoResult = async () => JSON.parse(await demo()) as GateResult;

/** Line 1 as GitHub shows it: no heading marker, entities decoded. */
const visible = (line: string) => decodeEntities(line.replace(/^### /, ''));

describe('the demo comment', () => {
  it('line 1 is the verdict and its reason in ≤ 120 characters; the latency metric counts once', async () => {
    const md = renderMarkdown(await demoResult(), { target: 'comment' });
    const first = md.split('\n')[0]!;
    expect(first).toBe('### ❌ mlgate: fail — latency_p95_ms is 58, above the maximum 50 (+4 warnings)');
    expect(Array.from(visible(first)).length).toBeLessThanOrEqual(120);
    // Its maximum and its allowed increase are one finding, in one line.
    expect(md).toContain('- ❌ latency_p95_ms is 58, above the maximum 50; regressed +17 (+41%); allowed 20%');
    expect(md.match(/^- ❌ /gm)).toHaveLength(1);
  });

  it('shows the rows that changed or fail, the rest collapsed, and says why a noise cell is empty', async () => {
    const md = renderMarkdown(await demoResult(), { target: 'comment' });
    const [open, collapsed] = md.split('<details><summary>+ 3 unchanged or within noise</summary>');
    expect(open).toContain('| latency_p95_ms | 41 | 58 | +17 | +41% | — no spread known | ↓ ≤ +20 % | ❌ regressed |');
    expect(open).toContain(
      '| f1_macro | 87.4% | 87.1% | −0.30 pp | −0.3% | — needs predictions | ↑ ≤ −1 pp | ⚪ regressed, within tolerance |',
    );
    expect(open).not.toContain('| accuracy |');
    expect(collapsed).toContain(
      '| accuracy | 91.2% | 91.5% | +0.30 pp | +0.3% | ±0.81 pp · n.s. | ↑ ≤ −0.5 pp | ⚪ within noise |',
    );
    // The power sentence is with the rows it explains.
    expect(collapsed!.indexOf('<sub>With 12,000 evaluation examples')).toBeLessThan(collapsed!.indexOf('</details>'));
    // ✅ only on a clean pass: never on a regression or a change within noise.
    expect(md).not.toMatch(/✅ (regressed|within noise)/);
  });

  it('prices cost and P&L in one line, money first, and the curve in one sentence with its savings in money', async () => {
    const md = renderMarkdown(await demoResult(), { target: 'comment' });
    // Two raw dollar signs on a line open GitHub's inline math: every amount is written as an entity.
    expect(md).not.toContain('$');
    expect(decodeEntities(md)).toContain(
      '**Cost:** training $20.08 → $45.17 (+$25.10, +125%; accuracy within noise: no gain to price) · inference $0.04 → $0.058 per 1,000 (38 ms → 55 ms) · serving $1,200 → $1,740/month · net value +$176,400 → +$175,860/month',
    );
    expect(decodeEntities(md)).toContain(
      '**Learning curve (accuracy):** trains on 5.3× the ~756k examples past which a doubling buys < 0.5 pp; ~81 % of the training cost ($36.68) could be saved.\n<details><summary>Chart, points and the comparison with the base</summary>',
    );
    expect(md).not.toContain('CPU-h could be saved.\n');
  });

  it('gives the checklist one line when all is well, the items one click away; the footer links the legend', async () => {
    const md = renderMarkdown(await demoResult(), { target: 'comment', marker: '<!-- mlgate:comment key=default -->' });
    expect(md).toContain(
      '**Lifecycle checklist:** ✅ 11 passed · ⏺️ 2 not checked\n\n<details><summary>All 13 items</summary>',
    );
    const lines = md.split('\n');
    expect(lines.at(-4)).toBe(
      '<sub>Compared the PR’s report with the baseline report named on the command line.</sub>',
    );
    expect(lines.at(-3)).toBe(`<br><sub>[how to read this](${LEGEND_URL})</sub>`);
    expect(LEGEND_URL).toMatch(/docs\/comment\.md#how-to-read-this$/);
    // The anchor exists: the legend heading in docs/comment.md.
    expect(readFileSync(path.resolve('docs/comment.md'), 'utf8')).toMatch(/^## How to read this$/m);
  });

  it('writes `_` inside words as it is (GFM needs no escape there)', async () => {
    const md = await demo('markdown');
    expect(md).not.toContain('&#95;');
    expect(md).toContain('latency_p95_ms');
  });
});

describe('the verdict line of a long reason', () => {
  it('cuts at a clause that closes its brackets, keeps the "(+N more)" tail, else at a word with …', () => {
    const checklist =
      'Ownership: owner and backup owner are both @alice; name a different person as lifecycle.backup_owner, so two people can run the model (+2 warnings)';
    const cut = shortReason(checklist, 100);
    expect(cut).toBe('Ownership: owner and backup owner are both @alice (+2 warnings)');
    expect(Array.from(cut).length).toBeLessThanOrEqual(100);
    expect(shortReason('a'.repeat(30) + ' (see x) ' + 'b '.repeat(60), 50)).toBe(
      `${'a'.repeat(30)} (see x) b b b b b…`,
    );
    expect(shortReason('short', 100)).toBe('short');
  });

  it('a checklist failure is one short line, its fix below in the checklist', async () => {
    const r = await demoResult();
    r.verdict = 'fail';
    r.reason =
      'Ownership: owner and backup owner are both @alice; name a different person as lifecycle.backup_owner, so two people can run the model, and record it in the model card (+1 more failure)';
    const first = renderMarkdown(r, { target: 'comment' }).split('\n')[0]!;
    expect(first).toBe(
      '### ❌ mlgate: fail — Ownership: owner and backup owner are both @&#8203;alice (+1 more failure)',
    );
    expect(Array.from(visible(first)).length).toBeLessThanOrEqual(120);
  });
});

describe('money first', () => {
  it('without prices, hours in the unit that dominates: GPU-h when the run used GPUs', async () => {
    const model = (await demoResult()).models[0]!;
    model.cost = {
      ...model.cost!,
      base: { cpu_hours: 1.5, gpu_hours: 8, amount: null },
      head: { cpu_hours: 3.4, gpu_hours: 18, amount: null },
      delta: null,
      price_per_1k_predictions: null,
      serving_per_month: null,
      net_value_per_month: null,
    };
    expect(renderCostLine(model)).toBe(
      '**Cost:** training 8 → 18 GPU-h (+ 1.5 → 3.4 CPU-h) (+125%; accuracy within noise: no gain to price) · inference 38 ms → 55 ms per 1,000',
    );
  });
});

describe('the terminal', () => {
  it('mlgate demo prints the text format in a terminal, markdown when piped or asked for', async () => {
    const tty = await demo('', true);
    expect(tty.split('\n')[0]).toBe('mlgate: FAIL — latency_p95_ms is 58, above the maximum 50 (+4 warnings)');
    expect(tty).not.toMatch(/&#\d+;|<sub>|\|---/);
    expect((await demo('', false)).split('\n')[0]).toMatch(/^### ❌ mlgate: fail/);
    expect((await demo('markdown', true)).split('\n')[0]).toMatch(/^### ❌ mlgate: fail/);
  });

  it('compare does the same', async () => {
    const report = (acc: number) => `version: 1\nmodel: m\nmetrics:\n  accuracy: ${acc}\n`;
    const dir = tempFiles({ 'base.yaml': report(0.9), 'head.yaml': report(0.91) });
    const run = async (isTTY: boolean, extra: string[] = []) => {
      const t = captureIo(dir);
      await runCli(['compare', '--base', 'base.yaml', '--head', 'head.yaml', ...extra], { ...t.io, isTTY });
      return t.out().split('\n')[0];
    };
    expect(await run(true)).toBe('mlgate: PASS — no regressions; 1 metric improved');
    expect(await run(false)).toBe('### ✅ mlgate: pass — no regressions; 1 metric improved');
    expect(await run(true, ['--format', 'markdown'])).toBe('### ✅ mlgate: pass — no regressions; 1 metric improved');
  });
});

describe('mlgate preview', () => {
  it('writes the comment as a standalone page: GFM rendered, the chart left for Mermaid, loaded from --mermaid-src', async () => {
    const dir = tempFiles({});
    const t = captureIo(dir);
    const args = ['preview', '--now', '2026-11-21', '--out', 'p.html', '--mermaid-src', 'http://127.0.0.1:9/m.js'];
    expect(await runCli(args, t.io)).toBe(0);
    expect(t.out()).toBe('wrote p.html: the comment (fail) as GitHub would show it; open it in a browser\n');
    const html = readFileSync(path.join(dir, 'p.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<h3>❌ mlgate: fail — latency_p95_ms is 58, above the maximum 50 (+4 warnings)</h3>');
    expect(html).toContain('<pre class="mermaid">%%{init:');
    expect(html).toContain('<script src="http://127.0.0.1:9/m.js"></script>');
    expect(html).toContain('<details><summary>+ 3 unchanged or within noise</summary>');
    expect(html).not.toMatch(/\n\| |\*\*Cost/); // no markdown left unrendered
  });

  it('renders result files, and refuses an --out outside the current directory', async () => {
    const dir = tempFiles({ 'r.json': await demo() });
    const ok = captureIo(dir);
    expect(await runCli(['preview', 'r.json', '--out', 'x.html'], ok.io)).toBe(0);
    expect(readFileSync(path.join(dir, 'x.html'), 'utf8')).toContain('cdn.jsdelivr.net/npm/mermaid@11');
    const bad = captureIo(dir);
    expect(await runCli(['preview', 'r.json', '--out', '../x.html'], bad.io)).toBe(2);
    expect(bad.err()).toMatch(/--out names a file outside the current directory/);
    const src = captureIo(dir);
    expect(await runCli(['preview', '--mermaid-src', 'javascript:alert(1)'], src.io)).toBe(2);
  });
});

describe('the preview page of hostile names', () => {
  it('keeps them text: no tag, comment or script of theirs reaches the HTML', async () => {
    const names = ['<img src=x onerror=alert(1)>', '<!-- hides -->', '</details><script>alert(1)</script>', '```'];
    const dir = tempFiles({
      'head.yaml': 'version: 1\nmodel: m\nmetrics:\n  acc: 0.9\n',
      'c.yml': `required_metrics: ${JSON.stringify(names)}\n`,
    });
    const t = captureIo(dir);
    expect(await runCli(['compare', '--head', 'head.yaml', '--config', 'c.yml', '--format', 'html'], t.io)).toBe(1);
    const html = t.out();
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;'); // the name did reach the page, as text
    expect(html).not.toMatch(/<img|<!-- hides|<script>alert/);
    // Our own scripts only: the Mermaid loader and the page's one inline script.
    expect(html.match(/<script/g)).toHaveLength(2);
  });
});
