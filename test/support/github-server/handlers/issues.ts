// Issues (https://docs.github.com/en/rest/issues/issues): list a repository's issues with `state`, `labels`,
// `creator`, `since`, `sort`/`direction` and page/per_page pagination (PRs included, marked by `pull_request`,
// as GitHub does), create one (`title` required; labels need push access and are silently dropped otherwise),
// and update one (title, body, state open/closed with state_reason, labels).
import { bodyObject, intParam, json, notFound, optString, unprocessable, type Ctx, type Reply } from '../http.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { issueJson } from '../serialize.js';
import type { IssueRec, RepoRec } from '../types.js';
import { requireRepo } from './common.js';

const MAX_BODY = 65536;
const STATE_REASONS = new Set(['completed', 'not_planned', 'reopened']);

function stateOf(repo: RepoRec, i: IssueRec): 'open' | 'closed' {
  return i.isPull ? (repo.pulls.get(i.number)?.state ?? 'open') : (i.state ?? 'open');
}

function updatedOf(repo: RepoRec, i: IssueRec): string {
  return i.isPull ? (repo.pulls.get(i.number)?.updated_at ?? i.created_at) : (i.updated_at ?? i.created_at);
}

function matches(ctx: Ctx, repo: RepoRec, i: IssueRec): boolean {
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  if (state !== 'all' && stateOf(repo, i) !== state) return false;
  const labels = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const have = (i.labels ?? []).map((l) => l.toLowerCase());
  if (!labels.every((l) => have.includes(l))) return false;
  const creator = q.get('creator');
  if (creator && creator.toLowerCase() !== i.user.login.toLowerCase()) return false;
  const since = q.get('since');
  return !since || updatedOf(repo, i) >= since;
}

function list(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const state = ctx.query.get('state');
  if (state && !['open', 'closed', 'all'].includes(state))
    throw unprocessable('Validation Failed', [{ resource: 'Issue', field: 'state', code: 'invalid' }]);
  const sort = ctx.query.get('sort') ?? 'created';
  const asc = ctx.query.get('direction') === 'asc';
  const key = (i: IssueRec) => (sort === 'updated' ? updatedOf(repo, i) : i.created_at);
  const all = [...repo.issues.values()]
    .filter((i) => matches(ctx, repo, i))
    // Ties (same second) fall back to the number, newest first like GitHub's default.
    .sort((a, b) => (key(a) === key(b) ? b.number - a.number : key(a) < key(b) ? 1 : -1) * (asc ? -1 : 1));
  const page = paginate(all, ctx);
  return json(
    200,
    page.items.map((i) => issueJson(ctx.store, repo, i)),
    page.headers,
  );
}

function readBody(fields: Record<string, unknown>): string | null | undefined {
  if (fields.body === null) return null;
  const body = optString(fields, 'body');
  if (body !== undefined && body.length > MAX_BODY)
    throw unprocessable('Validation Failed', [
      { resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' },
    ]);
  return body;
}

/** Labels are kept for users with push access (and for apps' installation tokens); dropped silently otherwise. */
function readLabels(ctx: Ctx, repo: RepoRec, fields: Record<string, unknown>): string[] | undefined {
  const raw = fields.labels;
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.some((l) => typeof l !== 'string'))
    throw unprocessable('Validation Failed', [{ resource: 'Issue', field: 'labels', code: 'invalid' }]);
  const login = ctx.actor.login.toLowerCase();
  const perm = repo.permissions.get(login);
  const push =
    ctx.actor.type === 'Bot' ||
    login === repo.owner.login.toLowerCase() ||
    ['admin', 'maintain', 'write'].includes(perm ?? '');
  return push ? (raw as string[]) : [];
}

function create(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const fields = bodyObject(ctx);
  const title = optString(fields, 'title');
  if (!title) throw unprocessable('Validation Failed', [{ resource: 'Issue', code: 'missing_field', field: 'title' }]);
  const now = ctx.store.now();
  const rec: IssueRec = {
    number: ctx.store.nextIssueNumber(repo),
    title,
    user: ctx.actor,
    body: readBody(fields) ?? null,
    isPull: false,
    created_at: now,
    state: 'open',
    state_reason: null,
    labels: readLabels(ctx, repo, fields) ?? [],
    updated_at: now,
    closed_at: null,
  };
  repo.issues.set(rec.number, rec);
  const out = issueJson(ctx.store, repo, rec);
  return json(201, out, { location: out.url });
}

function applyState(rec: IssueRec, fields: Record<string, unknown>, now: string): void {
  const state = optString(fields, 'state');
  if (state !== undefined && state !== 'open' && state !== 'closed')
    throw unprocessable('Validation Failed', [{ resource: 'Issue', field: 'state', code: 'invalid' }]);
  const reason = fields.state_reason === null ? null : optString(fields, 'state_reason');
  if (reason !== undefined && reason !== null && !STATE_REASONS.has(reason))
    throw unprocessable('Validation Failed', [{ resource: 'Issue', field: 'state_reason', code: 'invalid' }]);
  if (state === 'closed' && rec.state !== 'closed') {
    rec.closed_at = now;
    rec.state_reason = (reason as IssueRec['state_reason']) ?? 'completed';
  } else if (state === 'open' && rec.state === 'closed') {
    rec.closed_at = null;
    rec.state_reason = 'reopened';
  } else if (reason !== undefined) rec.state_reason = reason as IssueRec['state_reason'];
  if (state) rec.state = state;
}

function update(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const rec = repo.issues.get(intParam(ctx, 'number'));
  if (!rec) throw notFound();
  const fields = bodyObject(ctx);
  const now = ctx.store.now();
  const title = optString(fields, 'title');
  if (title !== undefined) rec.title = title;
  const body = readBody(fields);
  if (body !== undefined) rec.body = body;
  const labels = readLabels(ctx, repo, fields);
  if (labels !== undefined) rec.labels = labels;
  if (!rec.isPull) applyState(rec, fields, now);
  rec.updated_at = now;
  return json(200, issueJson(ctx.store, repo, rec));
}

export function registerIssues(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/issues', list)
    .add('POST', '/repos/:owner/:repo/issues', create)
    .add('PATCH', '/repos/:owner/:repo/issues/:number', update);
}
