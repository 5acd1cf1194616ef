/**
 * Items that need files as well as the report: documentation (the card's sections and their bodies) and
 * reproducibility (the lock file and its hash, the code commit in the history of the commit under test).
 */
import { matchesAny } from '../kernel/glob.js';
import { missingSections, thinSections } from './headings.js';
import { listOf, prChangesModel, type CheckContext } from './context.js';
import { fail, notChecked, pass, type Outcome } from '../kernel/checklist-types.js';
import { plural, worstOf } from './outcome.js';

const CARD = '/lifecycle/model_card';

function cardSections(c: CheckContext, card: string): Outcome | null {
  const doc = c.config.checklist.documentation;
  const facts = c.facts!.model_card?.path === card ? c.facts!.model_card : null;
  const missing = missingSections(doc.required_sections, facts?.headings ?? []);
  if (missing.length) {
    return fail(
      `${card} lacks ${listOf(missing.map((s) => `“${s}”`))}`,
      `add the section${missing.length > 1 ? 's' : ''} ${listOf(missing)} to ${card} (mlgate init writes a template)`,
      CARD,
    );
  }
  const thin = facts?.sections ? thinSections(doc.required_sections, facts.sections, doc.min_words) : [];
  if (!thin.length) return null;
  const list = thin.map((t) => `“${t.heading}” (${plural(t.words, 'word')})`);
  return fail(
    `${card}: ${listOf(list)} ${thin.length === 1 ? 'is' : 'are'} empty or a placeholder`,
    `write at least ${plural(doc.min_words, 'word')} under each required section of ${card}`,
    CARD,
  );
}

export function checkDocumentation(c: CheckContext): Outcome {
  const card = c.report.lifecycle?.model_card;
  if (!card)
    return fail('no model card named', 'add lifecycle.model_card: the path of the model card or README', '/lifecycle');
  if (!c.facts) return notChecked(`${card} was not looked up`);
  if (!c.facts.files[card])
    return fail(`${card} does not exist`, `commit the model card at ${card} or fix lifecycle.model_card`, CARD);
  const problem = cardSections(c, card);
  if (problem) return problem;
  const changes = prChangesModel(c, matchesAny);
  if (changes && !c.facts.changed_files!.includes(card)) {
    return fail(`this PR changes the model but not ${card}`, `update ${card} for this change in the same PR`, CARD);
  }
  const n = c.config.checklist.documentation.required_sections.length;
  const updated = changes ? ', updated in this PR' : '';
  return pass(`${card}${n ? ` with ${plural(n, 'required section')}, each written` : ''}${updated}`, CARD);
}

const REPRO = '/lifecycle/reproducibility';
const short = (sha: string) => sha.replace(/^sha256:/, '').slice(0, 12);

function lockHash(c: CheckContext, lock: string, recorded: string | undefined): Outcome | null {
  if (recorded === undefined) return null;
  const actual = c.facts!.sha256?.[lock];
  if (actual === undefined) return notChecked(`the sha256 of ${lock} was not computed`);
  const want = recorded.replace(/^sha256:/, '').toLowerCase();
  if (actual === want) return null;
  return fail(
    `${lock} has sha256 ${short(actual)}…, the report records ${short(want)}…: the environment changed since training`,
    `retrain with the committed ${lock} (and record its sha256), or restore the lock file the model was trained with`,
    `${REPRO}/lock_sha256`,
  );
}

function codeCommit(c: CheckContext, commit: string): Outcome | null {
  const f = c.facts!.code_commit;
  const at = `${REPRO}/code_commit`;
  const head = f?.head ? ` ${f.head.slice(0, 12)}` : '';
  if (!f || f.status === 'unknown')
    return notChecked(`code_commit ${commit.slice(0, 12)} not verified${f?.reason ? `: ${f.reason}` : ''}`);
  if (f.status === 'missing')
    return fail(
      `code_commit ${commit.slice(0, 12)} is not a commit of this repository`,
      'record the commit the model was trained from (git rev-parse HEAD in the training job)',
      at,
    );
  if (f.status === 'not_ancestor')
    return fail(
      `code_commit ${commit.slice(0, 12)} is not in the history of the commit under test${head}`,
      'train from a commit of this branch (or merge the training commit into it) and record it',
      at,
    );
  return null;
}

export function checkReproducibility(c: CheckContext): Outcome {
  const r = c.report.lifecycle?.reproducibility;
  const missing: string[] = [];
  if (!r?.code_commit) missing.push('lifecycle.reproducibility.code_commit');
  if (!c.report.data?.version) missing.push('data.version');
  if (r?.seed === undefined) missing.push('lifecycle.reproducibility.seed');
  if (!r?.lock_file) missing.push('lifecycle.reproducibility.lock_file');
  if (missing.length) return fail(`${listOf(missing)} missing`, `add ${listOf(missing)}`, r ? REPRO : '/lifecycle');
  const lock = r!.lock_file!;
  if (!c.facts) return notChecked(`commit, data version and seed given; ${lock} was not looked up`);
  if (!c.facts.files[lock])
    return fail(
      `${lock} does not exist`,
      `commit the environment lock file ${lock} (or fix lifecycle.reproducibility.lock_file)`,
      `${REPRO}/lock_file`,
    );
  const problem = worstOf([codeCommit(c, r!.code_commit!), lockHash(c, lock, r!.lock_sha256)]);
  if (problem) return problem;
  const via = c.facts.code_commit?.via === 'api' ? 'GitHub' : 'git';
  const hashed = r!.lock_sha256 ? ' (sha256 matches)' : '';
  return pass(
    `code ${r!.code_commit!.slice(0, 12)} (in the history, checked with ${via}), data ${c.report.data!.version!.slice(0, 24)}, seed ${r!.seed}, ${lock}${hashed}`,
    REPRO,
  );
}
