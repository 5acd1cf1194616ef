// Pull request reviews and their inline comments: list, submit (with inline comments), update the body, dismiss;
// review comments list and delete. Validation mirrors GitHub's 422s that callers must handle.
import { diffLines } from '../diff.js';
import { bodyObject, intParam, json, notFound, optString, unprocessable, type Ctx, type Reply } from '../http.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { reviewCommentJson, reviewJson } from '../serialize.js';
import type { PullRec, ReviewCommentRec, ReviewRec, ReviewState } from '../types.js';
import { byId, requirePull, requireRepo } from './common.js';

const EVENTS: Record<string, ReviewState> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
};

function list(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const pull = requirePull(ctx, repo);
  // Pending reviews are only visible to their author.
  const reviews = [...repo.reviews.values()]
    .filter((r) => r.pull === pull.number && (r.state !== 'PENDING' || r.user.id === ctx.actor.id))
    .sort(byId);
  const page = paginate(reviews, ctx);
  return json(
    200,
    page.items.map((r) => reviewJson(ctx.store, repo, r)),
    page.headers,
  );
}

interface DraftComment {
  path: string;
  line: number | null;
  side: 'LEFT' | 'RIGHT';
  start_line: number | null;
  body: string;
}

function readComments(raw: unknown, pull: PullRec): DraftComment[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw))
    throw unprocessable('Validation Failed', [{ resource: 'PullRequestReview', field: 'comments', code: 'invalid' }]);
  return raw.map((c: unknown) => {
    const o = (c ?? {}) as Record<string, unknown>;
    const path = o.path;
    const body = o.body;
    const line = o.line ?? o.position; // `position` is the legacy form; treated like a line here
    const side = o.side === 'LEFT' ? 'LEFT' : 'RIGHT';
    if (typeof path !== 'string' || typeof body !== 'string' || body === '') {
      throw unprocessable('Unprocessable Entity', ['Pull request review thread path and body are required']);
    }
    if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
      throw unprocessable('Unprocessable Entity', ['Pull request review thread line must be a positive integer']);
    }
    if (pull.files.length > 0) {
      const file = pull.files.find((f) => f.filename === path);
      if (!file) throw unprocessable('Unprocessable Entity', ['Path could not be resolved']);
      if (file.patch !== undefined && !diffLines(file.patch)[side].has(line)) {
        throw unprocessable('Unprocessable Entity', ['Pull request review thread line must be part of the diff']);
      }
    }
    const start = typeof o.start_line === 'number' ? o.start_line : null;
    return { path, line, side, start_line: start, body };
  });
}

function create(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const pull = requirePull(ctx, repo);
  const input = bodyObject(ctx);
  const event = optString(input, 'event');
  const body = optString(input, 'body') ?? '';
  const commitId = optString(input, 'commit_id') ?? pull.head_sha;
  let state: ReviewState = 'PENDING';
  if (event !== undefined) {
    const mapped = EVENTS[event];
    if (!mapped)
      throw unprocessable('Validation Failed', [{ resource: 'PullRequestReview', field: 'event', code: 'invalid' }]);
    state = mapped;
  }
  const comments = readComments(input.comments, pull);
  const own = pull.user.id === ctx.actor.id;
  if (own && state === 'APPROVED')
    throw unprocessable('Unprocessable Entity', ['Can not approve your own pull request']);
  if (own && state === 'CHANGES_REQUESTED')
    throw unprocessable('Unprocessable Entity', ['Can not request changes on your own pull request']);
  if ((state === 'CHANGES_REQUESTED' || (state === 'COMMENTED' && comments.length === 0)) && body === '') {
    throw unprocessable('Unprocessable Entity', [`Review Body is required when event is ${event ?? ''}`]);
  }
  const now = ctx.store.now();
  const review: ReviewRec = {
    id: ctx.store.nextId(),
    pull: pull.number,
    user: ctx.actor,
    body,
    state,
    commit_id: commitId,
    submitted_at: state === 'PENDING' ? null : now,
  };
  repo.reviews.set(review.id, review);
  for (const c of comments) {
    const rec: ReviewCommentRec = {
      id: ctx.store.nextId(),
      pull: pull.number,
      review_id: review.id,
      user: ctx.actor,
      ...c,
      commit_id: commitId,
      created_at: now,
      updated_at: now,
    };
    repo.reviewComments.set(rec.id, rec);
  }
  return json(200, reviewJson(ctx.store, repo, review)); // GitHub answers 200, not 201, here
}

/** The review `:id` of the pull `:number`, or 404 (also for a review of another pull). */
function requireReview(ctx: Ctx): { repo: ReturnType<typeof requireRepo>; review: ReviewRec } {
  const repo = requireRepo(ctx);
  const pull = requirePull(ctx, repo);
  const review = repo.reviews.get(intParam(ctx, 'id'));
  if (!review || review.pull !== pull.number) throw notFound();
  return { repo, review };
}

function dismiss(ctx: Ctx): Reply {
  const { repo, review } = requireReview(ctx);
  const message = optString(bodyObject(ctx), 'message');
  if (!message)
    throw unprocessable('Validation Failed', [
      { resource: 'PullRequestReview', field: 'message', code: 'missing_field' },
    ]);
  if (review.state !== 'APPROVED' && review.state !== 'CHANGES_REQUESTED') {
    const what = review.state === 'PENDING' ? 'pending' : review.state === 'DISMISSED' ? 'dismissed' : 'commented';
    throw unprocessable('Unprocessable Entity', [`Can not dismiss a ${what} pull request review`]);
  }
  review.state = 'DISMISSED';
  return json(200, reviewJson(ctx.store, repo, review));
}

/** PUT .../reviews/:id: replaces a review's summary body. Only its author may; `body` is required. */
function update(ctx: Ctx): Reply {
  const { repo, review } = requireReview(ctx);
  const body = optString(bodyObject(ctx), 'body');
  if (body === undefined)
    throw unprocessable('Validation Failed', [{ resource: 'PullRequestReview', field: 'body', code: 'missing_field' }]);
  if (review.user.id !== ctx.actor.id)
    return json(403, { message: 'Resource not accessible by integration', status: '403' });
  review.body = body;
  return json(200, reviewJson(ctx.store, repo, review));
}

function listComments(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const pull = requirePull(ctx, repo);
  const all = [...repo.reviewComments.values()].filter((c) => c.pull === pull.number).sort(byId);
  const page = paginate(all, ctx);
  return json(
    200,
    page.items.map((c) => reviewCommentJson(ctx.store, repo, c)),
    page.headers,
  );
}

function deleteComment(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const id = intParam(ctx, 'id');
  if (!repo.reviewComments.delete(id)) throw notFound();
  return { status: 204 };
}

export function registerReviews(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/pulls/:number/reviews', list)
    .add('POST', '/repos/:owner/:repo/pulls/:number/reviews', create)
    .add('PUT', '/repos/:owner/:repo/pulls/:number/reviews/:id/dismissals', dismiss)
    .add('PUT', '/repos/:owner/:repo/pulls/:number/reviews/:id', update)
    .add('GET', '/repos/:owner/:repo/pulls/:number/comments', listComments)
    .add('DELETE', '/repos/:owner/:repo/pulls/comments/:id', deleteComment);
}
