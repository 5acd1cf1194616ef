/**
 * "The base commit's, or its nearest recorded ancestor's": given the commits something was recorded at (baseline
 * artifacts, tracking-server runs), the one closest behind the PR's base, and how many commits behind it is.
 * From the checkout's history when it has the base and is not shallow (no request), else through the compare
 * API (one request per candidate, newest first). Bounded: candidates further than `maxWalk` commits are ignored.
 */
import { execFile } from 'node:child_process';
import type { RestClient } from './contents-api.js';
import { gitEnv, type ProcessEnv } from './git-env.js';

/** Commits walked back from the base at most; a baseline further behind is not used at all. */
export const MAX_WALK = 200;
/** Candidates asked about through the compare API at most (one request each). */
export const MAX_COMPARE = 10;

export interface Nearest {
  sha: string;
  /** Commits in the base that `sha` lacks (0: the base itself). */
  behind: number;
}

export interface Ancestry {
  /** How it knows: `git` (the checkout's history) or `api` (the compare API). */
  readonly via: 'git' | 'api';
  /** Of `candidates` (newest first), the ancestor of `base` with the fewest commits between, within `maxWalk`. */
  nearest(base: string, candidates: readonly string[], maxWalk: number): Promise<Nearest | null>;
}

const HEX = /^[0-9a-f]{40,64}$/;

function git(args: string[], cwd: string, env: ProcessEnv): Promise<{ ok: boolean; out: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, maxBuffer: 4 * 1024 * 1024, env: gitEnv(env) }, (error, stdout) =>
      resolve({ ok: !error, out: String(stdout ?? '') }),
    );
  });
}

/** The checkout's history: one `rev-list` of the base's last `maxWalk` ancestors, then one count per match. */
export function gitAncestry(workspace: string, env: ProcessEnv): Ancestry {
  return {
    via: 'git',
    async nearest(base, candidates, maxWalk) {
      if (!HEX.test(base)) return null;
      const walk = await git(['rev-list', `--max-count=${maxWalk + 1}`, base, '--'], workspace, env);
      if (!walk.ok) return null;
      const ancestors = new Set(walk.out.split('\n').filter(Boolean));
      let best: Nearest | null = null;
      for (const sha of candidates) {
        if (!HEX.test(sha) || !ancestors.has(sha)) continue;
        const count = await git(['rev-list', '--count', `${sha}..${base}`, '--'], workspace, env);
        const behind = Number(count.out.trim());
        if (!count.ok || !Number.isInteger(behind) || behind > maxWalk) continue;
        if (!best || behind < best.behind) best = { sha, behind };
        if (behind === 0) break;
      }
      return best;
    },
  };
}

/** True when the checkout holds `sha` with its full history (not a shallow clone). */
export async function hasHistory(workspace: string, sha: string, env: ProcessEnv): Promise<boolean> {
  if (!HEX.test(sha)) return false;
  const [present, shallow] = await Promise.all([
    git(['cat-file', '-e', `${sha}^{commit}`], workspace, env),
    git(['rev-parse', '--is-shallow-repository'], workspace, env),
  ]);
  return present.ok && shallow.ok && shallow.out.trim() === 'false';
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/**
 * The compare API (`GET /repos/{o}/{r}/compare/{base}...{head}`): `candidate...base` answers `ahead` (or
 * `identical`) with `ahead_by` commits when the candidate is an ancestor of the base. `per_page=1`: only the
 * counts are needed, not the commits.
 */
export function compareApiAncestry(client: RestClient, owner: string, repo: string): Ancestry {
  return {
    via: 'api',
    async nearest(base, candidates, maxWalk) {
      let best: Nearest | null = null;
      for (const sha of candidates.filter((c) => HEX.test(c)).slice(0, MAX_COMPARE)) {
        if (sha === base) return { sha, behind: 0 };
        const behind = await compareBehind(client, { owner, repo }, sha, base);
        if (behind === null || behind > maxWalk) continue;
        if (!best || behind < best.behind) best = { sha, behind };
      }
      return best;
    },
  };
}

async function compareBehind(
  client: RestClient,
  where: { owner: string; repo: string },
  ancestor: string,
  base: string,
): Promise<number | null> {
  try {
    const res = await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      ...where,
      basehead: `${ancestor}...${base}`,
      per_page: 1,
    });
    const data = res.data as { status?: unknown; ahead_by?: unknown };
    if (data.status !== 'ahead' && data.status !== 'identical') return null;
    return typeof data.ahead_by === 'number' && Number.isInteger(data.ahead_by) ? data.ahead_by : null;
  } catch (e) {
    // A commit GitHub does not know (a force-pushed branch): not an ancestor.
    if (statusOf(e) === 404 || statusOf(e) === 422) return null;
    throw e;
  }
}

/** The checkout's history when it is complete, else the compare API, else nothing beyond an exact match. */
export async function ancestryFor(opts: {
  workspace: string;
  processEnv: ProcessEnv;
  base: string;
  client: RestClient | null;
  owner: string;
  repo: string;
}): Promise<Ancestry> {
  if (await hasHistory(opts.workspace, opts.base, opts.processEnv)) return gitAncestry(opts.workspace, opts.processEnv);
  if (opts.client) return compareApiAncestry(opts.client, opts.owner, opts.repo);
  return {
    via: 'git',
    nearest: (base, candidates) => Promise.resolve(candidates.includes(base) ? { sha: base, behind: 0 } : null),
  };
}
