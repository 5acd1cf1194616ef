/**
 * The checklist's enricher: gathers what the pure checklist cannot see in the report. From the workspace: which
 * files exist (model card, lock file, custom `file_exists`), the model card's sections, the lock file's sha256,
 * whether the code commit is in the history of the commit under test, the learning curve's CSV rows. From GitHub
 * (only in a PR with a token): changed files, reviews with team membership, and the accepted waivers. Nothing is
 * gathered for a model the checklist does not apply to.
 */
import { createHash } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { applies, checklistItemIds } from '../checklist/evaluate.js';
import { distinctSizes } from '../checklist/checks-evidence.js';
import { markdownHeadings, markdownSections } from '../checklist/headings.js';
import type { ChecklistFacts, ReviewFact } from '../kernel/checklist-types.js';
import type { Report } from '../kernel/report-types.js';
import type { ModelInput } from '../pipeline/evaluate.js';
import { parseCurveCsv } from '../readers/curve-csv.js';
import type { EnrichEnv } from './enrich.js';
import { resolveInside } from '../sources/bounds.js';
import { readUntrustedText } from '../sources/workspace.js';
import type { GitHubClient } from './github/client.js';
import {
  canWrite,
  changedFiles,
  isTeamMember,
  latestReviews,
  permissionOf,
  type PullTarget,
} from './github/reviews.js';
import { scanCommands } from './github/waivers.js';
import { changedFiles as prChangedFiles } from './carry-forward.js';
import { verifyCodeCommit } from './code-commit.js';

const MAX_CARD_BYTES = 1024 * 1024;
const MAX_LOCK_BYTES = 20 * 1024 * 1024;
export const DEFAULT_BOT = 'github-actions[bot]';

export async function enrichChecklist(model: ModelInput, env: EnrichEnv): Promise<void> {
  if (!model.head) return;
  const input = { head: model.head, base: model.base, report_path: model.head_path, config: env.config };
  if (!applies({ ...input, facts: null, now: env.now }).run) return;
  const report = model.head.report;
  const label = model.head.source.file;
  const files = await presentFiles(report, env, label);
  const facts: ChecklistFacts = {
    files,
    model_card: null,
    changed_files: null,
    pr_body: env.pull?.body ?? null,
    author: env.pull?.author ?? null,
    reviews: null,
    waivers: null,
    learning_curve_points: null,
  };
  const commit = report.lifecycle?.reproducibility?.code_commit;
  // Independent lookups (files, git processes, GitHub requests) at once: each one's wait hides the others'.
  const [card, sha256, points, code] = await Promise.all([
    modelCard(report.lifecycle?.model_card, files, env.workspace, label),
    lockHash(report, files, env.workspace, label),
    curvePoints(model, env.workspace),
    commit ? codeCommitFact(commit, env) : undefined,
    env.client && env.pull && env.repo ? githubFacts(facts, env, env.client) : undefined,
  ]);
  Object.assign(facts, { model_card: card, learning_curve_points: points });
  if (sha256) facts.sha256 = sha256;
  if (code) facts.code_commit = code;
  model.extras = { ...model.extras, checklist: facts };
}

async function presentFiles(report: Report, env: EnrichEnv, label: string): Promise<Record<string, boolean>> {
  const wanted = new Set<string>();
  const card = report.lifecycle?.model_card;
  if (card) wanted.add(card);
  const lock = report.lifecycle?.reproducibility?.lock_file;
  if (lock) wanted.add(lock);
  for (const c of env.config.checklist.custom) if (c.file_exists) wanted.add(c.file_exists);
  const files: Record<string, boolean> = {};
  for (const rel of wanted) files[rel] = await isFileInside(env.workspace, rel, label);
  return files;
}

async function modelCard(
  card: string | undefined,
  files: Record<string, boolean>,
  root: string,
  label: string,
): Promise<ChecklistFacts['model_card']> {
  if (!card || !files[card]) return null;
  const text = await readUntrustedText(resolveInside(root, root, card, label), {
    root,
    label: card,
    maxBytes: MAX_CARD_BYTES,
  });
  if (text === null) return null;
  return { path: card, headings: markdownHeadings(text), sections: markdownSections(text) };
}

