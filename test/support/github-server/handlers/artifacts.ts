// Workflow-run artifacts for the two-workflow fork mode. The zip download answers 302 to a blob URL
// that needs no token, as GitHub redirects to signed storage; expired artifacts answer 410.
import { HttpError, intParam, json, notFound, type Ctx, type Reply } from '../http.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { artifactJson } from '../serialize.js';
import type { ArtifactRec } from '../types.js';
import { requireRepo } from './common.js';

/** Path of the unauthenticated blob route; the server skips auth for it. */
export const BLOB_PREFIX = '/_fake-blob/artifacts/';

function list(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const runId = intParam(ctx, 'run_id');
  const name = ctx.query.get('name');
  const all = [...repo.artifacts.values()]
    .filter((a) => a.run_id === runId && (!name || a.name === name))
    .sort((a, b) => a.id - b.id);
  const page = paginate(all, ctx);
  return json(
    200,
    { total_count: all.length, artifacts: page.items.map((a) => artifactJson(ctx.store, repo, a)) },
    page.headers,
  );
}

function requireArtifact(ctx: Ctx): { a: ArtifactRec; repoName: string } {
  const repo = requireRepo(ctx);
  const a = repo.artifacts.get(intParam(ctx, 'id'));
  if (!a) throw notFound();
  return { a, repoName: repo.full_name };
}

function getOne(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const { a } = requireArtifact(ctx);
  return json(200, artifactJson(ctx.store, repo, a));
}

function download(ctx: Ctx): Reply {
  const { a, repoName } = requireArtifact(ctx);
  if (ctx.params.format !== 'zip') throw notFound();
  if (a.expired) throw new HttpError(410, 'Artifact has expired');
  const location = `${ctx.store.apiUrl}${BLOB_PREFIX}${encodeURIComponent(repoName)}/${a.id}?sig=fake`;
  return { status: 302, headers: { location }, body: Buffer.alloc(0) };
}

/** Serves the blob the download redirected to (no auth: the URL itself is the credential). */
function blob(ctx: Ctx): Reply {
  const repo = ctx.store.repo(ctx.params.repo ?? '');
  const a = repo?.artifacts.get(intParam(ctx, 'id'));
  if (!a) throw notFound();
  return { status: 200, body: a.bytes, headers: { 'content-type': 'application/zip' } };
}

export function registerArtifacts(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/actions/runs/:run_id/artifacts', list)
    .add('GET', '/repos/:owner/:repo/actions/artifacts/:id', getOne)
    .add('GET', '/repos/:owner/:repo/actions/artifacts/:id/:format', download)
    .add('GET', `${BLOB_PREFIX}:repo/:id`, blob);
}
