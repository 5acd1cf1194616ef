// The nearest recorded ancestor of a base: from a real git history (linear and with merges, bounded), and
// through the compare API of the fake GitHub server on the same history when the clone is shallow.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { ancestryFor, compareApiAncestry, gitAncestry, hasHistory } from '../../src/sources/ancestry.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { DEFAULT_TOKEN } from '../support/github-server/index.js';
import { linearHistory, serveHistory } from '../support/history.js';
import { withFakeGitHub } from '../support/hooks.js';
import { tempDir } from '../support/temp.js';
import { git, REPO } from '../support/workspace.js';

let fake: FakeGitHub;
withFakeGitHub((f) => (fake = f));
const client = () => createGitHubClient({ token: DEFAULT_TOKEN, baseUrl: fake.url, retries: 0 });
const [owner, repo] = REPO.split('/') as [string, string];

describe('gitAncestry', () => {
  it('picks the candidate fewest commits behind the base, and says how many', async () => {
    const h = linearHistory(8);
    const base = h.shas[7]!;
    const a = gitAncestry(h.dir, process.env);
    expect(await a.nearest(base, [h.shas[2]!, h.shas[5]!], 200)).toEqual({ sha: h.shas[5], behind: 2 });
    expect(await a.nearest(base, [base, h.shas[5]!], 200)).toEqual({ sha: base, behind: 0 });
    // A commit newer than the base, or not in the history at all, is not an ancestor.
    expect(await a.nearest(h.shas[3]!, [h.shas[5]!, 'f'.repeat(40)], 200)).toBeNull();
    // Bounded: further than the walk is not used.
    expect(await a.nearest(base, [h.shas[0]!], 5)).toBeNull();
    expect(await a.nearest(base, [h.shas[0]!], 7)).toEqual({ sha: h.shas[0], behind: 7 });
  });

  it('counts the commits a merge brought in, as the compare API does', async () => {
    const h = linearHistory(2);
    git(h.dir, 'checkout', '-q', '-b', 'feature', h.shas[0]!);
    for (const i of [1, 2, 3]) {
      writeFileSync(path.join(h.dir, `f${i}.txt`), String(i));
      git(h.dir, 'add', '-A');
      git(h.dir, 'commit', '-q', '-m', `feature ${i}`);
    }
    git(h.dir, 'checkout', '-q', 'main');
    git(h.dir, 'merge', '-q', '--no-ff', '-m', 'merge', 'feature');
    const merge = git(h.dir, 'rev-parse', 'HEAD');
    const viaGit = await gitAncestry(h.dir, process.env).nearest(merge, [h.shas[1]!], 200);
    // main's previous tip lacks the 3 feature commits and the merge commit itself.
    expect(viaGit).toEqual({ sha: h.shas[1], behind: 4 });
    serveHistory(fake, h.dir);
    const viaApi = await compareApiAncestry(client(), owner, repo).nearest(merge, [h.shas[1]!], 200);
    expect(viaApi).toEqual(viaGit);
  });
});

describe('compareApiAncestry', () => {
  it('asks the compare API once per candidate, counts only', async () => {
    const h = linearHistory(6);
    serveHistory(fake, h.dir);
    const base = h.shas[5]!;
    const got = await compareApiAncestry(client(), owner, repo).nearest(
      base,
      [h.shas[4]!, 'e'.repeat(40), h.shas[1]!],
      200,
    );
    expect(got).toEqual({ sha: h.shas[4], behind: 1 });
    const compares = fake.requests.filter((r) => r.path.includes('/compare/'));
    expect(compares.map((r) => r.path.split('/compare/')[1])).toEqual([
      `${h.shas[4]}...${base}`,
      `${'e'.repeat(40)}...${base}`,
      `${h.shas[1]}...${base}`,
    ]);
    expect(compares.every((r) => r.query.per_page === '1')).toBe(true);
    // A descendant of the base answers `behind`: not an ancestor.
    expect(await compareApiAncestry(client(), owner, repo).nearest(h.shas[2]!, [h.shas[4]!], 200)).toBeNull();
  });
});

describe('ancestryFor', () => {
  it('uses git on a full clone and the compare API on a shallow one', async () => {
    const h = linearHistory(4);
    expect(await hasHistory(h.dir, h.shas[3]!, process.env)).toBe(true);
    expect(
      (
        await ancestryFor({
          processEnv: process.env,
          workspace: h.dir,
          base: h.shas[3]!,
          client: client(),
          owner,
          repo,
        })
      ).via,
    ).toBe('git');
    const shallow = path.join(tempDir('mlgate-shallow-'), 'clone');
    git(h.dir, 'clone', '-q', '--depth', '1', `file://${h.dir}`, shallow);
    expect(await hasHistory(shallow, h.shas[3]!, process.env)).toBe(false);
    expect(
      (
        await ancestryFor({
          processEnv: process.env,
          workspace: shallow,
          base: h.shas[3]!,
          client: client(),
          owner,
          repo,
        })
      ).via,
    ).toBe('api');
    // Neither history nor API: only the base's own recording can be recognised.
    const none = await ancestryFor({
      processEnv: process.env,
      workspace: shallow,
      base: h.shas[3]!,
      client: null,
      owner,
      repo,
    });
    expect(await none.nearest(h.shas[3]!, [h.shas[2]!, h.shas[3]!], 200)).toEqual({ sha: h.shas[3], behind: 0 });
    expect(await none.nearest(h.shas[3]!, [h.shas[2]!], 200)).toBeNull();
  });
});
