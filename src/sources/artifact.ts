/**
 * The recorded baseline of a PR: the repository's artifacts of one name (`GET /repos/{o}/{r}/actions/artifacts
 * ?name=`, paginated, newest first), those recorded by runs on the PR's base branch of this repository and not
 * expired, the one at the base SHA or its nearest ancestor (sources/ancestry.ts), downloaded through the redirect
 * GitHub answers with (`GET …/artifacts/{id}/zip` → 302 to storage, fetched without our token) and opened as a
 * bundle (bundle.ts, bundle-zip.ts). Anything short of a bundle is a `note` that says why, never an error: the
 * gate then runs without a baseline, as without a committed one.
 */
import { createWriteStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../kernel/errors.js';
import { MAX_WALK, type Ancestry } from './ancestry.js';
import { boundedChunks } from './bounds.js';
import { MAX_BUNDLE_BYTES, openBundle, type Bundle } from './bundle.js';
import { unpackZip } from './bundle-zip.js';
import type { RestClient } from './contents-api.js';

/** Pages of 100 artifacts read at most: the newest 500 of that name, weeks of pushes to the default branch. */
export const MAX_PAGES = 5;
/** Downloads tried when the chosen artifact is gone (404/410) although it was listed. */
const MAX_DOWNLOADS = 3;
const DOWNLOAD_TIMEOUT_MS = 120_000;

export interface ArtifactQuery {
  client: RestClient;
  owner: string;
  repo: string;
  /** The artifact's name (`baseline-artifact` input). */
  name: string;
  baseSha: string;
  /** The branch the PR merges into: only runs on it (or its merge queue) record its baseline. null: any branch. */
  baseRef: string | null;
  ancestry: Ancestry;
  /** Where the zip is downloaded and unpacked. */
  tempDir: string;
}

export interface Listed {
  id: number;
  sha: string;
  created_at: string;
  size: number;
}

export type ArtifactLookup =
  | { bundle: Bundle; artifact: Listed; behind: number; note: null }
  | { bundle: null; note: string; forbidden?: boolean };

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

interface RawArtifact {
  id?: unknown;
  name?: unknown;
  expired?: unknown;
  created_at?: unknown;
  size_in_bytes?: unknown;
  workflow_run?: { head_sha?: unknown; head_branch?: unknown; repository_id?: unknown; head_repository_id?: unknown };
}

/** Recorded by a run of this repository (not a fork's) on the base branch or its merge queue. */
function trusted(a: RawArtifact, baseRef: string | null): boolean {
  const run = a.workflow_run ?? {};
  if (typeof run.repository_id === 'number' && typeof run.head_repository_id === 'number')
    if (run.repository_id !== run.head_repository_id) return false;
  if (baseRef === null) return true;
  const branch = run.head_branch;
  return typeof branch === 'string' && (branch === baseRef || branch.startsWith(`gh-readonly-queue/${baseRef}/`));
}

function listed(a: RawArtifact): Listed | null {
  const sha = a.workflow_run?.head_sha;
  if (typeof a.id !== 'number' || typeof sha !== 'string' || !/^[0-9a-f]{40,64}$/.test(sha)) return null;
  const created_at = typeof a.created_at === 'string' ? a.created_at : '';
  return { id: a.id, sha, created_at, size: typeof a.size_in_bytes === 'number' ? a.size_in_bytes : 0 };
}

/** The usable artifacts of that name, newest first, and how many were expired or not from the base branch. */
export async function listArtifacts(
  q: Pick<ArtifactQuery, 'client' | 'owner' | 'repo' | 'name' | 'baseRef'>,
): Promise<{ usable: Listed[]; expired: number; foreign: number; total: number }> {
  const usable: Listed[] = [];
  let expired = 0;
  let foreign = 0;
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const res = await q.client.request('GET /repos/{owner}/{repo}/actions/artifacts', {
      owner: q.owner,
      repo: q.repo,
      name: q.name,
      per_page: 100,
      page,
    });
    const data = res.data as { total_count?: unknown; artifacts?: unknown };
    const items = Array.isArray(data.artifacts) ? (data.artifacts as RawArtifact[]) : [];
    for (const a of items) {
      total++;
      const item = a.name === q.name ? listed(a) : null;
      if (!item) continue;
      if (a.expired === true) expired++;
      else if (!trusted(a, q.baseRef)) foreign++;
      else usable.push(item);
    }
    const count = typeof data.total_count === 'number' ? data.total_count : 0;
    if (items.length < 100 || page * 100 >= count) break;
  }
  usable.sort((a, b) => (a.created_at < b.created_at ? 1 : a.created_at > b.created_at ? -1 : b.id - a.id));
  return { usable, expired, foreign, total };
}

