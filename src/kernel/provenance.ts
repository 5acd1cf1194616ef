/**
 * Where a run's baseline came from and how far it is from the PR's base: the model of staleness shared by every
 * source that finds "the base commit's or its nearest recorded ancestor's" reports (a baseline artifact, a
 * tracking server's runs). Sources fill a `BaselineOrigin`; the pipeline turns it into the result's
 * `base.provenance` with `now` (its age) and `baseline.max_behind` (whether it is stale). Pure.
 */

/** `git`, `api`: the base commit itself; `artifact`: a recorded bundle; `mlflow`: a tracking server's runs;
 * `file`: reports named in this job. */
export type BaselineFrom = 'git' | 'api' | 'artifact' | 'mlflow' | 'file' | 'none';

/** What a source knows about the baseline it found. */
export interface BaselineOrigin {
  from: BaselineFrom;
  /** The source's `describe()`: "git at `abc1234`", "artifact `mlgate-baseline` recorded at `abc1234`". */
  description: string;
  /** The commit whose reports are the baseline (the recorded one; the base itself for git). */
  sha: string | null;
  /** The PR's base commit (what the baseline stands in for). */
  base_sha: string | null;
  /** Commits in the PR's base that `sha` lacks: 0 at the base; null when unknown or not a commit. */
  behind: number | null;
  /** When the baseline was recorded (ISO 8601), for its age; null for a commit read in place. */
  recorded_at: string | null;
}

/** `base.provenance` of the JSON result: the origin, its age and whether it is too far behind to judge. */
export interface BaselineProvenance extends BaselineOrigin {
  /** Whole days between `recorded_at` and the run; null without `recorded_at`. */
  age_days: number | null;
  /** More than `baseline.max_behind` commits behind the PR's base. */
  stale: boolean;
  /** The small print, with `code` spans: "artifact `mlgate-baseline` recorded at `abc1234` (3 commits behind …)". */
  line: string;
}

const DAY_MS = 86_400_000;
const sha7 = (sha: string) => `\`${sha.slice(0, 7)}\``;

export function ageDays(recordedAt: string | null, now: Date): number | null {
  if (recordedAt === null) return null;
  const t = Date.parse(recordedAt);
  if (!Number.isFinite(t)) return null;
  return Math.max(0, Math.floor((now.getTime() - t) / DAY_MS));
}

/** "3 commits behind the PR's base `def5678`", "at the PR's base", or null when nothing can be said. */
export function distanceWords(o: Pick<BaselineOrigin, 'behind' | 'base_sha'>): string | null {
  if (o.behind === null) return null;
  if (o.behind === 0) return 'at the PR’s base';
  const base = o.base_sha ? ` ${sha7(o.base_sha)}` : '';
  return `${o.behind} commit${o.behind === 1 ? '' : 's'} behind the PR’s base${base}`;
}

export function ageWords(days: number | null): string | null {
  if (days === null) return null;
  return days === 0 ? 'recorded today' : `${days} day${days === 1 ? '' : 's'} old`;
}

export function provenanceOf(origin: BaselineOrigin, now: Date, maxBehind: number): BaselineProvenance {
  const age_days = ageDays(origin.recorded_at, now);
  const stale = origin.behind !== null && origin.behind > maxBehind;
  // A commit read in place needs no distance: it is the base, which the headline already says.
  const words =
    origin.from === 'git' || origin.from === 'api'
      ? []
      : [distanceWords(origin), ageWords(age_days)].filter((w): w is string => w !== null);
  const line = `${origin.description}${words.length ? ` (${words.join(', ')})` : ''}`;
  return { ...origin, age_days, stale, line };
}
