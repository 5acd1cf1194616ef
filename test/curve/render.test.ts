// The learning-curve block as the PR sees it: every string of the analysis escaped exactly once (a result
// artifact in publish/aggregate mode can set any of them), no repeated words, the chart's numbers the table's.
import { describe, expect, it } from 'vitest';
import { analyzeCurve, compareCurves, renderCurveMarkdown, renderCurveText } from '../../src/curve/index.js';
import { ACC, satellite } from './helpers.js';

const rf = satellite('random_forest'),
  lr = satellite('logreg');
const head = analyzeCurve('accuracy', rf.points, { ...ACC, eval_size: rf.eval_size });
const base = analyzeCurve('accuracy', lr.points, { ...ACC, eval_size: lr.eval_size });
const unreliable = analyzeCurve('accuracy', rf.points.slice(0, 3), { ...ACC, eval_size: rf.eval_size });

describe('renderCurveMarkdown', () => {
  it('escapes family, conclusions and reason once: ~ shows as &#126;, never as &amp;#126;', () => {
    const evil = {
      ...unreliable,
      family: '@acme/security [x](https://evil.example)',
      reason: 'diminishing returns (~3.77M) @acme/admins',
      conclusion: 'learning curve not reliable: <!-- x --> @acme/admins ![](https://evil.example/p.png)',
      points: head.points, // four or more points: the model line with the family is shown
      curve: head.curve,
    };
    const cmp = { ...compareCurves(base, head), conclusion: '@acme/ml [c](javascript:alert(1)) www.evil.example' };
    const md = renderCurveMarkdown(evil, base, cmp);
    expect(md).toContain('model: @&#8203;acme/security &#91;x&#93;(https&#58;&#8205;//evil.example)');
    expect(md).toContain('not reliable: diminishing returns (&#126;3.77M) @&#8203;acme/admins');
    expect(md).toContain(
      '**Against the base**: @&#8203;acme/ml &#91;c&#93;(javascript:alert(1)) www&#8205;&#46;evil.example',
    );
    expect(md).not.toContain('&amp;');
    expect(md).not.toContain('<!--');
    expect(md).not.toMatch(/@(?!&#8203;)\w/);
    expect(md).not.toContain('](');
  });

  it('says "not reliable" once under the heading, not "learning curve" twice', () => {
    expect(unreliable.conclusion).toMatch(/^learning curve not reliable: /);
    const md = renderCurveMarkdown(unreliable);
    expect(md).toMatch(/^\*\*Learning curve \(accuracy\)\*\*: not reliable: only 3 points/);
    expect(renderCurveText(unreliable)).toMatch(/^learning curve \(accuracy\): not reliable: only 3 points/);
  });

  it('the chart shows the table’s precision (88.3, not 88.32)', () => {
    // At most 12 points: the chart's categories are the measured sizes, as in the table.
    const eight = analyzeCurve('accuracy', rf.points.slice(-8), { ...ACC, eval_size: rf.eval_size });
    const md = renderCurveMarkdown(eight);
    const measured = /line "measured" \[([^\]]+)\]/.exec(md)![1]!.split(', ');
    const table = md
      .split('\n')
      .filter((l) => /^\| \d/.test(l))
      .map((l) => l.split(' | ')[1]!.replace(' %', ''));
    for (const v of measured) expect(v).toMatch(/^\d+(\.\d)?$/);
    expect(measured).toEqual(table.map((t) => String(Number(t))));
  });
});

describe('renderCurveText', () => {
  it('a metric, unit or conclusion with a line break cannot start a workflow command line', () => {
    const evil = {
      ...head,
      metric: 'acc\n::warning::forged',
      cost_unit: 'h\n::add-mask::x',
      conclusion: 'ok\n::error::forged',
    };
    const txt = renderCurveText(evil);
    for (const line of txt.split('\n')) expect(line.trimStart()).not.toMatch(/^::/);
    expect(txt).not.toMatch(/::(warning|error|add-mask)::/);
  });
});
