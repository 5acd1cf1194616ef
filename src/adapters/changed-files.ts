/**
 * The files a pull request changes: from git when the checkout has both commits (no API request), otherwise
 * from `GET /repos/{o}/{r}/pulls/{n}/files` across all pages. Renames count on both sides (old and new path).
 */
import { execFile } from 'node:child_process';
import type { GitHubClient } from './github/client.js';
import { gitEnv, type ProcessEnv } from '../sources/git-env.js';

/** GitHub lists at most 3000 files per PR; beyond that we cannot tell, and carry-forward is not applied. */
export const MAX_CHANGED_FILES = 3000;

export async function changedFilesFromGit(
  workspace: string,
  baseSha: string,
  headSha: string,
  env: ProcessEnv,
): Promise<string[] | null> {
  if (!/^[0-9a-f]{7,64}$/i.test(baseSha) || !/^[0-9a-f]{7,64}$/i.test(headSha)) return null;
  // `base...head`: what the PR changed since it branched off, the same set GitHub's "Files changed" shows.
  return new Promise((resolve) => {
    execFile(
      'git',
      ['diff', '--name-only', '--no-renames', '-z', `${baseSha}...${headSha}`, '--'],
      {
        cwd: workspace,
        maxBuffer: 16 * 1024 * 1024,
        encoding: 'buffer',
        env: gitEnv(env),
      },
      (error, stdout) => {
        if (error) return resolve(null);
        const files = stdout.toString('utf8').split('\0').filter(Boolean);
        resolve(files.length > MAX_CHANGED_FILES ? null : files);
      },
    );
  });
}

export async function changedFilesFromApi(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  pull: number,
): Promise<string[] | null> {
  const files: string[] = [];
  let count = 0;
  for await (const page of client.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
    ...repo,
    pull_number: pull,
    per_page: 100,
  })) {
    for (const f of page.data as Array<{ filename: string; previous_filename?: string }>) {
      if (++count > MAX_CHANGED_FILES) return null;
      files.push(f.filename);
      if (f.previous_filename) files.push(f.previous_filename);
    }
  }
  return files;
}
