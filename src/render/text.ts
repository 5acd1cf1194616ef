/** The terminal rendering: aligned columns, no markup. */
import { formatDelta, formatPct } from '../kernel/format.js';
import type { GateResult } from '../kernel/result-types.js';
import { escapeLog } from '../kernel/escape.js';
import { curveConclusion } from '../curve/index.js';
import { renderCostLine } from './cost-line.js';
import { checklistOffLine } from './checklist.js';
import { mergedFindings } from './findings.js';
import { changeWord, noiseCell, ruleCell, sideValue } from './metric-table.js';

const WORD = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => Array.from(r[c] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell.padEnd(widths[c]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/**
 * The markdown cost line as a terminal line: bold dropped, entities decoded in one pass (so `&amp;#35;` stays
 * `&#35;`), a defused `@` back to itself; then escapeLog, since decoding brings back what the file wrote
 * (a currency or metric name) and that must not become a workflow command.
 */
function plainCostLine(md: string): string {
  const text = md
    .replace(/\*\*/g, '')
    .replace(/@&#8203;/g, '@')
    .replace(/&(#\d+|amp|lt|gt|quot);/g, (_, e: string) =>
      e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : NAMED[e]!,
    );
  return escapeLog(text, 500);
}

/** The source's small print (its commit, distance and age), or for older results the commit alone. */
function baselineWords(result: GateResult): string {
  const p = result.base.provenance;
  if (p && p.from !== 'none') return escapeLog(p.line, 300);
  return result.base.sha ? result.base.sha.slice(0, 7) : result.base.source === 'none' ? 'none' : 'file';
}

export function renderText(result: GateResult): string {
  const out: string[] = [`mlgate: ${WORD[result.verdict]} — ${escapeLog(result.reason, 300)}`];
  out.push(`baseline: ${baselineWords(result)}`);
  for (const m of result.models) {
    out.push(
      '',
      `model ${escapeLog(m.name, 80)}: ${WORD[m.verdict]}${m.baseline === 'missing' ? ' (no baseline)' : ''}`,
    );
    const rows = [['metric', 'base', 'PR', 'delta', 'delta%', 'noise', 'allowed', 'status']];
    for (const x of m.metrics) {
      rows.push([
        escapeLog(x.name, 40),
        sideValue(x, 'base', '-'),
        sideValue(x, 'head', '-'),
        x.delta === null ? '-' : formatDelta(x.delta, x.fraction),
        x.delta_pct === null ? '-' : formatPct(x.delta_pct),
        noiseCell(x, m.eval.size, '-'),
        escapeLog(ruleCell(x), 80) || '-',
        `${WORD[x.status]} ${changeWord(x)}`,
      ]);
    }
    if (m.metrics.length) out.push(table(rows));
    const cost = renderCostLine(m);
    if (cost) out.push(plainCostLine(cost));
    for (const f of mergedFindings(m)) out.push(`  ${f.severity === 'fail' ? 'x' : '!'} ${escapeLog(f.message, 400)}`);
    if (m.learning_curve) out.push(`learning curve: ${escapeLog(curveConclusion(m.learning_curve.conclusion), 400)}`);
    if (m.learning_curve?.comparison)
      out.push(`learning curve against the base: ${escapeLog(m.learning_curve.comparison.conclusion, 400)}`);
    out.push(...checklistLines(m));
    for (const n of m.notes) out.push(`  note: ${escapeLog(n, 300)}`);
  }
  for (const n of result.notes) out.push(`note: ${escapeLog(n, 300)}`);
  return out.join('\n') + '\n';
}

const MARKS = {
  pass: 'ok',
  fail: 'FAIL',
  warn: 'warn',
  waived: 'waived',
  off: 'off',
  not_checked: 'not checked',
} as const;

function checklistLines(m: GateResult['models'][number]): string[] {
  if (!m.checklist) return m.checklist_off ? [escapeLog(checklistOffLine(m.checklist_off, false), 300)] : [];
  return [
    'checklist:',
    ...m.checklist.map(
      (item) =>
        `  ${MARKS[item.status].padEnd(11)} ${escapeLog(item.title, 60)}${item.evidence ? `: ${escapeLog(item.evidence, 160)}` : ''}`,
    ),
  ];
}
