/**
 * Is the report's `code_commit` the commit under test or one of its ancestors? Asked of git first
 * (`git merge-base --is-ancestor`); a shallow checkout cannot tell a missing commit from one cut off by the
 * depth, so then the compare API answers (GET /repos/{o}/{r}/compare/{code}...{head}:
 * https://docs.github.com/en/rest/commits/commits#compare-two-commits). Without either, the answer is `unknown`.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import type { CodeCommitFact } from '../kernel/checklist-types.js';
import { gitResolveCommit } from '../sources/git.js';
import { gitEnv, type ProcessEnv } from '../sources/git-env.js';
import type { GitHubClient } from './github/client.js';
import { statusOf } from './github/client.js';

/** Exit code of a git command (no shell; arguments are hex SHAs validated by the caller). */
function gitExit(args: string[], cwd: string, env: ProcessEnv): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024, env: gitEnv(env) }, (e, out) =>
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, out: String(out ?? '') }),
    );
  });
}

const HEX = /^[0-9a-f]{7,64}$/i;

export interface CodeCommitQuery {
  workspace: string;
  processEnv: ProcessEnv;
  commit: string;
  /** The commit under test (the PR's head); null: the checkout's HEAD. */
  head: string | null;
  client: GitHubClient | null;
  repo: { owner: string; repo: string } | null;
}

/** The checkout's top level and whether it is shallow, in one process; null outside a git checkout. */
async function checkoutFacts(workspace: string, env: ProcessEnv): Promise<{ root: boolean; shallow: boolean } | null> {
  const r = await gitExit(['rev-parse', '--show-toplevel', '--is-shallow-repository'], workspace, env);
  if (r.code !== 0) return null;
  const [top = '', shallow] = r.out.trim().split('\n');
  const [a, b] = await Promise.all([realpath(top).catch(() => top), realpath(workspace).catch(() => workspace)]);
  return { root: a === b, shallow: shallow === 'true' };
}

// merge-base --is-ancestor: 0 ancestor, 1 not, 128 when an object is missing (then one more call says which).
export async function verifyCodeCommit(q: CodeCommitQuery): Promise<CodeCommitFact> {
  const base = { commit: q.commit, head: q.head };
  if (!HEX.test(q.commit) || (q.head !== null && !HEX.test(q.head)))
    return { ...base, status: 'unknown', via: null, reason: 'not a hex commit SHA' };
  // Both at once: the ancestry answer is used only when the workspace is the checkout's top level.
  const [facts, r] = await Promise.all([
    checkoutFacts(q.workspace, q.processEnv),
    gitExit(['merge-base', '--is-ancestor', q.commit, q.head ?? 'HEAD'], q.workspace, q.processEnv),
  ]);
  if (!facts?.root) return viaApi(q, 'the workspace is not the top level of a git checkout');
  if (r.code === 0 || r.code === 1) {
    const head = q.head ?? (await gitResolveCommit(q.workspace, 'HEAD', q.processEnv));
    if (r.code === 0) return { commit: q.commit, head, status: 'ancestor', via: 'git' };
    if (!facts.shallow) return { commit: q.commit, head, status: 'not_ancestor', via: 'git' };
    return viaApi({ ...q, head }, 'shallow checkout (use fetch-depth: 0)');
  }
  const [head, commit] = await resolveBoth(q, q.head ?? 'HEAD', q.commit);
  if (head === null) return viaApi({ ...q, head: q.head }, 'the commit under test is not in the checkout');
  if (facts.shallow) return viaApi({ ...q, head }, 'shallow checkout (use fetch-depth: 0)');
  if (commit === null) return { commit: q.commit, head, status: 'missing', via: 'git' };
  return viaApi({ ...q, head }, 'git could not tell');
}

/** Both refs as full commit SHAs (null: not in the checkout), in one `git cat-file --batch-check`. */
function resolveBoth(
  q: { workspace: string; processEnv: ProcessEnv },
  a: string,
  b: string,
): Promise<[string | null, string | null]> {
  return new Promise((resolve) => {
    const opts = { cwd: q.workspace, maxBuffer: 64 * 1024, env: gitEnv(q.processEnv) };
    const child = execFile('git', ['cat-file', '--batch-check'], opts, (_e, out) => {
      const lines = String(out ?? '').split('\n');
      const sha = (l?: string) => /^([0-9a-f]{40,64}) commit /.exec(l ?? '')?.[1] ?? null;
      resolve([sha(lines[0]), sha(lines[1])]);
    });
    child.stdin?.end(`${a}^{commit}\n${b}^{commit}\n`);
  });
}

async function viaApi(q: CodeCommitQuery, why: string): Promise<CodeCommitFact> {
  const base = { commit: q.commit, head: q.head };
  if (!q.client || !q.repo || !q.head) return { ...base, status: 'unknown', via: null, reason: why };
  try {
    const { data } = await q.client.rest.repos.compareCommitsWithBasehead({
      ...q.repo,
      basehead: `${q.commit}...${q.head}`,
      per_page: 1,
    });
    // status is the head against the base: ahead or identical means the code commit is in the head's history.
    const status = data.status === 'ahead' || data.status === 'identical' ? 'ancestor' : 'not_ancestor';
    return { ...base, status, via: 'api' };
  } catch (e) {
    if (statusOf(e) === 404) {
      const unrelated = /no common ancestor/i.test(String((e as Error).message));
      return { ...base, status: unrelated ? 'not_ancestor' : 'missing', via: 'api' };
    }
    return { ...base, status: 'unknown', via: null, reason: `${why}; GitHub answered ${statusOf(e) ?? 'nothing'}` };
  }
}
