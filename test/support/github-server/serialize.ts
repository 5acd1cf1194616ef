// Records -> GitHub-shaped JSON. `url` fields point at the fake (store.apiUrl), `html_url` at github.com.
import type { Store } from './store.js';
import type {
  ArtifactRec,
  CheckRunRec,
  CommentRec,
  IssueRec,
  PullRec,
  RepoRec,
  ReviewCommentRec,
  ReviewRec,
  UserRec,
} from './types.js';

const WEB = 'https://github.com';

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

export function userJson(store: Store, u: UserRec) {
  const isBot = u.type === 'Bot';
  return {
    login: u.login,
    id: u.id,
    node_id: nodeId(isBot ? 'BOT' : 'U', u.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${u.id}?v=4`,
    gravatar_id: '',
    url: `${store.apiUrl}/users/${encodeURIComponent(u.login)}`,
    html_url: isBot ? `${WEB}/apps/${u.login.replace(/\[bot\]$/, '')}` : `${WEB}/${u.login}`,
    type: u.type,
    site_admin: false,
  };
}

/** GitHub's author_association, derived from the fake's permissions. */
export function association(repo: RepoRec, u: UserRec): string {
  if (u.login.toLowerCase() === repo.owner.login.toLowerCase()) return 'OWNER';
  const p = repo.permissions.get(u.login.toLowerCase());
  return p && p !== 'none' && p !== 'read' ? 'COLLABORATOR' : 'NONE';
}

export function repoJson(store: Store, r: RepoRec, fork = false) {
  return {
    id: r.id,
    node_id: nodeId('R', r.id),
    name: r.name,
    full_name: r.full_name,
    owner: userJson(store, r.owner),
    private: r.private,
    html_url: `${WEB}/${r.full_name}`,
    url: `${store.apiUrl}/repos/${r.full_name}`,
    fork,
    default_branch: r.default_branch,
    visibility: r.private ? 'private' : 'public',
  };
}

export function issueCommentJson(store: Store, repo: RepoRec, c: CommentRec) {
  const kind = repo.issues.get(c.issue)?.isPull ? 'pull' : 'issues';
  return {
    url: `${store.apiUrl}/repos/${repo.full_name}/issues/comments/${c.id}`,
    html_url: `${WEB}/${repo.full_name}/${kind}/${c.issue}#issuecomment-${c.id}`,
    issue_url: `${store.apiUrl}/repos/${repo.full_name}/issues/${c.issue}`,
    id: c.id,
    node_id: nodeId('IC', c.id),
    user: userJson(store, c.user),
    created_at: c.created_at,
    updated_at: c.updated_at,
    author_association: association(repo, c.user),
    body: c.body,
    performed_via_github_app: null,
  };
}

export function issueJson(store: Store, repo: RepoRec, i: IssueRec) {
  const pull = i.isPull ? repo.pulls.get(i.number) : undefined;
  return {
    url: `${store.apiUrl}/repos/${repo.full_name}/issues/${i.number}`,
    html_url: `${WEB}/${repo.full_name}/${i.isPull ? 'pull' : 'issues'}/${i.number}`,
    id: 100_000 + i.number,
    number: i.number,
    title: i.title,
    user: userJson(store, i.user),
    labels: (i.labels ?? []).map((name) => ({ id: labelId(name), name, color: 'ededed', default: false })),
    body: i.body,
    state: pull ? pull.state : (i.state ?? 'open'),
    state_reason: i.state_reason ?? null,
    comments: [...repo.comments.values()].filter((c) => c.issue === i.number).length,
    created_at: i.created_at,
    updated_at: pull ? pull.updated_at : (i.updated_at ?? i.created_at),
    closed_at: i.closed_at ?? null,
    author_association: association(repo, i.user),
    ...(i.isPull ? { pull_request: { url: `${store.apiUrl}/repos/${repo.full_name}/pulls/${i.number}` } } : {}),
  };
}

export function pullJson(store: Store, repo: RepoRec, p: PullRec) {
  const headRepo = p.head_repo ? (store.repo(p.head_repo) ?? store.ensureRepo(p.head_repo)) : repo;
  const side = (r: RepoRec, ref: string, sha: string, fork: boolean) => ({
    label: `${r.owner.login}:${ref}`,
    ref,
    sha,
    user: userJson(store, r.owner),
    repo: repoJson(store, r, fork),
  });
  return {
    url: `${store.apiUrl}/repos/${repo.full_name}/pulls/${p.number}`,
    id: p.id,
    node_id: nodeId('PR', p.id),
    html_url: `${WEB}/${repo.full_name}/pull/${p.number}`,
    diff_url: `${WEB}/${repo.full_name}/pull/${p.number}.diff`,
    issue_url: `${store.apiUrl}/repos/${repo.full_name}/issues/${p.number}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userJson(store, p.user),
    body: p.body,
    created_at: p.created_at,
    updated_at: p.updated_at,
    closed_at: p.state === 'closed' ? p.updated_at : null,
    merged_at: p.merged ? p.updated_at : null,
    draft: p.draft,
    merged: p.merged,
    head: side(headRepo, p.head_ref, p.head_sha, p.head_repo !== null),
    base: side(repo, p.base_ref, p.base_sha, false),
    author_association: association(repo, p.user),
  };
}

export function pullFileJson(store: Store, repo: RepoRec, p: PullRec, f: PullRec['files'][number]) {
  const additions = f.additions ?? 1;
  const deletions = f.deletions ?? 0;
  return {
    sha: '0'.repeat(40),
    filename: f.filename,
    status: f.status ?? 'modified',
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${WEB}/${repo.full_name}/blob/${p.head_sha}/${f.filename}`,
    raw_url: `${WEB}/${repo.full_name}/raw/${p.head_sha}/${f.filename}`,
    contents_url: `${store.apiUrl}/repos/${repo.full_name}/contents/${encodeURIComponent(f.filename)}?ref=${p.head_sha}`,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
  };
}

export function reviewJson(store: Store, repo: RepoRec, r: ReviewRec) {
  return {
    id: r.id,
    node_id: nodeId('PRR', r.id),
    user: userJson(store, r.user),
    body: r.body,
    state: r.state,
    html_url: `${WEB}/${repo.full_name}/pull/${r.pull}#pullrequestreview-${r.id}`,
    pull_request_url: `${store.apiUrl}/repos/${repo.full_name}/pulls/${r.pull}`,
    author_association: association(repo, r.user),
    submitted_at: r.submitted_at ?? undefined,
    commit_id: r.commit_id,
  };
}

export function reviewCommentJson(store: Store, repo: RepoRec, c: ReviewCommentRec) {
  return {
    url: `${store.apiUrl}/repos/${repo.full_name}/pulls/comments/${c.id}`,
    pull_request_review_id: c.review_id,
    id: c.id,
    node_id: nodeId('PRRC', c.id),
    diff_hunk: '',
    path: c.path,
    commit_id: c.commit_id,
    original_commit_id: c.commit_id,
    user: userJson(store, c.user),
    body: c.body,
    created_at: c.created_at,
    updated_at: c.updated_at,
    html_url: `${WEB}/${repo.full_name}/pull/${c.pull}#discussion_r${c.id}`,
    pull_request_url: `${store.apiUrl}/repos/${repo.full_name}/pulls/${c.pull}`,
    author_association: association(repo, c.user),
    line: c.line,
    original_line: c.line,
    side: c.side,
    start_line: c.start_line,
    subject_type: 'line',
  };
}

export function checkRunJson(store: Store, repo: RepoRec, c: CheckRunRec) {
  const url = `${store.apiUrl}/repos/${repo.full_name}/check-runs/${c.id}`;
  return {
    id: c.id,
    node_id: nodeId('CR', c.id),
    head_sha: c.head_sha,
    external_id: c.external_id,
    url,
    html_url: `${WEB}/${repo.full_name}/runs/${c.id}`,
    details_url: c.details_url,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.started_at,
    completed_at: c.completed_at,
    name: c.name,
    output: { ...c.output, annotations_count: c.annotations.length, annotations_url: `${url}/annotations` },
    check_suite: { id: 1 },
    app: { id: c.app.id, slug: c.app.login.replace(/\[bot\]$/, ''), name: c.app.login.replace(/\[bot\]$/, '') },
    pull_requests: [...repo.pulls.values()]
      .filter((p) => p.head_sha === c.head_sha && p.head_repo === null)
      .map((p) => ({ number: p.number, id: p.id, url: `${store.apiUrl}/repos/${repo.full_name}/pulls/${p.number}` })),
  };
}

export function artifactJson(store: Store, repo: RepoRec, a: ArtifactRec) {
  const url = `${store.apiUrl}/repos/${repo.full_name}/actions/artifacts/${a.id}`;
  const expires = new Date(Date.parse(a.created_at) + 90 * 86400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id: a.id,
    node_id: nodeId('MDg', a.id),
    name: a.name,
    size_in_bytes: a.bytes.length,
    url,
    archive_download_url: `${url}/zip`,
    expired: a.expired,
    created_at: a.created_at,
    updated_at: a.created_at,
    expires_at: expires,
    workflow_run: {
      id: a.run_id,
      repository_id: repo.id,
      // A fork's PR run: its head repository is the fork (an id of its own).
      head_repository_id: a.fork ? repo.id + 1_000_000 : repo.id,
      head_branch: a.head_branch,
      head_sha: a.head_sha,
    },
  };
}

/** A stable id per label name (GitHub's label ids are per repository; tests only compare names). */
function labelId(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}
