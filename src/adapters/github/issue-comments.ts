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
const snapshots = new WeakMap<GitHubClient, Map<string, Promise<ListedIssueComment[]>>>();

/** `share: true` takes (and consumes) a listing made earlier in this run, or makes one that the next caller may take. */
export function listIssueComments(
  client: GitHubClient,
  t: Target,
  opts: { share: boolean },
): Promise<ListedIssueComment[]> {
  let perClient = snapshots.get(client);
  if (!perClient) snapshots.set(client, (perClient = new Map()));
  const key = `${t.owner}/${t.repo}#${t.issue_number}`;
  const earlier = perClient.get(key);
  if (opts.share && earlier) {
    perClient.delete(key);
    return earlier;
  }
  const listing = client.paginate(client.rest.issues.listComments, { ...t, per_page: 100 }) as Promise<
    ListedIssueComment[]
  >;
  if (opts.share) {
    perClient.set(key, listing);
    listing.catch(() => perClient.delete(key));
  }
  return listing;
}
