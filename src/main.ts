/**
 * The action: settings -> a mode computes the result (gate: from reports; aggregate: from matrix results;
 * publish: from a fork PR's artifact) -> job summary, annotations, PR comment, outputs, step status.
 * Every outside dependency comes in through `RunDeps` so tests run it against a local GitHub-like server
 * without mocking our own modules.
 */
import * as core from '@actions/core';
import { isInputError, InputErrors, InputError } from './kernel/errors.js';
import { createGitHubClient, type GitHubClient } from './adapters/github/client.js';
import { realSleep, type Sleep } from './adapters/github/retry.js';
import { pullLinks, readActionContext, tokenIsReadOnly, type ActionContext } from './adapters/github/context.js';
import { prefetchIssueComments } from './adapters/github/issue-comments.js';
import { readSettings, type Settings } from './adapters/settings.js';
import { escapeLog } from './kernel/escape.js';
import { renderMarkdown } from './render/markdown.js';
import { auditMode } from './action/audit-mode.js';
import {
  annotate,
  finish,
  postComment,
  postHeadCheckRun,
  runBot,
  writeOutputs,
  writeSummary,
} from './action/publish.js';
import { inputErrorResult } from './kernel/input-error-result.js';
import type { Mode, ModeEnv, Phase } from './action/types.js';

export interface RunDeps {
  env: Record<string, string | undefined>;
  now: () => Date;
  /** Milliseconds since the process started (the phases' timings in the debug log). */
  elapsed: () => number;
  /** Every wait of a run (backoff, Retry-After, write spacing): tests record what is asked for instead. */
  sleep: Sleep;
  /** Builds the API client; tests pass one without GitHub's write spacing. */
  client: (s: Settings, ctx: ActionContext, deps: Pick<RunDeps, 'sleep'>) => GitHubClient;
}

const defaultDeps = (): RunDeps => ({
  env: process.env,
  now: () => new Date(),
  elapsed: () => performance.now(),
  sleep: realSleep,
  client: (s, ctx, d) =>
    createGitHubClient({
      token: s.token,
      baseUrl: ctx.apiUrl,
      timeoutMs: s.apiTimeoutMs,
      log: (m) => core.info(escapeLog(m)),
      sleep: d.sleep,
    }),
});

// Each mode is loaded when it runs: a gate run does not parse aggregate's and publish's result validator.
const MODES: Record<Settings['mode'], (() => Promise<Mode>) | null> = {
  gate: async () => (await import('./action/gate-mode.js')).gateMode,
  aggregate: async () => (await import('./action/aggregate-mode.js')).aggregateMode,
  publish: async () => (await import('./action/publish-mode.js')).publishMode,
  // The sweep writes an issue and the job summary, not a verdict on a commit: run() hands it off before this table.
  audit: null,
  record: async () => (await import('./action/record-mode.js')).recordMode,
};

