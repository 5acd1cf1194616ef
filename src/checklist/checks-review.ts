/**
 * Independent review: approvals from people other than the PR's author, optionally only from listed users or
 * a team (an independent measurement or audit team). Only the reviewer's latest effective review counts, as on
 * GitHub: an approval that was dismissed, or followed by "changes requested", does not.
 */
import type { CheckContext } from './context.js';
import { fail, notChecked, pass, type Outcome } from '../kernel/checklist-types.js';

const same = (a: string, b: string) => a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();

export function checkIndependentReview(c: CheckContext): Outcome {
  const cfg = c.config.checklist.independent_review;
  const reviews = c.facts?.reviews;
  if (!reviews || !c.facts?.author) return notChecked('reviews are read on GitHub only');
  const author = c.facts.author;
  const counted = reviews.filter(
    (r) =>
      r.state === 'APPROVED' &&
      !same(r.login, author) &&
      (cfg.reviewers.length === 0 || cfg.reviewers.some((u) => same(u, r.login))) &&
      (cfg.team === undefined || r.team_member === true),
  );
  const who = cfg.team
    ? ` from ${cfg.team}`
    : cfg.reviewers.length
      ? ' from the listed reviewers'
      : ' by someone other than the author';
  if (counted.length >= cfg.approvals) {
    const names = counted.map((r) => `@${r.login}`).join(', ');
    return pass(cfg.approvals === 0 ? 'no approval required' : `approved by ${names}`);
  }
  const own = reviews.some((r) => r.state === 'APPROVED' && same(r.login, author));
  const other = reviews.filter((r) => r.state === 'APPROVED' && !same(r.login, author) && !counted.includes(r)).length;
  const notes = [
    own && 'the author’s own approval does not count',
    other > 0 && `${other} approval${other === 1 ? '' : 's'} from outside the allowed reviewers`,
  ].filter(Boolean);
  return fail(
    `${counted.length} of ${cfg.approvals} approval${cfg.approvals === 1 ? '' : 's'}${who}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    `ask ${cfg.team ? `a member of ${cfg.team}` : cfg.reviewers.length ? `one of ${cfg.reviewers.slice(0, 5).join(', ')}` : 'a reviewer other than the author'} to approve the PR`,
  );
}
