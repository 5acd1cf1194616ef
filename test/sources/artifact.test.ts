// Finding a PR's recorded baseline through the REST API of the fake GitHub server: the listing read across
// pages, the base's own artifact or its nearest recorded ancestor's, expired ones and other branches' and
// forks' skipped, the download through its 302 to a storage server on another port (without our token), a
// listed artifact that is gone (404/410), and a token without `actions: read`.
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/adapters/github/client.js';
import { InputError } from '../../src/kernel/errors.js';
import { compareApiAncestry, gitAncestry, type Ancestry } from '../../src/sources/ancestry.js';
import { FORBIDDEN_NOTE, findArtifactBaseline } from '../../src/sources/artifact.js';
import { writeBundle } from '../../src/sources/bundle.js';
import type { FakeGitHub } from '../support/github-server/index.js';
import { DEFAULT_TOKEN } from '../support/github-server/index.js';
import { linearHistory, serveHistory, type History } from '../support/history.js';
import { withFakeGitHub } from '../support/hooks.js';
import { tempDir } from '../support/temp.js';
import { REPO } from '../support/workspace.js';
import { uploadArtifactZip } from '../support/zip.js';

let fake: FakeGitHub;
withFakeGitHub((f) => (fake = f));
const [owner, repo] = REPO.split('/') as [string, string];
const client = () => createGitHubClient({ token: DEFAULT_TOKEN, baseUrl: fake.url, retries: 0 });

/** The zip of a bundle recorded at `sha` whose report says `accuracy`, as upload-artifact uploads it. */
async function bundleZip(sha: string, accuracy: number): Promise<Buffer> {
  const ws = tempDir('mlgate-rec-');
  mkdirSync(path.join(ws, 'eval'));
  writeFileSync(path.join(ws, 'eval/mlgate.yaml'), `version: 1\nmodel: m\nmetrics: { accuracy: ${accuracy} }\n`);
  const out = path.join(tempDir('mlgate-out-'), 'b');
  await writeBundle(out, ws, ['eval/mlgate.yaml'], {
    sha,
    ref: 'refs/heads/main',
    recorded_at: '2026-03-01T00:00:00.000Z',
    mlgate_version: '0.1.0',
  });
  return uploadArtifactZip(out);
}

let run = 100;
async function record(sha: string, accuracy: number, opts: Parameters<FakeGitHub['addArtifact']>[4] = {}) {
  return fake.addArtifact(REPO, run++, 'mlgate-baseline', await bundleZip(sha, accuracy), { head_sha: sha, ...opts });
}

function find(
  h: History,
  base: string,
  ancestry: Ancestry = gitAncestry(h.dir, process.env),
  baseRef: string | null = 'main',
) {
  return findArtifactBaseline({
    client: client(),
    owner,
    repo,
    name: 'mlgate-baseline',
    baseSha: base,
    baseRef,
    ancestry,
    tempDir: tempDir('mlgate-dl-'),
  });
}

const behindOf = (found: Awaited<ReturnType<typeof find>>) => (found.bundle ? found.behind : null);
const accuracyOf = async (found: Awaited<ReturnType<typeof find>>) =>
  found.bundle ? await found.bundle.source.read('eval/mlgate.yaml') : found.note;

