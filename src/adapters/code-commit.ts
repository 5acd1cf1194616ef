/**
 * Is the report's `code_commit` the commit under test or one of its ancestors? Asked of git first
 * (`git merge-base --is-ancestor`); a shallow checkout cannot tell a missing commit from one cut off by the
 * depth, so then the compare API answers (GET /repos/{o}/{r}/compare/{code}...{head}:
 * https://docs.github.com/en/rest/commits/commits#compare-two-commits). Without either, the answer is `unknown`.
 */
import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import type { CodeCommitFact } from '../kernel/checklist-types.js';
import { gitResolveCommit, gitTopLevel } from './git.js';
import type { GitHubClient } from './github/client.js';
import { statusOf } from './github/client.js';

/** Exit code of a git command (no shell; arguments are hex SHAs validated by the caller). */
function gitExit(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } }, (e, out) =>
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, out: String(out ?? '') }),
    );
  });
}

const HEX = /^[0-9a-f]{7,64}$/i;

export interface CodeCommitQuery {
  workspace: string;
  commit: string;
  /** The commit under test (the PR's head); null: the checkout's HEAD. */
  head: string | null;
  client: GitHubClient | null;
  repo: { owner: string; repo: string } | null;
}

async function isCheckoutRoot(workspace: string): Promise<boolean> {
  const top = await gitTopLevel(workspace);
  if (top === null) return false;
  const [a, b] = await Promise.all([realpath(top).catch(() => top), realpath(workspace).catch(() => workspace)]);
  return a === b;
}

export async function verifyCodeCommit(q: CodeCommitQuery): Promise<CodeCommitFact> {
  const base = { commit: q.commit, head: q.head };
  if (!HEX.test(q.commit) || (q.head !== null && !HEX.test(q.head)))
    return { ...base, status: 'unknown', via: null, reason: 'not a hex commit SHA' };
  if (!(await isCheckoutRoot(q.workspace))) return viaApi(q, 'the workspace is not the top level of a git checkout');
  const head = q.head ?? (await gitResolveCommit(q.workspace, 'HEAD'));
  const shallow = (await gitExit(['rev-parse', '--is-shallow-repository'], q.workspace)).out.trim() === 'true';
  const full = await gitResolveCommit(q.workspace, q.commit);
  const headHere = head !== null && (await gitResolveCommit(q.workspace, head)) !== null;
  if (!headHere) return viaApi({ ...q, head }, 'the commit under test is not in the checkout');
  const withHead = { commit: q.commit, head };
  if (full === null) {
    if (shallow) return viaApi({ ...q, head }, 'shallow checkout (use fetch-depth: 0)');
    return { ...withHead, status: 'missing', via: 'git' };
  }
  const r = await gitExit(['merge-base', '--is-ancestor', full, head!], q.workspace);
  if (r.code === 0) return { ...withHead, status: 'ancestor', via: 'git' };
  if (r.code === 1 && !shallow) return { ...withHead, status: 'not_ancestor', via: 'git' };
  return viaApi({ ...q, head }, shallow ? 'shallow checkout (use fetch-depth: 0)' : 'git could not tell');
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
