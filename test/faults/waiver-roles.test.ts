// Who may waive, as GitHub answers it: `role_name` is the exact role, a custom repository role's own name
// included, and `permission` its legacy base (admin/write/read/none). Against the local GitHub-like server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scanCommands } from '../../src/adapters/github/waivers.js';
import { permissionOf } from '../../src/adapters/github/reviews.js';
import { startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { BASE, BOT, fastClient, HEAD, PR, REPO, TARGET } from './helpers.js';

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await startGitHubServer();
  fake.addPull(REPO, { number: PR, head_sha: HEAD, base_sha: BASE, user: 'alice' });
});
afterEach(async () => {
  await fake.close();
});

const scan = () =>
  scanCommands(fastClient(fake), TARGET, {
    pr_author: 'alice',
    bot: BOT,
    items: ['fairness'],
    allow_author: false,
  });

describe('waiver rights by repository role', () => {
  it('a custom role based on write (or maintain) may waive', async () => {
    fake.setCustomRole(REPO, 'bob', 'ml-reviewer', 'write');
    fake.setCustomRole(REPO, 'dana', 'release-manager', 'maintain');
    fake.addComment(REPO, PR, { user: 'bob', body: '/mlgate waive fairness labels are not collected' });
    fake.addComment(REPO, PR, { user: 'dana', body: '/mlgate waive fairness signed off by legal' });
    const r = await scan();
    expect(r.waivers.map((w) => w.by)).toEqual(['bob', 'dana']);
    expect(r.replies).toEqual([]);
  });

  it('a custom role based on read or triage may not, and the refusal names the role, escaped', async () => {
    fake.setCustomRole(REPO, 'erin', 'auditor @acme/leads', 'triage');
    fake.addComment(REPO, PR, { user: 'erin', body: '/mlgate waive fairness looks fine' });
    const r = await scan();
    expect(r.waivers).toEqual([]);
    expect(r.replies).toHaveLength(1);
    expect(r.replies[0]!.text).toMatch(/you have the role “auditor @&#8203;acme\/leads” \(triage\)/);
  });

  it('permissionOf keeps the exact built-in role and maps a custom one to its base', async () => {
    fake.setPermission(REPO, 'grace', 'maintain');
    fake.setPermission(REPO, 'frank', 'triage');
    fake.setCustomRole(REPO, 'bob', 'ml-reviewer', 'write');
    const client = fastClient(fake);
    const repo = { owner: 'acme', repo: 'models' };
    expect(await permissionOf(client, repo, 'grace')).toBe('maintain');
    expect(await permissionOf(client, repo, 'frank')).toBe('triage');
    expect(await permissionOf(client, repo, 'bob')).toBe('write');
    expect(await permissionOf(client, repo, 'nobody-here')).toBe('read'); // a public repository
  });
});
