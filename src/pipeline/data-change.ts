/**
 * A PR that trains on other data than the base (`data.version` differs) is a finding of its own, next to the
 * metric deltas: the deltas then mix a model change with a data change (config `data.when_changed`).
 */
import type { Config } from '../kernel/config-types.js';
import type { Report } from '../kernel/report-types.js';
import type { Finding, Location } from '../kernel/result-types.js';

/** `sha256:0a9b8c7d6e5f…`: enough to tell two versions apart; the renderers escape what the file wrote. */
const short = (v: string) => {
  const m = /^([a-z0-9]{1,12}:)?(.*)$/is.exec(v)!;
  const body = Array.from(m[2]!);
  return `${m[1] ?? ''}${body.length > 12 ? `${body.slice(0, 12).join('')}…` : m[2]}`;
};

export function dataChange(
  head: Report | null,
  base: Report | null,
  config: Config,
  location: Location | undefined,
): { findings: Finding[]; notes: string[] } {
  const before = base?.data?.version;
  const after = head?.data?.version;
  if (before === undefined || after === undefined || before === after) return { findings: [], notes: [] };
  const message = `training data changed: ${short(before)} → ${short(after)}; the metric deltas include the data change`;
  const when = config.data.when_changed;
  if (when === 'pass') return { findings: [], notes: [message] };
  return {
    findings: [{ rule: 'data.changed', severity: when, message, ...(location ? { location } : {}) }],
    notes: [],
  };
}
