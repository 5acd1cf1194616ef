/**
 * Sections that later capabilities add to a model's part of the comment (learning curve, checklist).
 * Kept in one place so markdown.ts does not grow with every feature.
 */
import type { ModelResult } from '../core/result-types.js';
import type { Block } from './assemble.js';

export function renderModelExtras(_model: ModelResult): Block[] {
  return [];
}
