// Issue comments (the PR conversation): list with pagination, create, get, update, delete.
import { HttpError, bodyObject, intParam, json, notFound, unprocessable, type Ctx, type Reply } from '../http.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { issueCommentJson, issueJson } from '../serialize.js';
import type { CommentRec, RepoRec } from '../types.js';
import { byId, requireRepo } from './common.js';

const MAX_BODY = 65536; // GitHub rejects longer comment bodies with 422

function requireComment(ctx: Ctx, repo: RepoRec): CommentRec {
  const c = repo.comments.get(intParam(ctx, 'id'));
  if (!c) throw notFound();
  return c;
}

function readBody(ctx: Ctx): string {
  const body = bodyObject(ctx).body;
  if (typeof body !== 'string' || body.length === 0) {
    throw unprocessable('Validation Failed', [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }]);
  }
  if (body.length > MAX_BODY) {
    throw unprocessable('Validation Failed', [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)',
      },
    ]);
  }
  return body;
}

function list(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const number = intParam(ctx, 'number');
  if (!repo.issues.has(number)) throw notFound();
  const since = ctx.query.get('since');
  const all = [...repo.comments.values()]
    .filter((c) => c.issue === number && (!since || c.updated_at >= since))
    .sort(byId);
  const page = paginate(all, ctx);
  return json(
    200,
    page.items.map((c) => issueCommentJson(ctx.store, repo, c)),
    page.headers,
  );
}

function create(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const number = intParam(ctx, 'number');
  if (!repo.issues.has(number)) throw notFound();
  const body = readBody(ctx);
  const now = ctx.store.now();
  const rec: CommentRec = {
    id: ctx.store.nextId(),
    issue: number,
    user: ctx.actor,
    body,
    created_at: now,
    updated_at: now,
  };
  repo.comments.set(rec.id, rec);
  const out = issueCommentJson(ctx.store, repo, rec);
  return json(201, out, { location: out.url });
}

function get(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  return json(200, issueCommentJson(ctx.store, repo, requireComment(ctx, repo)));
}

function update(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const c = requireComment(ctx, repo);
  c.body = readBody(ctx);
  c.updated_at = ctx.store.now();
  return json(200, issueCommentJson(ctx.store, repo, c));
}

function remove(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const c = requireComment(ctx, repo);
  repo.comments.delete(c.id);
  return { status: 204 };
}

function getIssue(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const issue = repo.issues.get(intParam(ctx, 'number'));
  if (!issue) throw new HttpError(404, 'Not Found');
  return json(200, issueJson(ctx.store, repo, issue));
}

export function registerIssueComments(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/issues/comments/:id', get)
    .add('PATCH', '/repos/:owner/:repo/issues/comments/:id', update)
    .add('DELETE', '/repos/:owner/:repo/issues/comments/:id', remove)
    .add('GET', '/repos/:owner/:repo/issues/:number', getIssue)
    .add('GET', '/repos/:owner/:repo/issues/:number/comments', list)
    .add('POST', '/repos/:owner/:repo/issues/:number/comments', create);
}
