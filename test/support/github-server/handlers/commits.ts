// Compare two commits (https://docs.github.com/en/rest/commits/commits#compare-two-commits):
// GET /repos/{o}/{r}/compare/{base}...{head}. `status` is the head against the base: identical, ahead (the base
// is an ancestor of the head), behind, or diverged; 404 for a commit the repository does not have, and GitHub's
// 404 "No common ancestor" for unrelated histories. `commits` is "equivalent to running `git log BASE..HEAD`",
// oldest first, paginated with `per_page` (250 by default, as the endpoint documents) and `page`. Commits are
// added with fake.addCommit(repo, sha, parents) or fake.addCommits(repo, [{ sha, parents }]).
import { HttpError, intParam, json, notFound, type Ctx, type Reply } from '../http.js';
import type { Router } from '../router.js';
import type { RepoRec } from '../types.js';
import { requireRepo } from './common.js';

/** A full SHA or an unambiguous prefix of at least 4 hex digits, as GitHub resolves them. */
function resolve(repo: RepoRec, ref: string): string {
  if (!/^[0-9a-f]{4,40}$/i.test(ref)) throw notFound();
  const hits = [...repo.commits.keys()].filter((sha) => sha.startsWith(ref.toLowerCase()));
  if (hits.length !== 1) throw notFound();
  return hits[0]!;
}

/** Every ancestor of `sha` (itself included) with its distance. */
function ancestors(repo: RepoRec, sha: string): Map<string, number> {
  const seen = new Map<string, number>([[sha, 0]]);
  const queue = [sha];
  while (queue.length) {
    const cur = queue.shift()!;
    for (const p of repo.commits.get(cur)?.parents ?? []) {
      if (!seen.has(p) && repo.commits.has(p)) {
        seen.set(p, seen.get(cur)! + 1);
        queue.push(p);
      }
    }
  }
  return seen;
}

function compare(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const spec = ctx.params.basehead ?? '';
  const parts = spec.split('...');
  if (parts.length !== 2) throw notFound();
  const base = resolve(repo, parts[0]!);
  const head = resolve(repo, parts[1]!);
  const up = ancestors(repo, head);
  const down = ancestors(repo, base);
  const common = [...up.keys()].filter((s) => down.has(s)).sort((a, b) => up.get(a)! - up.get(b)!)[0];
  if (!common) throw new HttpError(404, `No common ancestor between ${parts[0]} and ${parts[1]}.`);
  // Like `git rev-list --count base..head` (and head..base): every commit one side has and the other lacks.
  const ahead_by = [...up.keys()].filter((s) => !down.has(s)).length;
  const behind_by = [...down.keys()].filter((s) => !up.has(s)).length;
  const status = base === head ? 'identical' : behind_by === 0 ? 'ahead' : ahead_by === 0 ? 'behind' : 'diverged';
  const perPage = ctx.query.has('per_page') ? Math.min(Math.max(intQuery(ctx, 'per_page'), 1), 250) : 250;
  const page = ctx.query.has('page') ? Math.max(intQuery(ctx, 'page'), 1) : 1;
  const ahead = [...up.keys()].filter((s) => !down.has(s)).reverse();
  const commits = ahead.slice((page - 1) * perPage, page * perPage);
  return json(200, {
    url: `${ctx.store.apiUrl}/repos/${repo.full_name}/compare/${spec}`,
    status,
    ahead_by,
    behind_by,
    total_commits: ahead_by,
    base_commit: { sha: base },
    merge_base_commit: { sha: common },
    commits: commits.map((sha) => ({ sha, parents: (repo.commits.get(sha)?.parents ?? []).map((p) => ({ sha: p })) })),
    files: [],
  });
}

function intQuery(ctx: Ctx, name: string): number {
  return intParam({ ...ctx, params: { [name]: ctx.query.get(name) ?? '' } }, name);
}

export function registerCommits(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/compare/*basehead', compare);
}
