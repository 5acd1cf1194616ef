/**
 * One listing of a PR's comments per run where it can be shared: the waiver scan (enricher) lists them, and the
 * comment upsert that follows a moment later reuses that listing once instead of paging through them again.
 * Every later listing (after a failed create, say) goes to the API.
 */
import type { GitHubClient } from './client.js';

export interface ListedIssueComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
}

type Target = { owner: string; repo: string; issue_number: number };
/** `early`: made at the start of the run, before anyone asked; it then serves two callers (the scan, the upsert). */
type Snapshot = { listing: Promise<ListedIssueComment[]>; early: boolean };
const snapshots = new WeakMap<GitHubClient, Map<string, Snapshot>>();

function snapshotsOf(client: GitHubClient, t: Target): { perClient: Map<string, Snapshot>; key: string } {
  let perClient = snapshots.get(client);
  if (!perClient) snapshots.set(client, (perClient = new Map()));
  return { perClient, key: `${t.owner}/${t.repo}#${t.issue_number}` };
}

/**
 * Starts the listing at the start of the run, while the reports are read and analysed: the comment's update then
 * waits for no listing (nor for the first connection's set-up). Correctness does not rest on its age: an update
 * re-reads the PR's head afterwards unless it was read moments before (comments.ts).
 */
export function prefetchIssueComments(client: GitHubClient, t: Target): void {
  const { perClient, key } = snapshotsOf(client, t);
  if (perClient.has(key)) return;
  const listing = list(client, t);
  perClient.set(key, { listing, early: true });
  listing.catch(() => perClient.delete(key));
}

function list(client: GitHubClient, t: Target): Promise<ListedIssueComment[]> {
  return client.paginate(client.rest.issues.listComments, { ...t, per_page: 100 }) as Promise<ListedIssueComment[]>;
}

/** `share: true` takes (and consumes) a listing made earlier in this run, or makes one that the next caller may take. */
export function listIssueComments(
  client: GitHubClient,
  t: Target,
  opts: { share: boolean },
): Promise<ListedIssueComment[]> {
  const { perClient, key } = snapshotsOf(client, t);
  const earlier = perClient.get(key);
  if (opts.share && earlier) {
    if (earlier.early) earlier.early = false;
    else perClient.delete(key);
    return earlier.listing;
  }
  const listing = list(client, t);
  if (opts.share) {
    perClient.set(key, { listing, early: false });
    listing.catch(() => perClient.delete(key));
  }
  return listing;
}
