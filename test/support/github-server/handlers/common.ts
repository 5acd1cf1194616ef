// Lookups shared by the handlers; each throws GitHub's 404 when the thing does not exist.
import { intParam, notFound, type Ctx } from '../http.js';
import type { PullRec, RepoRec } from '../types.js';

export function requireRepo(ctx: Ctx): RepoRec {
  const repo = ctx.store.repo(`${ctx.params.owner ?? ''}/${ctx.params.repo ?? ''}`);
  if (!repo) throw notFound();
  // Private repositories are invisible to users without access, as on GitHub.
  if (repo.private && !canRead(repo, ctx.actor.login)) throw notFound();
  return repo;
}

function canRead(repo: RepoRec, login: string): boolean {
  if (login.endsWith('[bot]')) return true; // installation tokens see the repository they were issued for
  if (login.toLowerCase() === repo.owner.login.toLowerCase()) return true;
  const p = repo.permissions.get(login.toLowerCase());
  return p !== undefined && p !== 'none';
}

export function requirePull(ctx: Ctx, repo: RepoRec, param = 'number'): PullRec {
  const pull = repo.pulls.get(intParam(ctx, param));
  if (!pull) throw notFound();
  return pull;
}

export function byId<T extends { id: number }>(a: T, b: T): number {
  return a.id - b.id;
}
