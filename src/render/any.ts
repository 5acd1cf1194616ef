/** Picks the renderer for a CLI output format; all of them read the same result model. */
import type { GateResult } from '../kernel/result-types.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderText } from './text.js';

export function renderAs(result: GateResult, format: 'markdown' | 'json' | 'text'): string {
  if (format === 'json') return renderJson(result);
  if (format === 'text') return renderText(result);
  // The PR comment as GitHub receives it (docs/cli.md): within the comment limit, like the action posts it.
  return renderMarkdown(result, { target: 'comment' }) + '\n';
}

/** Also `html`, the comment as a page (render/html.ts), whose renderer (marked) is loaded only when asked for. */
export async function renderFor(
  result: GateResult,
  format: 'markdown' | 'json' | 'text' | 'html',
  html: { mermaid_src?: string } = {},
): Promise<string> {
  if (format !== 'html') return renderAs(result, format);
  const { renderHtml } = await import('./html.js');
  return renderHtml(renderMarkdown(result, { target: 'comment' }), html);
}
