/** What the rules of one model read (its two reports, by name) and what they add to (findings, notes, rows). */
import type { LoadedReport, Report } from '../kernel/report-types.js';
import type { Finding, Location, MetricResult } from '../kernel/result-types.js';
import type { ModelInput } from './evaluate.js';

export interface ModelView {
  input: ModelInput;
  head: Report | null;
  base: Report | null;
  headMetrics: Record<string, number>;
  baseMetrics: Record<string, number>;
  /** The PR's metric names, then those only the base has. */
  names: string[];
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
  const headMetrics = head?.metrics ?? {};
  const baseMetrics = base?.metrics ?? {};
  const names = [...Object.keys(headMetrics), ...Object.keys(baseMetrics).filter((n) => !has(headMetrics, n))];
  return { input, head, base, headMetrics, baseMetrics, names };
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
