/**
 * The PR comment and the job summary: the same markdown, built from the result model only.
 * The first line is the verdict and its main reason; the hidden marker goes last so it is never the headline.
 */
import { formatCount, formatDelta, formatPct } from '../kernel/format.js';
import type { GateResult, ModelResult } from '../kernel/result-types.js';
import { assemble, type Block } from './assemble.js';
import { renderCostLine } from './cost-line.js';
import { clipText, escapeMarkdownInline } from '../kernel/escape.js';
import { VERDICT_ICON, VERDICT_WORD } from './icons.js';
import { metricTable, type TableContext } from './metric-table.js';
import { findingLines } from './findings.js';
import { renderModelExtras } from './model-extras.js';
import type { RenderLinks } from './checklist.js';

export interface MarkdownOptions {
  /** `comment` fits GitHub's comment limit; `summary` the job summary's 1 MiB (complete unless that is exceeded). */
  target: 'comment' | 'summary';
  /** Hidden marker appended to comments so we find our own comment again. */
  marker?: string;
  /** Where the complete report is (the job summary), named when the comment had to be cut. */
  details_url?: string;
  limit?: number;
  /** The PR the text is posted on: waivers link to its comments only. Without it, no waiver links. */
  links?: RenderLinks;
}

/** GitHub's limit for one step's job summary is 1 MiB; the margin covers what the runner adds. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024 - 4096;

const shortSha = (sha: string | null) => (sha ? `\`${sha.slice(0, 7)}\`` : 'unknown');

export function renderMarkdown(result: GateResult, opts: MarkdownOptions): string {
  const blocks: Block[] = [];
  blocks.push({ priority: 0, text: headline(result) });
  if (result.models.length > 1) blocks.push({ priority: 0, text: summaryTable(result.models) });
  for (const model of result.models) blocks.push(...modelBlocks(model, result.models.length > 1, opts.links));
  if (result.notes.length)
    blocks.push({ priority: 3, text: result.notes.map((n) => `> ${escapeMarkdownInline(n, 300)}`).join('\n') });
  const footer = [footerLine(result), opts.marker ?? ''].filter(Boolean).join('\n\n');
  if (opts.target === 'summary') {
    // GitHub drops a step's summary over 1 MiB: cut section by section like the comment, never the verdict.
    const text = assemble(blocks, {
      limit: opts.limit ?? JOB_SUMMARY_LIMIT,
      truncatedNote:
        "Some sections were left out to fit GitHub's 1 MiB job-summary limit; the result file (the `result-json` output) has every row.",
      cutNote:
        "The summary was cut to fit GitHub's 1 MiB job-summary limit; the result file (the `result-json` output) has the rest.",
      footer,
    });
    return text + '\n';
  }
  const where = opts.details_url ? `[the job summary](${opts.details_url})` : 'the job summary';
  return assemble(blocks, {
    limit: opts.limit,
    truncatedNote: `Some sections were left out to fit GitHub's comment limit; see ${where} for the full report.`,
    footer,
  });
}

/**
 * A line with `code` spans from a source's description: the spans are kept as code when they hold only
 * SHA/name/path characters, everything else is escaped (the line may come from a fork's result file).
 */
export function inlineWithCode(line: string, max = 400): string {
  return clipText(line, max)
    .split('`')
    .map((part, i) => (i % 2 === 1 && /^[\w.\-/]{1,100}$/.test(part) ? `\`${part}\`` : escapeMarkdownInline(part, max)))
    .join('');
}

/** The reader's guide to the comment: marks, pp, noise, n.s., the power sentence, checklist states. */
export const LEGEND_URL = 'https://github.com/mlgate/mlgate/blob/main/docs/comment.md#how-to-read-this';

/** Line 1 holds at most this many characters as GitHub shows them (mark, verdict and reason). */
export const HEADLINE_MAX = 120;

/**
 * The reason cut to fit line 1: the "(+2 more failures)" tail kept, the first reason cut at its last clause
 * boundary that fits (the whole message is in the list below), else at a word with "…".
 */
export function shortReason(reason: string, budget: number): string {
  if (Array.from(reason).length <= budget) return reason;
  const tail = /\s\(\+[^()]*\)$/.exec(reason)?.[0] ?? '';
  const main = reason.slice(0, reason.length - tail.length);
  const room = budget - Array.from(tail).length - 1;
  // A clause boundary when it keeps most of the room and closes what it opened; else as many words as fit.
  const balanced = (t: string) => (t.match(/\(/g) ?? []).length === (t.match(/\)/g) ?? []).length;
  const cuts = [...main.matchAll(/[;:] | — /g)]
    .map((m) => m.index!)
    .filter((i) => i >= room * 0.4 && i <= room && balanced(main.slice(0, i)));
  if (cuts.length) return `${main.slice(0, cuts.at(-1))}${tail}`;
  let words = main.slice(0, room).replace(/\s+\S*$/, '');
  if (!balanced(words)) words = words.slice(0, words.lastIndexOf('('));
  words = words.replace(/[\s,;:]+$/, '');
  return `${words}…${tail}`;
}