/** The lock file's sha256, only when the report records one to compare with. */
async function lockHash(
  report: Report,
  files: Record<string, boolean>,
  root: string,
  label: string,
): Promise<Record<string, string> | undefined> {
  const r = report.lifecycle?.reproducibility;
  if (!r?.lock_sha256 || !r.lock_file || !files[r.lock_file]) return undefined;
  const full = resolveInside(root, root, r.lock_file, label);
  const st = await fs.stat(full);
  if (st.size > MAX_LOCK_BYTES) return undefined;
  return {
    [r.lock_file]: createHash('sha256')
      .update(await fs.readFile(full))
      .digest('hex'),
  };
}

function codeCommitFact(commit: string, env: EnrichEnv): Promise<ChecklistFacts['code_commit']> {
  if (env.verify_code_commit === false) {
    return Promise.resolve({
      commit,
      head: null,
      status: 'unknown',
      via: null,
      reason: 'these example reports are not from this repository',
    });
  }
  return verifyCodeCommit({
    workspace: env.workspace,
    processEnv: env.processEnv,
    commit,
    head: env.pull?.head_sha ?? null,
    client: env.client,
    repo: env.repo,
  });
}

async function githubFacts(facts: ChecklistFacts, env: EnrichEnv, client: GitHubClient): Promise<void> {
  const cl = env.config.checklist;
  const t: PullTarget = { ...env.repo!, pull_number: env.pull!.number };
  // git first (no request) when the checkout has both commits; shared with carry-forward.
  facts.changed_files = await prChangedFiles(env);
  if ((cl.items.independent_review ?? 'required') !== 'off')
    facts.reviews = await reviewFacts(client, t, cl.independent_review.team);
  const scan = await scanCommands(
    client,
    { ...env.repo!, issue_number: env.pull!.number },
    {
      pr_author: env.pull!.author,
      // The enricher posts no replies, so the default login is enough here (it only skips mlgate's own comments).
      bot: DEFAULT_BOT,
      items: checklistItemIds(env.config),
      allow_author: cl.waivers.allow_author,
      ...(cl.waivers.team ? { team: cl.waivers.team } : {}),
    },
  );
  facts.waivers = scan.waivers;
}

async function reviewFacts(client: GitHubClient, t: PullTarget, team: string | undefined): Promise<ReviewFact[]> {
  const latest = await latestReviews(client, t);
  const out: ReviewFact[] = [];
  for (const r of latest) {
    // Membership matters only for approvals; asking for the others would cost requests for nothing.
    const approved = r.state === 'APPROVED';
    const team_member = team && approved ? await isTeamMember(client, team, r.login) : null;
    out.push({ ...r, team_member, ...(approved ? { can_write: await writeAccess(client, t, r.login) } : {}) });
  }
  return out;
}

/** An approval counts as GitHub's required reviews count it: from someone with write access (null: unreadable). */
async function writeAccess(client: GitHubClient, t: PullTarget, login: string): Promise<boolean | null> {
  try {
    return canWrite(await permissionOf(client, { owner: t.owner, repo: t.repo }, login));
  } catch {
    return null;
  }
}

const filesCache = new WeakMap<GitHubClient, Map<string, ReturnType<typeof changedFiles>>>();
export function changedFilesOnce(client: GitHubClient, t: PullTarget): ReturnType<typeof changedFiles> {
  let m = filesCache.get(client);
  if (!m) filesCache.set(client, (m = new Map()));
  const key = `${t.owner}/${t.repo}#${t.pull_number}`;
  let p = m.get(key);
  if (!p) m.set(key, (p = changedFiles(client, t)));
  return p;
}

/** A regular, readable file inside the workspace (a link that leaves it does not count as present). */
async function isFileInside(root: string, rel: string, label: string): Promise<boolean> {
  const full = resolveInside(root, root, rel, label);
  try {
    const real = await fs.realpath(full);
    const inside = path.relative(await fs.realpath(root), real);
    if (inside.startsWith('..') || path.isAbsolute(inside)) return false;
    if (!(await fs.stat(real)).isFile()) return false;
    await fs.access(real, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** Distinct training sizes in the learning curve's CSV, when the report points to a file; null when unreadable. */
async function curvePoints(model: ModelInput, root: string): Promise<number | null> {
  const file = model.head?.report.learning_curve?.file;
  if (!file || !model.head || !model.head_path) return null;
  const label = model.head.source.file;
  const full = resolveInside(root, path.dirname(path.resolve(root, model.head_path)), file, label);
  const text = await readUntrustedText(full, { root, label: path.relative(root, full) });
  if (text === null) return null;
  try {
    return distinctSizes(parseCurveCsv(text, label, model.head.report.learning_curve?.metric));
  } catch {
    return null; // the curve reader reports a malformed CSV with its line; the checklist only says it was not read
  }
}