export const FORBIDDEN_NOTE =
  'the token may not read the repository’s artifacts (it lacks `actions: read`), so no recorded baseline could be looked up; add `actions: read` to the job’s permissions';

function noneNote(q: ArtifactQuery, l: { usable: Listed[]; expired: number; foreign: number }): string {
  const extra = [
    ...(l.expired ? [`${l.expired} expired`] : []),
    ...(l.foreign ? [`${l.foreign} from other branches or forks, ignored`] : []),
  ];
  const seen = l.usable.length + l.expired + l.foreign;
  const what = seen
    ? `none of the ${seen} artifacts named \`${q.name}\`${extra.length ? ` (${extra.join(', ')})` : ''} was recorded at the PR’s base \`${q.baseSha.slice(0, 7)}\` or one of its last ${MAX_WALK} ancestors`
    : `no artifact named \`${q.name}\` has been recorded`;
  return what;
}

/** The baseline bundle of the base SHA or its nearest recorded ancestor, or why there is none. */
export async function findArtifactBaseline(q: ArtifactQuery): Promise<ArtifactLookup> {
  let list;
  try {
    list = await listArtifacts(q);
  } catch (e) {
    if (statusOf(e) === 403) return { bundle: null, note: FORBIDDEN_NOTE, forbidden: true };
    if (statusOf(e) === 404) return { bundle: null, note: 'the repository’s artifacts cannot be listed (404)' };
    throw e;
  }
  const candidates = [...list.usable];
  for (let attempt = 0; attempt < MAX_DOWNLOADS && candidates.length; attempt++) {
    const shas = [...new Set(candidates.map((c) => c.sha))];
    const near = await q.ancestry.nearest(q.baseSha, shas, MAX_WALK);
    if (!near) break;
    const artifact = candidates.find((c) => c.sha === near.sha)!;
    const bundle = await downloadBundle(q, artifact);
    if (bundle) return { bundle, artifact, behind: near.behind, note: null };
    // Listed but gone (deleted, or expired since): the next nearest, if any.
    candidates.splice(candidates.indexOf(artifact), 1);
  }
  return { bundle: null, note: noneNote(q, list) };
}

/** Where GitHub redirects the download to (signed storage), or null when the artifact is gone. */
async function storageUrl(q: ArtifactQuery, id: number): Promise<string | null> {
  try {
    const res = (await q.client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
      owner: q.owner,
      repo: q.repo,
      artifact_id: id,
      archive_format: 'zip',
      request: { redirect: 'manual', parseSuccessResponseBody: false },
    })) as { status?: number; headers?: Record<string, unknown> };
    const location = res.headers?.location;
    if (typeof location !== 'string' || !/^https?:\/\//.test(location))
      throw new InputError(`GitHub answered the artifact download with ${res.status ?? '?'} and no storage URL`);
    return location;
  } catch (e) {
    if (statusOf(e) === 404 || statusOf(e) === 410) return null;
    throw e;
  }
}

async function downloadBundle(q: ArtifactQuery, a: Listed): Promise<Bundle | null> {
  const label = `artifact ${q.name} (id ${a.id})`;
  if (a.size > MAX_BUNDLE_BYTES)
    throw new InputError(`is ${a.size} bytes, more than a baseline bundle may hold (${MAX_BUNDLE_BYTES})`, {
      file: label,
    });
  const url = await storageUrl(q, a.id);
  if (url === null) return null;
  // Storage is another host: the URL is signed, and our token must not go there.
  const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (res.status === 404 || res.status === 410) return null;
  if (!res.ok)
    throw new InputError(`could not be downloaded (storage answered ${res.status}); re-run the job`, { file: label });
  const zip = path.join(q.tempDir, `artifact-${a.id}.zip`);
  const tooBig = () => new InputError(`is larger than ${MAX_BUNDLE_BYTES} bytes`, { file: label });
  const out = createWriteStream(zip, { flags: 'wx' });
  try {
    for await (const chunk of boundedChunks(res.body, MAX_BUNDLE_BYTES, tooBig, label)) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  } finally {
    await new Promise<void>((r) => out.end(() => r()));
  }
  const dir = path.join(q.tempDir, `artifact-${a.id}`);
  await unpackZip(zip, dir, label);
  await fs.rm(zip, { force: true });
  const bundle = await openBundle(dir, { name: q.name, label });
  if (bundle.manifest.sha !== a.sha)
    throw new InputError(
      `says it was recorded at ${bundle.manifest.sha.slice(0, 7)}, but the run that uploaded it was for ${a.sha.slice(0, 7)}; record it again`,
      { file: label },
    );
  return bundle;
}
