// Who may do what: collaborator permission, team membership, and the token's own user.
import { json, notFound, type Ctx, type Reply } from '../http.js';
import type { Router } from '../router.js';
import { userJson } from '../serialize.js';
import type { Permission, RepoRec } from '../types.js';
import { requireRepo } from './common.js';

/** The explicit permission, else owner -> admin, public repo -> read, private -> none (GitHub's answers). */
export function effectivePermission(repo: RepoRec, login: string): Permission {
  const set = repo.permissions.get(login.toLowerCase());
  if (set) return set;
  if (login.toLowerCase() === repo.owner.login.toLowerCase()) return 'admin';
  return repo.private ? 'none' : 'read';
}

/**
 * The legacy `permission` field only knows admin/write/read/none (maintain -> write, triage -> read); `role_name`
 * carries the exact role, "including custom roles" (docs.github.com/en/rest/collaborators/collaborators
 * #get-repository-permissions-for-a-user): a custom role answers its own name, its base role in `permission`.
 */
const LEGACY: Record<Permission, string> = {
  admin: 'admin',
  maintain: 'write',
  write: 'write',
  triage: 'read',
  read: 'read',
  none: 'none',
};

function permission(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const login = ctx.params.user ?? '';
  const role = effectivePermission(repo, login);
  const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(role);
  const roleName = repo.customRoles.get(login.toLowerCase()) ?? role;
  const user = {
    ...userJson(ctx.store, ctx.store.user(login)),
    permissions: { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 },
    role_name: roleName,
  };
  return json(200, { permission: LEGACY[role], role_name: roleName, user });
}

function teamMembership(ctx: Ctx): Reply {
  const team = ctx.store.teams.get(`${ctx.params.org ?? ''}/${ctx.params.slug ?? ''}`.toLowerCase());
  const login = (ctx.params.user ?? '').toLowerCase();
  const role = team?.get(login);
  if (!role) throw notFound();
  return json(200, {
    url: `${ctx.store.apiUrl}/orgs/${ctx.params.org}/teams/${ctx.params.slug}/memberships/${ctx.params.user}`,
    role,
    state: 'active',
  });
}

function me(ctx: Ctx): Reply {
  return json(200, userJson(ctx.store, ctx.actor));
}

export function registerAccess(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/collaborators/:user/permission', permission)
    .add('GET', '/orgs/:org/teams/:slug/memberships/:user', teamMembership)
    .add('GET', '/user', me);
}
