import type { ChecklistStatus, MetricResult, Verdict } from '../kernel/result-types.js';

/**
 * One mark, one meaning (docs/comment.md#how-to-read-this): ✅ pass, ⚪ a change within tolerance or noise (it
 * does not count, but it is not a clean pass either), ⚠️ warn, ❌ fail, 🟦 waived, ⏺️ not checked, ➖ off.
 */
export const ICON = {
  pass: '✅',
  tolerated: '⚪',
  warn: '⚠️',
  fail: '❌',
  waived: '🟦',
  not_checked: '⏺️',
  off: '➖',
} as const;

export const VERDICT_ICON: Record<Verdict, string> = { pass: ICON.pass, warn: ICON.warn, fail: ICON.fail };
export const VERDICT_WORD: Record<Verdict, string> = { pass: 'pass', warn: 'warning', fail: 'fail' };
export const CHECKLIST_ICON: Record<ChecklistStatus, string> = {
  pass: ICON.pass,
  warn: ICON.warn,
  fail: ICON.fail,
  waived: `${ICON.waived} waived`,
  off: ICON.off,
  not_checked: `${ICON.not_checked} not checked`,
};

/** A metric row's mark: a passing regression or a change within noise is neutral, never ✅. */
export function metricIcon(m: Pick<MetricResult, 'status' | 'change'>): string {
  if (m.status !== 'pass') return VERDICT_ICON[m.status];
  return m.change === 'regressed' || m.change === 'within_noise' ? ICON.tolerated : ICON.pass;
}
