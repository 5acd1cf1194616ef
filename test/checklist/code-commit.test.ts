/**
 * Is the code commit in the history of the commit under test: git in a full checkout; in a shallow one (where a
 * missing commit may only be cut off by the depth) the compare API of the local fake GitHub server answers.
 */
import { Octokit } from '@octokit/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyCodeCommit } from '../../src/adapters/code-commit.js';
import type { GitHubClient } from '../../src/adapters/github/client.js';
import { DEFAULT_TOKEN, startGitHubServer, type FakeGitHub } from '../support/github-server/index.js';
import { tempDir } from '../support/temp.js';
import { git } from '../support/workspace.js';

const REPO = { owner: 'acme', repo: 'models' };
let fake: FakeGitHub;
beforeEach(async () => (fake = await startGitHubServer()));
afterEach(async () => fake.close());

/** Three commits on main; returns the repository and its SHAs, oldest first. */
function history(): { dir: string; shas: string[] } {
  const dir = tempDir('mlgate-cc-');
  git(dir, 'init', '-q', '-b', 'main');
  const shas: string[] = [];
  for (const m of ['train', 'tune', 'report']) {
    git(dir, 'commit', '-q', '--allow-empty', '-m', m);
    shas.push(git(dir, 'rev-parse', 'HEAD'));
  }
  return { dir, shas };
}

function shallowClone(from: string): string {
  const dir = tempDir('mlgate-shallow-');
  git(dir, 'clone', '-q', '--depth', '1', `file://${from}`, '.');
  return dir;
}

const client = () =>
  new Octokit({ auth: DEFAULT_TOKEN, baseUrl: fake.url, log: { debug() {}, info() {}, warn() {}, error() {} } });

describe('verifyCodeCommit', () => {
  it('a full checkout answers with git: ancestor, or missing, without a request', async () => {
    const { dir, shas } = history();
    const ask = (commit: string) =>
      verifyCodeCommit({ processEnv: process.env, workspace: dir, commit, head: null, client: null, repo: null });
    expect(await ask(shas[0]!.slice(0, 8))).toMatchObject({ status: 'ancestor', via: 'git', head: shas[2] });
    expect(await ask('deadbee')).toMatchObject({ status: 'missing', via: 'git' });
    expect(fake.requests).toHaveLength(0);
  });

  it('a shallow checkout asks the compare API; without a token it says it cannot tell', async () => {
    const { dir, shas } = history();
    const shallow = shallowClone(dir);
    fake.addCommit('acme/models', shas[0]!);
    fake.addCommit('acme/models', shas[1]!, [shas[0]!]);
    fake.addCommit('acme/models', shas[2]!, [shas[1]!]);
    const gh = client() as unknown as GitHubClient;
    const ask = (commit: string, c: GitHubClient | null) =>
      verifyCodeCommit({ processEnv: process.env, workspace: shallow, commit, head: shas[2]!, client: c, repo: REPO });
    expect(await ask(shas[0]!.slice(0, 7), gh)).toMatchObject({ status: 'ancestor', via: 'api' });
    expect(fake.requests.map((r) => r.path)).toEqual([
      `/repos/acme/models/compare/${shas[0]!.slice(0, 7)}...${shas[2]}`,
    ]);
    expect(await ask('deadbee', gh)).toMatchObject({ status: 'missing', via: 'api' });
    expect(await ask(shas[0]!, null)).toEqual({
      commit: shas[0],
      head: shas[2],
      status: 'unknown',
      via: null,
      reason: 'shallow checkout (use fetch-depth: 0)',
    });
  });

  it('a commit on a diverged branch is not an ancestor, by git and by the API', async () => {
    const { dir, shas } = history();
    git(dir, 'checkout', '-q', '-b', 'side', shas[0]!);
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'side');
    const side = git(dir, 'rev-parse', 'HEAD');
    git(dir, 'checkout', '-q', 'main');
    expect(
      await verifyCodeCommit({
        processEnv: process.env,
        workspace: dir,
        commit: side,
        head: null,
        client: null,
        repo: null,
      }),
    ).toMatchObject({ status: 'not_ancestor', via: 'git' });
    fake.addCommit('acme/models', shas[0]!);
    fake.addCommit('acme/models', shas[1]!, [shas[0]!]);
    fake.addCommit('acme/models', shas[2]!, [shas[1]!]);
    fake.addCommit('acme/models', side, [shas[0]!]);
    const shallow = shallowClone(dir);
    expect(
      await verifyCodeCommit({
        processEnv: process.env,
        workspace: shallow,
        commit: side,
        head: shas[2]!,
        client: client() as unknown as GitHubClient,
        repo: REPO,
      }),
    ).toMatchObject({ status: 'not_ancestor', via: 'api' });
  });
});
