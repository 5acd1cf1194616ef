// Pull requests: get, list (state/head/base filters), changed files, PRs for a commit, and the repository itself.
import { json, type Ctx, type Reply } from '../http.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { pullFileJson, pullJson, repoJson } from '../serialize.js';
import type { PullRec, RepoRec } from '../types.js';
import { requirePull, requireRepo } from './common.js';

function headOwner(repo: RepoRec, p: PullRec): string {
  return (p.head_repo ?? repo.full_name).split('/')[0] ?? '';
}

function list(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const state = ctx.query.get('state') ?? 'open';
  const head = ctx.query.get('head'); // "user:ref" (GitHub also accepts "user:ref" only in that form)
  const base = ctx.query.get('base');
  const direction = ctx.query.get('direction') ?? 'desc'; // GitHub sorts by created, newest first
  let pulls = [...repo.pulls.values()].filter((p) => state === 'all' || p.state === state);
  if (head) {
    const [owner, ref] = head.includes(':') ? head.split(':', 2) : [undefined, head];
    pulls = pulls.filter(
      (p) => p.head_ref === ref && (!owner || headOwner(repo, p).toLowerCase() === owner.toLowerCase()),
    );
  }
  if (base) pulls = pulls.filter((p) => p.base_ref === base);
  pulls.sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
  const page = paginate(pulls, ctx);
  return json(
    200,
    page.items.map((p) => pullJson(ctx.store, repo, p)),
    page.headers,
  );
}

function get(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  return json(200, pullJson(ctx.store, repo, requirePull(ctx, repo)));
}

function files(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const pull = requirePull(ctx, repo);
  const page = paginate(pull.files, ctx);
  return json(
    200,
    page.items.map((f) => pullFileJson(ctx.store, repo, pull, f)),
    page.headers,
  );
}

/** PRs whose head is this commit (open or closed), from this repository and, unless the store says not, forks. */
function forCommit(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const sha = ctx.params.sha ?? '';
  const forks = ctx.store.forkCommitPulls === 'listed';
  const pulls = [...repo.pulls.values()]
    .filter((p) => p.head_sha === sha && (forks || p.head_repo === null))
    .sort((a, b) => b.number - a.number);
  const page = paginate(pulls, ctx);
  return json(
    200,
    page.items.map((p) => pullJson(ctx.store, repo, p)),
    page.headers,
  );
}

function getRepo(ctx: Ctx): Reply {
  return json(200, repoJson(ctx.store, requireRepo(ctx)));
}

export function registerPulls(r: Router): void {
  r.add('GET', '/repos/:owner/:repo', getRepo)
    .add('GET', '/repos/:owner/:repo/pulls', list)
    .add('GET', '/repos/:owner/:repo/pulls/:number', get)
    .add('GET', '/repos/:owner/:repo/pulls/:number/files', files)
    .add('GET', '/repos/:owner/:repo/commits/:sha/pulls', forCommit);
}
