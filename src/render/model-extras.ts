/**
 * Sections that later capabilities add to a model's part of the comment (learning curve, checklist).
 * Kept in one place so markdown.ts does not grow with every feature.
 */
import { curveConclusion, renderCurveMarkdown } from '../curve/index.js';
import type { ModelResult } from '../kernel/result-types.js';
import type { Block } from './assemble.js';
import { renderChecklist, type RenderLinks } from './checklist.js';
import { escapeMarkdownInline } from '../kernel/escape.js';

function curveBlock(model: ModelResult): Block | null {
  const lc = model.learning_curve;
  if (!lc) return null;
  const text = `#### Data size vs ${escapeMarkdownInline(lc.metric, 40)}\n\n${renderCurveMarkdown(lc, lc.base ?? undefined, lc.comparison ?? undefined)}`;
  // Over the size limit, the conclusion line alone still tells the reviewer what the curve says.
  return {
    priority: 2,
    text,
    fallback: `**Learning curve:** ${escapeMarkdownInline(curveConclusion(lc.conclusion), 400)}`,
  };
}

export function renderModelExtras(model: ModelResult, links?: RenderLinks): Block[] {
  return [curveBlock(model), renderChecklist(model, links)].filter((b): b is Block => b !== null);
}
