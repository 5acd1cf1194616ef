import type { ChecklistStatus, Verdict } from '../kernel/result-types.js';

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
export const VERDICT_WORD: Record<Verdict, string> = { pass: 'pass', warn: 'warning', fail: 'fail' };
export const CHECKLIST_ICON: Record<ChecklistStatus, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  waived: '🟦 waived',
  off: '➖',
  not_checked: '⏺️ not checked',
};
