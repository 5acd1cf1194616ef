// Reactions on an issue or PR (docs.github.com/en/rest/reactions/reactions): list, create, delete. Creating a
// reaction that the same user already gave answers 200 with the existing one ("A response with an HTTP 200
// status means that you already added the reaction type to this issue"), a new one 201.
import { bodyObject, intParam, json, notFound, unprocessable, type Ctx, type Reply } from '../http.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { userJson } from '../serialize.js';
import type { RepoRec, UserRec } from '../types.js';
import { byId, requireRepo } from './common.js';

const CONTENTS = new Set(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes']);

export interface ReactionRec {
  id: number;
  issue: number;
  user: UserRec;
  content: string;
  created_at: string;
}

const byRepo = new WeakMap<RepoRec, Map<number, ReactionRec>>();

export function reactionsOf(repo: RepoRec): Map<number, ReactionRec> {
  let m = byRepo.get(repo);
  if (!m) byRepo.set(repo, (m = new Map()));
  return m;
}

function reactionJson(ctx: Ctx, r: ReactionRec) {
  return {
    id: r.id,
    node_id: `REA_${Buffer.from(String(r.id)).toString('base64url')}`,
    user: userJson(ctx.store, r.user),
    content: r.content,
    created_at: r.created_at,
  };
}

function issueOf(ctx: Ctx, repo: RepoRec): number {
  const number = intParam(ctx, 'number');
  if (!repo.issues.has(number)) throw notFound();
  return number;
}

function list(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const issue = issueOf(ctx, repo);
  const content = ctx.query.get('content');
  const all = [...reactionsOf(repo).values()]
    .filter((r) => r.issue === issue && (!content || r.content === content))
    .sort(byId);
  const page = paginate(all, ctx);
  return json(
    200,
    page.items.map((r) => reactionJson(ctx, r)),
    page.headers,
  );
}

function create(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const issue = issueOf(ctx, repo);
  const content = bodyObject(ctx).content;
  if (typeof content !== 'string' || !CONTENTS.has(content)) {
    throw unprocessable('Validation Failed', [{ resource: 'Reaction', code: 'invalid', field: 'content' }]);
  }
  const mine = [...reactionsOf(repo).values()].find(
    (r) => r.issue === issue && r.content === content && r.user.id === ctx.actor.id,
  );
  if (mine) return json(200, reactionJson(ctx, mine));
  const rec: ReactionRec = { id: ctx.store.nextId(), issue, user: ctx.actor, content, created_at: ctx.store.now() };
  reactionsOf(repo).set(rec.id, rec);
  return json(201, reactionJson(ctx, rec));
}

function remove(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const issue = issueOf(ctx, repo);
  const r = reactionsOf(repo).get(intParam(ctx, 'id'));
  if (!r || r.issue !== issue) throw notFound();
  reactionsOf(repo).delete(r.id);
  return { status: 204 };
}

export function registerReactions(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/issues/:number/reactions', list)
    .add('POST', '/repos/:owner/:repo/issues/:number/reactions', create)
    .add('DELETE', '/repos/:owner/:repo/issues/:number/reactions/:id', remove);
}
