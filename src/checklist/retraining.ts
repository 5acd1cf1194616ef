/**
 * Retraining and expiry as a contract: a cadence the gate can parse, an expiry that is not later than the
 * training date + cadence + grace, an expiry that moves forward only when the model was retrained (its code,
 * data or metrics changed), and expired models failing, except one the PR does not touch (the inventory tracks it).
 */
import { matchesAny } from '../kernel/glob.js';
import { addCadence, expiryOf, isoDay, parseCadence, parseIsoDay, utcDay, type Cadence } from '../kernel/dates.js';
import type { Report } from '../kernel/report-types.js';
import { fail, pass, type Outcome } from '../kernel/checklist-types.js';
import { listOf, prTouchesThisModel, type CheckContext } from './context.js';
import { bySeverity, plural, worstOf } from './outcome.js';

const AT = '/lifecycle/retraining/expires';

/** The training day: stated, else today when the PR changes the data version, else the base's when it does not. */
export function trainedDay(report: Report, base: Report | null, now: Date): { day: number; how: string } | null {
  const own = report.lifecycle?.retraining?.trained_at;
  if (own) return { day: parseIsoDay(own)!, how: '' };
  const before = base?.data?.version;
  const after = report.data?.version;
  if (after !== undefined && before !== undefined && after !== before)
    return { day: utcDay(now), how: ' (today: the PR changes data.version)' };
  const inherited = base?.lifecycle?.retraining?.trained_at;
  return inherited && after === before ? { day: parseIsoDay(inherited)!, how: ' (the base’s date)' } : null;
}

function expired(c: CheckContext, expires: string, daysAgo: number): Outcome {
  const evidence = `zombie model: expired on ${expires} (${plural(daysAgo, 'day')} ago)`;
  const fix = 'retrain the model and move lifecycle.retraining.expires forward, or retire it';
  const touched = prTouchesThisModel(c, matchesAny);
  if (touched === false && c.config.checklist.expired_untouched === 'warn') {
    return {
      status: 'warn',
      evidence: `${evidence}; this PR does not touch the model, so it warns here — the “mlgate: model inventory” issue tracks it`,
      fix,
      pointer: AT,
    };
  }
  return fail(evidence, fix, AT);
}

function beyondCadence(c: CheckContext, cadence: Cadence, expires: number): Outcome | null {
  const trained = trainedDay(c.report, c.base, c.now);
  if (!trained) {
    return {
      status: 'warn',
      evidence: 'no training date: the expiry cannot be checked against the cadence',
      fix: 'add lifecycle.retraining.trained_at (YYYY-MM-DD)',
      pointer: '/lifecycle/retraining',
    };
  }
  const due = addCadence(trained.day, cadence);
  const grace = c.config.checklist.expiry_grace_days;
  if (expires <= due + grace) return null;
  const when = `trained ${isoDay(trained.day)}${trained.how}`;
  return fail(
    `expiry beyond the cadence: ${when}, retrained ${cadence.text} → due ${isoDay(due)}; expires ${isoDay(expires)} is ${plural(expires - due, 'day')} later (grace ${grace})`,
    `set lifecycle.retraining.expires to ${isoDay(due + grace)} at the latest, or a longer cadence that the team keeps`,
    AT,
  );
}

const sameMetrics = (a: Report, b: Report) => {
  const ka = Object.keys(a.metrics);
  return ka.length === Object.keys(b.metrics).length && ka.every((k) => b.metrics[k] === a.metrics[k]);
};

/** An expiry moved forward while code, data and metrics stayed: a renewal by editing a date. */
function extendedWithoutRetraining(c: CheckContext, expires: number): Outcome | null {
  const before = c.base?.lifecycle?.retraining?.expires;
  if (!c.base || !before || expires <= parseIsoDay(before)!) return null;
  const code = c.report.lifecycle?.reproducibility?.code_commit;
  const same =
    code === c.base.lifecycle?.reproducibility?.code_commit &&
    c.report.data?.version === c.base.data?.version &&
    sameMetrics(c.report, c.base);
  if (!same) return null;
  const kept = listOf(['code commit', 'data version', 'metrics']);
  return fail(
    `expiry extended without retraining: ${before} → ${isoDay(expires)} with the same ${kept}`,
    'retrain the model (new data or code, new metrics) before moving the expiry, or retire it',
    AT,
  );
}

export function checkRetraining(c: CheckContext): Outcome {
  const r = c.report.lifecycle?.retraining;
  const missing = [!r?.cadence && 'lifecycle.retraining.cadence', !r?.expires && 'lifecycle.retraining.expires'].filter(
    (x): x is string => !!x,
  );
  if (missing.length) {
    return fail(
      `${listOf(missing)} missing`,
      `add ${listOf(missing)} (YYYY-MM-DD, UTC) so the model cannot silently outlive its data`,
      r ? '/lifecycle/retraining' : '/lifecycle',
    );
  }
  // parseReport (schema/report.ts) refuses a cadence or a date it cannot read, with the file and line.
  const cadence = parseCadence(r!.cadence!)!;
  const day = parseIsoDay(r!.expires!)!;
  const e = expiryOf(day, c.now, c.config.checklist.expiry_warning_days);
  const expiring =
    e.kind === 'expiring'
      ? bySeverity(
          'warn',
          `${e.days_left === 0 ? 'expires today' : `expires in ${plural(e.days_left, 'day')}`} (${r!.expires}); retrained ${r!.cadence}`,
          'plan the retraining and move lifecycle.retraining.expires forward',
          AT,
        )
      : null;
  const problem = worstOf([
    e.kind === 'expired' ? expired(c, r!.expires!, e.days_ago) : null,
    extendedWithoutRetraining(c, day),
    beyondCadence(c, cadence, day),
    expiring,
  ]);
  if (problem) return problem;
  const trained = trainedDay(c.report, c.base, c.now)!;
  return pass(
    `trained ${isoDay(trained.day)}${trained.how}, retrained ${r!.cadence}; expires ${r!.expires} (in ${plural(e.kind === 'valid' ? e.days_left : 0, 'day')})`,
    AT,
  );
}
