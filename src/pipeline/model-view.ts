/** What the rules of one model read (its two reports, by name) and what they add to (findings, notes, rows). */
import type { LoadedReport, Report } from '../kernel/report-types.js';
import type { Finding, Location, MetricResult } from '../kernel/result-types.js';
import type { ModelInput } from './evaluate.js';
import { resolveMetric } from '../metrics/resolve.js';

export interface ModelView {
  input: ModelInput;
  head: Report | null;
  base: Report | null;
  headMetrics: Record<string, number>;
  baseMetrics: Record<string, number>;
  /** The PR's metric names, then those only the base has. */
  names: string[];
  /** PR metrics renamed to another name of the same metric (`acc` for the base's `accuracy`): judged under the base's. */
  renamed: Array<{ from: string; to: string }>;
}

export interface Collected {
  findings: Finding[];
  notes: string[];
  metrics: MetricResult[];
}

/** Own keys only: a metric called toString or constructor must not read Object.prototype. */
export const has = (o: Record<string, number>, n: string) => Object.hasOwn(o, n);

export function viewOf(input: ModelInput): ModelView {
  const head = input.head?.report ?? null;
  const base = input.base?.report ?? null;
  const baseMetrics = base?.metrics ?? {};
  const renamed = renamedMetrics(head?.metrics ?? {}, baseMetrics);
  const headMetrics = renamed.length ? withBaseNames(head!.metrics, renamed) : (head?.metrics ?? {});
  const names = [...Object.keys(headMetrics), ...Object.keys(baseMetrics).filter((n) => !has(headMetrics, n))];
  return { input, head, base, headMetrics, baseMetrics, names, renamed };
}

/** What makes two names one metric: the registry kind and everything else the name says (split, average, k, unit…). */
function identity(name: string): string | null {
  const r = resolveMetric(name);
  if (!r.kind) return null;
  return JSON.stringify([r.kind.id, r.split, r.rest, r.average, r.bracket, r.k, r.unit, r.negated, r.left]);
}

/**
 * A base-only and a PR-only metric that are the same metric under two names (`accuracy` → `acc`, `f1_macro` →
 * `macro_f1`): a rename must not turn a regression into "removed" plus "new". Only one-to-one matches pair.
 */
function renamedMetrics(
  head: Record<string, number>,
  base: Record<string, number>,
): Array<{ from: string; to: string }> {
  const only = (a: Record<string, number>, b: Record<string, number>) => Object.keys(a).filter((n) => !has(b, n));
  const byIdentity = (names: string[]) => {
    const m = new Map<string, string[]>();
    for (const n of names) {
      const id = identity(n);
      if (id !== null) m.set(id, [...(m.get(id) ?? []), n]);
    }
    return m;
  };
  const [headOnly, baseOnly] = [byIdentity(only(head, base)), byIdentity(only(base, head))];
  const pairs: Array<{ from: string; to: string }> = [];
  for (const [id, names] of baseOnly) {
    const match = headOnly.get(id);
    if (names.length === 1 && match?.length === 1) pairs.push({ from: match[0]!, to: names[0]! });
  }
  return pairs;
}

/** The PR's metrics with each renamed one under the base's name, in the PR's order. */
function withBaseNames(metrics: Record<string, number>, renamed: Array<{ from: string; to: string }>) {
  const to = new Map(renamed.map((r) => [r.from, r.to]));
  return Object.fromEntries(Object.entries(metrics).map(([k, v]) => [to.get(k) ?? k, v]));
}

/** Adds a domain's findings and notes, in order. */
export function collect(acc: Collected, part: { findings?: Finding[]; notes?: string[] }): void {
  acc.findings.push(...(part.findings ?? []));
  acc.notes.push(...(part.notes ?? []));
}

export function locate(loaded: LoadedReport | null, pointer: string): Location | undefined {
  if (!loaded) return undefined;
  const pos = loaded.source.positions.get(pointer);
  return { file: loaded.source.file, ...(pos ? { line: pos.line, column: pos.column } : {}) };
}