function headline(result: GateResult): string {
  const lead = `${VERDICT_ICON[result.verdict]} mlgate: ${VERDICT_WORD[result.verdict]} — `;
  const reason = shortReason(result.reason, HEADLINE_MAX - Array.from(lead).length);
  return `### ${lead}${escapeMarkdownInline(reason, HEADLINE_MAX)}`;
}

/** "Compared commit `abc1234` with baseline: …": where the baseline came from and how far it is from the base. */
function comparedLine(result: GateResult): string {
  // A commit, not "the PR": push, merge-queue and dispatch runs have no PR.
  const head = result.head.sha ? `commit ${shortSha(result.head.sha)}` : 'the PR’s report';
  const p = result.base.provenance;
  if (p && p.from !== 'none') return `<sub>Compared ${head} with baseline: ${inlineWithCode(p.line)}.</sub>`;
  // Results without provenance (older versions): where the baseline came from, as before.
  const source = {
    git: '(read from git)',
    api: '(read via the GitHub API)',
    file: 'named on the command line',
    artifact: '(a recorded artifact)',
    mlflow: '(an MLflow tracking server)',
    none: '',
  }[result.base.source];
  const base =
    result.base.source === 'none'
      ? 'no baseline'
      : result.base.sha
        ? `the baseline at ${shortSha(result.base.sha)} ${source}`
        : `the baseline report ${source}`;
  return `<sub>Compared ${head} with ${base}.</sub>`;
}

/**
 * The small print at the end: the baseline, then which commit this comment is for (it is edited in place on
 * every push), the base, and the legend.
 */
export function footerLine(result: GateResult): string {
  const parts = [
    ...(result.head.sha ? [`Updated for ${shortSha(result.head.sha)}`] : []),
    ...(result.base.sha ? [`base ${shortSha(result.base.sha)}`] : []),
    `[how to read this](${LEGEND_URL})`,
  ];
  return `${comparedLine(result)}\n<br><sub>${parts.join(' · ')}</sub>`;
}

function headlineDelta(m: ModelResult): string {
  const gated = m.metrics.find((x) => x.delta !== null);
  return gated ? `${escapeMarkdownInline(gated.name, 40)} ${formatDelta(gated.delta!, gated.fraction)}` : '—';
}

