/**
 * Sections that later capabilities add to a model's part of the comment (learning curve, checklist), each one
 * line with the rest one click away. Kept in one place so markdown.ts does not grow with every feature.
 */
import { curveConclusion, formatSize, renderCurveMarkdown } from '../curve/index.js';
import type { LearningCurveResult, ModelResult } from '../kernel/result-types.js';
import { formatNumber } from '../kernel/format.js';
import type { Block } from './assemble.js';
import { renderChecklist, type RenderLinks } from './checklist.js';
import { escapeMarkdownInline } from '../kernel/escape.js';
import { dominantUnit, markdownMoney } from './cost-line.js';

const UNIT = { gpu_hours: 'GPU-h', cpu_hours: 'CPU-h' } as const;

/**
 * What training at the recommended size would save, money first: the share of this PR's training cost (the
 * curve's cost model gives the share), else of its dominant compute hours, else in the curve's own cost unit.
 */
function savedWords(lc: LearningCurveResult, model: ModelResult): string | null {
  const s = lc.projected_savings;
  if (!s || s.cost_pct === null || s.cost_pct <= 0) return null;
  const pct = `~${Math.round(s.cost_pct * 100)} %`; // a fraction of the cost at the current size
  const c = model.cost;
  if (c && c.head.amount !== null)
    return `${pct} of the training cost (${markdownMoney(c.head.amount * s.cost_pct, c.currency)}) could be saved`;
  const unit = c ? dominantUnit(c) : null;
  const h = unit ? c!.head[unit] : null;
  if (unit && h !== null && h > 0)
    return `${pct} of the training compute (${formatNumber(h * s.cost_pct, 2)} ${UNIT[unit]}) could be saved`;
  if (s.cost !== null)
    return `${pct} of the training compute (${formatNumber(s.cost, 2)} ${escapeMarkdownInline(lc.cost_unit, 20)}) could be saved`;
  return `${pct} of the training compute could be saved`;
}

/** The curve in one sentence: oversized and what that costs, else the conclusion's first clause. */
export function curveSentence(lc: LearningCurveResult, model: ModelResult): string {
  const threshold = lc.proportion
    ? `${Number((lc.gain_per_doubling_threshold * 100).toPrecision(3))} pp`
    : String(lc.gain_per_doubling_threshold);
  if (lc.reliable && lc.recommended_size !== null && lc.oversize_factor !== null && lc.oversize_factor > 1.05) {
    const saved = savedWords(lc, model);
    return `trains on ${Number(lc.oversize_factor.toFixed(1))}× the ~${formatSize(lc.recommended_size)} examples past which a doubling buys &lt; ${threshold}${saved ? `; ${saved}` : ''}.`;
  }
  const first = curveConclusion(lc.conclusion).split('; ')[0]!;
  return `${escapeMarkdownInline(first, 300)}.`;
}

function curveBlock(model: ModelResult): Block | null {
  const lc = model.learning_curve;
  if (!lc) return null;
  const line = `**Learning curve (${escapeMarkdownInline(lc.metric, 40)}):** ${curveSentence(lc, model)}`;
  const body = renderCurveMarkdown(lc, lc.base ?? undefined, lc.comparison ?? undefined);
  const label = lc.comparison ? 'Chart, points and the comparison with the base' : 'Chart and points';
  const text = `${line}\n<details><summary>${label}</summary>\n\n${body}\n\n</details>`;
  // Over the size limit, the sentence alone still tells the reviewer what the curve says.
  return { priority: 2, text, fallback: line };
}

export function renderModelExtras(model: ModelResult, links?: RenderLinks): Block[] {
  return [curveBlock(model), renderChecklist(model, links)].filter((b): b is Block => b !== null);
}
