// Check runs: create, update, list for a ref. Only GitHub Apps (Bot tokens) may write them, like on GitHub.
import {
  HttpError,
  bodyObject,
  intParam,
  json,
  notFound,
  optString,
  unprocessable,
  type Ctx,
  type Reply,
} from '../http.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { checkRunJson } from '../serialize.js';
import type { AnnotationRec, CheckRunRec, RepoRec } from '../types.js';
import { requireRepo } from './common.js';

const STATUSES = new Set(['queued', 'in_progress', 'completed', 'waiting', 'requested', 'pending']);
const CONCLUSIONS = new Set([
  'action_required',
  'cancelled',
  'failure',
  'neutral',
  'success',
  'skipped',
  'stale',
  'timed_out',
]);
const MAX_TEXT = 65535; // output.summary / output.text limit
const MAX_ANNOTATIONS = 50; // per request

function invalid(field: string): HttpError {
  return unprocessable('Invalid request.', [{ resource: 'CheckRun', field, code: 'invalid' }]);
}

function requireApp(ctx: Ctx): void {
  if (ctx.actor.type !== 'Bot') throw new HttpError(403, 'You must authenticate via a GitHub App.');
}

/** Applies the writable fields of a create/update body to a check run. */
function apply(ctx: Ctx, run: CheckRunRec, input: Record<string, unknown>): void {
  const status = optString(input, 'status');
  const conclusion = optString(input, 'conclusion');
  if (status !== undefined && !STATUSES.has(status)) throw invalid('status');
  if (conclusion !== undefined && !CONCLUSIONS.has(conclusion)) throw invalid('conclusion');
  if (status === 'completed' && conclusion === undefined && run.conclusion === null) {
    throw unprocessable('Invalid request.\n\n"conclusion" wasn\'t supplied.');
  }
  if (status !== undefined) run.status = status;
  if (conclusion !== undefined) {
    run.conclusion = conclusion;
    run.status = 'completed'; // giving a conclusion completes the run
  }
  if (run.status === 'completed' && run.completed_at === null)
    run.completed_at = optString(input, 'completed_at') ?? ctx.store.now();
  const details = optString(input, 'details_url');
  if (details !== undefined) run.details_url = details;
  const external = optString(input, 'external_id');
  if (external !== undefined) run.external_id = external;
  const name = optString(input, 'name');
  if (name !== undefined) run.name = name;
  const output = input.output;
  if (output !== undefined) {
    if (typeof output !== 'object' || output === null) throw invalid('output');
    const o = output as Record<string, unknown>;
    const title = optString(o, 'title');
    const summary = optString(o, 'summary');
    const text = optString(o, 'text');
    if (summary === undefined && run.output.summary === null) throw invalid('output.summary');
    if ((summary?.length ?? 0) > MAX_TEXT || (text?.length ?? 0) > MAX_TEXT) {
      throw unprocessable('Invalid request.\n\nOnly 65535 characters are allowed; 65536 were supplied.');
    }
    run.output = {
      title: title ?? run.output.title,
      summary: summary ?? run.output.summary,
      text: text ?? run.output.text,
    };
    const annotations = o.annotations;
    if (annotations !== undefined) {
      if (!Array.isArray(annotations) || annotations.length > MAX_ANNOTATIONS) throw invalid('output.annotations');
      run.annotations.push(...(annotations as AnnotationRec[])); // GitHub appends annotations on update
    }
  }
}

function create(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  requireApp(ctx);
  const input = bodyObject(ctx);
  const name = optString(input, 'name');
  const headSha = optString(input, 'head_sha');
  if (!name) throw unprocessable('Invalid request.\n\n"name" wasn\'t supplied.');
  if (!headSha) throw unprocessable('Invalid request.\n\n"head_sha" wasn\'t supplied.');
  const run: CheckRunRec = {
    id: ctx.store.nextId(),
    name,
    head_sha: headSha,
    app: ctx.actor,
    status: 'queued',
    conclusion: null,
    details_url: null,
    external_id: null,
    started_at: optString(input, 'started_at') ?? ctx.store.now(),
    completed_at: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
  };
  apply(ctx, run, input);
  repo.checkRuns.set(run.id, run);
  return json(201, checkRunJson(ctx.store, repo, run));
}

function update(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  requireApp(ctx);
  const run = repo.checkRuns.get(intParam(ctx, 'id'));
  if (!run) throw notFound();
  apply(ctx, run, bodyObject(ctx));
  return json(200, checkRunJson(ctx.store, repo, run));
}

/** A ref is a SHA, or a branch name resolved through the PRs' head refs. */
function resolveRef(repo: RepoRec, ref: string): string {
  const pull = [...repo.pulls.values()].find((p) => p.head_ref === ref || `heads/${p.head_ref}` === ref);
  return pull ? pull.head_sha : ref;
}

function listForRef(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const sha = resolveRef(repo, ctx.params.ref ?? '');
  const checkName = ctx.query.get('check_name');
  const status = ctx.query.get('status');
  let runs = [...repo.checkRuns.values()]
    .filter((c) => c.head_sha === sha && (!checkName || c.name === checkName) && (!status || c.status === status))
    .sort((a, b) => b.id - a.id); // newest first
  if ((ctx.query.get('filter') ?? 'latest') === 'latest') {
    const seen = new Set<string>();
    runs = runs.filter((c) => !seen.has(c.name) && seen.add(c.name));
  }
  const page = paginate(runs, ctx);
  return json(
    200,
    { total_count: runs.length, check_runs: page.items.map((c) => checkRunJson(ctx.store, repo, c)) },
    page.headers,
  );
}

export function registerChecks(r: Router): void {
  r.add('POST', '/repos/:owner/:repo/check-runs', create)
    .add('PATCH', '/repos/:owner/:repo/check-runs/:id', update)
    .add('GET', '/repos/:owner/:repo/commits/:ref/check-runs', listForRef);
}
