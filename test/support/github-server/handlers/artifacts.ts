// Workflow-run artifacts (docs.github.com/en/rest/actions/artifacts): the repository's artifacts, filtered by
// `name` and listed newest first as GitHub does ("List artifacts for a repository"); a run's artifacts; one
// artifact; and its download, which answers 302 to a signed URL on another host ("Download an artifact": "Look
// for `Location:` in the response header", the URL "expires after 1 minute") — here the fake's storage server on
// another local port, which needs no token. Expired artifacts answer 410 Gone; unknown ones 404.
import { HttpError, intParam, json, notFound, type Ctx, type Reply } from '../http.js';
import { paginate } from '../pagination.js';
import type { Router } from '../router.js';
import { artifactJson } from '../serialize.js';
import type { ArtifactRec } from '../types.js';
import { requireRepo } from './common.js';

function listed(ctx: Ctx, all: ArtifactRec[]): Reply {
  const repo = requireRepo(ctx);
  const page = paginate(all, ctx);
  return json(
    200,
    { total_count: all.length, artifacts: page.items.map((a) => artifactJson(ctx.store, repo, a)) },
    page.headers,
  );
}

function listRun(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const runId = intParam(ctx, 'run_id');
  const name = ctx.query.get('name');
  const all = [...repo.artifacts.values()]
    .filter((a) => a.run_id === runId && (!name || a.name === name))
    .sort((a, b) => a.id - b.id);
  return listed(ctx, all);
}

function listRepo(ctx: Ctx): Reply {
  const repo = requireRepo(ctx);
  const name = ctx.query.get('name');
  const all = [...repo.artifacts.values()].filter((a) => !name || a.name === name).sort((a, b) => b.id - a.id);
  return listed(ctx, all);
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
  const location = `${ctx.store.storageUrl}/artifacts/${encodeURIComponent(repoName)}/${a.id}?sig=fake`;
  return { status: 302, headers: { location }, body: Buffer.alloc(0) };
}

export function registerArtifacts(r: Router): void {
  r.add('GET', '/repos/:owner/:repo/actions/artifacts', listRepo)
    .add('GET', '/repos/:owner/:repo/actions/runs/:run_id/artifacts', listRun)
    .add('GET', '/repos/:owner/:repo/actions/artifacts/:id', getOne)
    .add('GET', '/repos/:owner/:repo/actions/artifacts/:id/:format', download);
}
