/**
 * A real git history for baseline tests: `commits` commits on main, one file changed per commit, and the same
 * graph loaded into the fake GitHub server for its compare API, so both ancestry paths see one history.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import type { FakeGitHub } from './github-server/index.js';
import { tempDir } from './temp.js';
import { git, REPO } from './workspace.js';

export interface History {
  dir: string;
  /** Oldest first. */
  shas: string[];
}

export function linearHistory(commits: number, files: Record<string, string> = {}): History {
  const dir = tempDir('mlgate-history-');
  git(dir, 'init', '-q', '-b', 'main');
  for (const [rel, text] of Object.entries(files)) writeFileSync(path.join(dir, rel), text);
  const shas: string[] = [];
  for (let i = 0; i < commits; i++) {
    writeFileSync(path.join(dir, 'step.txt'), `${i}\n`);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', `step ${i}`);
    shas.push(git(dir, 'rev-parse', 'HEAD'));
  }
  return { dir, shas };
}

/** Every commit of `dir` reachable from HEAD, with its parents, into the fake's compare API. */
export function serveHistory(fake: FakeGitHub, dir: string, repo = REPO): void {
  const lines = git(dir, 'rev-list', '--parents', '--all').split('\n').filter(Boolean);
  fake.addCommits(
    repo,
    lines.map((l) => {
      const [sha, ...parents] = l.split(' ');
      return { sha: sha!, parents };
    }),
  );
}
