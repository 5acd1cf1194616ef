/**
 * The checklist section of a model: one summary line, the items that fail or warn with their evidence and one
 * line on how to fix them, the waivers with who gave them and why (the audit trail, also in the job summary), and
 * the other items (passed, waived, not checked) in a table one click away. Titles, evidence, handles and reasons come from PRs and comments: all escaped.
 */
import type { ChecklistItemResult, ModelResult } from '../kernel/result-types.js';
import type { Block } from './assemble.js';
import { escapeMarkdownInline } from '../kernel/escape.js';
import { CHECKLIST_ICON, ICON } from './icons.js';

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

/** "❌ 1 failing · ✅ 11 passed · ⏺️ 2 not checked": every state, with its mark (the legend lists them). */
function summary(items: ChecklistItemResult[]): string {
  const count = (s: ChecklistItemResult['status']) => items.filter((i) => i.status === s).length;
  const parts = [
    count('fail') && `${ICON.fail} ${count('fail')} failing`,
    count('warn') && `${ICON.warn} ${count('warn')} to improve`,
    `${ICON.pass} ${count('pass')} passed`,
    count('waived') && `${ICON.waived} ${count('waived')} waived`,
    count('not_checked') && `${ICON.not_checked} ${count('not_checked')} not checked`,
  ].filter(Boolean);
  return `**Lifecycle checklist:** ${parts.join(' · ')}`;
}

/** An item that needs action, as a list line: its title, evidence and the fix. */
function actionLine(item: ChecklistItemResult): string {
  const level = item.severity === 'recommended' ? ' (recommended)' : '';
  const evidence = item.evidence ? `: ${e(item.evidence, 240)}` : '';
  const fix = item.fix ? ` — **Fix:** ${e(item.fix, 240)}` : '';
  return `- ${CHECKLIST_ICON[item.status]} **${e(item.title, 80)}**${level}${evidence}${fix}`;
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
  // The items that need action are listed with their fix; the rest are one click away.
  const open = shown.filter((i) => i.status === 'fail' || i.status === 'warn');
  const rest = shown.filter((i) => !open.includes(i));
  const head = [summary(items), ...open.map(actionLine)].join('\n');
  const inner = [rest.length ? table(rest) : '', offLine].filter(Boolean).join('\n\n');
  const label = open.length ? `The other ${rest.length} items` : `All ${rest.length} items`;
  const details = inner ? `<details><summary>${label}</summary>\n\n${inner}\n\n</details>` : '';
  const text = [head, waivers, details].filter(Boolean).join('\n\n');
  // Over the size limit, keep the items that need action and the audit trail.
  return { priority: 2, text, fallback: [head, waivers].filter(Boolean).join('\n\n') };
}
