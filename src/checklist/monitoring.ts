/**
 * The monitoring item: every input and output has bounds to alert on (mean ± sigma·std, or a min/max range),
 * and bounds that moved against the base are listed, because a moved bound silently changes what alerts.
 */
import type { MonitoredFeature } from '../kernel/report-types.js';
import type { CheckContext } from './context.js';
import { fail, pass, type Outcome } from '../kernel/checklist-types.js';

const hasBounds = (f: MonitoredFeature) =>
  (f.mean !== undefined && f.std !== undefined) || (f.min !== undefined && f.max !== undefined);
const fmt = (x: number | undefined) => (x === undefined ? '—' : Number(x.toPrecision(4)).toString());

export function checkMonitoring(c: CheckContext): Outcome {
  const m = c.report.lifecycle?.monitoring;
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
    for (const [i, f] of list.entries()) {
      const at = `/lifecycle/monitoring/${side}/${i}`;
      if (!hasBounds(f)) return fail(`${f.name} has no bounds`, `give ${f.name} mean and std, or min and max`, at);
      // min <= max is checked when the report is read (schema/report.ts).
    }
  }
  const sigma = m!.alert_sigma ?? 2;
  const moved = movedBounds(c.base?.lifecycle?.monitoring, [...inputs, ...outputs]);
  const shown = moved.slice(0, 5).join('; ') + (moved.length > 5 ? `; +${moved.length - 5} more` : '');
  return pass(
    `${inputs.length} input${inputs.length === 1 ? '' : 's'}, ${outputs.length} output${outputs.length === 1 ? '' : 's'} monitored, alert at ±${sigma}σ${moved.length ? `; moved vs base: ${shown}` : ''}`,
    '/lifecycle/monitoring',
  );
}

/** Human-readable changes of bounds between the base and the PR, by feature name. */
export function movedBounds(
  base: { inputs?: MonitoredFeature[]; outputs?: MonitoredFeature[] } | undefined,
  head: MonitoredFeature[],
): string[] {
  if (!base) return [];
  const before = new Map([...(base.inputs ?? []), ...(base.outputs ?? [])].map((f) => [f.name, f]));
  const out: string[] = [];
  for (const f of head) {
    const b = before.get(f.name);
    if (!b) {
      out.push(`${f.name} added`);
      continue;
    }
    before.delete(f.name);
    const changes = (['mean', 'std', 'min', 'max', 'sigma'] as const)
      .filter((k) => b[k] !== f[k])
      .map((k) => `${k} ${fmt(b[k])} → ${fmt(f[k])}`);
    if (changes.length) out.push(`${f.name} ${changes.join(', ')}`);
  }
  for (const name of before.keys()) out.push(`${name} removed`);
  return out;
}
