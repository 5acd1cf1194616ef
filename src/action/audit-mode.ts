/**
 * `mode: audit` (schedule: / workflow_dispatch:): every model's report on the checked-out default branch becomes
 * one row of the model inventory, written to the job summary and to the one "mlgate: model inventory" issue.
 * A read-only token (a fork, or `issues: read`) costs the issue, never the summary. The step does not fail on
 * what the inventory finds: the issue is the alarm; the `verdict` output says warn when something needs attention.
 */
import * as core from '@actions/core';
import { buildInventory, needsAttention, vanished, type InventoryRow } from '../audit/inventory.js';
import { loadPolicy } from '../adapters/policy.js';
import { workspaceInventory, type InventorySource } from '../adapters/inventory-source.js';
import {
  findInventoryIssue,
  previousState,
  writeInventory,
  type ListedIssue,
} from '../adapters/github/inventory-issue.js';
import { isReadOnlyError, statusOf, type GitHubClient } from '../adapters/github/client.js';
import { escapeLog } from '../kernel/escape.js';
import { renderInventory } from '../render/inventory.js';
import { writeSummary } from './publish.js';
import type { ModeEnv } from './types.js';

const SUMMARY_ONLY = 'the inventory is in the job summary only';

function explain(e: unknown, what: string): string {
  if (isReadOnlyError(e))
    return `mlgate audit: the token cannot ${what} (a fork or a read-only token; the workflow needs permissions: issues: write): ${SUMMARY_ONLY}.`;
  return `mlgate audit: could not ${what} (GitHub answered ${statusOf(e) ?? 'nothing'}: ${escapeLog(String((e as Error)?.message ?? e), 200)}); ${SUMMARY_ONLY}.`;
}

async function findIssue(client: GitHubClient | null, env: ModeEnv): Promise<ListedIssue | null | 'unreadable'> {
  if (!client) return null;
  try {
    return await findInventoryIssue(client, { owner: env.ctx.owner, repo: env.ctx.repo }, env.settings.commentAuthor);
  } catch (e) {
    core.warning(explain(e, 'list the repository’s issues'));
    return 'unreadable';
  }
}

async function publish(env: ModeEnv, issue: ListedIssue | null, rows: InventoryRow[], body: string): Promise<void> {
  try {
    const w = await writeInventory(env.client!, { owner: env.ctx.owner, repo: env.ctx.repo }, { issue, rows, body });
    if (w.url) core.setOutput('inventory-url', w.url);
    const told = w.mentioned.length ? `; owners of ${w.mentioned.length} model(s) mentioned` : '';
    core.info(`mlgate audit: inventory issue ${w.action}${told}.`);
  } catch (e) {
    core.warning(explain(e, 'write the inventory issue'));
  }
}

export async function auditMode(env: ModeEnv, source: InventorySource = workspaceInventory): Promise<void> {
  const { settings, ctx, now } = env;
  const { config } = await loadPolicy(
    { configPath: settings.configPath, configFrom: 'head', workspace: ctx.workspace, baseline: null, how: '' },
    [],
  );
  const patterns = settings.reports.length ? settings.reports : config.reports;
  const { models, label } = await source({ workspace: ctx.workspace, config, patterns });
  const issue = await findIssue(env.client, env);
  const known = issue === 'unreadable' ? null : issue;
  const rows = buildInventory([...models, ...vanished(models, previousState(known))], config, now);
  const at = ctx.sha ? ` at ${ctx.sha.slice(0, 7)}` : '';
  const body = renderInventory(rows, { now, source: `${label}${at}` });
  await writeSummary(body, env.env);
  core.setOutput('verdict', rows.some(needsAttention) ? 'warn' : 'pass');
  if (!env.client) core.info(`mlgate audit: no token: ${SUMMARY_ONLY}.`);
  else if (issue !== 'unreadable') await publish(env, known, rows, body);
}
