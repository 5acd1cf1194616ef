/**
 * The checklist section of a model: one row per item with ✅ / ⚠️ / ❌ / waived, its evidence, and for every
 * item that does not pass one line on how to fix it; then the waivers with who gave them and why (the audit
 * trail, also in the job summary). Titles, evidence, handles and reasons come from PRs and comments: all escaped.
 */
import type { ChecklistItemResult, ModelResult } from '../kernel/result-types.js';
import type { Block } from './assemble.js';
import { escapeMarkdownInline } from '../kernel/escape.js';
import { CHECKLIST_ICON } from './icons.js';

const e = (s: string, max = 160) => escapeMarkdownInline(s, max);

function row(item: ChecklistItemResult): string {
  const level = item.severity === 'recommended' ? ' <sub>(recommended)</sub>' : '';
  let text = item.evidence ? e(item.evidence, 240) : '';
  if (item.status === 'waived' && item.waiver)
    text = `${text}${text ? '; ' : ''}waived by ${e(`@${item.waiver.by}`, 41)}`;
  else if ((item.status === 'fail' || item.status === 'warn') && item.fix)
    text = `${text}${text ? '<br>' : ''}**Fix:** ${e(item.fix, 240)}`;
  return `| ${CHECKLIST_ICON[item.status]} | ${e(item.title, 80)}${level} | ${text || '—'} |`;
}

function table(items: ChecklistItemResult[]): string {
  return ['| | Item | Evidence |', '|---|---|---|', ...items.map(row)].join('\n');
}

/** Where the comment is posted: the only place whose comment links may appear in it. */
export interface RenderLinks {
  /** `https://github.com/owner/repo/pull/7`, from the runner's environment and the PR number, never from a result. */
  pull_url: string;
}

/**
 * A waiver's link, only when it is a comment of this PR on this repository's host: a result file (a fork's
 * publish artifact, an aggregate input) is untrusted, and a link to any other page must not appear in our comment.
 */
function safeCommentUrl(url: string | undefined, links: RenderLinks | undefined): string | null {
  if (!url || !links) return null;
  const m = /^(https:\/\/[^/]+\/[^/]+\/[^/]+)\/(?:pull|issues)\/(\d+)#issuecomment-(\d{1,20})$/.exec(url);
  const pull = /^(https:\/\/[^/]+\/[^/]+\/[^/]+)\/pull\/(\d+)$/.exec(links.pull_url);
  if (!m || !pull || m[1]!.toLowerCase() !== pull[1]!.toLowerCase() || m[2] !== pull[2]) return null;
  return `${links.pull_url}#issuecomment-${m[3]}`;
}

export function waiverLines(items: ChecklistItemResult[], links?: RenderLinks): string {
  const waived = items.filter((i) => i.status === 'waived' && i.waiver);
  if (!waived.length) return '';
  const lines = waived.map((i) => {
    const w = i.waiver!;
    const url = safeCommentUrl(w.comment_url, links);
    return `- ${e(i.title, 80)} (${e(i.id, 41)}) waived by ${e(`@${w.by}`, 41)}: “${e(w.reason, 300)}”${url ? ` ([comment](${url}))` : ''}`;
  });
  return `**Waivers** (audit trail)\n${lines.join('\n')}`;
}

function headline(items: ChecklistItemResult[]): string {
  const count = (s: ChecklistItemResult['status']) => items.filter((i) => i.status === s).length;
  const parts = [
    `${count('pass')} ✅`,
    count('warn') && `${count('warn')} ⚠️`,
    count('fail') && `${count('fail')} ❌`,
    count('waived') && `${count('waived')} waived`,
    count('not_checked') && `${count('not_checked')} not checked`,
  ].filter(Boolean);
  return `#### Lifecycle checklist: ${parts.join(' · ')}`;
}

/** Off (no lifecycle block, no checklist config): one small line, so a new user learns the checklist exists. */
export function checklistOffLine(off: NonNullable<ModelResult['checklist_off']>, html = true): string {
  const have = off.evidenced.length ? ` (${off.evidenced.map((t) => (html ? e(t, 60) : t)).join(', ')})` : '';
  const line = `Lifecycle checklist: off — ${off.evidenced.length} of ${off.total} items already evidenced${have}; add lifecycle: to the report to turn it on (docs/checklist.md)`;
  return html ? `<sub>${line}</sub>` : line;
}

export function renderChecklist(model: ModelResult, links?: RenderLinks): Block | null {
  const items = model.checklist;
  if (!items && model.checklist_off) return { priority: 3, text: checklistOffLine(model.checklist_off) };
  if (!items || items.length === 0) return null;
  const shown = items.filter((i) => i.status !== 'off');
  const off = items.filter((i) => i.status === 'off').map((i) => e(i.id, 41));
  const waivers = waiverLines(items, links);
  const offLine = off.length ? `<sub>Off in the config: ${off.join(', ')}.</sub>` : '';
  const text = [headline(items), table(shown), waivers, offLine].filter(Boolean).join('\n\n');
  // Over the size limit, keep the items that need action and the audit trail; passing rows go first.
  const open = shown.filter((i) => i.status !== 'pass' && i.status !== 'not_checked');
  const fallback = [headline(items), open.length ? table(open) : '', waivers].filter(Boolean).join('\n\n');
  return { priority: 2, text, fallback };
}
