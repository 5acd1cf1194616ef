/**
 * The bot's commands in PR comments, parsed with a strict grammar because anyone who can comment writes them:
 *
 *   /mlgate waive <item> <reason>     waive a checklist item (reason: 3 to 300 characters, one line)
 *   /mlgate recheck                   re-evaluate (the workflow run that the comment triggers does it)
 *
 * Only the comment's first non-empty line is read, so quoting a command (`> /mlgate …`) or mentioning it in
 * prose never triggers it. Anything else that starts with `/mlgate` is an unknown or malformed command that
 * gets a short reply listing the valid ones.
 */

export const MAX_COMMENT_CHARS = 10_000;
export const MAX_REASON_CHARS = 300;
export const MIN_REASON_CHARS = 3;

export type BotCommand =
  | { kind: 'waive'; item: string; reason: string }
  | { kind: 'recheck' }
  /** Starts with /mlgate but is not a valid command: `problem` says what is wrong (no user text in it). */
  | { kind: 'invalid'; problem: string };

export const COMMAND_HELP: readonly string[] = [
  '`/mlgate waive <item> <reason>`: waive a checklist item, with the reason (needs write access)',
  '`/mlgate recheck`: evaluate the PR again',
];

const ITEM_RE = /^[a-z0-9][a-z0-9_-]{0,40}$/;

/** null: the comment is not addressed to mlgate. */
export function parseCommand(body: string): BotCommand | null {
  if (body.length > MAX_COMMENT_CHARS) {
    return body.trimStart().startsWith('/mlgate')
      ? { kind: 'invalid', problem: `the comment is longer than ${MAX_COMMENT_CHARS} characters` }
      : null;
  }
  const first = body.split(/\r\n|\r|\n/).find((l) => l.trim() !== '');
  if (first === undefined) return null;
  const line = first.trim();
  const head = /^\/mlgate(?=\s|$)/.exec(line);
  if (!head) return null;
  const rest = line.slice(head[0].length).trim();
  const [verb = '', ...args] = rest.split(/\s+/).filter(Boolean);
  if (verb === 'recheck') {
    return args.length === 0
      ? { kind: 'recheck' }
      : { kind: 'invalid', problem: '`/mlgate recheck` takes no arguments' };
  }
  if (verb === 'waive') {
    const item = args[0];
    if (!item) return { kind: 'invalid', problem: 'name the item to waive: `/mlgate waive <item> <reason>`' };
    if (!ITEM_RE.test(item))
      return { kind: 'invalid', problem: 'the item must be a checklist item id (lower case letters, digits, _ and -)' };
    const reason = (/^waive\s+\S+\s*(.*)$/.exec(rest)?.[1] ?? '').trim();
    if (Array.from(reason).length < MIN_REASON_CHARS)
      return {
        kind: 'invalid',
        problem: 'give a reason: `/mlgate waive <item> <reason>` (the reason is the audit trail)',
      };
    if (Array.from(reason).length > MAX_REASON_CHARS)
      return { kind: 'invalid', problem: `the reason is longer than ${MAX_REASON_CHARS} characters` };
    return { kind: 'waive', item, reason };
  }
  return { kind: 'invalid', problem: verb ? 'unknown command' : 'no command given' };
}
