/** Items that need files or time as well as the report: documentation, reproducibility, retraining. */
import { matchesAny } from '../kernel/glob.js';
import { expiryOf, parseIsoDay } from '../kernel/dates.js';
import { missingSections } from './headings.js';
import { listOf, prChangesModel, type CheckContext } from './context.js';
import { fail, notChecked, pass, type Outcome } from '../kernel/checklist-types.js';

export function checkDocumentation(c: CheckContext): Outcome {
  const card = c.report.lifecycle?.model_card;
  if (!card)
    return fail('no model card named', 'add lifecycle.model_card: the path of the model card or README', '/lifecycle');
  if (!c.facts) return notChecked(`${card} was not looked up`);
  if (!c.facts.files[card])
    return fail(
      `${card} does not exist`,
      `commit the model card at ${card} or fix lifecycle.model_card`,
      '/lifecycle/model_card',
    );
  const headings = c.facts.model_card?.path === card ? c.facts.model_card.headings : [];
  const missing = missingSections(c.config.checklist.documentation.required_sections, headings);
  if (missing.length) {
    return fail(
      `${card} lacks ${listOf(missing.map((s) => `“${s}”`))}`,
      `add the section${missing.length > 1 ? 's' : ''} ${listOf(missing)} to ${card}`,
      '/lifecycle/model_card',
    );
  }
  const changes = prChangesModel(c, matchesAny);
  if (changes && !c.facts.changed_files!.includes(card)) {
    return fail(
      `this PR changes the model but not ${card}`,
      `update ${card} for this change in the same PR`,
      '/lifecycle/model_card',
    );
  }
  const sections = c.config.checklist.documentation.required_sections.length;
  const updated = changes ? ', updated in this PR' : '';
  return pass(
    `${card}${sections ? ` with ${sections} required section${sections === 1 ? '' : 's'}` : ''}${updated}`,
    '/lifecycle/model_card',
  );
}

export function checkReproducibility(c: CheckContext): Outcome {
  const r = c.report.lifecycle?.reproducibility;
  const missing: string[] = [];
  if (!r?.code_commit) missing.push('lifecycle.reproducibility.code_commit');
  if (!c.report.data?.version) missing.push('data.version');
  if (r?.seed === undefined) missing.push('lifecycle.reproducibility.seed');
  if (!r?.lock_file) missing.push('lifecycle.reproducibility.lock_file');
  if (missing.length)
    return fail(
      `${listOf(missing)} missing`,
      `add ${listOf(missing)}`,
      r ? '/lifecycle/reproducibility' : '/lifecycle',
    );
  const lock = r!.lock_file!;
  if (!c.facts) return notChecked(`commit, data version and seed given; ${lock} was not looked up`);
  if (!c.facts.files[lock])
    return fail(
      `${lock} does not exist`,
      `commit the environment lock file ${lock} (or fix lifecycle.reproducibility.lock_file)`,
      '/lifecycle/reproducibility/lock_file',
    );
  return pass(
    `code ${r!.code_commit!.slice(0, 12)}, data ${c.report.data!.version!.slice(0, 24)}, seed ${r!.seed}, ${lock}`,
    '/lifecycle/reproducibility',
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
  // A calendar date: parseReport (schema/report.ts) refuses any other expiry, with the file and line.
  const day = parseIsoDay(r!.expires!)!;
  const e = expiryOf(day, c.now, c.config.checklist.expiry_warning_days);
  const at = '/lifecycle/retraining/expires';
  if (e.kind === 'expired') {
    return fail(
      `zombie model: expired on ${r!.expires} (${e.days_ago} day${e.days_ago === 1 ? '' : 's'} ago)`,
      'retrain the model and move lifecycle.retraining.expires forward, or retire it',
      at,
    );
  }
  if (e.kind === 'expiring') {
    const when = e.days_left === 0 ? 'expires today' : `expires in ${e.days_left} day${e.days_left === 1 ? '' : 's'}`;
    return {
      status: 'warn',
      evidence: `${when} (${r!.expires}); retrained ${r!.cadence}`,
      fix: 'plan the retraining and move lifecycle.retraining.expires forward',
      pointer: at,
    };
  }
  return pass(`retrained ${r!.cadence}; expires ${r!.expires} (in ${e.days_left} days)`, at);
}
