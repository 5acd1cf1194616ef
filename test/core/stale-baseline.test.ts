// Staleness, in the pure pipeline: the small print names the recorded baseline, its distance and its age; past
// baseline.max_behind, the findings that judge a delta weigh at most baseline.when_stale, while absolute bounds
// and eval.changed keep their own severity.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/schema/config.js';
import { evaluate, type ModelInput } from '../../src/pipeline/evaluate.js';
import { parseReport } from '../../src/schema/report.js';
import { provenanceOf, type BaselineOrigin } from '../../src/kernel/provenance.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';

const NOW = new Date('2026-03-03T10:00:00Z');
const REC = 'abc1234' + '0'.repeat(33);
const BASE = 'def5678' + '0'.repeat(33);

function origin(behind: number | null, recorded_at = '2026-03-01T09:00:00Z'): BaselineOrigin {
  return {
    from: 'artifact',
    description: 'artifact `mlgate-baseline` recorded at `abc1234`',
    sha: REC,
    base_sha: BASE,
    behind,
    recorded_at,
  };
}

const report = (acc: number, dataset = 'gold', extra = '') =>
  `version: 1\nmodel: m\nmetrics: { accuracy: ${acc}, latency_p95_ms: 40 }\neval: { dataset: ${dataset}, size: 12000 }\n${extra}`;

function run(o: BaselineOrigin, head: string, configText = 'version: 1\n', base = report(0.91)) {
  const models: ModelInput[] = [
    {
      name: 'm',
      head: parseReport(head, 'mlgate.yaml'),
      base: parseReport(base, 'mlgate.yaml (base)'),
      head_path: 'mlgate.yaml',
      base_path: 'mlgate.yaml',
    },
  ];
  return evaluate({
    config: parseConfig(configText, '.github/mlgate.yml'),
    models,
    base: { sha: BASE, source: 'artifact', origin: o },
    head: { sha: 'f'.repeat(40) },
    now: NOW,
  });
}

/** The comment's small print on the baseline (in the footer, above the legend link). */
const smallPrint = (md: string) => md.split('\n').find((l) => l.startsWith('<sub>Compared '));

describe('provenance', () => {
  it('words the distance and the age', () => {
    expect(provenanceOf(origin(3), NOW, 20).line).toBe(
      'artifact `mlgate-baseline` recorded at `abc1234` (3 commits behind the PR’s base `def5678`, 2 days old)',
    );
    expect(provenanceOf(origin(1, '2026-03-03T01:00:00Z'), NOW, 20).line).toBe(
      'artifact `mlgate-baseline` recorded at `abc1234` (1 commit behind the PR’s base `def5678`, recorded today)',
    );
    expect(provenanceOf(origin(0), NOW, 20).line).toMatch(/\(at the PR’s base, 2 days old\)$/);
    expect(provenanceOf(origin(21), NOW, 20).stale).toBe(true);
    expect(provenanceOf(origin(20), NOW, 20).stale).toBe(false);
    expect(provenanceOf(origin(null), NOW, 0).stale).toBe(false);
  });

  it('shows the line in the comment’s small print and the terminal', () => {
    const result = run(origin(3), report(0.912));
    expect(smallPrint(renderMarkdown(result, { target: 'comment' }))).toBe(
      '<sub>Compared commit `fffffff` with baseline: artifact `mlgate-baseline` recorded at `abc1234` (3 commits behind the PR’s base `def5678`, 2 days old).</sub>',
    );
    expect(renderText(result)).toContain(
      'baseline: artifact `mlgate-baseline` recorded at `abc1234` (3 commits behind the PR’s base `def5678`, 2 days old)',
    );
    expect(result.base.provenance).toMatchObject({ behind: 3, age_days: 2, stale: false, sha: REC, base_sha: BASE });
  });

  it('escapes what is not a plain code span in a line from a result file', () => {
    const result = run({ ...origin(0), description: 'x `@team <b>` and `ok-1.2/x`' }, report(0.912));
    const line = smallPrint(renderMarkdown(result, { target: 'comment' }))!;
    expect(line).toContain('`ok-1.2/x`');
    expect(line).not.toContain('<b>');
    expect(line).not.toMatch(/@team/);
  });
});

describe('a stale baseline', () => {
  it('fails a regression within max_behind', () => {
    const r = run(origin(20), report(0.85));
    expect(r.verdict).toBe('fail');
    expect(r.models[0]!.findings.map((f) => f.rule)).toEqual(['metric.max_drop']);
  });

  it('turns the regression into a warning past max_behind, and says why first', () => {
    const r = run(origin(21), report(0.85));
    const m = r.models[0]!;
    expect(r.verdict).toBe('warn');
    expect(m.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['baseline.stale', 'warn'],
      ['metric.max_drop', 'warn'],
    ]);
    expect(m.reasons[0]).toMatch(
      /^the baseline was recorded 21 commits behind the PR’s base \(baseline\.max_behind: 20\)/,
    );
    expect(m.metrics.find((x) => x.name === 'accuracy')!.status).toBe('warn');
    expect(m.metrics.find((x) => x.name === 'accuracy')!.delta).toBeCloseTo(-0.06, 10);
  });

  it('keeps absolute bounds and eval.changed at their own severity', () => {
    const config = 'version: 1\nmetrics:\n  accuracy: { min: 0.88 }\n';
    const bound = run(origin(50), report(0.85), config);
    expect(bound.verdict).toBe('fail');
    expect(bound.models[0]!.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['baseline.stale', 'warn'],
      ['metric.min', 'fail'],
      ['metric.max_drop', 'warn'],
    ]);
    expect(bound.models[0]!.metrics.find((x) => x.name === 'accuracy')!.status).toBe('fail');
    const changed = run(origin(50), report(0.915, 'gold-v2'));
    expect(changed.models[0]!.findings.find((f) => f.rule === 'eval.changed')!.severity).toBe('fail');
  });

  it('follows baseline.when_stale and baseline.max_behind', () => {
    expect(run(origin(21), report(0.85), 'version: 1\nbaseline: { when_stale: fail }').verdict).toBe('fail');
    const quiet = run(origin(21), report(0.85), 'version: 1\nbaseline: { when_stale: pass }');
    expect(quiet.verdict).toBe('pass');
    expect(quiet.models[0]!.notes.some((n) => n.startsWith('the baseline was recorded 21 commits behind'))).toBe(true);
    expect(run(origin(21), report(0.85), 'version: 1\nbaseline: { max_behind: 50 }').verdict).toBe('fail');
  });
});
