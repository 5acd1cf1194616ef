/**
 * Who creates a PR's first mlgate comment when several runs find none at once. GitHub has no conditional create
 * for comments, so two runs that both list nothing both create, and the PR gets two notifications before the
 * duplicate is folded away. A reaction is unique per user and type, though: `POST /issues/{n}/reactions` answers
 * 201 to the first run and 200, with the existing reaction, to every later one ("A response with an HTTP 200 status
 * means that you already added the reaction type to this issue", docs.github.com/en/rest/reactions/reactions).
 * The run that gets 201 creates the comment and removes its reaction; the others wait for the comment and update it.
 * A reaction that was already there (another tool with the same identity, a run cancelled while holding it) is
 * never removed: after `CLAIM_STALE_MS` it no longer counts, and the runs create as before (and fold).
 */
import { isReadOnlyError, type GitHubClient } from './client.js';

export type Claim = { kind: 'owned'; release(): Promise<void> } | { kind: 'held' } | { kind: 'unavailable' };

const CONTENT = 'eyes';
export const CLAIM_STALE_MS = 60_000;

type Target = { owner: string; repo: string; issue_number: number };

export async function claimCreation(client: GitHubClient, t: Target): Promise<Claim> {
  let res;
  try {
    res = await client.rest.reactions.createForIssue({ ...t, content: CONTENT, request: { retries: 0 } });
  } catch (e) {
    // A read-only token cannot comment either: the caller reports that. Anything else (a locked conversation,
    // reactions refused, a 5xx): create without a claim, as before.
    if (isReadOnlyError(e)) throw e;
    return { kind: 'unavailable' };
  }
  const id = res.data.id;
  if (res.status === 201) return { kind: 'owned', release: () => removeReaction(client, t, id) };
  const age = Date.parse(String(res.headers.date ?? '')) - Date.parse(res.data.created_at);
  return Number.isFinite(age) && age > CLAIM_STALE_MS ? { kind: 'unavailable' } : { kind: 'held' };
}

async function removeReaction(client: GitHubClient, t: Target, id: number): Promise<void> {
  try {
    await client.rest.reactions.deleteForIssue({ ...t, reaction_id: id });
  } catch {
    // Gone already, or a fault: a leftover reaction only holds up a later creator for its claim wait, once.
  }
}