describe('findArtifactBaseline', () => {
  it("reads every page of the listing and picks the base's own recording", async () => {
    const h = linearHistory(3);
    await record(h.shas[2]!, 0.91); // the oldest: last in GitHub's newest-first listing
    for (let i = 0; i < 130; i++)
      fake.addArtifact(REPO, run++, 'mlgate-baseline', 'x', { head_sha: i.toString(16).padStart(40, 'c') });
    fake.addArtifact(REPO, run++, 'other-artifact', 'x', { head_sha: h.shas[2] });
    const found = await find(h, h.shas[2]!);
    expect(behindOf(found)).toBe(0);
    expect(await accuracyOf(found)).toContain('accuracy: 0.91');
    const pages = fake.requests.filter((r) => r.path === `/repos/${REPO}/actions/artifacts`);
    expect(pages.map((r) => [r.query.name, r.query.per_page, r.query.page])).toEqual([
      ['mlgate-baseline', '100', '1'],
      ['mlgate-baseline', '100', '2'],
    ]);
  });

  it('falls back to the nearest recorded ancestor, skipping newer commits, expired ones, other branches and forks', async () => {
    const h = linearHistory(8);
    const base = h.shas[6]!;
    await record(h.shas[1]!, 0.81);
    await record(h.shas[3]!, 0.83);
    await record(h.shas[4]!, 0.84, { expired: true });
    await record(h.shas[5]!, 0.85, { head_branch: 'feature' });
    await record(h.shas[5]!, 0.855, { fork: true });
    await record(h.shas[7]!, 0.87); // after the base: not an ancestor
    const found = await find(h, base);
    expect(found.bundle?.manifest.sha).toBe(h.shas[3]);
    expect(behindOf(found)).toBe(3);
    expect(await accuracyOf(found)).toContain('accuracy: 0.83');
    // The expired one was never asked for.
    expect(fake.requests.filter((r) => r.path.endsWith('/zip'))).toHaveLength(1);
  });

  it('takes the newest of several recordings of one commit (a re-run)', async () => {
    const h = linearHistory(2);
    await record(h.shas[1]!, 0.7);
    await record(h.shas[1]!, 0.72, { created_at: '2030-01-01T00:00:00Z' });
    expect(await accuracyOf(await find(h, h.shas[1]!))).toContain('accuracy: 0.72');
  });

  it('downloads from the storage URL it is redirected to, on another port, without the token', async () => {
    const h = linearHistory(2);
    await record(h.shas[1]!, 0.9);
    const found = await find(h, h.shas[1]!);
    expect(found.bundle).not.toBeNull();
    const zip = fake.requests.find((r) => r.path.endsWith('/zip'))!;
    expect(zip.status).toBe(302);
    expect(zip.headers.authorization).toBe(`token ${DEFAULT_TOKEN}`);
    expect(new URL(fake.storageUrl).port).not.toBe(new URL(fake.url).port);
    expect(fake.storageRequests).toHaveLength(1);
    expect(fake.storageRequests[0]!.status).toBe(200);
    expect(fake.storageRequests[0]!.headers.authorization).toBeUndefined();
  });

  it('uses the next nearest when the chosen artifact is gone (410, 404), and says so when none is left', async () => {
    const h = linearHistory(4);
    await record(h.shas[1]!, 0.81);
    const gone = await record(h.shas[2]!, 0.82);
    fake.inject({ method: 'GET', path: `/repos/${REPO}/actions/artifacts/${gone.id}/zip`, status: 410 });
    const found = await find(h, h.shas[3]!);
    expect(found.bundle?.manifest.sha).toBe(h.shas[1]);
    expect(behindOf(found)).toBe(2);

    fake.inject({ method: 'GET', path: `/repos/${REPO}/actions/artifacts/`, status: 404, times: Infinity });
    const none = await find(h, h.shas[3]!);
    expect(none.bundle).toBeNull();
    expect(none.note).toMatch(/^none of the 2 artifacts named `mlgate-baseline` was recorded at the PR’s base/);
  });

  it('says why there is none: nothing recorded, all expired, all too far or unrelated', async () => {
    const h = linearHistory(3);
    fake.addRepo(REPO);
    expect((await find(h, h.shas[2]!)).note).toBe('no artifact named `mlgate-baseline` has been recorded');
    await record(h.shas[1]!, 0.8, { expired: true });
    await record(h.shas[0]!, 0.8, { head_branch: 'dev' });
    expect((await find(h, h.shas[2]!)).note).toBe(
      `none of the 2 artifacts named \`mlgate-baseline\` (1 expired, 1 from other branches or forks, ignored) was recorded at the PR’s base \`${h.shas[2]!.slice(0, 7)}\` or one of its last 200 ancestors`,
    );
  });

  it('says that `actions: read` is missing instead of failing', async () => {
    const h = linearHistory(2);
    await record(h.shas[1]!, 0.9);
    fake.setTokenActions(DEFAULT_TOKEN, 'none');
    const found = await find(h, h.shas[1]!);
    expect(found).toEqual({ bundle: null, note: FORBIDDEN_NOTE, forbidden: true });
    expect(fake.requests.map((r) => r.status)).toEqual([403]);
  });

  it('finds the ancestor through the compare API when the clone is shallow', async () => {
    const h = linearHistory(5);
    serveHistory(fake, h.dir);
    await record(h.shas[2]!, 0.82);
    const found = await find(h, h.shas[4]!, compareApiAncestry(client(), owner, repo));
    expect(behindOf(found)).toBe(2);
    expect(fake.requests.filter((r) => r.path.includes('/compare/'))).toHaveLength(1);
  });

  it('refuses a bundle whose manifest names another commit than the run that uploaded it', async () => {
    const h = linearHistory(2);
    fake.addArtifact(REPO, run++, 'mlgate-baseline', await bundleZip(h.shas[0]!, 0.9), { head_sha: h.shas[1] });
    const err = await find(h, h.shas[1]!).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).format()).toMatch(
      /^artifact mlgate-baseline \(id \d+\): says it was recorded at \w{7}, but the run that uploaded it was for \w{7}/,
    );
  });
});
