/**
 * Reads the bot's commands from the PR's comments: accepted waivers (the commenter has write access or is in
 * the configured team, and is not the PR's author unless the config allows it), and the replies owed to refused,
 * malformed or unknown commands. A reply carries a hidden marker with the command's comment id, so reruns on
 * every event never answer the same command twice.
 */
import { COMMAND_HELP, parseCommand } from '../../bot/commands.js';
import type { WaiverFact } from '../../kernel/checklist-types.js';
import { escapeMarkdownInline } from '../../kernel/escape.js';
import type { GitHubClient } from './client.js';
import { listIssueComments } from './issue-comments.js';
import { canWrite, isTeamMember, roleOf } from './reviews.js';

export interface IssueTarget {
  owner: string;
  repo: string;
  issue_number: number;
}

export interface ScanOptions {
  /** The PR's author. */
  pr_author: string;
  /** mlgate's own login (the comment-author input): its comments are never commands, its replies are found by it. */
  bot: string;
  /** Item ids that can be waived (built-in and custom). */
  items: readonly string[];
  allow_author: boolean;
  /** `org/slug` whose members may waive besides users with write access. */
  team?: string;
}

export interface Reply {
  /** The command's comment. */
  to: number;
  /** One line: what was wrong (escaped markdown). */
  text: string;
  /** Follow with the list of valid commands. */
  help: boolean;
}

export interface CommandScan {
  waivers: WaiverFact[];
  /** Replies not yet posted (refusals, malformed and unknown commands). */
  replies: Reply[];
  /** Number of `/mlgate recheck` commands seen (the rerun itself is the answer). */
  rechecks: number;
}

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string; type?: string } | null;
}

const REPLY_RE = /<!-- mlgate:reply to=(\d+) -->/g;
export const replyMarker = (id: number) => `<!-- mlgate:reply to=${id} -->`;

// One scan per client, PR and options in a run: several models (and the bot step) share it instead of listing
// comments and permissions again.
const cache = new WeakMap<GitHubClient, Map<string, Promise<CommandScan>>>();

export function scanCommands(client: GitHubClient, t: IssueTarget, o: ScanOptions): Promise<CommandScan> {
  let perClient = cache.get(client);
  if (!perClient) cache.set(client, (perClient = new Map()));
  const key = JSON.stringify([t, o]);
  let scan = perClient.get(key);
  if (!scan) {
    scan = doScan(client, t, o);
    perClient.set(key, scan);
    scan.catch(() => perClient.delete(key));
  }
  return scan;
}

async function doScan(client: GitHubClient, t: IssueTarget, o: ScanOptions): Promise<CommandScan> {
  const comments: ListedComment[] = await listIssueComments(client, t, { share: true });
  const answered = new Set<number>();
  for (const c of comments) {
    // Only our own replies count: anyone could paste the marker to silence a refusal.
    if (c.user?.login !== o.bot) continue;
    for (const m of (c.body ?? '').matchAll(REPLY_RE)) answered.add(Number(m[1]));
  }
  const out: CommandScan = { waivers: [], replies: [], rechecks: 0 };
  const rights = new Map<string, Promise<{ ok: boolean; why: string }>>();
  const reply = (to: number, text: string, help = false) => {
    if (!answered.has(to)) out.replies.push({ to, text, help });
  };
  for (const c of comments) {
    const login = c.user?.login;
    if (!login || login === o.bot || c.user?.type === 'Bot') continue;
    const cmd = parseCommand(c.body ?? '');
    if (!cmd) continue;
    const who = `@${escapeMarkdownInline(login, 40)}`;
    if (cmd.kind === 'recheck') {
      out.rechecks++;
      continue;
    }
    if (cmd.kind === 'invalid') {
      reply(c.id, `${who} mlgate did not understand that command: ${cmd.problem}.`, true);
      continue;
    }
    if (!o.items.includes(cmd.item)) {
      const list = o.items.map((i) => `\`${i}\``).join(', ');
      reply(
        c.id,
        `${who} there is no checklist item \`${escapeMarkdownInline(cmd.item, 41)}\` to waive. Valid items: ${list}.`,
      );
      continue;
    }
    let right = rights.get(login.toLowerCase());
    if (!right) rights.set(login.toLowerCase(), (right = mayWaive(client, t, o, login)));
    const { ok, why } = await right;
    if (!ok) {
      reply(c.id, `${who} the waiver of \`${cmd.item}\` was refused: ${why}. The item stays as it is.`);
      continue;
    }
    out.waivers.push({ item: cmd.item, by: login, reason: cmd.reason, comment_id: c.id, comment_url: c.html_url });
  }
  return out;
}

async function mayWaive(
  client: GitHubClient,
  t: IssueTarget,
  o: ScanOptions,
  login: string,
): Promise<{ ok: boolean; why: string }> {
  if (login.toLowerCase() === o.pr_author.toLowerCase() && !o.allow_author) {
    return { ok: false, why: 'the PR’s author cannot waive items on their own PR (checklist.waivers.allow_author)' };
  }
  const { permission, role_name } = await roleOf(client, { owner: t.owner, repo: t.repo }, login);
  if (canWrite(permission)) return { ok: true, why: '' };
  const have =
    role_name === permission
      ? permission
      : `the role “${escapeMarkdownInline(role_name, 60)}” (${escapeMarkdownInline(permission, 10)})`;
  if (o.team && (await isTeamMember(client, o.team, login)) === true) return { ok: true, why: '' };
  return {
    ok: false,
    why: `waiving needs write access to the repository${o.team ? ` or membership of ${escapeMarkdownInline(o.team, 80)}` : ''} (you have ${have})`,
  };
}

/** Commands answered by name in the one reply; the rest are counted. */
const MAX_LISTED_REPLIES = 20;

/**
 * Posts the replies owed by a scan as one comment (every refused command at once cost a comment each, with
 * GitHub's spacing between them: 40 commands made a 122 s run). Each command is answered once: the reply carries
 * a marker per command, so a rerun skips them. Returns how many commands were answered.
 */
export async function postReplies(client: GitHubClient, t: IssueTarget, replies: readonly Reply[]): Promise<number> {
  if (replies.length === 0) return 0;
  await client.rest.issues.createComment({ ...t, body: replyBody(replies) });
  return replies.length;
}

export function replyBody(replies: readonly Reply[]): string {
  const help = replies.some((r) => r.help)
    ? `\n\nValid commands:\n${COMMAND_HELP.map((h) => `- ${h}`).join('\n')}`
    : '';
  const markers = replies.map((r) => replyMarker(r.to)).join('\n');
  if (replies.length === 1) return `${replies[0]!.text}${help}\n${markers}`;
  const listed = replies.slice(0, MAX_LISTED_REPLIES).map((r) => `- ${r.text}`);
  const more = replies.length - listed.length;
  if (more > 0) listed.push(`- … and ${more} more command${more === 1 ? '' : 's'} mlgate could not act on`);
  return `mlgate could not act on ${replies.length} commands:\n\n${listed.join('\n')}${help}\n${markers}`;
}
