/**
 * The monitoring item: every input and output has bounds to alert on (mean ± sigma·std, or a min/max range);
 * against the base, a training-time mean outside the base's alert band is drift, and a bound the PR drops stops
 * alerting: both are findings (checklist.monitoring.severity). Other moved bounds are listed.
 */
import type { MonitoredFeature } from '../kernel/report-types.js';
import type { CheckContext } from './context.js';
import { fail, pass, type Outcome } from '../kernel/checklist-types.js';
import { bySeverity, plural } from './outcome.js';

type Block = NonNullable<NonNullable<CheckContext['report']['lifecycle']>['monitoring']>;

const hasBounds = (f: MonitoredFeature) =>
  (f.mean !== undefined && f.std !== undefined) || (f.min !== undefined && f.max !== undefined);
const fmt = (x: number | undefined) => (x === undefined ? '—' : Number(x.toPrecision(4)).toString());
const BOUND_KEYS = ['mean', 'std', 'min', 'max'] as const;

function presence(m: Block | undefined): Outcome | null {
  const inputs = m?.inputs ?? [];
  const outputs = m?.outputs ?? [];
  const sides = [!inputs.length && 'inputs', !outputs.length && 'outputs'].filter(Boolean).join(' and ');
  if (sides)
    return fail(
      `no monitored ${sides}`,
      'add lifecycle.monitoring.inputs and .outputs with mean/std or min/max from training time',
      m ? '/lifecycle/monitoring' : '/lifecycle',
    );
  for (const [side, list] of [
    ['inputs', inputs],
    ['outputs', outputs],
  ] as const) {
    // min <= max is checked when the report is read (schema/report.ts).
    const i = list.findIndex((f) => !hasBounds(f));
    if (i >= 0)
      return fail(
        `${list[i]!.name} has no bounds`,
        `give ${list[i]!.name} mean and std, or min and max`,
        `/lifecycle/monitoring/${side}/${i}`,
      );
  }
  return null;
}

/** How the PR's training-time mean sits against the base's alert band, when it leaves it. */
function drift(f: MonitoredFeature, b: MonitoredFeature, sigma: number): string | null {
  if (f.mean === undefined) return null;
  if (b.mean !== undefined && b.std !== undefined && b.std > 0) {
    const s = b.sigma ?? sigma;
    const z = Math.abs(f.mean - b.mean) / b.std;
    if (z > s) return `${f.name} mean ${fmt(b.mean)} → ${fmt(f.mean)}, ${fmt(z)}σ from the base's (alert at ${s}σ)`;
    return null;
  }
  if (b.min !== undefined && b.max !== undefined && (f.mean < b.min || f.mean > b.max))
    return `${f.name} mean ${fmt(f.mean)} is outside the base's range ${fmt(b.min)}–${fmt(b.max)}`;
  return null;
}

interface Comparison {
  drifted: string[];
  removed: string[];
  moved: string[];
}

/** The PR's features against the base's, by name. */
export function compareBounds(base: Block | undefined, head: Block | undefined): Comparison {
  const out: Comparison = { drifted: [], removed: [], moved: [] };
  if (!base) return out;
  const sigma = base.alert_sigma ?? head?.alert_sigma ?? 2;
  const before = new Map([...(base.inputs ?? []), ...(base.outputs ?? [])].map((f) => [f.name, f]));
  for (const f of [...(head?.inputs ?? []), ...(head?.outputs ?? [])]) {
    const b = before.get(f.name);
    if (!b) {
      out.moved.push(`${f.name} added`);
      continue;
    }
    before.delete(f.name);
    const d = drift(f, b, sigma);
    if (d) out.drifted.push(d);
    const dropped = BOUND_KEYS.filter((k) => b[k] !== undefined && f[k] === undefined);
    if (dropped.length) out.removed.push(`${f.name} ${dropped.join('/')} removed`);
    const changes = ([...BOUND_KEYS, 'sigma'] as const)
      .filter((k) => b[k] !== f[k] && f[k] !== undefined && !(d && k === 'mean'))
      .map((k) => `${k} ${fmt(b[k])} → ${fmt(f[k])}`);
    if (changes.length) out.moved.push(`${f.name} ${changes.join(', ')}`);
  }
  for (const name of before.keys()) out.removed.push(`${name} removed`);
  return out;
}

const clip = (list: string[]) => list.slice(0, 5).join('; ') + (list.length > 5 ? `; +${list.length - 5} more` : '');

export function checkMonitoring(c: CheckContext): Outcome {
  const m = c.report.lifecycle?.monitoring;
  const missing = presence(m);
  if (missing) return missing;
  const { drifted, removed, moved } = compareBounds(c.base?.lifecycle?.monitoring, m);
  const inputs = m!.inputs!.length;
  const outputs = m!.outputs!.length;
  const summary = `${plural(inputs, 'input')}, ${plural(outputs, 'output')} monitored, alert at ±${m!.alert_sigma ?? 2}σ`;
  const listed = moved.length ? `; moved vs base: ${clip(moved)}` : '';
  if (drifted.length || removed.length) {
    const parts = [
      drifted.length && `training data drifted: ${clip(drifted)}`,
      removed.length && `bounds removed: ${clip(removed)}`,
    ].filter(Boolean);
    return bySeverity(
      c.config.checklist.monitoring.severity,
      `${parts.join('; ')} (${summary}${listed})`,
      drifted.length
        ? 'check the training data for a pipeline fault; if the shift is real, say why in the PR and expect production alerts until monitoring is updated'
        : 'keep a bound for every feature the model still uses, or say in the PR why it no longer needs one',
      '/lifecycle/monitoring',
    );
  }
  return pass(`${summary}${listed}`, '/lifecycle/monitoring');
}
