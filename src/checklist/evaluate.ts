/**
 * The checklist for one model: run every item, apply the configured level (required fails, recommended warns,
 * off skips) and the accepted waivers, and turn what fails into findings (`checklist.<id>`) for the verdict.
 * Pure: the files, the PR and GitHub's reviews and waivers arrive as `facts`, the time as `now`.
 */
import { resolveConfig } from '../schema/config.js';
import type { ChecklistLevel, Config } from '../kernel/config-types.js';
import { matchesAny } from '../kernel/glob.js';
import type { LoadedReport } from '../kernel/report-types.js';
import type { ChecklistItemResult, Finding, Location } from '../kernel/result-types.js';
import { BUILT_IN_IDS, CATALOGUE } from './catalogue.js';
import type { CheckContext } from './context.js';
import { checkCustom, validateCustom } from './custom.js';
import type { ChecklistFacts, Outcome, WaiverFact } from '../kernel/checklist-types.js';

export interface ChecklistInput {
  head: LoadedReport | null;
  base: LoadedReport | null;
  /** Workspace-relative path of the PR's report. */
  report_path: string | null;
  config: Config;
  /** null: nothing was gathered (files, PR and GitHub items are `not_checked`). */
  facts: ChecklistFacts | null;
  now: Date;
  /** The operating point judged against the base by the metric rules (see CheckContext.operating_point). */
  operating_point?: Finding[] | null;
}

export interface ChecklistOutput {
  /** null when the checklist does not apply to this model (see `applies`). */
  items: ChecklistItemResult[] | null;
  findings: Finding[];
  notes: string[];
  /** The checklist is off for this model: the titles of the built-in items its report already evidences. */
  off?: { evidenced: string[]; total: number };
}

interface Item {
  id: string;
  title: string;
  level: ChecklistLevel;
  run: (c: CheckContext) => Outcome;
}

/** Every item id the config knows (built-in first, then custom): waivers must name one of these. */
export function checklistItemIds(config: Config): string[] {
  return [...BUILT_IN_IDS, ...config.checklist.custom.map((c) => c.id)];
}

const DEFAULT_CHECKLIST = JSON.stringify(resolveConfig({}).checklist);

/**
 * Whether to run the checklist. A team opts in by writing a `checklist:` section, or a report opts in with a
 * `lifecycle:` block; zero config on reports without one gets one collapsed line instead (`off`). The base counts
 * too: deleting the lifecycle block in a PR must not switch the checklist off.
 */
export function applies(input: ChecklistInput): { run: boolean; note?: string; off?: boolean } {
  if (!input.head) return { run: false };
  const optedIn =
    !!input.head.report.lifecycle ||
    !!input.base?.report.lifecycle ||
    JSON.stringify(input.config.checklist) !== DEFAULT_CHECKLIST;
  if (!optedIn) return { run: false, off: true };
  const globs = input.config.checklist.model_paths;
  const changed = input.facts?.changed_files;
  if (globs.length && changed && !changed.some((f) => matchesAny(f, globs))) {
    return { run: false, note: 'the checklist was skipped: this PR changes no file under checklist.model_paths' };
  }
  return { run: true };
}

function contextOf(input: ChecklistInput, head: LoadedReport): CheckContext {
  return {
    report: head.report,
    base: input.base?.report ?? null,
    config: input.config,
    facts: input.facts,
    now: input.now,
    report_path: input.report_path,
    operating_point: input.operating_point ?? null,
  };
}

/** What a report without a lifecycle block already evidences, checked on the report alone (never blocking). */
function offSummary(input: ChecklistInput, head: LoadedReport): ChecklistOutput {
  const ctx = contextOf({ ...input, facts: null }, head);
  const evidenced = CATALOGUE.filter((c) => c.check(ctx).status === 'pass').map((c) => c.title);
  return { items: null, findings: [], notes: [], off: { evidenced, total: CATALOGUE.length } };
}

function itemsOf(config: Config): Item[] {
  return [
    ...CATALOGUE.map((c) => ({
      id: c.id,
      title: c.title,
      level: config.checklist.items[c.id] ?? c.level,
      run: c.check,
    })),
    ...config.checklist.custom.map((c) => ({
      id: c.id,
      title: c.title,
      level: c.level ?? 'required',
      run: (x: CheckContext) => checkCustom(c, x),
    })),
  ];
}

/** The nearest enclosing field that has a position: `/lifecycle/owner` falls back to `/lifecycle`. */
function locator(head: LoadedReport): (pointer: string | undefined) => Location {
  return (pointer) => {
    for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) {
      const pos = head.source.positions.get(p);
      if (pos) return { file: head.source.file, line: pos.line, column: pos.column };
    }
    return { file: head.source.file };
  };
}

function judge(item: Item, o: Outcome, waiver: WaiverFact | undefined, locate: ReturnType<typeof locator>) {
  const status: ChecklistItemResult['status'] =
    o.status === 'fail' ? (item.level === 'required' ? 'fail' : 'warn') : o.status;
  const location = o.status === 'fail' || o.status === 'warn' ? locate(o.pointer ?? '/lifecycle') : undefined;
  const result: ChecklistItemResult = {
    id: item.id,
    title: item.title,
    status,
    severity: item.level === 'off' ? 'off' : item.level,
    evidence: o.evidence,
    fix: o.fix,
    ...(location ? { location } : {}),
  };
  if (waiver && (status === 'fail' || status === 'warn')) {
    result.status = 'waived';
    result.waiver = {
      by: waiver.by,
      reason: waiver.reason,
      ...(waiver.comment_url ? { comment_url: waiver.comment_url } : {}),
    };
  }
  const finding: Finding | null =
    result.status === 'fail' || result.status === 'warn'
      ? {
          rule: `checklist.${item.id}`,
          severity: result.status,
          message: `checklist: ${item.title}: ${o.evidence ?? 'missing'}${o.fix ? ` — ${o.fix}` : ''}`,
          ...(location ? { location } : {}),
        }
      : null;
  return { result, finding };
}

export function evaluateChecklist(input: ChecklistInput): ChecklistOutput {
  const when = applies(input);
  if (when.off && input.head) return offSummary(input, input.head);
  if (!when.run || !input.head) return { items: null, findings: [], notes: when.note ? [when.note] : [] };
  validateCustom(input.config.checklist.custom, BUILT_IN_IDS);
  const ctx = contextOf(input, input.head);
  const locate = locator(input.head);
  const waivers = latestWaivers(input.facts?.waivers ?? []);
  const items: ChecklistItemResult[] = [];
  const findings: Finding[] = [];
  for (const item of itemsOf(input.config)) {
    if (item.level === 'off') {
      items.push({ id: item.id, title: item.title, status: 'off', severity: 'off', evidence: null, fix: null });
      continue;
    }
    const { result, finding } = judge(item, item.run(ctx), waivers.get(item.id), locate);
    items.push(result);
    if (finding) findings.push(finding);
  }
  return { items, findings, notes: [] };
}

/** The latest waiver of each item wins (comments are in order; a later waiver may restate the reason). */
function latestWaivers(list: readonly WaiverFact[]): Map<string, WaiverFact> {
  const out = new Map<string, WaiverFact>();
  for (const w of list) out.set(w.item, w);
  return out;
}
