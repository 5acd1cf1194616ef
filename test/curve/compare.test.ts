import { describe, expect, it } from 'vitest';
import { analyzeCurve, compareCurves, renderCurveMarkdown, renderCurveText } from '../../src/curve/index.js';
import { ACC, satellite } from './helpers.js';

describe('compareCurves on two real curves (Satellite: logreg base, random forest PR)', () => {
  const lr = satellite('logreg'),
    rf = satellite('random_forest');
  const base = analyzeCurve('accuracy', lr.points, { ...ACC, eval_size: lr.eval_size });
  const head = analyzeCurve('accuracy', rf.points, { ...ACC, eval_size: rf.eval_size });
  const cmp = compareCurves(base, head);

  it('compares at equal sizes and finds the PR dominant and more sample-efficient', () => {
    expect(cmp.at_equal_sizes.length).toBe(16);
    expect(cmp.mean_improvement!).toBeGreaterThan(0.03);
    expect(cmp.dominance).toBe('head');
    expect(cmp.size_ratio_for_equal_value!).toBeLessThan(0.5);
    expect(cmp.conclusion).toMatch(/the PR curve is at least as good at every size/);
  });

  it('the reverse comparison sees the base dominant', () => {
    expect(compareCurves(head, base).dominance).toBe('base');
  });

  it('prices a change of data.train_size', () => {
    const smallBase = analyzeCurve('accuracy', rf.points.slice(0, -2), { ...ACC, eval_size: rf.eval_size });
    const c = compareCurves(smallBase, head);
    expect(c.train_size_change!.base_size).toBe(2901);
    expect(c.train_size_change!.head_size).toBe(4826);
    expect(c.train_size_change!.metric_delta!).toBeGreaterThan(0);
    expect(c.train_size_change!.cost_delta!).toBeGreaterThan(0);
    expect(c.train_size_change!.metric_per_cost!).toBeGreaterThan(0);
    expect(c.conclusion).toMatch(/on the PR’s curve, training data 2.9k → 4.83k buys \+\d/);
  });

  it('renders markdown with conclusion, chart and table, and text', () => {
    const md = renderCurveMarkdown(head, base, cmp);
    expect(md).toMatch(/^\*\*Learning curve \(accuracy\)\*\*: /);
    expect(md).toMatch(/```mermaid\n%%\{init: .*\}%%\nxychart-beta/);
    expect(md).toContain('| training size | PR accuracy | PR fitted | base accuracy | cost (CPU-s) |'); // sub-second fits: one unit, seconds
    expect(md).toContain('4.83k (current)');
    const txt = renderCurveText(head, base, cmp);
    expect(txt).toMatch(/^learning curve \(accuracy\): /);
    expect(txt).toContain('against the base:');
  });

  it('escapes user-provided metric names in markdown', () => {
    const evil = analyzeCurve('acc<script>|**x**', rf.points, { ...ACC, eval_size: rf.eval_size });
    const md = renderCurveMarkdown(evil);
    expect(md).not.toContain('<script>');
    expect(md).not.toMatch(/acc<script>\|/);
  });
});