function summaryTable(models: ModelResult[]): string {
  const rows = models.map((m) => {
    const cost = m.cost?.delta_pct !== null && m.cost?.delta_pct !== undefined ? formatPct(m.cost.delta_pct) : '—';
    return `| ${VERDICT_ICON[m.verdict]} | ${escapeMarkdownInline(m.name, 60)} | ${headlineDelta(m)} | ${cost} | ${escapeMarkdownInline(m.reasons[0] ?? (m.baseline === 'carried_forward' ? 'unchanged (carried forward)' : 'ok'), 120)} |`;
  });
  return ['| | Model | Headline Δ | Cost Δ | Reason |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** Rows a reviewer must see: a gated failure or warning, or a change that is not noise. */
function needsRow(m: ModelResult['metrics'][number]): boolean {
  return m.status !== 'pass' || !(m.change === 'unchanged' || m.change === 'within_noise');
}

/**
 * The metric table with the rows that matter, the others ("+ 3 unchanged or within noise") and the power
 * sentence one click away. Its fallback, over the size limit, is the failing rows alone.
 */
function metricsBlock(model: ModelResult): Block | null {
  if (!model.metrics.length) return null;
  // One set of columns for every table of the model: the noise column where any of its metrics was tested.
  const size: TableContext = {
    eval_size: model.eval.size,
    noise: model.metrics.some((m) => m.test !== null || m.min_detectable_effect !== null),
  };
  const shown = model.metrics.filter(needsRow);
  const quiet = model.metrics.filter((m) => !needsRow(m));
  const noise = noiseLine(model);
  const parts = shown.length ? [metricTable(shown, size).join('\n')] : [];
  if (quiet.length) {
    const label = `${shown.length ? '+ ' : ''}${quiet.length} unchanged or within noise`;
    const inner = [metricTable(quiet, size).join('\n'), noise].filter(Boolean).join('\n\n');
    parts.push(`<details><summary>${label}</summary>\n\n${inner}\n\n</details>`);
  } else if (noise) parts.push(noise);
  const failing = model.metrics.filter((m) => m.status !== 'pass');
  const fallback = failing.length
    ? metricTable(failing, size).join('\n') +
      `\n\n_${model.metrics.length - failing.length} passing metrics not shown._`
    : '';
  return { priority: 1, text: parts.join('\n\n'), fallback };
}

/** Why the model passed or not: one line per finding (a metric's findings merged), worst first. */
function whyLines(model: ModelResult): string[] {
  // Checklist findings are listed in the checklist section, with their fixes; the list still says that they block.
  const inChecklist = (f: ModelResult['findings'][number]) => !!model.checklist && f.rule.startsWith('checklist.');
  const lines = findingLines(model, inChecklist);
  const listed = model.findings.filter(inChecklist);
  for (const severity of ['fail', 'warn'] as const) {
    const n = listed.filter((f) => f.severity === severity).length;
    if (n)
      lines.push(
        `- ${VERDICT_ICON[severity]} ${n} ${severity === 'fail' ? 'required' : 'recommended'} checklist item${n === 1 ? '' : 's'} not met (see the checklist below)`,
      );
  }
  return lines;
}

function modelBlocks(model: ModelResult, many: boolean, links: RenderLinks | undefined): Block[] {
  const body: Block[] = [];
  const metrics = metricsBlock(model);
  if (metrics) body.push(metrics);
  const lines = whyLines(model);
  if (lines.length) body.push({ priority: 0, text: lines.join('\n') });
  const cost = renderCostLine(model);
  if (cost) body.push({ priority: 2, text: cost });
  body.push(...renderModelExtras(model, links));
  body.push({ priority: 3, text: readerLine(model) });
  if (model.notes.length)
    body.push({ priority: 3, text: model.notes.map((n) => `> ${escapeMarkdownInline(n, 300)}`).join('\n') });
  if (!many) return body;
  // Several models: one collapsible section each, as one block, so dropping it never leaves a <details> open.
  // Its fallback keeps what must never be dropped (findings) and the failing rows.
  const title = `${VERDICT_ICON[model.verdict]} ${escapeMarkdownInline(model.name, 60)}`;
  const full = body.map((b) => b.text).join('\n\n');
  const essential = [metrics?.fallback ?? '', ...body.filter((b) => b.priority === 0).map((b) => b.text)]
    .filter(Boolean)
    .join('\n\n');
  return [
    {
      priority: 1,
      text: wrap(title, full, model.verdict !== 'pass'),
      fallback: essential ? wrap(title, essential, true) : '',
    },
  ];
}

/** The small print of a model: which file was read, by which reader (docs/readers.md lists them). */
function readerLine(model: ModelResult): string {
  const file = model.report_path ? ` from ${escapeMarkdownInline(model.report_path, 120)}` : '';
  return `<sub>Read${file} by the ${escapeMarkdownInline(model.reader, 20)} reader.</sub>`;
}

/** "With 12,000 examples, a real change of ±0.9 pp in accuracy is detected 80 % of the time (…)": the eval set's power. */
export function noiseLine(model: ModelResult): string | null {
  // The eval set's power: a slice row's MDE is for the slice's size, not eval.size.
  const m = model.metrics.find((x) => x.min_detectable_effect !== null && x.fraction && x.slice === undefined);
  if (!m || model.eval.size === null) return null;
  const mde = formatDelta(m.min_detectable_effect!, true).replace(/^\+/, '±');
  // The advice to add predictions only where there are none: else the notes say why they were not paired.
  const unpaired =
    model.findings.some((f) => f.rule === 'eval.predictions_mismatch') ||
    model.notes.some((n) => n.includes('predictions'));
  const how = m.test?.includes('approximate')
    ? `; unpaired test, approximate${unpaired ? '' : ': eval.predictions on both sides give a paired test'}`
    : '';
  // The MDE is a power statement, not a significance threshold: a smaller change can still be significant.
  return `<sub>With ${formatCount(model.eval.size)} evaluation examples, a real change of ${mde} in ${escapeMarkdownInline(m.name, 40)} is detected ${powerText(m.power)}; smaller ones often look like noise${how}.</sub>`;
}

/**
 * "80 % of the time (α = 0.05, tested alone)", "90 % of the time (α = 0.05/8 = 0.0063 after Holm over 8 tested
 * metrics)": the configured power and the level the change must reach. A result written before both were
 * recorded gives the default power only.
 */
function powerText(p: ModelResult['metrics'][number]['power']): string {
  if (!p) return '80 % of the time';
  const pct = `${Number((p.power * 100).toPrecision(3))} % of the time`;
  const sig = (x: number) => Number(x.toPrecision(2));
  if (p.tested <= 1) return `${pct} (α = ${sig(p.alpha)}, tested alone)`;
  const total = Number((p.alpha * p.tested).toPrecision(3));
  return `${pct} (α = ${total}/${p.tested} = ${sig(p.alpha)} after Holm over ${p.tested} tested metrics)`;
}

function wrap(title: string, text: string, open: boolean): string {
  return `<details${open ? ' open' : ''}><summary>${title}</summary>\n\n${text}\n\n</details>`;
}
