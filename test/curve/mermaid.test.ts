// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCurve, compareCurves, renderCurveMarkdown, renderCurveMermaid } from '../../src/curve/index.js';
import { ACC, lcdb, readFixture, satellite } from './helpers.js';
import { parseCurveCsv } from '../../src/readers/curve-csv.js';

type Mermaid = { parse: (text: string) => Promise<unknown> };
let mermaid: Mermaid;

beforeAll(async () => {
  // jsdom ships no type declarations; import it by name to keep the typecheck free of @types/jsdom.
  const jsdomName = 'jsdom';
  const { JSDOM } = (await import(jsdomName)) as { JSDOM: new (html: string) => { window: { document: unknown } } };
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const g = globalThis as Record<string, unknown>;
  g.window = dom.window;
  g.document = dom.window.document;
  mermaid = (await import('mermaid')).default as unknown as Mermaid;
});

function chartOf(md: string): string {
  const m = /```mermaid\n([\s\S]*?)\n```/.exec(md);
  expect(m).not.toBeNull();
  return m![1]!;
}

describe('the Mermaid xychart parses', () => {
  it('the parser rejects a broken chart (the check is real)', async () => {
    await expect(mermaid.parse('xychart-beta\n  x-axis [a, b\n  line [1, 2]')).rejects.toBeTruthy();
  });

  it('PR and base curves (scikit-learn Satellite)', async () => {
    const lr = satellite('logreg'),
      rf = satellite('random_forest');
    const base = analyzeCurve('accuracy', lr.points, { ...ACC, eval_size: lr.eval_size });
    const head = analyzeCurve('accuracy', rf.points, { ...ACC, eval_size: rf.eval_size });
    const chart = chartOf(renderCurveMarkdown(head, base, compareCurves(base, head)));
    expect(chart.split('\n').filter((l) => l.trim().startsWith('line '))).toHaveLength(4);
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
  });

  it('the example curve of the issue alone, and an unreliable 3-point curve', async () => {
    const pts = parseCurveCsv(readFixture('issue-example.csv'), 'x.csv', 'accuracy');
    await expect(mermaid.parse(renderCurveMermaid(analyzeCurve('accuracy', pts, ACC))!)).resolves.toBeTruthy();
    await expect(
      mermaid.parse(renderCurveMermaid(analyzeCurve('accuracy', pts.slice(0, 3), ACC))!),
    ).resolves.toBeTruthy();
  });

  it('a dense LCDB curve and a hostile metric name', async () => {
    const a = analyzeCurve('val "error" [x]; #1', lcdb('kr-vs-kp'), { ...ACC, direction: 'lower' });
    const chart = renderCurveMermaid(a)!;
    const axis = chart.split('\n').find((l) => l.includes('x-axis'))!;
    expect(axis.match(/"[^"]*"/g)!.length - 1).toBeLessThanOrEqual(12);
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
  });

  it('PR and base over different ranges: the chart spans the PR’s sizes; a base series that cannot is named, not faked', async () => {
    // As in the demo: the base is measured from 125k to 2M, the PR from 250k to 4M.
    const base = analyzeCurve('accuracy', parseCurveCsv(readFixture('issue-example.csv'), 'b.csv', 'accuracy'), ACC);
    const prPoints = [
      { train_size: 250000, value: 0.893 },
      { train_size: 500000, value: 0.905 },
      { train_size: 1000000, value: 0.912 },
      { train_size: 2000000, value: 0.915 },
      { train_size: 4000000, value: 0.917 },
    ];
    const head = analyzeCurve('accuracy', prPoints, ACC);
    const md = renderCurveMarkdown(head, base, compareCurves(base, head));
    const chart = chartOf(md);
    const lines = chart.split('\n').filter((l) => l.trim().startsWith('line '));
    // "base measured" would need a value at 4M, where the base measured nothing: left out, not filled from its fit.
    // "PR fitted" draws the measured values exactly (as the chart rounds them): one line, not two on top of each other.
    expect(lines.map((l) => /line "([^"]+)"/.exec(l)![1])).toEqual(['PR measured', 'base fitted']);
    const categories = /x-axis "[^"]*" \[(.*)\]/.exec(chart)![1]!.split(', ');
    expect(categories).toEqual(['"250k"', '"500k"', '"1M"', '"2M"', '"4M"']);
    for (const l of lines) expect(l.match(/\[(.*)\]/)![1]!.split(', ')).toHaveLength(categories.length);
    expect(md).toContain(
      'Lines: 🟦 PR measured · 🟩 base fitted. The PR fitted curve equals the measured values here. Not drawn: base measured (the base is measured at 125k–2M, the chart spans the PR’s sizes).',
    );
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
  });

  it('draws the PR alone, and says why, when the base was measured at other sizes altogether', async () => {
    const pow = (lo: number, k: number, a: number) =>
      Array.from({ length: k }, (_, i) => ({ train_size: lo * 2 ** i, value: 1 - (a + 3 / Math.sqrt(lo * 2 ** i)) }));
    const base = analyzeCurve('accuracy', pow(1000, 5, 0.05), ACC);
    const head = analyzeCurve('accuracy', pow(64000, 5, 0.02), ACC);
    const md = renderCurveMarkdown(head, base, compareCurves(base, head));
    const chart = chartOf(md);
    expect(
      chart
        .split('\n')
        .filter((l) => l.trim().startsWith('line '))
        .map((l) => /line "([^"]+)"/.exec(l)![1]),
    ).toEqual(['PR measured']);
    expect(md).toContain(
      'Not drawn: base measured, base fitted (the base is measured at 1k–16k, the chart spans the PR’s sizes)',
    );
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
  });

  it('puts irregular sizes on a log grid, so the axis is the log axis its title says', () => {
    const pts = [1000, 2000, 3000, 4000, 5000, 100000].map((n) => ({
      train_size: n,
      value: 1 - (0.05 + 3 / Math.sqrt(n)),
    }));
    const chart = chartOf(renderCurveMarkdown(analyzeCurve('accuracy', pts, ACC)));
    const sizes = /x-axis "[^"]*" \[(.*)\]/
      .exec(chart)![1]!
      .split(', ')
      .map((l) => l.replace(/"/g, ''));
    expect(sizes[0]).toBe('1k');
    expect(sizes.at(-1)).toBe('100k');
    expect(sizes).toHaveLength(12); // 1k · 100^(i/11): 1k, 1.52k, 2.31k … 65.8k, 100k
    expect(sizes[1]).toBe('1.52k');
  });
});

