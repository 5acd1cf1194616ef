import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/schema/config.js';
import { evaluate } from '../../src/pipeline/evaluate.js';
import { parseReport } from '../../src/schema/report.js';
import { escapeMarkdownInline } from '../../src/kernel/escape.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';

const NOW = new Date('2026-11-21T00:00:00Z');

// accuracy's tolerance is explicit: the zero-config one only fails drops that a test finds significant.
const STRICT = resolveConfig({ metrics: { accuracy: { max_drop: 0 } } });

function result(
  metrics: Record<string, number>,
  baseMetrics: Record<string, number>,
  model = 'fraud-detector',
  config = STRICT,
) {
  const text = (m: Record<string, number>) => JSON.stringify({ version: 1, model, metrics: m });
  return evaluate({
    config,
    models: [
      {
        name: model,
        head: parseReport(text(metrics), 'h.json'),
        base: parseReport(text(baseMetrics), 'b.json'),
        head_path: 'h.json',
        base_path: 'b.json',
      },
    ],
    base: { sha: '0123456789abcdef0123456789abcdef01234567', source: 'git' },
    head: { sha: 'fedcba9876543210fedcba9876543210fedcba98' },
    now: NOW,
  });
}

describe('escapeMarkdownInline', () => {
  it.each([
    ['@org/team', '@&#8203;org/team'],
    ['a|b', 'a&#124;b'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    [
      '<!-- mlgate:comment key=default head=abc -->',
      '&lt;&#33;-- mlgate:comment key=default head=abc --&gt;'.replace('&#33;', '!'),
    ],
    ['#123', '&#35;&#8205;123'],
    ['[click](http://x)', '&#91;click&#93;(http&#58;&#8205;//x)'],
    // Bare URLs autolink on GitHub (an issue URL posts a cross-reference); ordinary names stay as they were.
    ['https://evil.example/track.png', 'https&#58;&#8205;//evil.example/track.png'],
    ['www.evil.example', 'www&#8205;&#46;evil.example'],
    ['WWW.evil.example/login', 'WWW&#8205;&#46;evil.example/login'],
    ['mailto:ceo@corp.example', 'mailto&#8205;&#58;ceo@&#8203;corp.example'],
    ['eval/accuracy@k:5', 'eval/accuracy@&#8203;k:5'],
    ['val.loss', 'val.loss'],
    // GFM reads no emphasis in an `_` between letters or digits; one at a word's edge could open or close one.
    ['latency_p95_ms', 'latency_p95_ms'],
    ['_private_', '&#95;private&#95;'],
    ['a__b', 'a&#95;&#95;b'],
    ['x_ y', 'x&#95; y'],
    ['größe_ü', 'größe_ü'],
    ['`code`', '&#96;code&#96;'],
    ['line\nbreak', 'line break'],
    ['rtl\u202Eeman', 'rtl�eman'],
    ['zero\u200Bwidth', 'zero�width'],
  ])('%j becomes %j', (input, expected) => expect(escapeMarkdownInline(input)).toBe(expected));

  it('bounds the length without splitting a surrogate pair', () => {
    const out = escapeMarkdownInline('😀'.repeat(200), 10);
    expect(Array.from(out)).toHaveLength(10);
    expect(out.endsWith('…')).toBe(true);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('renderMarkdown', () => {
  it('starts with the verdict and its reason, then the table, and ends with the marker', () => {
    const r = result({ accuracy: 0.9, latency_p95_ms: 41 }, { accuracy: 0.912, latency_p95_ms: 41 });
    const md = renderMarkdown(r, { target: 'comment', marker: '<!-- mlgate:comment key=default head=fedcba9 -->' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('### ❌ mlgate: fail — accuracy regressed −1.20 pp (−1.3%); allowed drop 0 pp');
    expect(lines[1]).toBe('');
    // The small print last, above the marker: the commit this comment is for, the baseline, the legend.
    expect(lines.slice(-4, -2)).toEqual([
      '<sub>Compared commit `fedcba9` with the baseline at `0123456` (read from git).</sub>',
      '<br><sub>Updated for `fedcba9` · base `0123456` · [how to read this](https://github.com/mlgate/mlgate/blob/main/docs/comment.md#how-to-read-this)</sub>',
    ]);
    expect(md).toContain('| Metric | Base | PR | Δ | Δ% | Allowed | Status |');
    // Each row says which way is better and what change the rule allows.
    expect(md).toContain('| accuracy | 91.2% | 90.0% | −1.20 pp | −1.3% | ↑ no drop | ❌ regressed |');
    expect(md).toContain('| latency_p95_ms | 41 | 41 | ±0 | ±0% | ↓ ≤ +5 % | ✅ unchanged |');
    expect(lines.at(-1)).toBe('<!-- mlgate:comment key=default head=fedcba9 -->');
  });

  it('escapes hostile metric and model names everywhere', () => {
    const r = result({ 'acc@team': 0.5 }, { 'acc@team': 0.9 });
    const md = renderMarkdown(r, { target: 'comment' });
    expect(md).not.toMatch(/@team/);
    expect(md).toContain('acc@&#8203;team');
  });

  it('fits the comment limit by dropping whole sections and keeps the failing rows', () => {
    const metrics: Record<string, number> = {};
    const base: Record<string, number> = {};
    for (let i = 0; i < 200; i++) {
      metrics[`metric_${i}_${'x'.repeat(80)}`] = i === 7 ? 0.1 : 0.5;
      base[`metric_${i}_${'x'.repeat(80)}`] = 0.5;
    }
    const r = result(metrics, base);
    const full = renderMarkdown(r, { target: 'summary' });
    const cut = renderMarkdown(r, { target: 'comment', limit: 8000 });
    expect(full.length).toBeGreaterThan(8000);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(8000);
    expect(cut.split('\n')[0]).toMatch(/^### ❌ mlgate: fail/);
    expect(cut).toContain('metric_7_');
    expect(cut).toContain('see the job summary for the full report');
  });

  it('renders the same result for the terminal', () => {
    const text = renderText(result({ accuracy: 0.9 }, { accuracy: 0.912 }));
    expect(text.split('\n')[0]).toBe('mlgate: FAIL — accuracy regressed −1.20 pp (−1.3%); allowed drop 0 pp');
    expect(text).toMatch(
      /accuracy\s+91\.2%\s+90\.0%\s+−1\.20 pp\s+−1\.3%\s+- no eval size\s+↑ no drop\s+FAIL regressed/,
    );
  });

  it('says "regressed, within tolerance" for a passing drop, as the comment does', () => {
    const loose = resolveConfig({ metrics: { accuracy: { max_drop: 0.02 } } });
    const r = result({ accuracy: 0.9 }, { accuracy: 0.912 }, 'fraud-detector', loose);
    expect(renderText(r)).toMatch(
      /accuracy\s+91\.2%\s+90\.0%\s+−1\.20 pp\s+−1\.3%\s+- no eval size\s+↑ ≤ −2 pp\s+PASS regressed, within tolerance\n/,
    );
    // A drop the rule tolerates is not a clean pass: the neutral mark, never ✅.
    expect(renderMarkdown(r, { target: 'comment' })).toContain('| ⚪ regressed, within tolerance |');
  });
});

/** Two report texts judged with the zero config, as `mlgate compare --base … --head …` does. */
function fromTexts(base: string, head: string) {
  return evaluate({
    config: resolveConfig({}),
    models: [
      {
        name: 'm',
        head: parseReport(head, 'h.yaml'),
        base: parseReport(base, 'b.yaml'),
        head_path: 'h.yaml',
        base_path: 'b.yaml',
      },
    ],
    base: { sha: null, source: 'file' },
    head: { sha: null },
    now: NOW,
  });
}

describe('the noise line', () => {
  it('says what the eval set can resolve, as in the issue: 2,000 examples at 95 % accuracy, about ±1.9 pp', () => {
    const text = (acc: number) => `version: 1\nmodel: m\nmetrics: { accuracy: ${acc} }\neval: { size: 2000 }\n`;
    const r = fromTexts(text(0.95), text(0.954));
    const md = renderMarkdown(r, { target: 'summary' });
    const line = md.split('\n').find((l) => l.startsWith('<sub>With 2,000 evaluation examples'))!;
    const mde = Number(
      /a real change of ±([\d.]+) pp in accuracy is detected 80 % of the time \(α = 0\.05, tested alone\)/.exec(
        line,
      )![1],
    );
    // 1.93 pp for the eval set, plus what values written to 3 decimals may hide (0.05 pp a side).
    expect(mde).toBeGreaterThan(1.98);
    expect(mde).toBeLessThan(2.08);
    expect(line).toContain('unpaired test, approximate');
    expect(r.models[0]!.metrics[0]!.change).toBe('within_noise');
  });
});

describe('the reasons a reader sees first', () => {
  it('does not say "no regressions" above a row that regressed within tolerance', () => {
    const r = result({ accuracy: 0.913, latency_p95_ms: 42 }, { accuracy: 0.912, latency_p95_ms: 41 });
    expect(r.verdict).toBe('pass');
    expect(renderMarkdown(r, { target: 'summary' }).split('\n')[0]).toBe(
      '### ✅ mlgate: pass — no regression beyond tolerance; 1 metric improved',
    );
  });

  it('lists failing checklist items among the reasons when they alone fail the model', () => {
    const text = (acc: number) =>
      `version: 1\nmodel: m\nmetrics: { accuracy: ${acc} }\nlifecycle: { owner: "@ml-team" }\n`;
    const r = fromTexts(text(0.91), text(0.91));
    const failing = r.models[0]!.findings.filter((f) => f.severity === 'fail');
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((f) => f.rule.startsWith('checklist.'))).toBe(true);
    expect(renderMarkdown(r, { target: 'summary' })).toContain(
      `- ❌ ${failing.length} required checklist items not met (see the checklist below)`,
    );
  });
});
