// Compare two commits (docs.github.com/en/rest/commits/commits#compare-two-commits):
// `GET /repos/{o}/{r}/compare/{base}...{head}` answers `status` (`identical`, `ahead`, `behind`, `diverged`),
// `ahead_by` (commits of head not in base), `behind_by`, `total_commits`, `merge_base_commit` and `commits`
// ("equivalent to running `git log BASE..HEAD`", oldest first, paginated with `per_page`/`page`, 250 by
// default). Commits come from `fake.addCommits`; an unknown one is 404.
import { intParam, json, notFound, type Ctx, type Reply } from '../http.js';
import type { Router } from '../router.js';
import type { RepoRec } from '../types.js';
import { requireRepo } from './common.js';

/** Every commit reachable from `sha` (itself included), in breadth-first order. */
export function ancestors(repo: RepoRec, sha: string): string[] {
  const seen = new Set<string>([sha]);
  const order = [sha];
  for (let i = 0; i < order.length; i++) {
    for (const p of repo.commits.get(order[i]!) ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        order.push(p);
      }
    }
  }
  return order;
}

function compare(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const m = /^([0-9a-f]{7,64})\.\.\.([0-9a-f]{7,64})$/.exec(ctx.params.basehead ?? '');
  if (!m || !repo.commits.has(m[1]!) || !repo.commits.has(m[2]!)) throw notFound();
  const [base, head] = [m[1]!, m[2]!];
  const ofBase = ancestors(repo, base);
  const ofHead = ancestors(repo, head);
  const inBase = new Set(ofBase);
  const inHead = new Set(ofHead);
  const ahead = ofHead.filter((c) => !inBase.has(c));
  const behind = ofBase.filter((c) => !inHead.has(c));
  const status =
    ahead.length === 0 && behind.length === 0
      ? 'identical'
      : behind.length === 0
        ? 'ahead'
        : ahead.length === 0
          ? 'behind'
          : 'diverged';
  const mergeBase = ofHead.find((c) => inBase.has(c)) ?? null;
  const perPage = ctx.query.has('per_page') ? Math.min(Math.max(intQuery(ctx, 'per_page'), 1), 250) : 250;
  const page = ctx.query.has('page') ? Math.max(intQuery(ctx, 'page'), 1) : 1;
  const commits = [...ahead].reverse().slice((page - 1) * perPage, page * perPage);
  const commit = (sha: string) => ({ sha, parents: (repo.commits.get(sha) ?? []).map((p) => ({ sha: p })) });
  return json(200, {
    url: `${ctx.store.apiUrl}/repos/${repo.full_name}/compare/${base}...${head}`,
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    base_commit: commit(base),
    merge_base_commit: mergeBase ? commit(mergeBase) : null,
    commits: commits.map(commit),
    files: [],
  });
}

function intQuery(ctx: Ctx, name: string): number {
  return intParam({ ...ctx, params: { [name]: ctx.query.get(name) ?? '' } }, name);
}

export function registerCompare(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/compare/:basehead', compare);
}