// The named colours of the palette (src/curve/render.ts), as CSS defines them.
const CSS_COLOURS: Record<string, string> = {
  royalblue: '#4169e1',
  chocolate: '#d2691e',
  mediumvioletred: '#c71585',
  seagreen: '#2e8b57',
};

function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

describe('the chart’s colours', () => {
  it('give every series its own colour, visible on white and on GitHub’s dark theme, in the block’s config', async () => {
    const lr = satellite('logreg'),
      rf = satellite('random_forest');
    const base = analyzeCurve('accuracy', lr.points, { ...ACC, eval_size: lr.eval_size });
    const head = analyzeCurve('accuracy', rf.points, { ...ACC, eval_size: rf.eval_size });
    const md = renderCurveMarkdown(head, base, compareCurves(base, head));
    const chart = chartOf(md);
    const palette = /^%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "([^"]+)"\}\}\}\}%%$/m.exec(
      chart,
    );
    expect(palette).not.toBeNull();
    const colours = palette![1]!.split(', ');
    expect(colours).toHaveLength(chart.split('\n').filter((l) => l.trim().startsWith('line ')).length);
    expect(new Set(colours).size).toBe(colours.length);
    for (const c of colours) {
      expect(CSS_COLOURS[c], c).toBeDefined();
      expect(contrast(CSS_COLOURS[c]!, '#ffffff'), `${c} on white`).toBeGreaterThanOrEqual(3);
      expect(contrast(CSS_COLOURS[c]!, '#0d1117'), `${c} on #0d1117`).toBeGreaterThanOrEqual(3);
    }
    // Mermaid's own default starts with #ECECFF, which this check would refuse (1.17:1 on white).
    expect(contrast('#ececff', '#ffffff')).toBeLessThan(3);
    expect(md).toContain('Lines: 🟦 PR measured · 🟧 PR fitted · 🟪 base measured · 🟩 base fitted.');
    await expect(mermaid.parse(chart)).resolves.toBeTruthy();
  });
});

describe('readable numbers in the chart and the conclusion', () => {
  it('rounds the y-axis outward to half a power of ten of the range', async () => {
    const { niceBounds } = await import('../../src/curve/render.js');
    expect(niceBounds(88.6398, 91.7624)).toEqual([88.5, 92]);
    expect(niceBounds(0.0123, 0.0456)).toEqual([0.01, 0.05]);
    expect(niceBounds(3, 3)).toEqual([3, 3]);
  });

  it('prints an estimate and its interval with the same decimals', async () => {
    const { formatDeltas } = await import('../../src/curve/format.js');
    expect(formatDeltas([0.0011, 0.00001, 0.0013], true)).toEqual(['+0.11 pp', '0.00 pp', '+0.13 pp']);
    expect(formatDeltas([0.021, 0.012, 0.034], true)).toEqual(['+2.1 pp', '+1.2 pp', '+3.4 pp']);
    expect(formatDeltas([-0.004, -0.006, -0.001], true)).toEqual(['\u22120.40 pp', '\u22120.60 pp', '\u22120.10 pp']);
  });
});