export async function run(overrides: Partial<RunDeps> = {}): Promise<void> {
  const deps = { ...defaultDeps(), ...overrides };
  const phases = new Map<Phase, number>();
  const mark = (phase: Phase) => void phases.set(phase, deps.elapsed());
  // Known once settings and context are read: an input error after that is published like a verdict.
  let published: ModeEnv | null = null;
  try {
    const settings = readSettings((n) => core.getInput(n));
    if (settings.token) core.setSecret(settings.token);
    const ctx = readActionContext(deps.env);
    const env: ModeEnv = {
      settings,
      ctx,
      client: settings.token ? deps.client(settings, ctx, deps) : null,
      now: deps.now(),
      env: deps.env,
      mark,
    };
    published = env;
    prefetch(env);
    // Any PR comment triggers an issue_comment workflow; only /mlgate commands are ours to answer.
    if (ctx.eventName === 'issue_comment' && !/^\s*\/mlgate\b/.test(ctx.comment?.body ?? '')) {
      core.info('The comment is not an /mlgate command: nothing to do.');
      return;
    }
    if (settings.mode === 'audit') {
      await auditMode(env);
      return;
    }
    const load = MODES[settings.mode];
    if (!load)
      throw new InputError(`mode "${settings.mode}" is not available in this version`, { field: 'input mode' });
    const mode = await load();
    mark('load');
    const outcome = await mode(env);
    await writeSummary(
      renderMarkdown(outcome.result, {
        target: 'summary',
        ...(outcome.target ? { links: pullLinks(ctx, outcome.target.number) } : {}),
      }),
      deps.env,
    );
    annotate(outcome.result);
    // The verdict is settled first (outputs, result file, step status): a GitHub fault while publishing it must
    // cost at most the comment or the check run, never the verdict itself.
    finish(outcome.result, env, outcome.failOn);
    // The check run first: it is what branch protection reads, and it must not wait behind the comment, the
    // replies or their retries. Publish mode wrote its own (on the fork PR's head) already; a record run never
    // writes one (on a merge group its verdict would stand beside, or over, the gate's `mlgate` check).
    if (settings.mode !== 'publish' && settings.mode !== 'record')
      await sideEffect('check run', () => postHeadCheckRun(env, outcome));
    await sideEffect('comment', () => postComment(env, outcome));
    await sideEffect('bot', () => runBot(env, outcome));
    mark('publish');
    core.debug(`mlgate timings (ms since the process started): ${timings(phases)}`);
  } catch (e) {
    // publish writes its own; audit has no commit to judge, record no verdict (their input errors fail the step).
    const own = published && ['publish', 'audit', 'record'].includes(published.settings.mode);
    if (published && isInputError(e) && !own) await publishInputError(published, e);
    reportError(e);
  }
}

/** The comment's listing goes out at once, beside the reading and the analysis, instead of after them. */
function prefetch({ client, ctx, settings }: ModeEnv): void {
  if (!client || !ctx.pull || settings.mode !== 'gate' || settings.commentMode !== 'comment') return;
  if (!tokenIsReadOnly(ctx))
    prefetchIssueComments(client, { owner: ctx.owner, repo: ctx.repo, issue_number: ctx.pull.number });
}

const timings = (phases: Map<Phase, number>) => [...phases].map(([p, ms]) => `${p} ${Math.round(ms)}`).join(', ');

/**
 * A report that cannot be read is a failing verdict, not silence: outputs, job summary, the PR comment and the
 * check run say so (an earlier passing comment and check would otherwise stand on the new head). The messages
 * name files, fields and lines, never file contents.
 */
async function publishInputError(env: ModeEnv, e: InputError | InputErrors): Promise<void> {
  const list: InputError[] = e instanceof InputErrors ? e.errors : [e];
  const result = inputErrorResult(
    list.map((x) => x.format()),
    env.ctx.pull?.head_sha ?? (env.ctx.sha || null),
  );
  const outcome = {
    result,
    target: env.ctx.pull ? { number: env.ctx.pull.number, head_sha: env.ctx.pull.head_sha } : null,
  };
  await sideEffect('job summary', () => writeSummary(renderMarkdown(result, { target: 'summary' }), env.env));
  writeOutputs(result, env.env);
  await sideEffect('check run', () => postHeadCheckRun(env, outcome));
  await sideEffect('comment', () => postComment(env, outcome));
}

async function sideEffect(what: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (e) {
    core.warning(
      `mlgate: the ${what} could not be written (${escapeLog(String((e as Error)?.message ?? e), 300)}); the verdict stands.`,
    );
  }
}

function reportError(e: unknown): void {
  if (isInputError(e)) {
    const list: InputError[] = e instanceof InputErrors ? e.errors : [e];
    for (const err of list) {
      const props = err.file
        ? { file: err.file, startLine: err.line, startColumn: err.column, title: 'mlgate: invalid input' }
        : { title: 'mlgate: invalid input' };
      core.error(escapeLog(err.format(), 500), props);
    }
    core.setFailed(`mlgate: invalid input: ${escapeLog(list.map((x) => x.format()).join('; '), 1000)}`);
    return;
  }
  // A bug or an unexpected GitHub answer: one line, no stack trace (the stack goes to the debug log).
  core.debug(escapeLog(String((e as Error)?.stack ?? e), 4000));
  core.setFailed(`mlgate: ${escapeLog(String((e as Error)?.message ?? e), 500)}`);
}
