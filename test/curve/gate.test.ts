// The learning-curve gate on a report: a curve written in percent is analysed like the same curve in fractions,
// so the threshold of diminishing returns (0.5 pp per doubling) means the same on either scale.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/schema/config.js';
import { gateLearningCurve } from '../../src/pipeline/learning-curve-gate.js';
import { parseReport } from '../../src/schema/report.js';

// A saturating curve (scikit-learn-like accuracies), trained on 4M examples.
const SIZES = [62_500, 125_000, 250_000, 500_000, 1_000_000, 2_000_000, 4_000_000];
const ACC = [0.842, 0.871, 0.889, 0.901, 0.907, 0.91, 0.9115];

function report(scale: number): string {
  const points = SIZES.map(
    (n, i) => `    - { train_size: ${n}, accuracy: ${Number((ACC[i]! * scale).toPrecision(6))} }`,
  ).join('\n');
  return `version: 1\nmodel: m\nmetrics: { accuracy: ${ACC.at(-1)! * scale} }\ndata: { train_size: 4000000 }\nlearning_curve:\n  metric: accuracy\n  points:\n${points}\n`;
}

describe('gateLearningCurve', () => {
  it('gives the same recommendation for a curve in percent as for the same curve in fractions', () => {
    const config = parseConfig('learning_curve: { max_oversize: 2, severity: fail }\n', 'c.yml');
    const gate = (scale: number) =>
      gateLearningCurve(parseReport(report(scale), 'r.yaml').report, null, undefined, config, undefined);
    const fraction = gate(1),
      percent = gate(100);
    expect(fraction.result!.reliable).toBe(true);
    expect(fraction.result!.oversize_factor).toBeGreaterThan(2);
    expect(percent.result!.recommended_size).toBeCloseTo(fraction.result!.recommended_size!, 6);
    expect(percent.result!.points.map((p) => p.value)).toEqual(ACC.map((a) => expect.closeTo(a, 12)));
    expect(percent.findings.map((f) => f.rule)).toEqual(fraction.findings.map((f) => f.rule));
    expect(percent.findings.map((f) => f.rule)).toEqual(['learning_curve.max_oversize']);
  });
});
