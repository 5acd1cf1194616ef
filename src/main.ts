/**
 * The action: settings -> reports and baselines -> pure evaluation -> job summary, outputs, PR comment,
 * annotations -> step status. Every outside dependency comes in through `RunDeps` so tests can run it
 * against a local GitHub-like server without mocking our own modules.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { evaluate } from './core/evaluate.js';
import { isInputError, InputErrors, type InputError } from './core/errors.js';
import type { GateResult } from './core/result-types.js';
import { createBaselineReader } from './adapters/baseline.js';
import { enrichModels } from './adapters/enrich.js';
import { gatherModels } from './adapters/gather.js';
import { createGitHubClient, isReadOnlyError, type GitHubClient } from './adapters/github/client.js';
import { upsertComment } from './adapters/github/comments.js';
import { readActionContext, type ActionContext } from './adapters/github/context.js';
import { loadConfigFile } from './adapters/load-report.js';
import { readSettings, type Settings } from './adapters/settings.js';
import { escapeLog } from './render/escape.js';
import { renderJson } from './render/json.js';
import { renderMarkdown } from './render/markdown.js';

export interface RunDeps {
  env: Record<string, string | undefined>;
  now: () => Date;
  /** Builds the API client; tests may wrap it to count requests. */
  client: (s: Settings, ctx: ActionContext) => GitHubClient;
}

const defaultDeps = (): RunDeps => ({
  env: process.env,
  now: () => new Date(),
  client: (s, ctx) => createGitHubClient({ token: s.token, baseUrl: ctx.apiUrl, timeoutMs: s.apiTimeoutMs, log: (m) => core.info(escapeLog(m)) }),
});

export async function run(overrides: Partial<RunDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps(), ...overrides };
  try {
    const result = await gate(deps);
    if (result) finish(result, readSettings((n) => core.getInput(n)));
  } catch (e) {
    reportError(e);
  }
}

async function gate(deps: RunDeps): Promise<GateResult | null> {
  const settings = readSettings((n) => core.getInput(n));
  if (settings.token) core.setSecret(settings.token);
  const ctx = readActionContext(deps.env);
  const client = settings.token ? deps.client(settings, ctx) : null;
  const config = await loadConfigFile(path.join(ctx.workspace, settings.configPath), ctx.workspace, false);
  const baseSha = settings.baseSha ?? ctx.pull?.base_sha ?? null;
  const baseline = baseSha ? createBaselineReader({ sha: baseSha, workspace: ctx.workspace, client, owner: ctx.owner, repo: ctx.repo }) : null;
  const models = await gatherModels({
    workspace: ctx.workspace,
    config,
    patterns: settings.reports.length ? settings.reports : config.reports,
    baseline,
  });
  await enrichModels(models, {
    workspace: ctx.workspace,
    config,
    client,
    repo: { owner: ctx.owner, repo: ctx.repo },
    pull: ctx.pull,
    baseline,
    now: deps.now(),
  });
  const notes: string[] = [];
  if (!baseSha) notes.push('not a pull request and no base-sha input: nothing to compare with, absolute bounds only');
  const result = evaluate({
    config,
    models,
    base: { sha: baseSha, source: baseline ? baseline.source : 'none' },
    head: { sha: ctx.sha || null },
    now: deps.now(),
    notes,
  });

  await writeSummary(renderMarkdown(result, { target: 'summary' }));
  annotate(result);
  if (ctx.pull && client && settings.commentMode !== 'none') {
    try {
      const body = renderMarkdown(result, { target: 'comment', ...(ctx.runUrl ? { details_url: ctx.runUrl } : {}) });
      const posted = await upsertComment(
        client,
        { owner: ctx.owner, repo: ctx.repo, issue_number: ctx.pull.number },
        { key: 'default', head_sha: ctx.pull.head_sha, author: settings.commentAuthor, body },
      );
      if (posted.action === 'skipped_stale') core.info('The PR has a newer head commit; its result is not overwritten.');
      if (posted.url) core.setOutput('comment-url', posted.url);
    } catch (e) {
      if (!isReadOnlyError(e)) throw e;
      core.warning('mlgate could not comment: the token is read-only (a fork PR or restricted permissions). The verdict is in the job summary; see docs/forks.md for the two-workflow set-up.');
    }
  }
  return result;
}

function finish(result: GateResult, settings: Settings): void {
  const file = path.join(process.env.RUNNER_TEMP || tmpdir(), 'mlgate', 'result.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderJson(result));
  core.setOutput('verdict', result.verdict);
  core.setOutput('result-json', file);
  core.info(`mlgate: ${result.verdict} — ${escapeLog(result.reason, 300)}`);
  const failing = result.verdict === 'fail' || (settings.failOn === 'warn' && result.verdict === 'warn');
  if (failing && settings.failOn !== 'never') core.setFailed(`mlgate: ${result.verdict} — ${escapeLog(result.reason, 300)}`);
}

/** Appends to the job summary file (core.summary caches the path of its first use, which breaks reruns in one process). */
async function writeSummary(markdown: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  await appendFile(file, markdown + '\n');
}

function annotate(result: GateResult): void {
  for (const m of result.models) {
    for (const f of m.findings) {
      const props = f.location ? { file: f.location.file, startLine: f.location.line, startColumn: f.location.column, title: `mlgate: ${f.rule}` } : { title: `mlgate: ${f.rule}` };
      (f.severity === 'fail' ? core.error : core.warning)(escapeLog(f.message, 500), props);
    }
  }
}

function reportError(e: unknown): void {
  if (isInputError(e)) {
    const list: InputError[] = e instanceof InputErrors ? e.errors : [e];
    for (const err of list) {
      core.error(escapeLog(err.message, 500), err.file ? { file: err.file, startLine: err.line, startColumn: err.column, title: 'mlgate: invalid input' } : { title: 'mlgate: invalid input' });
    }
    core.setFailed(`mlgate: invalid input: ${escapeLog(list.map((x) => x.format()).join('; '), 1000)}`);
    return;
  }
  // A bug or an unexpected GitHub answer: one line, no stack trace (set ACTIONS_STEP_DEBUG for details).
  core.debug(String((e as Error)?.stack ?? e));
  core.setFailed(`mlgate: ${escapeLog(String((e as Error)?.message ?? e), 500)}`);
}
