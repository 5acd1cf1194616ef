/**
 * Independent review: approvals from people other than the PR's author, optionally only from listed users or
 * a team (an independent measurement or audit team). Only the reviewer's latest effective review counts, as on
 * GitHub: an approval that was dismissed, or followed by "changes requested", does not.
 */
import type { CheckContext } from './context.js';
import { fail, notChecked, pass, type Outcome } from '../kernel/checklist-types.js';

const same = (a: string, b: string) => a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();

type ReviewConfig = CheckContext['config']['checklist']['independent_review'];
type Review = NonNullable<NonNullable<CheckContext['facts']>['reviews']>[number];

/**
 * Without a list or a team, an approval counts as GitHub's required reviews count it: from someone with write
 * access (anyone may approve on a public repository). Listed reviewers and team members are trusted by the config.
 */
const isOpen = (cfg: ReviewConfig) => cfg.reviewers.length === 0 && cfg.team === undefined;

function counts(cfg: ReviewConfig, author: string, r: Review): boolean {
  return (
    r.state === 'APPROVED' &&
    !same(r.login, author) &&
    (cfg.reviewers.length === 0 || cfg.reviewers.some((u) => same(u, r.login))) &&
    (cfg.team === undefined || r.team_member === true) &&
    (!isOpen(cfg) || (r.can_write !== false && r.can_write !== null))
  );
}

/** Why approvals did not count: the author's own, unreadable access, and approvers outside the allowed ones. */
function refusedNotes(cfg: ReviewConfig, author: string, reviews: readonly Review[], counted: Review[]): string[] {
  const approvals = reviews.filter((r) => r.state === 'APPROVED');
  const own = approvals.some((r) => same(r.login, author));
  const others = approvals.filter((r) => !same(r.login, author) && !counted.includes(r));
  const unknown = isOpen(cfg) ? others.filter((r) => r.can_write === null).length : 0;
  const outside = others.length - unknown;
  const plural = (n: number) => `${n} approval${n === 1 ? '' : 's'}`;
  return [
    ...(own ? ['the author’s own approval does not count'] : []),
    ...(unknown > 0 ? [`${plural(unknown)} whose write access could not be read`] : []),
    ...(outside > 0
      ? [`${plural(outside)} from ${isOpen(cfg) ? 'users without write access' : 'outside the allowed reviewers'}`]
      : []),
  ];
}

export function checkIndependentReview(c: CheckContext): Outcome {
  const cfg = c.config.checklist.independent_review;
  const reviews = c.facts?.reviews;
  if (!reviews || !c.facts?.author) return notChecked('reviews are read on GitHub only');
  const author = c.facts.author;
  const counted = reviews.filter((r) => counts(cfg, author, r));
  const who = cfg.team
    ? ` from ${cfg.team}`
    : cfg.reviewers.length
      ? ' from the listed reviewers'
      : ' by someone with write access other than the author';
  if (counted.length >= cfg.approvals) {
    const names = counted.map((r) => `@${r.login}`).join(', ');
    return pass(cfg.approvals === 0 ? 'no approval required' : `approved by ${names}`);
  }
  const notes = refusedNotes(cfg, author, reviews, counted);
  return fail(
    `${counted.length} of ${cfg.approvals} approval${cfg.approvals === 1 ? '' : 's'}${who}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    `ask ${cfg.team ? `a member of ${cfg.team}` : cfg.reviewers.length ? `one of ${cfg.reviewers.slice(0, 5).join(', ')}` : 'a reviewer with write access other than the author'} to approve the PR`,
  );
}
