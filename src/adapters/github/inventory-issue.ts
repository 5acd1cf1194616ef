/**
 * The one "mlgate: model inventory" issue: found by its hidden marker AND its author (anyone can paste the marker
 * into an issue of their own; that issue is left alone), created when something first needs attention, updated in
 * place, closed when nothing does and reopened when something does again. Owners are mentioned in one comment when
 * their model enters "expiring" or "expired" (the last statuses are kept in the issue, see audit/state.ts).
 * API: https://docs.github.com/en/rest/issues/issues (list, create, update) and .../issues/comments (create).
 */
import type { GitHubClient } from './client.js';
import { entering, needsAttention, stateOf, type InventoryRow, type InventoryState } from '../../audit/inventory.js';
import { INVENTORY_MARKER, parseState, stateMarker } from '../../audit/state.js';
import { INVENTORY_TITLE, renderMentions } from '../../render/inventory.js';

export const INVENTORY_LABEL = 'mlgate-inventory';
/** Recently updated issues scanned when the label was removed by hand (10 pages of 100). */
const FALLBACK_PAGES = 10;

export interface RepoTarget {
  owner: string;
  repo: string;
}

export interface ListedIssue {
  number: number;
  body?: string | null;
  state: string;
  html_url: string;
  user: { login: string } | null;
  pull_request?: unknown;
}

const ours = (author: string) => (i: ListedIssue) =>
  !i.pull_request && i.user?.login === author && (i.body ?? '').includes(INVENTORY_MARKER);

async function scan(
  client: GitHubClient,
  t: RepoTarget,
  query: Record<string, string>,
  author: string,
  maxPages: number,
): Promise<ListedIssue | null> {
  let pages = 0;
  const found = (await client.paginate(
    client.rest.issues.listForRepo,
    { ...t, ...query, per_page: 100 },
    (response, done) => {
      if (++pages >= maxPages) done();
      return (response.data as ListedIssue[]).filter(ours(author));
    },
  )) as ListedIssue[];
  // Two runs that raced may have made two: the oldest is the inventory.
  return found.sort((a, b) => a.number - b.number)[0] ?? null;
}

/** Our inventory issue, open or closed: the labelled ones first, then the most recently updated issues. */
export async function findInventoryIssue(
  client: GitHubClient,
  t: RepoTarget,
  author: string,
): Promise<ListedIssue | null> {
  return (
    (await scan(client, t, { state: 'all', labels: INVENTORY_LABEL }, author, Infinity)) ??
    (await scan(client, t, { state: 'all', sort: 'updated', direction: 'desc' }, author, FALLBACK_PAGES))
  );
}

export interface InventoryWrite {
  action: 'created' | 'updated' | 'closed' | 'reopened' | 'unchanged' | 'none';
  url: string | null;
  /** Models whose owners were mentioned in this run. */
  mentioned: string[];
}

export function previousState(issue: ListedIssue | null): InventoryState | null {
  return issue ? parseState(issue.body) : null;
}

export async function writeInventory(
  client: GitHubClient,
  t: RepoTarget,
  o: { issue: ListedIssue | null; rows: InventoryRow[]; body: string },
): Promise<InventoryWrite> {
  const attention = o.rows.some(needsAttention);
  const told = entering(o.rows, previousState(o.issue));
  const mention = renderMentions(told);
  const body = `${o.body}\n\n${INVENTORY_MARKER}\n${stateMarker(stateOf(o.rows))}`;
  const mentioned = mention ? told.map((r) => r.model) : [];
  const comment = async (issue_number: number) => {
    if (mention) await client.rest.issues.createComment({ ...t, issue_number, body: mention });
  };
  if (!o.issue) {
    if (!attention) return { action: 'none', url: null, mentioned: [] };
    const { data } = await client.rest.issues.create({ ...t, title: INVENTORY_TITLE, body, labels: [INVENTORY_LABEL] });
    await comment(data.number);
    return { action: 'created', url: data.html_url, mentioned };
  }
  // The mention goes out before the issue records the new statuses: a failed write repeats it, never loses it.
  await comment(o.issue.number);
  const state = attention ? 'open' : 'closed';
  if (o.issue.body === body && o.issue.state === state)
    return { action: 'unchanged', url: o.issue.html_url, mentioned };
  await client.rest.issues.update({
    ...t,
    issue_number: o.issue.number,
    body,
    state,
    ...(state === 'closed' && o.issue.state !== 'closed' ? { state_reason: 'completed' as const } : {}),
  });
  const action = o.issue.state === state ? 'updated' : state === 'closed' ? 'closed' : 'reopened';
  return { action, url: o.issue.html_url, mentioned };
}
